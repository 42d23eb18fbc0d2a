// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QFrame>

class QLabel;

namespace Lectern {

class EditSession;
class PostDocument;

// The bar above the panes when the front-matter date changed and the body's "When:" line still
// names the day the date had before (EventDate::whenLineUpdate): offers to rewrite that day in the
// line's own style. It does not block: typing goes on, and it goes away when the date moves back,
// the line is edited to match, or the user dismisses it. Accepting is one undoable step.
class WhenLineBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhenLineBar)

public:
    // UNDO_STACK: the stack the body editor records its edits on (MarkdownEditor::setUndoStack).
    explicit WhenLineBar(EditSession *session, QWidget *parent = nullptr);
    ~WhenLineBar() override;

    // Rewrites the When: line's day to the front-matter date (the "Update" button); no-op when the
    // offer no longer applies.
    void updateWhenLine();
    void dismiss();

private:
    void follow();

    EditSession *m_session = nullptr;
    PostDocument *m_document = nullptr;
    QLabel *m_text = nullptr;
    QDate m_whenDay;   // the date's day the When: line followed before the offer
};

// The one place a body edit from outside the editor goes onto the session's undo stack: a step of its
// own (never merged into typing before it), undone and redone like typing. LENGTH characters at
// POSITION of the body (LF line ends) become TEXT; LABEL names the step in Edit → Undo.
void pushBodyEdit(EditSession *session, qsizetype position, qsizetype length, const QString &text, const QString &label);

} // namespace Lectern
