// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatterform.h"
#include "frontmatterform_p.h"

#include "basicfieldeditors.h"
#include "dateformat.h"
#include "editcommand.h"
#include "editsession.h"
#include "fieldeditor.h"
#include "postdocument.h"
#include "rawyamlview.h"
#include "site.h"
#include "sitepaths.h"
#include "undorouter.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QSet>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Lectern {

using namespace FrontMatterFormStyle;

namespace {

QString toLf(QString text)
{
    return text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

} // namespace

FrontMatterForm::FrontMatterForm(EditSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_document(session->document())
{
    setObjectName(QStringLiteral("frontMatterForm"));
    auto *outer = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_addButton = new QToolButton(this);
    m_addButton->setObjectName(QStringLiteral("addFieldButton"));
    m_addButton->setText(tr("&Add field"));
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addButton->setMenu(new QMenu(m_addButton));
    connect(m_addButton->menu(), &QMenu::aboutToShow, this, &FrontMatterForm::fillAddMenu);
    m_yamlAction = new QAction(tr("&YAML"), this);
    m_yamlAction->setObjectName(QStringLiteral("yamlToggle"));
    m_yamlAction->setCheckable(true);
    m_yamlAction->setToolTip(tr("Show the front matter as YAML text"));
    m_yamlButton = new QToolButton(this);
    m_yamlButton->setDefaultAction(m_yamlAction);
    m_addButton->setAccessibleName(tr("Add field"));
    m_yamlButton->setAccessibleName(tr("Show as YAML"));
    bar->addWidget(m_addButton);
    bar->addStretch(1);
    bar->addWidget(m_yamlButton);
    outer->addLayout(bar);

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(errorStyle);
    m_banner->hide();
    outer->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    m_formPage = new QWidget(m_stack);
    m_layout = new QFormLayout(m_formPage);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_yaml = new RawYamlView(m_stack);
    m_stack->addWidget(m_formPage);
    m_stack->addWidget(m_yaml);
    outer->addWidget(m_stack);
    outer->addStretch(1);

    connect(m_yamlAction, &QAction::toggled, this, [this](bool on) {
        if (!setYamlShown(on)) {
            const QSignalBlocker block(m_yamlAction);
            m_yamlAction->setChecked(!on);
        }
    });
    connect(m_yaml, &RawYamlView::textEdited, this, &FrontMatterForm::applyYaml);
    connect(m_document, &PostDocument::loaded, this, &FrontMatterForm::documentLoaded);
    connect(m_document, &PostDocument::frontMatterChanged, this, &FrontMatterForm::documentChanged);
    m_undoRouter = new UndoRouter(this);
    m_undoRouter->setStack(m_session->undoStack());
    m_undoRouter->watch(m_yaml);
    documentLoaded();
}

FrontMatterForm::~FrontMatterForm() = default;

bool FrontMatterForm::isYamlShown() const
{
    return m_stack->currentWidget() == m_yaml;
}

bool FrontMatterForm::setYamlShown(bool shown)
{
    if (shown == isYamlShown())
        return true;
    if (shown) {
        m_yaml->setText(toLf(QString::fromUtf8(m_document->post().frontMatter().text())));
        m_stack->setCurrentWidget(m_yaml);
        m_addButton->setEnabled(false);
    } else {
        if (!m_yaml->isValid())
            return false;
        m_stack->setCurrentWidget(m_formPage);
        m_addButton->setEnabled(true);
        rebuild();
    }
    const QSignalBlocker block(m_yamlAction);
    m_yamlAction->setChecked(shown);
    return true;
}

FieldEditor *FrontMatterForm::editor(const QString &key) const { return m_editors.value(key); }
QLabel *FrontMatterForm::label(const QString &key) const { return m_labels.value(key); }
QLabel *FrontMatterForm::problemLabel(const QString &key) const { return m_problems.value(key); }

bool FrontMatterForm::isInherited(const QString &key) const
{
    const Schema::Field *f = m_schema.field(key);
    return f && f->inherited.isValid() && !m_document->post().frontMatter().contains(key);
}

QLineEdit *FrontMatterForm::titleEdit() const
{
    auto *text = qobject_cast<TextFieldEditor *>(editor(QStringLiteral("title")));
    return text ? text->lineEdit() : nullptr;
}

void FrontMatterForm::setSite(Site *site)
{
    if (m_site)
        disconnect(m_site, nullptr, this, nullptr);
    m_site = site;
    if (m_site) {
        connect(m_site, &Site::schemaChanged, this, &FrontMatterForm::siteSchemaChanged);
        // The home-card cut arrives from the site's worker after opened(), and again when templates change.
        const auto recount = [this] {
            if (m_descriptionNote)
                updateDescriptionNote(m_document->post().frontMatter().scalar(QStringLiteral("description")));
        };
        connect(m_site, &Site::homeCardCutChanged, this, recount);
        connect(m_site, &Site::opened, this, recount);
    }
}

Site *FrontMatterForm::siteOf(const QString &path)
{
    if (m_site)
        return m_site;
    if (!m_ownSite)
        m_ownSite = new Site(this);
    const QString root = path.isEmpty() ? QString() : SitePaths::findSiteRoot(path);
    const QString wanted = root.isEmpty() ? QFileInfo(path).absolutePath() : root;
    if (m_ownSite->root() != QDir(wanted).absolutePath() || !m_ownSite->isSchemaReady())
        m_ownSite->openNow(wanted);
    return m_ownSite;
}

void FrontMatterForm::siteSchemaChanged()
{
    // The window opens a site, then the post in it: the post shown until it loads (none, or one of
    // another site) is not the site's, and its rows would be built for nothing.
    const QString path = m_document->path();
    QString root = m_site->root();
    if (!root.endsWith(QLatin1Char('/')))
        root += QLatin1Char('/');
    if (path.isEmpty() || !QDir::cleanPath(QFileInfo(path).absoluteFilePath()).startsWith(root))
        return;
    Schema schema = m_site->schemaFor(path);
    if (schema.sameFields(m_schema))
        return;
    m_schema = std::move(schema);
    if (!updateRows())
        rebuild();   // keeps the field that has focus
}

void FrontMatterForm::documentLoaded()
{
    const QString path = m_document->path();
    const Schema previous = std::exchange(m_schema, siteOf(path)->schemaFor(path));
    m_pending.clear();
    m_draftProblems.clear();
    m_structure.clear();
    const bool readOnly = m_document->post().isReadOnly();
    // A post whose YAML does not parse opens in the YAML view, where the error is marked.
    if (readOnly) {
        m_yaml->setText(toLf(QString::fromUtf8(m_document->post().frontMatter().text())));
        m_stack->setCurrentWidget(m_yaml);
        const QSignalBlocker block(m_yamlAction);
        m_yamlAction->setChecked(true);
    } else if (isYamlShown()) {
        m_yaml->setText(toLf(QString::fromUtf8(m_document->post().frontMatter().text())));
    }
    if (readOnly || !m_schema.sameFields(previous) || !reuseRows())
        rebuild();
}

void FrontMatterForm::documentChanged(const QString &)
{
    if (m_applying) {
        m_changed = true;   // the edit's own push: apply() checks once it is recorded
        return;
    }
    // Undo, redo, or a change from elsewhere.
    if (isYamlShown() || m_document->post().isReadOnly())
        m_yaml->setText(toLf(QString::fromUtf8(m_document->post().frontMatter().text())));
    if (m_document->post().isReadOnly() && !isYamlShown()) {
        // Undo back to text that does not parse: the form cannot show it, the YAML view can.
        m_stack->setCurrentWidget(m_yaml);
        const QSignalBlocker block(m_yamlAction);
        m_yamlAction->setChecked(true);
    }
    if (structure() != m_structure)
        rebuild();
    else
        refreshValues();
}

QString FrontMatterForm::structure() const
{
    const FrontMatter &fm = m_document->post().frontMatter();
    QString s;
    for (const QString &key : fm.keys())
        s += key + QLatin1Char('=') + QString::number(int(fm.kind(key))) + QLatin1Char(';');
    return s + m_pending.join(QLatin1Char(',')) + (m_document->post().isReadOnly() ? QStringLiteral("!") : QString());
}

QString FrontMatterForm::descriptionNoteText(const QString &description, const HomeCardCut &cut)
{
    // Singular and plural spelt out: "%n word(s)" reads as such without an English translation loaded.
    if (cut.unit == HomeCardCut::Unit::Characters) {
        const int characters = int(description.size());
        const QString count = characters == 1 ? tr("1 character") : tr("%L1 characters").arg(characters);
        if (characters > cut.count)
            return tr("%1 — the home page shows the first %L2").arg(count).arg(cut.count);
        return count;
    }
    const int words = HomeCardCut::wordCount(description);
    const QString count = words == 1 ? tr("1 word") : tr("%L1 words").arg(words);
    if (cut.unit == HomeCardCut::Unit::Words && words > cut.count)
        return tr("%1 — the home page shows the first %L2").arg(count).arg(cut.count);
    return count;
}

void FrontMatterForm::updateDescriptionNote(const QString &text)
{
    if (!m_descriptionNote)
        return;
    const Site *site = m_site ? m_site : m_ownSite;
    const HomeCardCut cut = site ? site->homeCardCut() : HomeCardCut();
    m_descriptionNote->setText(descriptionNoteText(text, cut));
    m_descriptionNote->setToolTip(cut.source.isEmpty() ? QString()
                                                       : tr("The cut comes from %1").arg(cut.source));
}

void FrontMatterForm::refreshValues()
{
    const FrontMatter &fm = m_document->post().frontMatter();
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (!it.value())
            continue;
        if (fm.contains(it.key()))
            it.value()->showValue(fm);
        else if (const Schema::Field *f = m_schema.field(it.key()); f && f->inherited.isValid())
            it.value()->showInherited(f->inherited);
    }
    if (m_descriptionNote)
        updateDescriptionNote(fm.scalar(QStringLiteral("description")));
    updateProblems();
}

void FrontMatterForm::showBanner()
{
    const bool readOnly = m_document->post().isReadOnly();
    m_banner->setVisible(readOnly);
    if (readOnly)
        m_banner->setText(tr("The front matter is not valid YAML, so the form cannot show it. "
                             "Fix it in the YAML view; nothing is lost."));
    m_addButton->setEnabled(!readOnly && !isYamlShown());
}

void FrontMatterForm::updateProblems()
{
    const PostFile &post = m_document->post();
    const FrontMatter &fm = post.frontMatter();
    m_checked.clear();
    for (const Schema::Problem &p : m_schema.problems(post))
        m_checked.insert(p.key, {p.diagnostic.message, p.diagnostic.severity == Diagnostic::Severity::Error});
    // What Jekyll's YAML loader refuses (a :symbol, a !ruby/ tag): at the entry whose lines hold it.
    for (const Diagnostic &d : fm.diagnostics()) {
        QString owner;
        for (const QString &key : fm.keys()) {
            if (d.severity == Diagnostic::Severity::Error && fm.line(key) <= d.line
                && (owner.isEmpty() || fm.line(key) > fm.line(owner)))
                owner = key;
        }
        if (!owner.isEmpty())
            m_checked.insert(owner, {d.message, true});
    }
    for (const QString &key : fm.duplicateKeys())
        m_checked.insert(key, {tr("\"%1\" appears more than once; Jekyll uses the last one (line %2).")
                                   .arg(key).arg(fm.line(key)), false});
    Q_EMIT problemsChecked();
    showProblems();
}

void FrontMatterForm::showProblems()
{
    QHash<QString, QPair<QString, bool>> messages = m_checked;   // key -> (text, is error)
    for (auto it = m_draftProblems.cbegin(); it != m_draftProblems.cend(); ++it)
        if (!it.value().isEmpty())
            messages.insert(it.key(), {it.value(), true});
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        QLabel *label = it.value();
        if (!label)
            continue;
        const auto message = messages.value(it.key());
        QString text = message.first;
        QString style = message.second ? errorStyle : warningStyle;
        if (text.isEmpty() && isInherited(it.key())) {
            text = tr("Inherited from _config.yml defaults: %1. Set a value to write it into this post.")
                       .arg(FieldEditor::inheritedText(m_schema.field(it.key())->inherited));
            style = noteStyle;
        }
        label->setText(text);
        label->setStyleSheet(style);
        label->setVisible(!text.isEmpty());
        if (FieldEditor *e = m_editors.value(it.key()))
            e->focusTarget()->setAccessibleDescription(text);
    }
}

