// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QUndoStack;

namespace Lectern {

class EditCommand;
class PostDocument;

// The post open for editing and the history of its edits, as Kate keeps a document beside its
// KateUndoManager: the session owns the PostDocument and the QUndoStack. Every edit a widget makes
// is an EditCommand pushed here; its redo() performs the edit through PostDocument's API, its
// undo() puts back the exact bytes it replaced, and consecutive keystrokes merge inside the command.
// Nobody writes into the document behind the stack's back, and nobody rewinds it.
//
// "Saved" is a position on the stack: loading, reloading and saving set the clean index, and the
// document is modified exactly when the stack is away from it (undo back to what was saved clears
// the mark, undo past it sets it). Text that reached the document without the stack (recovered
// after a crash, a date written by Post → Publish) leaves no clean index and, since the history
// cannot be replayed over a change it did not record, no history either: modified until saved.
class EditSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditSession)

public:
    explicit EditSession(QObject *parent = nullptr);
    ~EditSession() override;

    PostDocument *document() const { return m_document; }
    // Edit → Undo and Redo, and Ctrl+Z in every field, step this stack.
    QUndoStack *undoStack() const { return m_stack; }
    bool isModified() const;

    // Performs COMMAND (its redo()) and records it, merged into the step before when it continues
    // that step (EditCommand::follow). Takes ownership. False, with the reason in *error, when the
    // edit could not be applied: then nothing changed and nothing was recorded. An edit that
    // changes nothing is not recorded either, and returns true.
    bool push(EditCommand *command, QString *error = nullptr);

private:
    friend class EditCommand;
    void startHistory();
    void changedOutsideStack();
    void documentModifiedChanged(bool modified);
    void stackCleanChanged(bool clean);

    PostDocument *m_document = nullptr;
    QUndoStack *m_stack = nullptr;
    int m_running = 0;        // > 0 while a command or the session itself changes the document
    bool m_failed = false;    // the command being pushed could not apply its edit
    QString m_failure;
};

} // namespace Lectern
