// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QUndoStack;
class QWidget;

namespace Lectern {

// Text fields have their own undo, which would undo what the document no longer holds (and Save
// would not see until the field loses focus). A QLineEdit's cannot be turned off, and it takes
// Ctrl+Z before the window's Edit → Undo sees it: Ctrl+Z and redo in the watched fields step the
// edit session's stack instead. It routes keys only; the stack and its commands are the session's.
class UndoRouter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoRouter)

public:
    explicit UndoRouter(QObject *parent = nullptr);
    ~UndoRouter() override;

    void setStack(QUndoStack *stack) { m_stack = stack; }
    // Watches the line edits, text edits and spin boxes inside EDITOR.
    void watch(QWidget *editor);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QUndoStack *m_stack = nullptr;
};

} // namespace Lectern
