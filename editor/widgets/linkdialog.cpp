// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkdialog.h"

#include "markdowneditor.h"
#include "markdownformatting.h"
#include "site.h"
#include "siteindex.h"

#include <QAction>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaObject>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>

namespace Lectern {

namespace {

constexpr int kSearchRole = Qt::UserRole + 1;   // title and file name: what the completer matches
constexpr int kPathRole = Qt::UserRole + 2;

const PostEntry *entryAt(const Site *site, const QString &path)
{
    if (!site)
        return nullptr;
    const int row = site->index()->indexOf(path);
    return row < 0 ? nullptr : &site->index()->entries().at(row);
}

} // namespace

LinkDialog::LinkDialog(const Site *site, const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_site(site)
    , m_target(new QLineEdit(this))
    , m_text(new QLineEdit(text, this))
    , m_hint(new QLabel(this))
    , m_completer(new QCompleter(this))
    , m_posts(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("linkDialog"));
    setWindowTitle(tr("Insert Link"));
    m_target->setObjectName(QStringLiteral("linkTarget"));
    m_target->setAccessibleName(tr("Link target"));
    m_target->setPlaceholderText(tr("A post's title or file name, or a URL"));
    m_target->setClearButtonEnabled(true);
    m_text->setObjectName(QStringLiteral("linkText"));
    m_text->setAccessibleName(tr("Link text"));
    m_hint->setObjectName(QStringLiteral("linkHint"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));

    if (m_site) {
        QList<PostEntry> entries = m_site->index()->entries();
        std::sort(entries.begin(), entries.end(),
                  [](const PostEntry &a, const PostEntry &b) { return a.date > b.date; });
        QStringList newest;
        for (const PostEntry &e : std::as_const(entries)) {
            auto *item = new QStandardItem(tr("%1 — %2").arg(e.displayTitle(), e.fileName()));
            item->setData(QString(e.title + QLatin1Char(' ') + e.fileName()), kSearchRole);
            item->setData(e.path, kPathRole);
            m_posts->appendRow(item);
            if (e.collection == QLatin1String("posts"))
                newest << e.path;
        }
        m_style = LinkStyle::learn(newest);
    }
    m_completer->setModel(m_posts);
    m_completer->setCompletionRole(kSearchRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(12);
    m_target->setCompleter(m_completer);
    // QCompleter writes the completion's text into the field after this slot: put the link there after it.
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        const QString path = index.data(kPathRole).toString();
        QMetaObject::invokeMethod(this, [this, path] { choosePost(path); }, Qt::QueuedConnection);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Insert"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(QString(), m_hint);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(buttons);
    connect(m_target, &QLineEdit::textChanged, this, &LinkDialog::updateButtons);
    updateButtons();
    m_target->setFocus();
    resize(520, sizeHint().height());
}

LinkDialog::~LinkDialog() = default;

bool LinkDialog::choosePost(const QString &path)
{
    const PostEntry *entry = entryAt(m_site, path);
    if (!entry)
        return false;
    m_target->setText(LinkStyle::target(m_style, m_site->config().values(), *entry));
    if (m_text->text().trimmed().isEmpty())
        m_text->setText(entry->displayTitle());
    return true;
}

const PostEntry *LinkDialog::namedPost() const
{
    const QString typed = m_target->text().trimmed();
    if (!m_site || typed.isEmpty())
        return nullptr;
    for (const PostEntry &e : m_site->index()->entries()) {
        if (typed.compare(e.title, Qt::CaseInsensitive) == 0 || typed.compare(e.fileName(), Qt::CaseInsensitive) == 0
            || typed.compare(QFileInfo(e.path).completeBaseName(), Qt::CaseInsensitive) == 0)
            return &e;
    }
    return nullptr;
}

QString LinkDialog::target() const
{
    if (const PostEntry *post = namedPost())
        return LinkStyle::target(m_style, m_site->config().values(), *post);
    return m_target->text().trimmed();
}

QString LinkDialog::linkText() const
{
    const QString typed = m_text->text().trimmed();
    if (typed.isEmpty()) {
        if (const PostEntry *post = namedPost())
            return post->displayTitle();
    }
    return typed;
}

void LinkDialog::updateButtons()
{
    const QString typed = m_target->text().trimmed();
    const QString link = target();
    m_hint->setText(link != typed ? tr("Links to: %1").arg(link) : QString());
    m_hint->setVisible(!m_hint->text().isEmpty());
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(!typed.isEmpty());
}

QAction *LinkDialog::createAction(MarkdownEditor *editor, const Site *site)
{
    auto *action = new QAction(tr("&Link…"), editor);
    action->setObjectName(QStringLiteral("insertLinkAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    action->setShortcutContext(Qt::WidgetShortcut);
    editor->addAction(action);
    QObject::connect(action, &QAction::triggered, editor, [editor, site] {
        if (editor->isReadOnly())
            return;
        const QTextCursor cursor = editor->textCursor();
        QString text;
        if (cursor.hasSelection()) {
            text = cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char(' '));
        } else {
            const QTextBlock block = cursor.block();
            const auto [start, end] = MarkdownFormatting::linkRange(block.text(), cursor.positionInBlock(),
                                                                    cursor.positionInBlock());
            text = block.text().mid(start, end - start);
        }
        auto *dialog = new LinkDialog(site, text, editor);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dialog, &QDialog::accepted, editor, [editor, dialog, text] {
            // The text as it was: the range keeps its own characters (line breaks too).
            const QString link = dialog->target();
            QString label = dialog->linkText() == text.trimmed() ? QString() : dialog->linkText();
            if (label.isEmpty() && text.trimmed().isEmpty())
                label = link;   // nothing to link and no text typed: the link shows its target
            editor->formatSelection(
                [label, link](const QString &lines, qsizetype anchor, qsizetype position) {
                    return MarkdownFormatting::makeLink(lines, anchor, position, label, link);
                },
                tr("Insert Link"));
        });
        dialog->open();
    });
    return action;
}

} // namespace Lectern
