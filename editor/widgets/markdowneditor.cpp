// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowneditor.h"

#include "exacttext.h"
#include "frontmattercommand.h"
#include "postdocument.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QUndoStack>

namespace Lectern {

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
    m_loading = true;
    setPlainText(m_document->body());
    m_loading = false;
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
