// SPDX-License-Identifier: GPL-3.0-or-later
// FrontMatterForm's rows: which keys get one, building them, and showing another post or a new schema
// in the rows already built.
#include "frontmatterform.h"
#include "frontmatterform_p.h"

#include "dateformat.h"
#include "fieldeditor.h"
#include "postdocument.h"
#include "undorouter.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QToolButton>

namespace Lectern {

using namespace FrontMatterFormStyle;

QString FrontMatterForm::labelText(const Schema::Field &field, QString *used) const
{
    // Each label gets its own mnemonic: the first letter no other control uses.
    QString text = field.label.isEmpty() ? Schema::labelFor(field.key) : field.label;
    text.replace(QLatin1Char('&'), QLatin1String("&&"));
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i).toLower();
        if (c.isLetterOrNumber() && !used->contains(c)) {
            used->append(c);
            return text.left(i) + QLatin1Char('&') + text.mid(i) + QLatin1Char(':');
        }
    }
    return text + QLatin1Char(':');
}

QStringList FrontMatterForm::rowKeys() const
{
    const FrontMatter &fm = m_document->post().frontMatter();
    QStringList keys;
    QSet<QString> listed;   // a set: a front matter may have 10,000 keys (issue 9)
    const auto list = [&keys, &listed](const QString &key) {
        if (!listed.contains(key)) {
            listed.insert(key);
            keys << key;
        }
    };
    for (const Schema::Field &f : m_schema.fields()) {
        if (fm.contains(f.key) || f.inherited.isValid() || f.required || m_pending.contains(f.key))
            list(f.key);
    }
    for (const QString &key : fm.keys())
        list(key);
    for (const QString &key : std::as_const(m_pending))
        list(key);
    return keys;
}

Schema::Field FrontMatterForm::fieldFor(const QString &key) const
{
    if (const Schema::Field *f = m_schema.field(key))
        return *f;
    const FrontMatter &fm = m_document->post().frontMatter();
    Schema::Field field;
    field.key = key;
    field.label = Schema::labelFor(key);
    // A key the site does not know: its shape picks the editor.
    if (fm.kind(key) == FrontMatter::Kind::Sequence)
        field.type = Schema::Type::List;
    else if (fm.kind(key) == FrontMatter::Kind::Map)
        field.type = Schema::Type::Map;
    else if (key.contains(QLatin1String("date")) && DateFormat::parse(fm.scalar(key)).valid)
        field.type = Schema::Type::Date;
    else if (QRegularExpression(QStringLiteral("\\.(jpe?g|png|gif|webp|svg|avif)$"), QRegularExpression::CaseInsensitiveOption)
                 .match(fm.scalar(key))
                 .hasMatch())
        field.type = Schema::Type::Image;
    return field;
}

bool FrontMatterForm::rowsFit(QList<Schema::Field> *fields) const
{
    const FrontMatter &fm = m_document->post().frontMatter();
    if (rowKeys() != m_rowKeys || m_rowKeys.size() > kMaxRows || m_rowKinds.size() != m_rowKeys.size())
        return false;
    fields->clear();
    fields->reserve(m_rowKeys.size());
    for (qsizetype i = 0; i < m_rowKeys.size(); ++i) {
        fields->append(fieldFor(m_rowKeys.at(i)));
        if (!m_editors.value(m_rowKeys.at(i)) || FieldEditor::kindFor(fields->last(), fm) != m_rowKinds.at(i))
            return false;
    }
    return true;
}

bool FrontMatterForm::reuseRows()
{
    // The rows of the last post fit this one when the same keys get the same fields and editors (posts
    // of one site mostly do): each editor then shows the new value, which is what switching posts costs.
    const FrontMatter &fm = m_document->post().frontMatter();
    QList<Schema::Field> fields;
    if (!rowsFit(&fields))
        return false;
    const QStringList &keys = m_rowKeys;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const FieldEditor *editor = m_editors.value(keys.at(i));
        if (fields.at(i).type != editor->field().type || fields.at(i).label != editor->field().label)
            return false;
    }
    const bool descriptionNote = keys.contains(QStringLiteral("description"))
                                 && fm.kind(QStringLiteral("description")) != FrontMatter::Kind::Sequence
                                 && fm.kind(QStringLiteral("description")) != FrontMatter::Kind::Map;
    if (descriptionNote != (m_descriptionNote != nullptr))
        return false;
    m_structure = structure();
    showBanner();
    for (const QString &key : keys) {
        FieldEditor *editor = m_editors.value(key);
        const Schema::Field *field = m_schema.field(key);
        const bool inherited = !fm.contains(key) && field && field->inherited.isValid();
        if (QToolButton *remove = m_removes.value(key))
            remove->setVisible(fm.contains(key));
        QLabel *label = m_labels.value(key);
        const QString labelStyle = inherited ? noteStyle : QString();
        if (label && label->styleSheet() != labelStyle)   // a new style sheet repolishes the label
            label->setStyleSheet(labelStyle);
        if (inherited)
            editor->showInherited(field->inherited);
        else
            editor->showValue(fm);
    }
    if (m_descriptionNote)
        updateDescriptionNote(fm.scalar(QStringLiteral("description")));
    updateProblems();
    return true;
}

