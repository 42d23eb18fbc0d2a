// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowneditor.h"

#include "editcommand.h"
#include "editsession.h"
#include "exacttext.h"
#include "markdownhighlighter.h"
#include "postdocument.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QTextCursor>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

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

// A line break as the editor shows one: '\n', and a lone '\r' (a paragraph of its own there too).
bool breaksLine(const QString &text, qsizetype i)
{
    return text.at(i) == QLatin1Char('\n')
        || (text.at(i) == QLatin1Char('\r') && (i + 1 == text.size() || text.at(i + 1) != QLatin1Char('\n')));
}

// Whether some line is longer than MarkdownEditor::kLongLine; hops from '\n' to '\n' (a lone '\r'
// only makes lines shorter), so a 20 MB body of ordinary lines costs a few milliseconds.
bool hasLongLine(const QString &text)
{
    qsizetype start = 0;
    while (start + MarkdownEditor::kLongLine < text.size()) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0 || end - start > MarkdownEditor::kLongLine)
            return true;
        start = end + 1;
    }
    return false;
}

} // namespace

MarkdownEditor::MarkdownEditor(EditSession *session, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_session(session)
    , m_document(session->document())
{
    setObjectName(QStringLiteral("markdownEditor"));
    setUndoRedoEnabled(false);   // the session's stack has the body's history
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    connect(m_document, &PostDocument::loaded, this, &MarkdownEditor::showDocument);
    connect(m_document, &PostDocument::bodyEdited, this, &MarkdownEditor::documentBodyEdited);
    // contentsChange, not textChanged: it says where, so a keystroke costs O(keystroke), not O(post).
    connect(this->document(), &QTextDocument::contentsChange, this, &MarkdownEditor::editorContentsChanged);
    createFormattingActions();
    m_highlighter = new MarkdownHighlighter(this);
    showDocument();
}

MarkdownEditor::~MarkdownEditor() = default;

bool MarkdownEditor::event(QEvent *event)
{
    // Ctrl+Z here steps through the session's stack, not only the body's own edits.
    if (event->type() == QEvent::ShortcutOverride) {
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
    if (event->matches(QKeySequence::Undo)) {
        m_session->undoStack()->undo();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        m_session->undoStack()->redo();
        return;
    }
    if (formatOnKey(event))
        return;
    QPlainTextEdit::keyPressEvent(event);
}

void MarkdownEditor::setEditable(bool editable)
{
    m_editable = editable;
    if (!isFilling())
        setReadOnly(!m_editable || isFolded());
}

int MarkdownEditor::bodyLineOfBlock(int block) const
{
    int extra = 0;
    for (const Fold &fold : m_folds) {
        const int start = fold.line - 1 + extra;
        if (block < start)
            break;
        if (block < start + fold.rows)
            return fold.line;
        extra += fold.rows - 1;
    }
    return block + 1 - extra;
}

int MarkdownEditor::blockOfBodyLine(int line) const
{
    int extra = 0;
    for (const Fold &fold : m_folds) {
        if (fold.line >= line)
            break;
        extra += fold.rows - 1;
    }
    return line - 1 + extra;
}

void MarkdownEditor::editExactText()
{
    if (!isFolded())
        return;
    m_exactPath = m_document->path();
    m_exactChosen = true;
    showDocument();
}

QString MarkdownEditor::displayText(const QString &body)
{
    m_folds.clear();
    m_longestLine = 0;
    m_longestLength = 0;
    if (m_exactChosen && m_exactPath != m_document->path())
        m_exactChosen = false;   // another post: it folds again
    if (m_exactChosen || !hasLongLine(body))
        return body;
    QString shown;
    qsizetype lineStart = 0;
    int line = 1;
    for (qsizetype i = 0; i <= body.size(); ++i) {
        if (i < body.size() && !breaksLine(body, i))
            continue;
        const qsizetype length = i - lineStart;
        if (length > kLongLine) {
            if (m_folds.isEmpty())
                shown = body.left(lineStart);
            int rows = 0;
            for (qsizetype at = lineStart; at < i; ++rows) {
                qsizetype end = std::min(at + kFoldRow, i);
                if (end < i && body.at(end - 1).isHighSurrogate())
                    --end;   // never split a character
                if (rows > 0)
                    shown += QLatin1Char('\n');
                shown += QStringView(body).mid(at, end - at);
                at = end;
            }
            m_folds.append({line, rows});
            if (length > m_longestLength) {
                m_longestLength = length;
                m_longestLine = line;
            }
        } else if (!m_folds.isEmpty()) {
            shown += QStringView(body).mid(lineStart, length);
        }
        if (i < body.size() && !m_folds.isEmpty())
            shown += body.at(i);
        lineStart = i + 1;
        ++line;
    }
    return m_folds.isEmpty() ? body : shown;
}

void MarkdownEditor::showDocument()
{
    const bool wasFolded = isFolded();
    const QString body = displayText(m_document->body());
    // Qt wraps a very long word (a base64 image, minified HTML) in time quadratic in its length:
    // a 1 MB one froze the window for 90 s. Such posts wrap anywhere instead (issue 9).
    setWordWrapMode(longestWord(body) > kLongWord ? QTextOption::WrapAnywhere : QTextOption::WrapAtWordBoundaryOrAnywhere);
    ++m_fillGeneration;
    if (wasFolded != isFolded() || isFolded())
        Q_EMIT foldingChanged();
    m_loading = true;
    if (body.size() <= kFillSlice) {
        setPlainText(body);
        m_fillAt = -1;
        m_fillText.clear();
        setReadOnly(!m_editable || isFolded());
        m_loading = false;
        Q_EMIT documentShown();
        return;
    }
    // A big body goes in slice by slice; m_loading stays set so no slice counts as an edit.
    setReadOnly(true);
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
    setReadOnly(!m_editable || isFolded());
    m_loading = false;
    Q_EMIT documentShown();
}

void MarkdownEditor::editorContentsChanged(int position, int removed, int added)
{
    if (m_loading || isFolded())
        return;   // a folded body is read-only; its shown text is not the body
    // Editor positions are body indices (one character per line break) while the lengths agree;
    // the counts may include the document's final paragraph end, which the body does not have.
    QString body = m_document->body();
    const qsizetype length = document()->characterCount() - 1;
    qsizetype pos = position;
    qsizetype oldCount = std::min<qsizetype>(removed, body.size() - pos);
    qsizetype newCount = std::min<qsizetype>(added, length - pos);
    if (pos < 0 || oldCount < 0 || newCount < 0 || removed - oldCount != added - newCount
        || length - newCount + oldCount != body.size()) {
        syncWholeText();
        return;
    }
    QTextCursor range(document());
    range.setPosition(position);
    range.setPosition(position + int(newCount), QTextCursor::KeepAnchor);
    QString inserted = range.selectedText();   // raw: no-break spaces kept, line breaks as U+2029
    if (inserted.size() != newCount) {
        syncWholeText();
        return;
    }
    // Only what really changed: formatting passes and re-inserted text report a wider range. A line break
    // counts as unchanged against the body's own '\n' (or '\r', which the editor shows as a break too).
    const auto same = [](QChar shown, QChar stored) {
        return shown == stored
            || ((shown == QChar::ParagraphSeparator || shown == QChar::LineSeparator)
                && (stored == QLatin1Char('\n') || stored == QLatin1Char('\r')));
    };
    qsizetype head = 0;
    while (head < oldCount && head < newCount && same(inserted.at(head), body.at(pos + head)))
        ++head;
    qsizetype tail = 0;
    while (tail < oldCount - head && tail < newCount - head
           && same(inserted.at(newCount - 1 - tail), body.at(pos + oldCount - 1 - tail)))
        ++tail;
    inserted = inserted.mid(head, newCount - head - tail);
    pos += head;
    oldCount -= head + tail;
    if (oldCount == 0 && inserted.isEmpty())
        return;
    // Typed line breaks (Enter, Shift+Enter, pasted ones) are '\n' in the body, as exactText() reads them.
    for (QChar &c : inserted) {
        if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
            c = QLatin1Char('\n');
    }
    const QString removedText = body.mid(pos, oldCount);
    body = QString();   // let go of the shared body, or the edit below copies the whole of it
    pushBodyEdit(pos, removedText, inserted);
}

void MarkdownEditor::syncWholeText()
{
    QString before = m_document->body();
    const QString after = exactText(document());
    if (before == after)
        return;
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype head = 0;
    while (head < shorter && before.at(head) == after.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < shorter - head && before.at(before.size() - 1 - tail) == after.at(after.size() - 1 - tail))
        ++tail;
    const QString removed = before.mid(head, before.size() - head - tail);
    const QString inserted = after.mid(head, after.size() - head - tail);
    before = QString();   // let go of the shared body, or the edit copies the whole of it
    pushBodyEdit(head, removed, inserted);
}

void MarkdownEditor::pushBodyEdit(qsizetype position, const QString &removed, const QString &inserted)
{
    // The command performs the edit; the editor already shows it, so its echo (bodyEdited) is skipped.
    m_loading = true;
    m_session->push(new BodyCommand(m_session, position, removed, inserted));
    m_loading = false;
}

void MarkdownEditor::documentBodyEdited(qsizetype position, qsizetype removed, qsizetype added)
{
    // Undo and redo change the body from outside: replace just that range and put the cursor after it.
    if (m_loading)
        return;
    if (isFolded()) {
        showDocument();   // rows do not map onto the body one to one: show it again
        return;
    }
    const QString body = m_document->body();
    const qsizetype length = document()->characterCount() - 1;
    if (length != body.size() - added + removed || position + removed > length) {
        const int cursorAt = textCursor().position();
        m_loading = true;
        setPlainText(body);
        m_loading = false;
        QTextCursor cursor = textCursor();
        cursor.setPosition(int(std::min<qsizetype>(cursorAt, body.size())));
        setTextCursor(cursor);
        return;
    }
    QTextCursor cursor(document());
    cursor.setPosition(int(position));
    cursor.setPosition(int(position + removed), QTextCursor::KeepAnchor);
    m_loading = true;
    if (added > 0)
        cursor.insertText(body.mid(position, added));
    else
        cursor.removeSelectedText();
    m_loading = false;
    setTextCursor(cursor);
}

} // namespace Lectern
