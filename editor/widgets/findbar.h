// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QRegularExpression>
#include <QTextEdit>
#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextDocument;
class QTimer;
class QToolButton;
class QUndoStack;

namespace Lectern {

// Find and replace in a plain-text view, as Kate's and ghostwriter's search bars do: a bar under the
// editor, opened by Edit → Find… (Ctrl+F) or Replace… (Ctrl+H / Ctrl+R), closed by Escape (focus goes
// back to the view). It works on whichever of its targets (QPlainTextEdit or QTextEdit) has, or last
// had, focus: the Markdown editor and the front matter's YAML view.
//
// While the bar is open every match on screen is highlighted with QTextEdit::ExtraSelections (the
// document is not touched; scrolling highlights the ones scrolled to) and counted, up to
// kMaxHighlights, so a 1 MB body never stalls; other extra selections of the view (the YAML view's
// error marks) are kept. Edits in the view search again after a pause
// (kResearchDelayMs), never per keystroke. Replacements go through the view's QTextCursor inside
// one edit block, so the view's own document-to-model path (MarkdownEditor → BodyCommand, RawYamlView
// → textEdited) records Replace All as one undo step.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    static constexpr int kMaxHighlights = 10000;   // matches counted (and F3 goes on past them), at most
    static constexpr int kMaxOnScreen = 2000;      // matches highlighted at once: those on screen
    static constexpr int kResearchDelayMs = 200;   // after an edit in the view, search again after this pause

    explicit FindBar(QWidget *parent = nullptr);
    ~FindBar() override;

    // Adds a view to search. EDIT must be a QPlainTextEdit or a QTextEdit (anything else is ignored);
    // the first one added is the target until another gets focus. The bar does not own it.
    void addTarget(QWidget *edit);
    // The stack the targets' edits are recorded on (EditSession::undoStack()), or null. When set, a
    // replacement is a macro of its own there ("Replace", "Replace All"), so it never merges into the
    // typing just before it (BodyCommand merges edits that touch within kMergeWindowMs).
    void setUndoStack(QUndoStack *stack);

    // The view the bar searches: the target that has or last had focus; null before addTarget().
    QWidget *target() const { return m_target; }

    // The Edit menu's actions, with their shortcuts (QKeySequence::Find, Replace plus Ctrl+H and
    // Ctrl+R, FindNext, FindPrevious). They act on the window they are added to: the caller adds
    // them to a menu of that window (or to the window itself).
    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }
    QAction *findNextAction() const { return m_nextAction; }
    QAction *findPreviousAction() const { return m_previousAction; }

    // What the bar shows: the matches found (at most kMaxHighlights), the 1-based number of the one
    // selected in the view (0: none selected), and the error text of a pattern that does not compile.
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const;
    QString statusText() const;
    QLineEdit *searchField() const { return m_search; }
    QLineEdit *replaceField() const { return m_replace; }
    // The options: checkable tool buttons ("Aa", "ab", ".*"; Alt+C, Alt+W, Alt+X), named in their tooltips.
    QToolButton *caseSensitiveBox() const { return m_case; }
    QToolButton *wholeWordsBox() const { return m_words; }
    QToolButton *regexBox() const { return m_regex; }

    // Regular-expression replacements expand \1 and $1 (expandReplacement() in findpattern.h).

public Q_SLOTS:
    // Opens the bar (find row only, or with the replace row), puts the target's selection into the
    // search field when it is on one line, and focuses the field.
    void openFind();
    void openReplace();
    // Selects the next (previous) match in the target from its cursor, wrapping round the document;
    // opens the bar when it is closed and the search field holds a pattern.
    void findNext();
    void findPrevious();
    // Replaces the selected match and selects the next one; when no match is selected, selects the
    // next one first (Kate's rule). Does nothing in a read-only view.
    void replaceCurrent();
    // Replaces every match in the target (no cap) with one insert of the span from the first match
    // to the last, so the view reports one change (one undo step); returns how many. The text between
    // matches is put back as exactText() read it: meant for plain-text views (a QTextEdit's character
    // formats in that span are not kept).
    int replaceAll();
    // Hides the bar, removes its highlights and gives focus back to the target.
    void closeBar();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void open(bool withReplace);
    void setTarget(QWidget *edit);
    QTextDocument *targetDocument() const;
    QTextCursor targetCursor() const;
    void setTargetCursor(const QTextCursor &cursor);
    bool targetReadOnly() const;
    QList<QTextEdit::ExtraSelection> targetSelections() const;
    void setTargetSelections(const QList<QTextEdit::ExtraSelection> &selections);
    // Compiles the pattern from the field and the options; false (m_error set) when it is invalid.
    bool compile();
    void beginStep(const QString &label);
    void endStep();
    const QString &text();
    // The first match at or after FROM (no wrap); an invalid match when there is none.
    QRegularExpressionMatch matchFrom(qsizetype from);
    // Searches the target again and highlights; keeps the selection; SELECTFIRST selects the first
    // match at or after the search's start (incremental search while the pattern is typed).
    void research(bool selectFirst);
    void highlight();
    void clearHighlights(QWidget *edit);
    void updateStatus();
    void select(qsizetype start, qsizetype end);
    void step(bool forward);

    QPointer<QWidget> m_target;
    QList<QPointer<QWidget>> m_targets;
    QAction *m_findAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_replace = nullptr;
    QToolButton *m_case = nullptr;
    QToolButton *m_words = nullptr;
    QToolButton *m_regex = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_replaceButton = nullptr;
    QPushButton *m_replaceAllButton = nullptr;
    QTimer *m_research = nullptr;
    QPointer<QUndoStack> m_undoStack;

    QRegularExpression m_pattern;
    QString m_error;            // the pattern's error, shown instead of the count
    QString m_text;             // the target's text (exactText), cached until it changes
    bool m_textStale = true;
    bool m_capped = false;      // more matches than kMaxHighlights
    qsizetype m_searchStart = 0;   // where incremental search starts: the cursor when the bar opened
    struct Match
    {
        qsizetype start = 0;
        qsizetype end = 0;
    };
    QList<Match> m_matches;
};

} // namespace Lectern
