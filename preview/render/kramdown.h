// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kramdowntree.h"

#include <QString>

namespace Lectern {

class IncrementalMarkdown;

// The kramdown syntax Jekyll sites use, on top of the one cmark-gfm wrapper: block and span IALs
// ({: .class #id key="v"}, {:.class}, ALDs {:name: ...}, {:toc}), header ids ({#id}), heading auto
// ids, markdown="1" inside HTML blocks, "1)" starting no list, and inline links whose URL holds
// spaces (`[a](my file.pdf)`: kramdown's link.rb reads the URL to the matching ')'), which
// preprocess() writes as `[a](<my file.pdf>)` for cmark-gfm.
//
// kramdown's rules that cmark-gfm does not follow (typography, emphasis next to CJK punctuation,
// `<<word>>`, list items' paragraphs, definition lists, abbreviations, footnote markup and ids,
// span-level HTML lines as paragraphs, GFM hard_wrap, no typography inside raw-content span
// elements, no links of bare URLs, Rouge's markup around code) are applied to cmark-gfm's tree by
// KramdownTree with the site's OPTIONS (KramdownOptions::fromSite).
// {::comment}...{:/comment} is dropped whole, in every output: internal notes never reach the
// preview or an export (kramdown writes them as an HTML comment; nothing of it is shown either way).
//
// Kept differences from kramdown (CommonMark wins there): indented code after a paragraph,
// an HTML block not closed in the post ends at a blank line (kramdown reads it to the end).
// A block of HTML started by a non-span element after an empty line stays raw up to its closing
// tag, empty lines included (kramdown, parse_block_html false); {::nomarkdown}...{:/nomarkdown}
// (block or span) passes its content through as it is.
class Kramdown final
{
public:
    static QString toHtml(const QString &markdown, bool sourcePositions = true,
                          const KramdownOptions &options = KramdownOptions());
    // As above, with data-sourcepos counting lines of `positionsSource` (the post before Liquid ran).
    // With INCREMENTAL, cmark-gfm's part goes through it (the same HTML, re-parsing only from the
    // edited block on: for the preview's render worker, which keeps one).
    static QString toHtml(const QString &markdown, const QString &positionsSource,
                          IncrementalMarkdown *incremental = nullptr,
                          const KramdownOptions &options = KramdownOptions());
    // MARKDOWN without its {::comment}...{:/comment} extensions (outside code); lines of a comment
    // standing on its own lines become empty lines, so line numbers stay.
    static QString withoutComments(const QString &markdown);
    // The Markdown cmark-gfm should see: IALs turned into markers, markdown="1" blocks opened up.
    static QString preprocess(const QString &markdown, bool *hasMarkers);
    // Applies the markers left by preprocess() to the HTML, and gives headings without an id the
    // one Jekyll's kramdown makes with OPTIONS (KramdownOptions::autoIds and what follows it).
    static QString postprocess(const QString &html, bool hasMarkers,
                               const KramdownOptions &options = KramdownOptions());
};

} // namespace Lectern
