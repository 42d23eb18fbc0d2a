// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentspelling.h"

#include "editsession.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStyleHints>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

#include <algorithm>

namespace Lectern {

namespace {

QString trMenu(const char *text)
{
    return QCoreApplication::translate("Lectern::SpellingMenu", text);
}

// Runs HANDLER on the watched widget's context-menu events; true from it: handled.
class ContextMenuFilter final : public QObject
{
public:
    ContextMenuFilter(QObject *watched, std::function<bool(QContextMenuEvent *)> handler)
        : QObject(watched)
        , m_handler(std::move(handler))
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        return event->type() == QEvent::ContextMenu && m_handler(static_cast<QContextMenuEvent *>(event));
    }

private:
    std::function<bool(QContextMenuEvent *)> m_handler;
};

} // namespace

// --- DocumentSpelling

DocumentSpelling::DocumentSpelling(QTextDocument *document, SpellingService *service, bool markdown, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_service(service)
    , m_markdown(markdown)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &DocumentSpelling::checkNow);
    connect(document, &QTextDocument::contentsChange, this, &DocumentSpelling::contentsChanged);
    connect(service, &SpellingService::checked, this, &DocumentSpelling::received);
    connect(service, &SpellingService::changed, this, &DocumentSpelling::checkNow);
    m_pause.start();
}

DocumentSpelling::~DocumentSpelling() = default;

QTextCharFormat DocumentSpelling::underlineFormat()
{
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    format.setUnderlineColor(QColor(Qt::red));
    return format;
}

void DocumentSpelling::contentsChanged(int, int removed, int added)
{
    // A highlighter's own pass reports the block as changed (same length): not an edit.
    if (m_rehighlighting || (removed == added && m_pause.isActive()))
        return;
    m_pause.start();
}

void DocumentSpelling::setSuspended(bool suspended)
{
    m_suspended = suspended;
    checkNow();
}

void DocumentSpelling::checkNow()
{
    m_pause.stop();
    if (!m_document || m_suspended || !m_service->isActive() || m_document->characterCount() > kMaxCharacters) {
        m_latest->store(0);
        clearAll();
        return;
    }
    // One copy of the text here (blocks separated by U+2029); the worker cuts it into lines.
    m_sent = m_document->toRawText();
    m_service->requestDocument(m_sent, m_markdown, m_latest);
}

void DocumentSpelling::received(quint64 ticket, const SpellingRanges &ranges)
{
    if (ticket != m_latest->load() || m_pause.isActive() || !m_document)
        return;   // another client's, or the text changed since it was sent
    const QTextCharFormat format = underlineFormat();
    QHash<int, Block> blocks;
    for (const SpellingRange &r : ranges) {
        if (r.line >= 0)
            blocks[r.line].ranges.append({r.start, r.length, format});
    }
    // The misspelled lines' texts, in one pass over the text sent (lines in ascending order).
    QList<int> numbers = blocks.keys();
    std::sort(numbers.begin(), numbers.end());
    qsizetype from = 0;
    int line = 0;
    for (const int wanted : std::as_const(numbers)) {
        while (line < wanted && from >= 0) {
            from = m_sent.indexOf(QChar::ParagraphSeparator, from);
            if (from >= 0)
                ++from;
            ++line;
        }
        if (from < 0) {
            blocks.remove(wanted);   // past the text's end: not a line of it
            continue;
        }
        const qsizetype end = m_sent.indexOf(QChar::ParagraphSeparator, from);
        blocks[wanted].text = m_sent.mid(from, end < 0 ? -1 : end - from);
    }
    QHash<QString, QList<QTextLayout::FormatRange>> byText;
    for (auto it = blocks.cbegin(); it != blocks.cend(); ++it)
        byText.insert(it->text, it->ranges);
    const QHash<int, Block> old = std::exchange(m_blocks, blocks);
    m_byText = byText;
    m_sent.clear();
    // Rehighlight the blocks whose underlines changed: misspelled before or now.
    QList<int> changed;
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        const auto now = m_blocks.constFind(it.key());
        if (now == m_blocks.cend() || now->ranges != it->ranges || now->text != it->text)
            changed.append(it.key());
    }
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it) {
        if (!old.contains(it.key()))
            changed.append(it.key());
    }
    std::sort(changed.begin(), changed.end());
    m_rehighlighting = true;
    for (const int n : std::as_const(changed)) {
        const QTextBlock block = m_document->findBlockByNumber(n);
        if (block.isValid())
            Q_EMIT blockNeedsRehighlight(block);
    }
    m_rehighlighting = false;
    Q_EMIT checked();
}

void DocumentSpelling::clearAll()
{
    const QHash<int, Block> old = std::exchange(m_blocks, {});
    m_byText.clear();
    if (!m_document)
        return;
    m_rehighlighting = true;
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        const QTextBlock block = m_document->findBlockByNumber(it.key());
        if (block.isValid())
            Q_EMIT blockNeedsRehighlight(block);
    }
    m_rehighlighting = false;
}

