// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCursor>
#include <QTextLayout>
#include <QTimer>

#include <functional>

class QPlainTextEdit;

namespace Lectern {

// Markdown (with Liquid and kramdown) highlighting for a post's body in a QPlainTextEdit, one
// line at a time (MarkdownLineLexer), each line starting from the state the line before ended in.
// Only the font's weight, slant and strike-out and the colours change, never the family or size,
// so a monospace editor keeps constant line heights. Colours come from the editor's palette and
// follow it (QEvent::PaletteChange). See docs/highlighting.md.
//
// No pass holds the GUI thread for long: a pass (one edit, a palette change, a slice of the body
// filling in, one idle chunk) highlights lines for at most kPassBudgetMs; lines past that keep
// what they show and are highlighted in idle chunks of the same length (isBusy() until done). The
// edited line itself is always highlighted at once. Opening a fence at the top of a 1 MB body
// thus re-colours the rest of it over several event-loop turns, not in one stall.
class MarkdownHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownHighlighter)

public:
    static constexpr qint64 kPassBudgetMs = 5;
    // Lines longer than this are not lexed (a pasted image, minified HTML): they show plain, pass
    // the state through unchanged, and still get the extra formats.
    static constexpr int kLongestLexedLine = 100000;

    // Highlights editor's document (the one it has now) with editor's palette; owned by editor.
    explicit MarkdownHighlighter(QPlainTextEdit *editor);
    ~MarkdownHighlighter() override;

    /// Extra formats merged over the Markdown formats of one block (used for spelling underlines).
    /// Called from highlightBlock() on the GUI thread for each block re-highlighted; must return quickly.
    /// Ranges are in the block's text (UTF-16 offsets), FormatRange.format is merged (QTextCharFormat::merge) over ours.
    using ExtraFormats = std::function<QList<QTextLayout::FormatRange>(const QTextBlock &block, const QString &text)>;
    void setExtraFormats(ExtraFormats provider);   // empty std::function = none; rehighlights

    // Off: the Markdown formats go (the extra formats stay); on again: they come back. Both
    // re-highlight the whole document in budgeted chunks.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // True while some lines wait for an idle chunk (after a pass ran out of its budget).
    bool isBusy() const { return !m_staleStart.isNull(); }

    // Re-highlights the lines holding document positions from..to in budgeted idle chunks, from
    // the next event-loop turn (for many lines at once, e.g. after spelling checked a range:
    // unlike rehighlightBlock(), it does not make the document emit contentsChanged per line).
    void rehighlightRange(int from, int to);

    // The format a set of MarkdownLineLexer::Style flags is drawn with in the current palette
    // (what a character with those styles shows; an empty format for 0).
    QTextCharFormat formatFor(quint32 styles) const;

protected:
    void highlightBlock(const QString &text) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Colors
    {
        QColor marker, heading, link, url, code, codeBackground, html, liquid, comment, attributes, quote;
    };
    bool updateColors();   // true when they changed
    // Re-highlights the whole document: what fits in the budget now, the rest in idle chunks.
    void rehighlightLazily();
    void startPass();
    bool overBudget() const { return m_passClock.isValid() && m_passClock.elapsed() >= kPassBudgetMs; }
    // Remembers [from, to] (document positions of block starts) for the idle chunks.
    void markStale(int from, int to);
    void highlightStale();
    void keepCurrentFormats();
    // One line's formats (Markdown, extra formats merged over) and its end state in *state.
    QList<QTextLayout::FormatRange> lineFormats(const QTextBlock &block, const QString &text, int previous, int *state);
    // Highlights block outside a QSyntaxHighlighter pass; true when its state changed.
    bool refresh(QTextBlock block);
    void stateChanged(const QTextBlock &block, int old, int state);

    QPlainTextEdit *m_editor = nullptr;
    bool m_enabled = true;
    ExtraFormats m_extraFormats;
    Colors m_colors;
    mutable QHash<quint32, QTextCharFormat> m_formats;   // per style set, shared so Qt compares them cheaply
    QList<quint32> m_styles;                             // the current line's, reused
    QElapsedTimer m_passClock;
    bool m_passOpen = false;
    QTextCursor m_staleStart;   // lines waiting for an idle chunk, from the block at m_staleStart
    QTextCursor m_staleEnd;     // to the block at m_staleEnd; both move with edits
    QTimer m_idle;
};

} // namespace Lectern
