// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QTimer>

class QPlainTextEdit;

namespace Lectern {

class PostDocument;

// The status bar's counts of the body (issue 16): words, characters and reading time, of the
// selection in the editor when there is one. Recounted kDebounceMs after the last change of the
// body or the selection, never per keystroke: a 1 MB body takes tens of milliseconds to count, so
// text over kCountInlineChars is counted on a pool thread and the label follows when it is done.
class BodyCounts final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyCounts)

public:
    static constexpr int kDebounceMs = 300;
    static constexpr int kWordsPerMinute = 200;   // a common figure for reading prose on screen
    static constexpr qsizetype kCountInlineChars = 64 * 1024;   // ~1 ms to count: not worth a thread

    struct Counts
    {
        qsizetype words = 0;
        qsizetype characters = 0;
        qsizetype minutes = 0;
    };
    // Words as a writer counts them, of what the reader sees (readerText(); ghostwriter counts the
    // words of its rendered text): the Unicode word boundaries (UAX #29, QTextBoundaryFinder::Word)
    // that start a word, so "don't" is one word and punctuation, spaces and Markdown marks (#, *, >)
    // count nothing. Characters: of TEXT as typed, user-perceived characters (grapheme clusters,
    // UAX #29), line breaks (LF, U+2029 of a QTextCursor selection) not counted. Minutes: words /
    // kWordsPerMinute rounded up, 0 only for no words.
    static Counts count(const QString &text);
    // MARKDOWN (a body or a selection of it; U+2029 read as a line break) with what the page does not
    // show as text taken out, each replaced by a space: link and image destinations ("](url "title")",
    // reference labels "][id]") and images whole (their alt text is not on the page), reference definitions ("[id]: url"),
    // Liquid ({{ … }}, {% … %}: their output is not known before Jekyll runs), HTML tags (the text
    // between them stays) and comments, kramdown attribute lists and extensions ({: …}, {#id}, {.class},
    // {::comment}…{:/comment}) and code fences' lines (their info string). A URL shown as text (bare or
    // <autolink>) is one word, as a word processor counts it. Code is text the reader sees and counts.
    static QString readerText(const QString &markdown);
    // "Words: 1,234 · Characters: 6,789 · 7 min read" (numbers in the locale's format), or
    // "Selected words: …" for a selection.
    static QString describe(const Counts &counts, bool selection);

    // Follows DOCUMENT's body and EDITOR's selection (the editor showing that body).
    BodyCounts(PostDocument *document, QPlainTextEdit *editor, QWidget *parent = nullptr);
    ~BodyCounts() override;

    // Whether a recount is waiting for its debounce or for its count from the pool thread.
    bool isPending() const { return m_timer.isActive() || m_counting; }

private:
    void recount();

    PostDocument *m_document = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTimer m_timer;
    quint64 m_generation = 0;   // of the latest recount: an older count arriving late is dropped
    bool m_counting = false;
};

} // namespace Lectern