QList<QTextLayout::FormatRange> DocumentSpelling::rangesFor(const QTextBlock &block, const QString &text) const
{
    if (m_byText.isEmpty())
        return {};
    const auto it = m_blocks.constFind(block.blockNumber());
    if (it != m_blocks.cend() && it->text == text)
        return it->ranges;
    return m_byText.value(text);
}

int DocumentSpelling::wordAt(int position, int *length) const
{
    if (!m_document)
        return -1;
    const QTextBlock block = m_document->findBlock(position);
    for (const QTextLayout::FormatRange &r : rangesFor(block, block.text())) {
        const int start = block.position() + r.start;
        if (position >= start && position <= start + r.length) {
            *length = r.length;
            return start;
        }
    }
    return -1;
}

// --- SpellingHighlighter

SpellingHighlighter::SpellingHighlighter(QTextDocument *document, DocumentSpelling *spelling)
    : QSyntaxHighlighter(document)
    , m_spelling(spelling)
{
    connect(spelling, &DocumentSpelling::blockNeedsRehighlight, this, &QSyntaxHighlighter::rehighlightBlock);
}

void SpellingHighlighter::highlightBlock(const QString &text)
{
    if (m_spelling->isEmpty())
        return;   // a big body being filled in, or nothing misspelled: no per-line lookup
    for (const QTextLayout::FormatRange &r : m_spelling->rangesFor(currentBlock(), text))
        setFormat(r.start, r.length, r.format);
}

// --- LineEditSpelling

LineEditSpelling::LineEditSpelling(QLineEdit *edit, SpellingService *service)
    : QObject(edit)
    , m_edit(edit)
    , m_service(service)
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(DocumentSpelling::kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &LineEditSpelling::textChanged);
    connect(edit, &QLineEdit::textChanged, &m_pause, qOverload<>(&QTimer::start));
    connect(service, &SpellingService::checked, this, &LineEditSpelling::received);
    connect(service, &SpellingService::changed, this, &LineEditSpelling::textChanged);
    edit->installEventFilter(this);
    textChanged();
}

bool LineEditSpelling::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::InputMethod && !m_sending) {
        m_composing = !static_cast<QInputMethodEvent *>(event)->preeditString().isEmpty();
        if (!m_composing && m_pending)
            QTimer::singleShot(0, this, &LineEditSpelling::apply);   // after the line edit took the commit
    }
    return false;
}

void LineEditSpelling::textChanged()
{
    m_pause.stop();
    m_checkedText = m_edit->text();
    if (!m_service->isActive() || m_checkedText.isEmpty()) {
        m_latest->store(0);
        m_ranges.clear();
        apply();
        return;
    }
    m_service->request({m_checkedText}, false, m_latest);
}

void LineEditSpelling::received(quint64 ticket, const SpellingRanges &ranges)
{
    if (ticket != m_latest->load() || m_pause.isActive() || !m_edit || m_edit->text() != m_checkedText)
        return;
    m_ranges = ranges;
    apply();
    Q_EMIT checked();
}

void LineEditSpelling::apply()
{
    if (!m_edit)
        return;
    m_pending = m_composing;
    if (m_composing)
        return;
    QList<QInputMethodEvent::Attribute> attributes;
    const QTextCharFormat format = DocumentSpelling::underlineFormat();
    const int cursor = m_edit->cursorPosition();
    for (const SpellingRange &r : std::as_const(m_ranges))
        attributes.append({QInputMethodEvent::TextFormat, r.start - cursor, r.length, format});
    QInputMethodEvent event(QString(), attributes);
    m_sending = true;
    QCoreApplication::sendEvent(m_edit, &event);
    m_sending = false;
}

// --- SpellingMenu

namespace SpellingMenu {

void addActions(QMenu *menu, QAction *before, const QString &word, SpellingService *service,
                const std::function<void(const QString &)> &replace)
{
    QList<QAction *> actions;
    const QStringList suggestions = service->suggest(word);
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        QObject::connect(action, &QAction::triggered, menu, [replace, suggestion] { replace(suggestion); });
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        actions << action;
    }
    if (suggestions.isEmpty()) {
        auto *none = new QAction(trMenu("(No Suggestions)"), menu);
        none->setEnabled(false);
        actions << none;
    }
    auto *separator = new QAction(menu);
    separator->setSeparator(true);
    actions << separator;
    auto *ignore = new QAction(trMenu("Ignore \"%1\"").arg(word), menu);
    QObject::connect(ignore, &QAction::triggered, service, [service, word] { service->ignore(word); });
    auto *site = new QAction(trMenu("Add to Site Dictionary"), menu);
    site->setEnabled(!service->siteRoot().isEmpty());
    QObject::connect(site, &QAction::triggered, service, [service, word] { service->addToSite(word); });
    auto *personal = new QAction(trMenu("Add to Personal Dictionary"), menu);
    QObject::connect(personal, &QAction::triggered, service, [service, word] { service->addToPersonal(word); });
    auto *end = new QAction(menu);
    end->setSeparator(true);
    actions << ignore << site << personal << end;
    menu->insertActions(before, actions);
}

