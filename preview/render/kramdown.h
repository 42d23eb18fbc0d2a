// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

class IncrementalMarkdown;

// The kramdown syntax Jekyll sites use, on top of the one cmark-gfm wrapper: block and span IALs
// ({: .class #id key="v"}, {:.class}, ALDs {:name: ...}, {:toc}), header ids ({#id}), heading auto
// ids, markdown="1" inside HTML blocks, and "1)" starting no list.
//
// Kept differences from kramdown (CommonMark wins there): indented code after a paragraph,
// HTML blocks end at a blank line unless markdown="1", smart quotes and typographic dashes are not
// applied, definition lists and abbreviations render as plain paragraphs, a {:toc} list is flat.
class Kramdown final
{
public:
    static QString toHtml(const QString &markdown, bool sourcePositions = true);
    // As above, with data-sourcepos counting lines of `positionsSource` (the post before Liquid ran).
    // With INCREMENTAL, cmark-gfm's part goes through it (the same HTML, re-parsing only from the
    // edited block on: for the preview's render worker, which keeps one).
    static QString toHtml(const QString &markdown, const QString &positionsSource,
                          IncrementalMarkdown *incremental = nullptr);
    // The Markdown cmark-gfm should see: IALs turned into markers, markdown="1" blocks opened up.
    static QString preprocess(const QString &markdown, bool *hasMarkers);
    // Applies the markers left by preprocess() to the HTML, and gives headings kramdown's ids.
    static QString postprocess(const QString &html, bool hasMarkers);
};

} // namespace Lectern
