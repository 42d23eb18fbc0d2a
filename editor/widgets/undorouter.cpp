// SPDX-License-Identifier: GPL-3.0-or-later
#include "undorouter.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QUndoStack>

namespace Lectern {

UndoRouter::UndoRouter(QObject *parent)
    : QObject(parent)
{
}

UndoRouter::~UndoRouter() = default;

void UndoRouter::watch(QWidget *editor)
{
    const QList<QWidget *> children = editor->findChildren<QWidget *>();
    for (QWidget *w : children) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w))
            w->installEventFilter(this);
    }
}

bool UndoRouter::eventFilter(QObject *watched, QEvent *event)
{
    // Taking the shortcut override keeps the field's own undo out; the key press then steps the stack.
    if (m_stack && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        if (undo || key->matches(QKeySequence::Redo)) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (undo)
                    m_stack->undo();
                else
                    m_stack->redo();
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Lectern