void FrontMatterForm::showDraftProblem(const QString &key, const QString &text)
{
    const Schema::Field *f = m_schema.field(key);
    QString problem;
    if (f && f->required && text.trimmed().isEmpty())
        problem = tr("required field \"%1\" is missing").arg(key);
    else if (f && (f->type == Schema::Type::Date || f->type == Schema::Type::DateTime) && !text.trimmed().isEmpty()
             && !DateFormat::parse(text).valid)
        problem = tr("\"%1\" is not a date Jekyll can read").arg(text);
    if (m_draftProblems.value(key) == problem)
        return;
    m_draftProblems.insert(key, problem);
    showProblems();   // the draft is not in the post: nothing new to check
}

void FrontMatterForm::apply(const QString &key, const FieldEdit &edit)
{
    const QString text = tr("Edit %1").arg(key);
    FrontMatterCommand *command = nullptr;
    switch (edit.kind) {
    case FieldEdit::Kind::Scalar: command = FrontMatterCommand::setScalar(m_session, key, edit.text, text); break;
    case FieldEdit::Kind::List: command = FrontMatterCommand::setStringList(m_session, key, edit.list, text); break;
    case FieldEdit::Kind::Yaml: command = FrontMatterCommand::setYaml(m_session, key, edit.yaml, text); break;
    }
    QString error;
    m_applying = true;
    m_changed = false;
    const bool ok = m_session->push(command, &error);
    m_applying = false;
    m_draftProblems.remove(key);
    if (!ok) {
        m_draftProblems.insert(key, error);   // what was typed stays in the field, with the reason
        showProblems();
        return;
    }
    m_pending.removeAll(key);
    // A first value for an inherited or added key keeps its row (and the typing in it); only a key
    // without a row or a value of a new shape needs the rows rebuilt.
    if (structure() != m_structure) {
        const FrontMatter &fm = m_document->post().frontMatter();
        const bool scalarRow = m_editors.value(key) && fm.kind(key) == FrontMatter::Kind::Scalar
                               && edit.kind == FieldEdit::Kind::Scalar;
        if (scalarRow) {
            m_structure = structure();
            if (auto *remove = m_formPage->findChild<QToolButton *>(QStringLiteral("remove_") + key))
                remove->setVisible(true);
            if (QLabel *l = m_labels.value(key))
                l->setStyleSheet(QString());
            updateProblems();
        } else {
            rebuild();
        }
    } else if (m_changed) {
        updateProblems();
    } else {
        showProblems();
    }
}

