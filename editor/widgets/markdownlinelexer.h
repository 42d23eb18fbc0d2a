// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Lectern {

// What the Markdown highlighter sees in one line of a post's body: for each UTF-16 unit a set of
// Style flags, and the state the line ends in, which the next line starts from. Qt Core only, no
// allocation beyond `styles`, linear in the line's length: it runs on the GUI thread per block.
//
// The rules are those the preview follows: CommonMark 0.31 as cmark-gfm reads it (ATX and setext
// headings §4.2-4.3, thematic breaks §4.1, indented and fenced code §4.4-4.5, HTML blocks §4.6 and
// their seven start/end conditions, link reference definitions §4.7, block quotes §5.1, list items
// §5.2, code spans §6.1, emphasis and strong emphasis by delimiter runs §6.2 and the "process
// emphasis" procedure of its appendix, links and images §6.3-6.4, autolinks §6.5, raw HTML §6.6),
// GFM tables, strikethrough and autolinks, Jekyll's Liquid ({{ }}, {% %}, {% raw %}, {% comment %},
// {% highlight %}, all taken out before Markdown as Jekyll does) and kramdown's attribute lists
// ({: .class}, {:ref: ...}, {#id} after a heading) and extensions ({::comment}...{:/comment},
// {::nomarkdown}...{:/nomarkdown}, {::options /}). Only "1." starts an ordered list (kramdown).
// docs/highlighting.md lists what one line cannot see and how it is approximated.
class MarkdownLineLexer final
{
public:
    enum Style : quint32 {
        Marker = 1u << 0,       // syntax characters: # > - * ` [ ] ( ) | ~ and fences
        Heading = 1u << 1,      // an ATX or setext heading's text
        Emphasis = 1u << 2,     // *text* _text_
        Strong = 1u << 3,       // **text** __text__
        Strike = 1u << 4,       // ~~text~~
        Code = 1u << 5,         // code spans, fenced and indented code, {% highlight %} bodies
        Link = 1u << 6,         // a link's text or an image's alt text
        Url = 1u << 7,          // link destinations, autolinks, bare URLs, reference labels
        Html = 1u << 8,         // raw HTML tags and entities
        Liquid = 1u << 9,       // {{ output }} and {% tag %}
        Comment = 1u << 10,     // {% comment %}, {::comment}, <!-- -->
        Attributes = 1u << 11,  // kramdown attribute lists and extensions
        Quote = 1u << 12,       // the text of a block quote
        TableHeader = 1u << 13, // the cells of a table's header row
    };

    // The block context a state is in (tests and the docs speak of these).
    enum class Context { Text, FencedCode, HtmlBlock, KramdownComment, KramdownNoMarkdown };
    enum class LiquidContext { None, Output, Tag, Comment, Highlight, Raw };

    // Lexes one line. `line` has no line break; `previousState` is what the previous line returned
    // (-1 or any negative value: the start of the body). `nextLine` is the following line's text,
    // or empty at the end: it is only read to tell a table's header row (followed by a delimiter
    // row) and a setext heading's text (followed by === or ---). `styles` is resized to
    // line.size() and filled. Returns the line's end state, always >= 0.
    static int lex(QStringView line, int previousState, QStringView nextLine, QList<quint32> &styles);

    // Whether a line that ended in `state` changes how the line before it looks (it is a setext
    // underline or a table's delimiter row). When this flips, the previous line must be lexed again.
    static bool shapesPreviousLine(int state);
    static Context context(int state);
    static LiquidContext liquidContext(int state);
};

} // namespace Lectern
