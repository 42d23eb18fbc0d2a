// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Lectern {

// One replacement a formatting key makes in the editor's text, and the selection after it.
// All positions are QChar indices into the text the function was given (line breaks '\n', one
// character each, as QPlainTextEdit counts them); the selection is in the text after the edit.
struct TextEdit
{
    qsizetype position = 0;   // where the replaced range starts
    qsizetype length = 0;     // how many characters it replaces
    QString text;             // what goes there
    qsizetype anchor = 0;     // selection afterwards: anchor and cursor (equal for no selection)
    qsizetype cursor = 0;

    bool operator==(const TextEdit &other) const
    {
        return position == other.position && length == other.length && text == other.text && anchor == other.anchor
            && cursor == other.cursor;
    }
};

// The Markdown editor's formatting keys as pure functions of the text and the selection, so they
// are tested without widgets. Each returns the one edit to make, or nullopt when the key should do
// what it does anyway (the editor then passes it on). Syntax follows CommonMark 0.30 as cmark-gfm
// reads it: emphasis §6.2, code spans §6.1, ATX headings §4.2, list items §5.2-5.3, block quotes
// §5.1, GFM task list items.
namespace MarkdownFormatting {

enum class Span {
    Strong,     // **text**
    Emphasis,   // *text* (an existing _text_ is recognised and removed too)
    Code,       // `text`
};

// Ctrl+B / Ctrl+I / Ctrl+`: toggles the span on [start, end) (either order). With no selection,
// on the word around start (letters, digits, '_', '\''); with no word there, inserts the pair
// and puts the cursor between (or, between an empty pair, removes it). Markers just outside the
// range, or at both ends inside it, count as "already formatted" and are removed; blanks at the
// ends of the selection stay outside the new markers (CommonMark needs the markers next to text).
// Never nullopt.
TextEdit toggleSpan(const QString &text, qsizetype start, qsizetype end, Span span);

// Ctrl+1..Ctrl+6: makes the line holding `cursor` an ATX heading of `level` (1..6, clamped),
// replacing another level's marker; the same level again removes it. The cursor keeps its place
// in the line's content.
TextEdit toggleHeading(const QString &text, qsizetype cursor, int level);

// Enter at `cursor` (no selection) in a list item or block quote: a new line with the same
// prefix ("- ", "* ", "+ ", "N." / "N)" with N+1, "- [ ] " for task items, "> " quote levels,
// the same indentation), the text after the cursor (less its leading blanks) moving onto it. On a
// nested item with nothing after its marker, moves it out a level (shiftListItems). On another item
// or quote line with nothing after its marker, ends the list/quote instead: the marker goes, the line
// stays blank and the cursor goes to a new line after it, so what is typed next is a paragraph of its
// own and not a lazy continuation line of the item (CommonMark §5.1, §5.2) (a list inside a quote
// keeps the quote's ">" on both). nullopt elsewhere, before the marker, or on a thematic break ("* * *").
std::optional<TextEdit> continueBlock(const QString &text, qsizetype cursor);

// Tab (outdent false) / Shift+Tab (true) with the selection [start, end) starting on a list item:
// every list item line the selection touches moves right/left by one level: 2 spaces for a bullet
// item, the marker's width ("1. " is 3, "10) " is 4) for an ordered item, as far as a nested item
// must be indented to belong to an item like it (CommonMark §5.2). Outdenting removes up to that
// many leading spaces (a leading tab counts as one level). nullopt when the selection does not start
// on a list item; an edit of nothing when an item cannot move further left.
std::optional<TextEdit> shiftListItems(const QString &text, qsizetype start, qsizetype end, bool outdent);

// Ctrl+K: what the link is made of. The selection [start, end) (either order) when there is one,
// else the word around start (letters, digits, '_', '\'', as toggleSpan), else the empty range at
// start. Returned as {start, end}, start <= end.
std::pair<qsizetype, qsizetype> linkRange(const QString &text, qsizetype start, qsizetype end);

// Ctrl+K: replaces linkRange(text, start, end) with the inline link "[label](target)" (CommonMark
// §6.3); an empty LABEL takes the range's text. Brackets and backslashes in the label are escaped
// with '\' (§6.3 link text) so the link stays one link. The cursor goes after the link. Never nullopt.
TextEdit makeLink(const QString &text, qsizetype start, qsizetype end, const QString &label, const QString &target);

} // namespace MarkdownFormatting

} // namespace Lectern