void FrontMatterForm::applyYaml(const QString &text)
{
    // The text is the user's, parsing or not: it goes into the post as typed (the view marks where
    // YAML stops, and Save warns that Jekyll would refuse it), so Save writes what is shown and
    // switching posts asks first.
    QByteArray bytes = text.toUtf8();
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        bytes += '\n';
    if (m_document->post().lineEnding() == PostFile::LineEnding::CRLF)
        bytes.replace("\r\n", "\n").replace("\n", "\r\n");
    if (m_document->post().hasFrontMatter() && bytes == m_document->post().frontMatter().text())
        return;
    m_applying = true;
    m_changed = false;
    m_session->push(FrontMatterCommand::setText(m_session, bytes, tr("Edit YAML")));
    m_applying = false;
    if (!m_changed)
        return;
    showBanner();
    updateProblems();   // the rows follow when the form is shown again (setYamlShown)
}

void FrontMatterForm::addField(const QString &key)
{
    const QString name = key.trimmed();
    if (name.isEmpty() || m_rowKeys.contains(name)) {
        if (FieldEditor *e = editor(name))
            e->focusTarget()->setFocus();
        return;
    }
    m_pending.append(name);
    rebuild();
    if (FieldEditor *e = editor(name))
        e->focusTarget()->setFocus();
}