namespace {

// The standard menu's Undo and Redo (object names "edit-undo", "edit-redo", set by Qt) act on the
// widget's own history, which is off when the session's STACK holds it: point them at STACK.
void routeUndo(QMenu *menu, QUndoStack *stack)
{
    if (!stack)
        return;
    for (QAction *action : menu->actions()) {
        const bool undo = action->objectName() == QLatin1String("edit-undo");
        if (!undo && action->objectName() != QLatin1String("edit-redo"))
            continue;
        QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
        action->setEnabled(undo ? stack->canUndo() : stack->canRedo());
        // Qt leaves out the key of a sequence the window has an action for (the window's Undo takes
        // Ctrl+Z), so Undo showed no key beside a Redo that did: both show theirs.
        if (QGuiApplication::styleHints()->showShortcutsInContextMenus()) {
            const QKeySequence key(undo ? QKeySequence::Undo : QKeySequence::Redo);
            action->setText(action->text().section(QLatin1Char('\t'), 0, 0) + QLatin1Char('\t')
                            + key.toString(QKeySequence::NativeText));
        }
        QObject::connect(action, &QAction::triggered, stack, undo ? &QUndoStack::undo : &QUndoStack::redo);
    }
}

bool showPlainTextMenu(QPlainTextEdit *edit, DocumentSpelling *spelling, SpellingService *service, QContextMenuEvent *event,
                       const std::function<void(int, int, const QString &)> &replace, QUndoStack *stack)
{
    QMenu *menu = edit->createStandardContextMenu(event->pos());
    routeUndo(menu, stack);
    int length = 0;
    const int start = spelling->wordAt(edit->cursorForPosition(event->pos()).position(), &length);
    if (start >= 0 && service->isActive()) {
        QTextCursor word(edit->document());
        word.setPosition(start);
        word.setPosition(start + length, QTextCursor::KeepAnchor);
        const QString text = word.selectedText();
        const bool editable = !edit->isReadOnly();
        addActions(menu, menu->actions().value(0), text, service, [=](const QString &replacement) {
            if (editable)
                replace(start, length, replacement);
        });
    }
    menu->exec(event->globalPos());
    delete menu;
    return true;
}

void replaceInDocument(QPlainTextEdit *edit, int start, int length, const QString &replacement)
{
    QTextCursor cursor(edit->document());
    cursor.beginEditBlock();
    cursor.setPosition(start);
    cursor.setPosition(start + length, QTextCursor::KeepAnchor);
    cursor.insertText(replacement);
    cursor.endEditBlock();
    edit->setTextCursor(cursor);
}

} // namespace

void attachBody(QPlainTextEdit *editor, DocumentSpelling *spelling, SpellingService *service, EditSession *session)
{
    new ContextMenuFilter(editor->viewport(), [=](QContextMenuEvent *event) {
        return showPlainTextMenu(editor, spelling, service, event, [=](int start, int length, const QString &replacement) {
            // A macro of its own so the correction never merges with typing before it; the edit block
            // makes it one contentsChange, which MarkdownEditor turns into one BodyCommand.
            session->undoStack()->beginMacro(trMenu("Correct Spelling"));
            replaceInDocument(editor, start, length, replacement);
            session->undoStack()->endMacro();
        }, session->undoStack());
    });
}

void attachPlainText(QPlainTextEdit *edit, DocumentSpelling *spelling, SpellingService *service, QUndoStack *stack)
{
    new ContextMenuFilter(edit->viewport(), [=](QContextMenuEvent *event) {
        edit->setFocus();   // the field commits typed text while it has the focus
        return showPlainTextMenu(edit, spelling, service, event, [=](int start, int length, const QString &replacement) {
            replaceInDocument(edit, start, length, replacement);
        }, stack);
    });
}

void attachLineEdit(QLineEdit *edit, LineEditSpelling *spelling, SpellingService *service, QUndoStack *stack)
{
    new ContextMenuFilter(edit, [=](QContextMenuEvent *event) {
        QMenu *menu = edit->createStandardContextMenu();
        routeUndo(menu, stack);
        // The character under the pointer: QLineEdit has no cursorForPosition but cursorPositionAt.
        const int at = edit->cursorPositionAt(event->pos());
        for (const SpellingRange &r : spelling->ranges()) {
            if (at < r.start || at > r.start + r.length || !service->isActive())
                continue;
            const QString text = edit->text();
            addActions(menu, menu->actions().value(0), r.word, service, [=](const QString &replacement) {
                if (edit->isReadOnly() || edit->text() != text)
                    return;
                edit->setSelection(r.start, r.length);
                edit->insert(replacement);   // textEdited: the field writes it as the user's edit
            });
            break;
        }
        menu->exec(event->globalPos());
        delete menu;
        return true;
    });
}

} // namespace SpellingMenu

} // namespace Lectern
