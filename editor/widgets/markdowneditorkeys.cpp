// SPDX-License-Identifier: GPL-3.0-or-later
// MarkdownEditor's formatting keys: what to change comes from MarkdownFormatting, this part only
// reads the lines around the selection and makes the change as one step on the session's stack.
#include "editsession.h"
#include "markdowneditor.h"
#include "markdownformatting.h"

#include <QAction>
#include <QKeyEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QUndoStack>

#include <algorithm>

namespace Lectern {

namespace {

// The text of the blocks from the one holding `from` to the one holding `to`, '\n' between them;
// base is the first block's position. Only these lines, so a key costs O(line), not O(post).
QString blocksText(const QTextDocument *document, int from, int to, int *base)
{
    QTextBlock block = document->findBlock(std::min(from, to));
    const QTextBlock last = document->findBlock(std::max(from, to));
    *base = block.position();
    QString text = block.text();
    while (block.isValid() && block != last) {
        block = block.next();
        text += QLatin1Char('\n') + block.text();
    }
    return text;
}

} // namespace

void MarkdownEditor::createFormattingActions()
{
    using MarkdownFormatting::Span;
    const auto addFormat = [this](const QString &text, const QKeySequence &keys, auto format) {
        auto *action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, [this, label = text, format] { formatSelection(format, label); });
        this->addAction(action);   // QWidget::addAction: the shortcut works while the editor has focus
        m_formattingActions.append(action);
    };
    const auto span = [](Span kind) {
        return [kind](const QString &text, qsizetype anchor, qsizetype position) {
            return MarkdownFormatting::toggleSpan(text, anchor, position, kind);
        };
    };
    addFormat(tr("Bold"), QKeySequence::Bold, span(Span::Strong));
    addFormat(tr("Italic"), QKeySequence::Italic, span(Span::Emphasis));
    addFormat(tr("Code"), QKeySequence(Qt::CTRL | Qt::Key_QuoteLeft), span(Span::Code));
    for (int level = 1; level <= 6; ++level) {
        addFormat(tr("Heading %1").arg(level), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + level)),
                  [level](const QString &text, qsizetype, qsizetype position) {
                      return MarkdownFormatting::toggleHeading(text, position, level);
                  });
    }
}

void MarkdownEditor::formatSelection(const Formatter &format, const QString &label)
{
    if (isReadOnly())
        return;
    const QTextCursor cursor = textCursor();
    int base = 0;
    const QString text = blocksText(document(), cursor.anchor(), cursor.position(), &base);
    applyFormatting(format(text, cursor.anchor() - base, cursor.position() - base), base, label);
}

bool MarkdownEditor::formatOnKey(QKeyEvent *event)
{
    if (isReadOnly())
        return false;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    const QTextCursor cursor = textCursor();
    int base = 0;
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && modifiers == Qt::NoModifier) {
        if (cursor.hasSelection())
            return false;
        const QString text = blocksText(document(), cursor.position(), cursor.position(), &base);
        const std::optional<TextEdit> edit = MarkdownFormatting::continueBlock(text, cursor.position() - base);
        if (!edit)
            return false;
        applyFormatting(*edit, base, edit->text.contains(QLatin1Char('\n')) ? tr("Continue List") : tr("End List"));
        return true;
    }
    const bool indent = event->key() == Qt::Key_Tab && modifiers == Qt::NoModifier;
    const bool outdent = event->key() == Qt::Key_Backtab;
    if (!indent && !outdent)
        return false;
    const QString text = blocksText(document(), cursor.anchor(), cursor.position(), &base);
    const std::optional<TextEdit> edit =
        MarkdownFormatting::shiftListItems(text, cursor.anchor() - base, cursor.position() - base, outdent);
    if (!edit) {
        // Not a list item: Tab and Shift+Tab move the focus, as in every other field of the window
        // (issue 16: keyboard-only use); a tab character can still be pasted.
        // (QPlainTextEdit's own focusNextPrevChild refuses while Tab types a character.)
        QAbstractScrollArea::focusNextPrevChild(!outdent);
        return true;
    }
    applyFormatting(*edit, base, outdent ? tr("Outdent List Item") : tr("Indent List Item"));
    return true;
}

void MarkdownEditor::applyFormatting(const TextEdit &edit, int base, const QString &label)
{
    if (edit.length > 0 || !edit.text.isEmpty()) {
        // A macro of its own, so the change never merges with the typing before it; the edit block
        // makes it one contentsChange, so one BodyCommand.
        m_session->undoStack()->beginMacro(label);
        QTextCursor cursor(document());
        cursor.beginEditBlock();
        cursor.setPosition(base + int(edit.position));
        cursor.setPosition(base + int(edit.position + edit.length), QTextCursor::KeepAnchor);
        cursor.insertText(edit.text);
        cursor.endEditBlock();
        m_session->undoStack()->endMacro();
    }
    QTextCursor selection(document());
    selection.setPosition(base + int(edit.anchor));
    selection.setPosition(base + int(edit.cursor), QTextCursor::KeepAnchor);
    setTextCursor(selection);
}

} // namespace Lectern
