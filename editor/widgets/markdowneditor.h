// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

class QUndoStack;

namespace Lectern {

class PostDocument;

// The Markdown body in a monospace plain-text editor, kept in step with the document.
class MarkdownEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownEditor)

public:
    explicit MarkdownEditor(PostDocument *document, QWidget *parent = nullptr);
    ~MarkdownEditor() override;

    // Records body edits on stack (shared with the form) instead of the editor's own undo,
    // so one Undo steps back through form and body edits in the order they were made.
    void setUndoStack(QUndoStack *stack);
    // True while a long body is still going into the editor, a slice per event-loop turn so the
    // window never freezes (issue 9); the editor is read-only until documentShown().
    bool isFilling() const { return m_fillAt >= 0; }

Q_SIGNALS:
    // The whole body of the last loaded post is in the editor.
    void documentShown();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showDocument();
    // Typing: the editor's change at [position, +removed) -> [position, +added) goes into the document.
    void editorContentsChanged(int position, int removed, int added);
    // Compares the whole text; for changes whose positions do not map onto the body.
    void syncWholeText();
    void recordBodyEdit(qsizetype position, const QString &removed, const QString &inserted);
    // Undo and redo: the document's change goes into the editor.
    void documentBodyEdited(qsizetype position, qsizetype removed, qsizetype added);
    void fillSlice();

    PostDocument *m_document = nullptr;
    QUndoStack *m_undo = nullptr;
    bool m_loading = false;
    QString m_fillText;              // the body being filled in
    qsizetype m_fillAt = -1;         // where the next slice starts; -1 when not filling
    quint64 m_fillGeneration = 0;    // a newer load drops the older fill's queued slices
    bool m_readOnlyBeforeFill = false;
    bool m_undoBeforeFill = false;
};

} // namespace Lectern