bool FrontMatterForm::removeField(const QString &key)
{
    m_pending.removeAll(key);
    QString error;
    m_applying = true;
    const bool ok = m_session->push(FrontMatterCommand::removeKey(m_session, key, tr("Remove %1").arg(key)), &error);
    m_applying = false;
    rebuild();
    return ok;
}

void FrontMatterForm::fillAddMenu()
{
    QMenu *menu = m_addButton->menu();
    menu->clear();
    for (const Schema::Field &f : m_schema.fields()) {
        if (m_rowKeys.contains(f.key))
            continue;
        menu->addAction(f.label.isEmpty() ? f.key : tr("%1 (%2)").arg(f.label, f.key), this,
                        [this, key = f.key] { addField(key); });
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addAction(tr("New field…"), this, [this] {
        bool ok = false;
        const QString key = QInputDialog::getText(this, tr("Add Field"), tr("Field name:"), QLineEdit::Normal,
                                                  QString(), &ok);
        if (ok)
            addField(key);
    });
}

void FrontMatterForm::resizeEvent(QResizeEvent *event)
{
    // Narrow pane: labels above their fields, so no field is squeezed or cut.
    m_layout->setRowWrapPolicy(event->size().width() < 360 ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows);
    QWidget::resizeEvent(event);
}

} // namespace Lectern
