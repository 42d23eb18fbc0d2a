// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Lectern {

// The headings of a Markdown body, for the outline pane. A line scan, no parse: a 1 MB body takes a
// few milliseconds (bench_outline), so it can run again after each pause in typing.
//
// What counts (CommonMark 0.30 as cmark-gfm reads it):
// - ATX headings (§4.2): up to 3 spaces, 1-6 '#', then a blank or the end of the line; the text
//   without the optional closing '#' run, trimmed. kramdown's trailing header id "{#id}" is dropped
//   from the text too (kramdown syntax "Specifying a Header ID").
// - Setext headings (§4.3): a '=' (level 1) or '-' (level 2) underline, up to 3 spaces of indent,
//   right under a paragraph; the heading is the paragraph's lines joined by a space, at its first
//   line. A paragraph starting as a list item or block quote is not one (its underline is a break).
// - Nothing inside fenced code (§4.5: ``` or ~~~, at least 3, closed by the same character at least
//   as long, or the end of the body), indented code (§4.4: 4+ columns not continuing a paragraph)
//   or an HTML comment block starting a line ("<!--" to "-->").
namespace MarkdownOutline {

struct Heading
{
    int line = 0;    // 1-based line of the body where the heading starts (the editor's body lines)
    int level = 0;   // 1..6
    QString text;

    bool operator==(const Heading &other) const
    {
        return line == other.line && level == other.level && text == other.text;
    }
};

// Every heading of BODY ('\n' or "\r\n" line ends), in order.
QList<Heading> headings(QStringView body);

// The index in HEADINGS (sorted by line) of the last heading at or before LINE (1-based): the section
// holding that line; -1 when LINE is above the first heading.
int sectionAt(const QList<Heading> &headings, int line);

} // namespace MarkdownOutline

} // namespace Lectern