bool FrontMatterForm::updateRows()
{
    // The whole site's schema arrives after the post opened (Site infers it on a worker): mostly
    // new completions, which the editors take in place. Anything else they show: rows made again.
    QList<Schema::Field> fields;
    if (m_document->post().isReadOnly() || !rowsFit(&fields))
        return false;
    for (qsizetype i = 0; i < m_rowKeys.size(); ++i) {
        if (!m_editors.value(m_rowKeys.at(i))->updateField(fields.at(i), m_schema))
            return false;
    }
    updateProblems();
    return true;
}

void FrontMatterForm::rebuild()
{
    QWidget *focused = focusWidget();
    const bool hadFocus = focused && m_formPage->isAncestorOf(focused);
    QString focusKey;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (hadFocus && it.value() && it.value()->isAncestorOf(focused))
            focusKey = it.key();
    }
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_editors.clear();
    m_labels.clear();
    m_problems.clear();
    m_removes.clear();
    m_rowKeys.clear();
    m_rowKinds.clear();
    m_structure = structure();
    m_descriptionNote = nullptr;
    QWidget *tabBefore = m_yamlButton;   // the rows follow the bar in Tab order, top to bottom

    const PostFile &post = m_document->post();
    const FrontMatter &fm = post.frontMatter();
    const bool readOnly = post.isReadOnly();
    showBanner();
    if (readOnly)
        return;

    m_rowKeys = rowKeys();

    QString used = QStringLiteral("ay");   // Add field, YAML
    int built = 0;
    for (const QString &key : std::as_const(m_rowKeys)) {
        if (built++ == kMaxRows) {
            // Thousands of rows take seconds to lay out and nobody scrolls them: the YAML view has the rest.
            auto *more = new QPushButton(tr("%n more key(s): edit them as YAML", nullptr, int(m_rowKeys.size()) - kMaxRows),
                                         m_formPage);
            more->setObjectName(QStringLiteral("moreKeysButton"));
            connect(more, &QPushButton::clicked, m_yamlAction, [this] { m_yamlAction->setChecked(true); });
            m_layout->addRow(more);
            setTabOrder(tabBefore, more);
            break;
        }
        const Schema::Field field = fieldFor(key);
        m_rowKinds.append(FieldEditor::kindFor(field, fm));
        auto *cell = new QWidget(m_formPage);
        auto *grid = new QGridLayout(cell);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setSpacing(2);
        FieldEditor *editor = FieldEditor::create(field, m_schema, fm, cell);
        m_undoRouter->watch(editor);
        grid->addWidget(editor, 0, 0);
        auto *remove = new QToolButton(cell);
        remove->setText(QStringLiteral("×"));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove %1 from this post").arg(key));
        remove->setAccessibleName(tr("Remove %1").arg(key));
        remove->setObjectName(QStringLiteral("remove_") + key);
        remove->setVisible(fm.contains(key));
        grid->addWidget(remove, 0, 1, Qt::AlignTop);
        auto *problem = new QLabel(cell);
        problem->setObjectName(QStringLiteral("problem_") + key);
        problem->setWordWrap(true);
        problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(problem, 1, 0, 1, 2);
        grid->setColumnStretch(0, 1);

        auto *label = new QLabel(labelText(field, &used), m_formPage);
        label->setBuddy(editor->focusTarget());
        editor->setAccessibleLabel(field.label.isEmpty() ? Schema::labelFor(field.key) : field.label);
        if (key == QLatin1String("description") && fm.kind(key) != FrontMatter::Kind::Sequence
            && fm.kind(key) != FrontMatter::Kind::Map) {
            m_descriptionNote = new QLabel(cell);
            m_descriptionNote->setObjectName(QStringLiteral("descriptionNote"));
            m_descriptionNote->setStyleSheet(noteStyle);
            m_descriptionNote->setWordWrap(true);   // a narrow form pane wraps it rather than widening
            grid->addWidget(m_descriptionNote, 2, 0, 1, 2);
            connect(editor, &FieldEditor::draftChanged, this, &FrontMatterForm::updateDescriptionNote);
        }
        // Reading order: the field's first widget, its remove button (top right), the rest of the field.
        const QList<QWidget *> order = editor->focusOrder();
        for (qsizetype i = 0; i < order.size(); ++i) {
            setTabOrder(tabBefore, order.at(i));
            tabBefore = order.at(i);
            if (i == 0) {
                setTabOrder(tabBefore, remove);
                tabBefore = remove;
            }
        }
        if (!field.help.isEmpty()) {
            label->setToolTip(field.help);
            editor->focusTarget()->setToolTip(field.help);
        }
        if (fm.contains(key)) {
            editor->showValue(fm);
        } else if (field.inherited.isValid()) {
            editor->showInherited(field.inherited);
            label->setStyleSheet(noteStyle);
        } else {
            editor->showValue(fm);
        }
        m_layout->addRow(label, cell);
        m_editors.insert(key, editor);
        m_labels.insert(key, label);
        m_problems.insert(key, problem);
        m_removes.insert(key, remove);
        connect(editor, &FieldEditor::edited, this, [this, key](const FieldEdit &e) { apply(key, e); });
        connect(editor, &FieldEditor::draftChanged, this, [this, key](const QString &t) { showDraftProblem(key, t); });
        connect(remove, &QToolButton::clicked, this, [this, key] { removeField(key); });
    }
    if (m_descriptionNote)
        updateDescriptionNote(fm.scalar(QStringLiteral("description")));
    updateProblems();
    if (!focusKey.isEmpty() && m_editors.value(focusKey))
        m_editors.value(focusKey)->focusTarget()->setFocus();
}

} // namespace Lectern
