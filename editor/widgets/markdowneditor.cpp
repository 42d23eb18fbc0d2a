// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowneditor.h"

#include "exacttext.h"
#include "frontmattercommand.h"
#include "postdocument.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QTimer>
#include <QUndoStack>

namespace Lectern {

namespace {

// Characters put into the editor per event-loop turn: well under 100 ms of layout each.
constexpr qsizetype kFillSlice = 64 * 1024;
// Words longer than this switch the editor to wrapping anywhere.
constexpr qsizetype kLongWord = 2000;

qsizetype longestWord(const QString &text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c.isSpace() ? 0 : run + 1;
        longest = std::max(longest, run);
    }
    return longest;
}

} // namespace

MarkdownEditor::MarkdownEditor(PostDocument *document, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("markdownEditor"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    connect(m_document, &PostDocument::loaded, this, &MarkdownEditor::showDocument);
    connect(m_document, &PostDocument::bodyChanged, this, &MarkdownEditor::documentBodyChanged);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        const QString before = m_document->body();
        const QString after = exactText(this->document());
        if (before == after)
            return;
        m_loading = true;
        m_document->setBody(after);
        m_loading = false;
        if (m_undo)
            m_undo->push(new BodyCommand(m_document, before, after));
    });
    showDocument();
}

MarkdownEditor::~MarkdownEditor() = default;

void MarkdownEditor::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
    setUndoRedoEnabled(stack == nullptr);
}

bool MarkdownEditor::event(QEvent *event)
{
    // Ctrl+Z here steps through the shared stack, not only the body's own edits.
    if (m_undo && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void MarkdownEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_undo && event->matches(QKeySequence::Undo)) {
        m_undo->undo();
        return;
    }
    if (m_undo && event->matches(QKeySequence::Redo)) {
        m_undo->redo();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void MarkdownEditor::showDocument()
{
    const QString body = m_document->body();
    // Qt wraps a very long word (a base64 image, minified HTML) in time quadratic in its length:
    // a 1 MB one froze the window for 90 s. Such posts wrap anywhere instead (issue 9).
    setWordWrapMode(longestWord(body) > kLongWord ? QTextOption::WrapAnywhere : QTextOption::WrapAtWordBoundaryOrAnywhere);
    ++m_fillGeneration;
    if (!isFilling()) {
        m_readOnlyBeforeFill = isReadOnly();
        m_undoBeforeFill = isUndoRedoEnabled();
    }
    m_loading = true;
    if (body.size() <= kFillSlice) {
        setPlainText(body);
        m_fillAt = -1;
        m_fillText.clear();
        setReadOnly(m_readOnlyBeforeFill);
        m_loading = false;
        Q_EMIT documentShown();
        return;
    }
    // A big body goes in slice by slice; m_loading stays set so no slice counts as an edit.
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setPlainText(QString());
    m_fillText = body;
    m_fillAt = 0;
    fillSlice();
}

void MarkdownEditor::fillSlice()
{
    qsizetype end = std::min(m_fillAt + kFillSlice, m_fillText.size());
    if (end < m_fillText.size()) {
        // Whole lines only: a slice never splits "\r\n" (one break, not two) or a surrogate pair.
        // A line longer than a slice goes in whole: each insert into a line lays out all of it again.
        const qsizetype newline = m_fillText.lastIndexOf(QLatin1Char('\n'), end - 1);
        if (newline >= m_fillAt) {
            end = newline + 1;
        } else {
            const qsizetype next = m_fillText.indexOf(QLatin1Char('\n'), end);
            end = next < 0 ? m_fillText.size() : next + 1;
        }
    }
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_fillText.mid(m_fillAt, end - m_fillAt));
    if (m_fillAt == 0)
        setTextCursor(QTextCursor(document()));   // the insert moved it; setPlainText leaves it at the start
    m_fillAt = end;
    if (m_fillAt < m_fillText.size()) {
        QTimer::singleShot(0, this, [this, generation = m_fillGeneration] {
            if (generation == m_fillGeneration && isFilling())
                fillSlice();
        });
        return;
    }
    m_fillAt = -1;
    m_fillText.clear();
    setUndoRedoEnabled(m_undoBeforeFill);
    setReadOnly(m_readOnlyBeforeFill);
    m_loading = false;
    Q_EMIT documentShown();
}

void MarkdownEditor::documentBodyChanged()
{
    // Undo and redo change the body from outside: show it, keeping the cursor near where it was.
    if (m_loading || exactText(document()) == m_document->body())
        return;
    const int position = textCursor().position();
    m_loading = true;
    setPlainText(m_document->body());
    m_loading = false;
    QTextCursor cursor = textCursor();
    cursor.setPosition(std::min(position, int(m_document->body().size())));
    setTextCursor(cursor);
}

} // namespace Lectern
