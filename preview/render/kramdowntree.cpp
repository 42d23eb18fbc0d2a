// SPDX-License-Identifier: GPL-3.0-or-later
#include "kramdowntree.h"

#include "kramdowntypography.h"
#include "rougelexers.h"

#include <cmark-gfm.h>
// cmark-gfm has no API for a footnote reference's definition: its node struct (installed with the
// library's headers) is read for that alone.
#include <cmark-gfm/node.h>

#include <QHash>
#include <QString>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace Lectern {

namespace {

using namespace KramdownTypography;

cmark_node_type typeOf(cmark_node *n) { return cmark_node_get_type(n); }

bool isRunPart(cmark_node *n)
{
    const cmark_node_type t = typeOf(n);
    return t == CMARK_NODE_TEXT || t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK;
}

QByteArray openingOf(cmark_node *n)
{
    switch (typeOf(n)) {
    case CMARK_NODE_TEXT:
        return QByteArray(cmark_node_get_literal(n)).left(4);
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
        return "\n";
    case CMARK_NODE_EMPH:
        return "*" + (cmark_node_first_child(n) ? openingOf(cmark_node_first_child(n)) : QByteArray());
    case CMARK_NODE_STRONG:
        return "**" + (cmark_node_first_child(n) ? openingOf(cmark_node_first_child(n)) : QByteArray());
    case CMARK_NODE_LINK:
        return "[" + (cmark_node_first_child(n) ? openingOf(cmark_node_first_child(n)) : QByteArray());
    case CMARK_NODE_IMAGE: return "![";
    case CMARK_NODE_CODE: return "`";
    case CMARK_NODE_HTML_INLINE: return QByteArray(cmark_node_get_literal(n)).left(4);
    default: return "~";   // strikethrough, footnote references
    }
}

// The source text that follows `last` (the last node of a run), as far as kramdown's lookahead
// needs it: the next sibling's opening, else the closing delimiter of the parent and what follows it.
QByteArray following(cmark_node *last)
{
    QByteArray out;
    for (cmark_node *n = last; n;) {
        if (cmark_node *next = cmark_node_next(n)) {
            out += openingOf(next);
            break;
        }
        cmark_node *parent = cmark_node_parent(n);
        if (!parent)
            break;
        const cmark_node_type t = typeOf(parent);
        if (t == CMARK_NODE_EMPH)
            out += '*';
        else if (t == CMARK_NODE_STRONG)
            out += "**";
        else if (t == CMARK_NODE_LINK)
            out += "](";
        else if (std::strcmp(cmark_node_get_type_string(parent), "strikethrough") == 0)
            out += "~~";
        else
            break;   // a block: the text ends here
        n = parent;
    }
    return out;
}

// `<word>` right after a '<': kramdown reads `<<` as a guillemet, so this was never an HTML tag.
void unwrapGuillemetTags(cmark_node *container)
{
    for (cmark_node *n = cmark_node_first_child(container); n; n = cmark_node_next(n)) {
        if (typeOf(n) != CMARK_NODE_HTML_INLINE)
            continue;
        cmark_node *prev = cmark_node_previous(n);
        if (!prev || typeOf(prev) != CMARK_NODE_TEXT)
            continue;
        const char *before = cmark_node_get_literal(prev);
        const size_t length = before ? std::strlen(before) : 0;
        if (length == 0 || before[length - 1] != '<')
            continue;
        std::string merged = std::string(before) + cmark_node_get_literal(n);
        cmark_node *next = cmark_node_next(n);
        if (next && typeOf(next) == CMARK_NODE_TEXT) {
            merged += cmark_node_get_literal(next);
            cmark_node_free(next);
        }
        cmark_node_free(n);
        cmark_node_set_literal(prev, merged.c_str());
        n = prev;
    }
}

cmark_node *textNode(const std::string &text)
{
    cmark_node *node = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(node, text.c_str());
    return node;
}

// Whether the character starting at / ending before byte I of UTF-8 S is punctuation (Unicode P*
// or ASCII punctuation, as CommonMark's flanking rules count it).
bool isPunctuationAt(const std::string &s, size_t i)
{
    if (i >= s.size())
        return false;
    size_t n = 1;
    while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80)
        ++n;
    const QString c = QString::fromUtf8(s.data() + i, qsizetype(n));
    return !c.isEmpty() && (c.at(0).isPunct() || isPunct(s[i]));
}

bool isPunctuationBefore(const std::string &s, size_t i)
{
    if (i == 0)
        return false;
    size_t start = i - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
        --start;
    return isPunctuationAt(s, start);
}

// `**x**` and `*x*` left as text by cmark-gfm: kramdown's parse_emphasis pairs a delimiter not
// followed by white space with the next one not preceded by it (`**强调：**后文`).
void pairLeftoverEmphasis(cmark_node *text)
{
    std::string s = cmark_node_get_literal(text);
    size_t open = s.find('*');
    while (open != std::string::npos && open + 1 < s.size()) {
        const size_t width = s.compare(open, 2, "**") == 0 ? 2 : 1;
        const size_t inner = open + width;
        if (inner >= s.size() || isSpace(s[inner]) || s[inner] == '*') {
            open = s.find('*', inner);
            continue;
        }
        size_t close = inner;
        bool found = false;
        while ((close = s.find(width == 2 ? "**" : "*", close + 1)) != std::string::npos) {
            if (isSpace(s[close - 1]))
                continue;
            // An em's closing `*` is not the start of `**` (kramdown: not delim*2 unless a third follows).
            if (width == 1 && close + 1 < s.size() && s[close + 1] == '*')
                break;
            found = true;
            break;
        }
        if (!found) {
            open = s.find('*', inner);
            continue;
        }
        // Only where CommonMark's flanking rules refused it (punctuation inside the delimiters, as
        // `：` in `**强调：**后文`): a `*` between letters left as text was escaped in the source (cmark
        // keeps no trace of the backslash), and kramdown leaves an escaped `*` as typed.
        if (!isPunctuationAt(s, inner) && !isPunctuationBefore(s, close)) {
            open = s.find('*', inner);
            continue;
        }
        cmark_node *wrapper = cmark_node_new(width == 2 ? CMARK_NODE_STRONG : CMARK_NODE_EMPH);
        cmark_node_append_child(wrapper, textNode(s.substr(inner, close - inner)));
        const std::string rest = s.substr(close + width);
        cmark_node_set_literal(text, s.substr(0, open).c_str());
        cmark_node_insert_after(text, wrapper);
        if (!rest.empty()) {
            cmark_node *after = textNode(rest);
            cmark_node_insert_after(wrapper, after);
            pairLeftoverEmphasis(after);
        }
        return;
    }
}

// Anything typography could change: a quote, "--", "...", "<<" or ">>" (most text has none).
bool hasTypography(const char *text)
{
    for (const char *p = text; (p = std::strpbrk(p, "\"'-.<>")) != nullptr; ++p) {
        if (*p == '"' || *p == '\'' || (p[1] == *p && (*p != '.' || p[2] == '.')))
            return true;
    }
    return false;
}

// The source cmark-gfm parsed, to find characters escaped there: cmark-gfm keeps no trace of a
// backslash escape or an entity in the text node (adjacent text is one node).
struct Source
{
    const QByteArray *bytes = nullptr;
    std::vector<size_t> lineStarts;   // built on first use

    // Bytes of 1-based LINE from 1-based byte COLUMN to the line's end; empty when out of range.
    std::string_view from(int line, int column)
    {
        if (!bytes || line <= 0 || column <= 0)
            return {};
        if (lineStarts.empty()) {
            lineStarts.push_back(0);
            for (qsizetype i = bytes->indexOf('\n'); i >= 0; i = bytes->indexOf('\n', i + 1))
                lineStarts.push_back(size_t(i) + 1);
        }
        if (size_t(line) > lineStarts.size())
            return {};
        const size_t start = lineStarts[size_t(line) - 1] + size_t(column) - 1;
        const size_t end = size_t(line) < lineStarts.size() ? lineStarts[size_t(line)] - 1 : size_t(bytes->size());
        if (start >= end)
            return {};
        return std::string_view(bytes->constData() + start, end - start);
    }
};

// Offsets in text node N's literal of the quotes, '<', '>', '-' and '.' that the source escaped with
// a backslash or wrote as an entity (&quot; &#39; &lt; ...): kramdown leaves those as typed (its
// escaped_chars and html_entity span parsers take them before typography). Found by walking the
// literal along the source from the node's start; stops at the first byte that does not line up.
std::vector<size_t> escapedTypography(cmark_node *n, Source *source)
{
    std::vector<size_t> out;
    const char *literal = cmark_node_get_literal(n);
    if (!source || !source->bytes || !literal)
        return out;
    const std::string_view src = source->from(cmark_node_get_start_line(n), cmark_node_get_start_column(n));
    const size_t len = std::strlen(literal);
    static const char *const entities[][2] = {{"quot", "\""}, {"#34", "\""}, {"#x22", "\""}, {"apos", "'"},
                                              {"#39", "'"},    {"#x27", "'"},  {"lt", "<"},     {"#60", "<"},
                                              {"gt", ">"},     {"#62", ">"},   {"period", "."}, {"#46", "."},
                                              {"hyphen", "-"}, {"#45", "-"}};
    size_t i = 0, j = 0;
    while (i < len && j < src.size()) {
        const char c = literal[i];
        const bool typographic = std::strchr("\"'<>-.", c) != nullptr;
        if (src[j] == '\\' && j + 1 < src.size() && src[j + 1] == c && std::ispunct(static_cast<unsigned char>(c))) {
            if (typographic)
                out.push_back(i);
            ++i;
            j += 2;
            continue;
        }
        if (src[j] == '&' && typographic) {
            const size_t semi = src.find(';', j);
            bool matched = false;
            for (const auto &e : entities) {
                if (semi != std::string_view::npos && src.substr(j + 1, semi - j - 1) == e[0] && e[1][0] == c) {
                    out.push_back(i);
                    ++i;
                    j = semi + 1;
                    matched = true;
                    break;
                }
            }
            if (matched)
                continue;
        }
        if (src[j] != c)
            break;
        ++i;
        ++j;
    }
    return out;
}

// The name of the element an inline HTML tag opens (`<strike ...>`, lower case), or closes when
// CLOSING; empty for anything else (a comment, a tag closed by "/>", the other kind).
std::string tagName(cmark_node *n, bool closing)
{
    if (typeOf(n) != CMARK_NODE_HTML_INLINE)
        return {};
    const std::string literal = cmark_node_get_literal(n);
    size_t at = 1;
    if (literal.size() < 3 || literal[0] != '<' || (literal[1] == '/') != closing)
        return {};
    at += closing ? 1 : 0;
    std::string name;
    for (; at < literal.size() && std::isalnum(static_cast<unsigned char>(literal[at])) != 0; ++at)
        name += char(std::tolower(static_cast<unsigned char>(literal[at])));
    if (!closing && literal.size() >= 2 && literal[literal.size() - 2] == '/')
        return {};
    return name;
}

// Whether kramdown keeps the content of span-level element NAME raw (parser/html.rb
// HTML_CONTENT_MODEL: every element not named in its block or span content models, and script,
// style, math, option, textarea, pre, code, kbd, samp, var): no Markdown and no typography inside.
// Void elements have no content.
bool hasRawContent(const std::string &name)
{
    static const char *const parsed[] = {"address", "applet", "article", "aside", "blockquote", "body", "dd",
        "details", "div", "dl", "fieldset", "figure", "figcaption", "footer", "form", "header", "hgroup", "iframe",
        "li", "main", "map", "menu", "nav", "noscript", "object", "section", "summary", "td", "a", "abbr",
        "acronym", "b", "bdo", "big", "button", "cite", "caption", "del", "dfn", "dt", "em", "h1", "h2", "h3",
        "h4", "h5", "h6", "i", "ins", "label", "legend", "optgroup", "p", "q", "rb", "rbc", "rp", "rt", "rtc",
        "ruby", "select", "small", "span", "strong", "sub", "sup", "th", "tt",
        // HTML_ELEMENTS_WITHOUT_BODY
        "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
        "source", "track", "wbr"};
    return !name.empty()
        && std::none_of(std::begin(parsed), std::end(parsed), [&](const char *p) { return name == p; });
}

// The children of CONTAINER between a span-level tag whose content kramdown keeps raw and its
// closing tag (to the end when it is not closed: kramdown auto-closes it there).
std::vector<cmark_node *> rawSpanContent(cmark_node *container)
{
    std::vector<cmark_node *> raw;
    std::vector<std::string> open;
    for (cmark_node *c = cmark_node_first_child(container); c; c = cmark_node_next(c)) {
        if (!open.empty() && tagName(c, true) == open.back()) {
            open.pop_back();
            continue;
        }
        if (!open.empty())
            raw.push_back(c);
        if (const std::string name = tagName(c, false); hasRawContent(name))
            open.push_back(name);
    }
    return raw;
}

void typographyOfRuns(cmark_node *container, const KramdownOptions &options, Source *source)
{
    bool hasHtml = false;
    for (cmark_node *c = cmark_node_first_child(container); c && !hasHtml; c = cmark_node_next(c))
        hasHtml = typeOf(c) == CMARK_NODE_HTML_INLINE;
    const std::vector<cmark_node *> raw = hasHtml ? rawSpanContent(container) : std::vector<cmark_node *>();
    cmark_node *n = cmark_node_first_child(container);
    while (n) {
        if (!isRunPart(n) || std::find(raw.begin(), raw.end(), n) != raw.end()) {
            n = cmark_node_next(n);
            continue;
        }
        std::vector<cmark_node *> parts;
        std::vector<size_t> starts;
        std::string run;
        bool candidates = false;
        std::vector<std::pair<size_t, char>> escaped;   // run offset, the character typed there
        for (; n && isRunPart(n); n = cmark_node_next(n)) {
            parts.push_back(n);
            starts.push_back(run.size());
            if (typeOf(n) == CMARK_NODE_TEXT) {
                const char *literal = cmark_node_get_literal(n);
                const bool has = hasTypography(literal);
                const size_t at = run.size();
                run += literal;
                candidates = candidates || has;
                if (has) {
                    // Escaped characters take part in no rule: a byte no rule matches stands in.
                    for (const size_t e : escapedTypography(n, source)) {
                        escaped.emplace_back(at + e, run[at + e]);
                        run[at + e] = '\x01';
                    }
                }
            } else {
                run += '\n';
            }
        }
        if (!candidates)
            continue;
        const size_t end = run.size();
        run += following(parts.back()).toStdString();
        const std::vector<KramdownTypography::Edit> edits = KramdownTypography::edits(run, end, options);
        for (const auto &[at, c] : escaped)
            run[at] = c;
        if (edits.empty())
            continue;
        // Each edit lies inside one text node (quotes and symbols never span a line break).
        size_t e = 0;
        for (size_t i = 0; i < parts.size() && e < edits.size(); ++i) {
            if (typeOf(parts[i]) != CMARK_NODE_TEXT)
                continue;
            const size_t from = starts[i];
            const size_t to = i + 1 < parts.size() ? starts[i + 1] : end;
            if (edits[e].at >= to)
                continue;
            std::string text;
            size_t copied = from;
            for (; e < edits.size() && edits[e].at < to; ++e) {
                text.append(run, copied, edits[e].at - copied);
                text.append(edits[e].text.constData(), size_t(edits[e].text.size()));
                copied = edits[e].at + edits[e].length;
            }
            if (copied < to)
                text.append(run, copied, to - copied);
            cmark_node_set_literal(parts[i], text.c_str());
        }
    }
}

// Adjacent text children as one (cmark-gfm splits text at every character that might have started
// markup): the rules that look inside one text node need it. Done where they can apply: a '*'
// left as text, or abbreviations to find.
void mergeTexts(cmark_node *container, bool always)
{
    bool needed = always;
    for (cmark_node *c = cmark_node_first_child(container); c && !needed; c = cmark_node_next(c))
        needed = typeOf(c) == CMARK_NODE_TEXT && std::strchr(cmark_node_get_literal(c), '*') != nullptr;
    if (!needed)
        return;
    for (cmark_node *c = cmark_node_first_child(container); c; c = cmark_node_next(c)) {
        cmark_node *next = cmark_node_next(c);
        if (typeOf(c) != CMARK_NODE_TEXT || !next || typeOf(next) != CMARK_NODE_TEXT)
            continue;
        std::string text = cmark_node_get_literal(c);
        while (next && typeOf(next) == CMARK_NODE_TEXT) {
            text += cmark_node_get_literal(next);
            cmark_node *after = cmark_node_next(next);
            cmark_node_free(next);
            next = after;
        }
        cmark_node_set_literal(c, text.c_str());
    }
}

QByteArray escapedAttribute(const QByteArray &value);

// kramdown makes links of <URL> and Markdown links only; GFM's autolink extension also links a
// bare URL (`https://x.org/a\_b`, `www.x.org`) and keeps its backslashes. Such a link in CONTAINER
// becomes its text again, escapes taken out as kramdown's escaped_chars does. A link is bare when
// its text is its URL (less the scheme added to www. and e-mail addresses) and SOURCE never writes
// that text as `<text` or `[text]`.
bool unlinkBareUrls(cmark_node *container, Source *source)
{
    bool changed = false;
    // A URL in a link's text (`[http://x.org/a\_b](...)`): cmark-gfm nests a link there; left alone.
    for (cmark_node *up = container; up; up = cmark_node_parent(up)) {
        if (typeOf(up) == CMARK_NODE_LINK)
            return false;
    }
    for (cmark_node *c = cmark_node_first_child(container); c; c = cmark_node_next(c)) {
        cmark_node *text = typeOf(c) == CMARK_NODE_LINK ? cmark_node_first_child(c) : nullptr;
        if (!text || cmark_node_next(text) || typeOf(text) != CMARK_NODE_TEXT)
            continue;
        const std::string literal = cmark_node_get_literal(text);
        const std::string url = cmark_node_get_url(c);
        if (literal.empty() || (url != literal && url != "http://" + literal && url != "mailto:" + literal))
            continue;
        // Written as [text](url) or <url> where the link starts in the source: not bare.
        const std::string_view at = source ? source->from(cmark_node_get_start_line(c), cmark_node_get_start_column(c))
                                           : std::string_view();
        if (!at.empty() && (at.front() == '[' || at.front() == '<'))
            continue;
        // No position (links the autolink extension made after parsing): the text written so.
        const QByteArray written = QByteArray::fromStdString(literal);
        if (at.empty() && (!source || !source->bytes || source->bytes->contains(QByteArray('<' + written))
                           || source->bytes->contains(QByteArray('[' + written + ']'))))
            continue;
        std::string unescaped;
        for (size_t i = 0; i < literal.size(); ++i) {
            if (literal[i] == '\\' && i + 1 < literal.size() && isPunct(literal[i + 1]))
                ++i;
            unescaped += literal[i];
        }
        cmark_node *plain = textNode(unescaped);
        if (!cmark_node_replace(c, plain)) {
            cmark_node_free(plain);
            continue;
        }
        cmark_node_free(c);
        c = plain;
        changed = true;
    }
    return changed;
}

// A link whose URL holds white space (`[a](my file.pdf)`, made a link by Kramdown::preprocess):
// kramdown writes its href as typed, where cmark-gfm would percent-encode the spaces.
bool spacedLinks(cmark_node *container)
{
    bool changed = false;
    for (cmark_node *c = cmark_node_first_child(container); c; c = cmark_node_next(c)) {
        if (typeOf(c) != CMARK_NODE_LINK || !std::strpbrk(cmark_node_get_url(c), " \t"))
            continue;
        QByteArray open = "<a href=\"" + escapedAttribute(QByteArray(cmark_node_get_url(c))) + '"';
        if (const char *title = cmark_node_get_title(c); title && *title)
            open += " title=\"" + escapedAttribute(QByteArray(title)) + '"';
        open += '>';
        cmark_node *a = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        cmark_node_set_on_enter(a, open.constData());
        cmark_node_set_on_exit(a, "</a>");
        if (!cmark_node_insert_before(c, a)) {   // a table cell holds no custom inline
            cmark_node_free(a);
            continue;
        }
        while (cmark_node *child = cmark_node_first_child(c))
            cmark_node_append_child(a, child);
        cmark_node_free(c);
        c = a;
        changed = true;
    }
    return changed;
}

bool holdsInlines(cmark_node *node)
{
    const cmark_node_type t = typeOf(node);
    if (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING || t == CMARK_NODE_EMPH || t == CMARK_NODE_STRONG
        || t == CMARK_NODE_LINK || t == CMARK_NODE_CUSTOM_BLOCK)
        return true;
    const char *name = cmark_node_get_type_string(node);   // the GFM extensions' node types
    return std::strcmp(name, "table_cell") == 0 || std::strcmp(name, "strikethrough") == 0;
}

QByteArray entityUtf8(const QString &spec, const QByteArray &fallback)
{
    static const QHash<QString, char16_t> names{
        {QStringLiteral("lsquo"), 0x2018}, {QStringLiteral("rsquo"), 0x2019}, {QStringLiteral("ldquo"), 0x201c},
        {QStringLiteral("rdquo"), 0x201d}, {QStringLiteral("sbquo"), 0x201a}, {QStringLiteral("bdquo"), 0x201e},
        {QStringLiteral("laquo"), 0xab},   {QStringLiteral("raquo"), 0xbb},   {QStringLiteral("lsaquo"), 0x2039},
        {QStringLiteral("rsaquo"), 0x203a}, {QStringLiteral("apos"), 0x27},  {QStringLiteral("quot"), 0x22},
        {QStringLiteral("prime"), 0x2032}, {QStringLiteral("Prime"), 0x2033}};
    const QString name = spec.trimmed();
    bool ok = false;
    const uint code = name.toUInt(&ok);
    if (ok && code > 0 && code < 0x110000) {
        const char32_t c = code;
        return QString::fromUcs4(&c, 1).toUtf8();
    }
    const auto it = names.constFind(name);
    return it == names.cend() ? fallback : QString(QChar(*it)).toUtf8();
}

// kramdown's list.rb: an item's first paragraph is written without <p> ("transparent") unless a
// blank line follows it inside the item; the last item only when an earlier one is transparent
// (or the list has one item). CommonMark decides for the whole list (tight or loose): in a loose
// list, the paragraphs kramdown leaves bare become a custom block that writes no tags.
bool firstParagraphBare(cmark_node *item)
{
    cmark_node *first = cmark_node_first_child(item);
    if (!first || typeOf(first) != CMARK_NODE_PARAGRAPH)
        return false;
    const int end = cmark_node_get_end_line(first);
    if (cmark_node *next = cmark_node_next(first))
        return cmark_node_get_start_line(next) <= end + 1;
    if (cmark_node *nextItem = cmark_node_next(item))
        return cmark_node_get_start_line(nextItem) <= end + 1;
    return true;   // the last item, its paragraph alone (a trailing blank line is not inside it)
}

void ownTexts(cmark_node *paragraph);

// Whether every inline of PARAGRAPH is of a kind whose text can be given its own copy (a footnote
// reference's label cannot be set through the API): only then may the paragraph node go.
bool ownsAllText(cmark_node *paragraph)
{
    bool ok = true;
    cmark_iter *iter = cmark_iter_new(paragraph);
    for (cmark_event_type ev; ok && (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        const cmark_node_type t = typeOf(cmark_iter_get_node(iter));
        ok = t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE || t == CMARK_NODE_HTML_INLINE
            || t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE || t == CMARK_NODE_EMPH || t == CMARK_NODE_STRONG
            || t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK
            || std::strcmp(cmark_node_get_type_string(cmark_iter_get_node(iter)), "strikethrough") == 0;
    }
    cmark_iter_free(iter);
    return ok;
}

void unwrapLooseItems(cmark_node *list)
{
    if (cmark_node_get_list_tight(list))
        return;
    std::vector<cmark_node *> bare;
    bool earlierBare = false;
    int items = 0;
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        ++items;
        bool isBare = firstParagraphBare(item);
        if (isBare && !cmark_node_next(item) && items > 1 && !earlierBare)
            isBare = false;
        cmark_node *first = cmark_node_first_child(item);
        if (!first || typeOf(first) != CMARK_NODE_PARAGRAPH || isBare)
            earlierBare = true;
        if (isBare && ownsAllText(first))
            bare.push_back(first);
    }
    for (cmark_node *paragraph : bare) {
        cmark_node *plain = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
        cmark_node_set_on_enter(plain, "");
        cmark_node_set_on_exit(plain, "");
        ownTexts(paragraph);
        while (cmark_node *child = cmark_node_first_child(paragraph))
            cmark_node_append_child(plain, child);
        cmark_node_replace(paragraph, plain);
        cmark_node_free(paragraph);
    }
}

// Inline literals point into their paragraph's own text: gives each its own copy, so the inlines
// may move out and the paragraph node go.
void ownTexts(cmark_node *paragraph)
{
    {
        cmark_iter *iter = cmark_iter_new(paragraph);
        for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
            cmark_node *n = cmark_iter_get_node(iter);
            const cmark_node_type t = typeOf(n);
            if (ev != CMARK_EVENT_ENTER)
                continue;
            if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE || t == CMARK_NODE_HTML_INLINE) {
                const std::string literal = cmark_node_get_literal(n);
                cmark_node_set_literal(n, literal.c_str());
            } else if (t == CMARK_NODE_LINK || t == CMARK_NODE_IMAGE) {
                const std::string url = cmark_node_get_url(n), title = cmark_node_get_title(n);
                cmark_node_set_url(n, url.c_str());
                cmark_node_set_title(n, title.c_str());
            }
        }
        cmark_iter_free(iter);
    }
}

// Source lines travel with a replaced block (data-sourcepos for scroll sync; the incremental
// renderer cuts only at top-level blocks with known lines).
void copyPosition(cmark_node *from, cmark_node *to)
{
    to->start_line = from->start_line;
    to->start_column = from->start_column;
    to->end_line = from->end_line;
    to->end_column = from->end_column;
}

cmark_node *customBlock(const char *enter, const char *exit)
{
    cmark_node *node = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
    cmark_node_set_on_enter(node, enter);
    cmark_node_set_on_exit(node, exit);
    return node;
}

// A line of a paragraph starting a definition (kramdown's DEFINITION_LIST_START: up to 3 spaces,
// ':', a space or tab).
bool startsDefinition(cmark_node *first)
{
    if (!first || typeOf(first) != CMARK_NODE_TEXT)
        return false;
    const char *t = cmark_node_get_literal(first);
    return t[0] == ':' && (t[1] == ' ' || t[1] == '\t');
}

// kramdown's definition lists ("term\n: definition"), from paragraphs cmark-gfm read as text:
// each term line a <dt>, each ": " line a <dd> (following lines without ':' continue it), blocks
// indented under the last definition inside it, and consecutive groups one <dl>.
void definitionLists(cmark_node *container)
{
    cmark_node *dl = nullptr;
    cmark_node *lastDd = nullptr;
    for (cmark_node *node = cmark_node_first_child(container); node;) {
        cmark_node *next = cmark_node_next(node);
        if (lastDd && cmark_node_get_start_column(node) > 1) {
            // Indented under the definition (a paragraph too: kramdown's definition text goes on
            // in its indented lines after an empty one).
            cmark_node_append_child(lastDd, node);
            dl->end_line = std::max(dl->end_line, node->end_line);
            node = next;
            continue;
        }
        // The lines of the paragraph: their first inlines.
        std::vector<cmark_node *> lineStarts;
        if (typeOf(node) == CMARK_NODE_PARAGRAPH) {
            lineStarts.push_back(cmark_node_first_child(node));
            for (cmark_node *c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
                if (typeOf(c) == CMARK_NODE_SOFTBREAK)
                    lineStarts.push_back(cmark_node_next(c));
            }
        }
        size_t firstDefinition = 0;
        while (firstDefinition < lineStarts.size() && !startsDefinition(lineStarts[firstDefinition]))
            ++firstDefinition;
        if (lineStarts.empty() || firstDefinition == 0 || firstDefinition == lineStarts.size() || !ownsAllText(node)) {
            dl = lastDd = nullptr;
            node = next;
            continue;
        }
        ownTexts(node);
        if (!dl) {
            dl = customBlock("<dl>\n", "</dl>\n");
            cmark_node_insert_before(node, dl);
            copyPosition(node, dl);
        }
        dl->end_line = node->end_line;
        dl->end_column = node->end_column;
        cmark_node *item = nullptr;
        size_t line = 0;
        for (cmark_node *c = cmark_node_first_child(node); c;) {
            cmark_node *following = cmark_node_next(c);
            if (line < lineStarts.size() && c == lineStarts[line]) {
                const bool definition = startsDefinition(c);
                if (line < firstDefinition || definition) {
                    item = definition ? customBlock("<dd>", "</dd>\n") : customBlock("<dt>", "</dt>\n");
                    cmark_node_append_child(dl, item);
                    if (definition) {
                        lastDd = item;
                        const char *t = cmark_node_get_literal(c);
                        size_t skip = 2;
                        while (t[skip] == ' ' || t[skip] == '\t')
                            ++skip;
                        const std::string rest = t + skip;
                        cmark_node_set_literal(c, rest.c_str());
                    }
                }
                ++line;
            }
            const bool breakBeforeNewItem = typeOf(c) == CMARK_NODE_SOFTBREAK && line < lineStarts.size()
                && (line < firstDefinition || startsDefinition(lineStarts[line]));
            if (breakBeforeNewItem)
                cmark_node_free(c);
            else
                cmark_node_append_child(item, c);
            c = following;
        }
        cmark_node_free(node);
        node = next;
    }
}

QByteArray labelOf(cmark_node *definition)
{
    return QByteArray(reinterpret_cast<const char *>(definition->as.literal.data), definition->as.literal.len);
}

QByteArray escapedAttribute(const QByteArray &value)
{
    return QString::fromUtf8(value).toHtmlEscaped().toUtf8();
}

// Footnote markup and ids as kramdown's HTML converter writes them (convert_footnote and
// footnote_content): <sup id="fnref:NAME" role="doc-noteref"><a href="#fn:NAME" class="footnote"
// rel="footnote">N</a></sup> (a repeated reference fnref:NAME:1, :2...), and at the end
// <div class="footnotes" role="doc-endnotes"><ol><li id="fn:NAME" role="doc-endnote">... with a
// back link per reference after a no-break space. cmark-gfm has put the definitions at the end of
// the document, in the order of their first reference (kramdown's numbering, footnote_nr 1).
void kramdownFootnotes(cmark_node *document)
{
    std::vector<cmark_node *> definitions;
    for (cmark_node *n = cmark_node_first_child(document); n; n = cmark_node_next(n)) {
        if (typeOf(n) == CMARK_NODE_FOOTNOTE_DEFINITION)
            definitions.push_back(n);
    }
    if (definitions.empty())
        return;
    QHash<cmark_node *, int> numbers;
    for (size_t i = 0; i < definitions.size(); ++i)
        numbers.insert(definitions[i], int(i) + 1);
    QHash<cmark_node *, int> referenceCount;
    std::vector<cmark_node *> references;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(iter);
        if (ev == CMARK_EVENT_ENTER && typeOf(n) == CMARK_NODE_FOOTNOTE_REFERENCE && n->parent_footnote_def)
            references.push_back(n);
    }
    cmark_iter_free(iter);
    for (cmark_node *ref : references) {
        cmark_node *def = ref->parent_footnote_def;
        const QByteArray name = escapedAttribute(labelOf(def));
        const int seen = referenceCount.value(def);
        referenceCount.insert(def, seen + 1);
        const QByteArray id = seen == 0 ? name : name + ':' + QByteArray::number(seen);
        const QByteArray html = "<sup id=\"fnref:" + id + "\" role=\"doc-noteref\"><a href=\"#fn:" + name
            + "\" class=\"footnote\" rel=\"footnote\">" + QByteArray::number(numbers.value(def)) + "</a></sup>";
        cmark_node *sup = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        cmark_node_set_on_enter(sup, html.constData());
        cmark_node_set_on_exit(sup, "");
        cmark_node_replace(ref, sup);
        cmark_node_free(ref);
    }
    cmark_node *list = customBlock("<div class=\"footnotes\" role=\"doc-endnotes\">\n<ol>\n", "</ol>\n</div>\n");
    cmark_node_insert_before(definitions.front(), list);
    for (cmark_node *def : definitions) {
        const QByteArray name = escapedAttribute(labelOf(def));
        QByteArray back;
        for (int k = 0; k < std::max(1, referenceCount.value(def)); ++k) {
            back += QByteArray("\xc2\xa0") + "<a href=\"#fnref:" + name   // kramdown: a no-break space before each
                + (k == 0 ? QByteArray() : ':' + QByteArray::number(k))
                + "\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;"
                + (k == 0 ? QByteArray() : "<sup>" + QByteArray::number(k + 1) + "</sup>") + "</a>";
        }
        const QByteArray open = "<li id=\"fn:" + name + "\" role=\"doc-endnote\">\n";
        cmark_node *item = customBlock(open.constData(), "</li>\n");
        cmark_node_append_child(list, item);
        while (cmark_node *child = cmark_node_first_child(def))
            cmark_node_append_child(item, child);
        cmark_node *backLink = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        cmark_node_set_on_enter(backLink, back.constData());
        cmark_node_set_on_exit(backLink, "");
        cmark_node *last = cmark_node_last_child(item);
        if (!last || typeOf(last) != CMARK_NODE_PARAGRAPH) {
            last = cmark_node_new(CMARK_NODE_PARAGRAPH);
            cmark_node_append_child(item, last);
        }
        cmark_node_append_child(last, backLink);
        cmark_node_free(def);
    }
}

using Abbreviations = std::vector<std::pair<std::string, std::string>>;   // abbreviation, title (UTF-8)

// Paragraphs made only of kramdown abbreviation definitions ("*[FAIR]: Findable ...", one a line)
// are taken out of CONTAINER; their definitions are added to ABBREVIATIONS (a later one wins).
void collectAbbreviations(cmark_node *container, Abbreviations *abbreviations)
{
    for (cmark_node *node = cmark_node_first_child(container); node;) {
        cmark_node *next = cmark_node_next(node);
        if (typeOf(node) != CMARK_NODE_PARAGRAPH) {
            node = next;
            continue;
        }
        std::string text;
        bool plain = true;
        for (cmark_node *c = cmark_node_first_child(node); c && plain; c = cmark_node_next(c)) {
            if (typeOf(c) == CMARK_NODE_TEXT)
                text += cmark_node_get_literal(c);
            else if (typeOf(c) == CMARK_NODE_SOFTBREAK)
                text += '\n';
            else
                plain = false;
        }
        Abbreviations found;
        size_t start = 0;
        while (plain && start <= text.size()) {
            const size_t end = std::min(text.find('\n', start), text.size());
            const std::string line = text.substr(start, end - start);
            const size_t close = line.find("]:");
            if (line.compare(0, 2, "*[") != 0 || close == std::string::npos || close <= 2) {
                plain = false;
                break;
            }
            std::string title = line.substr(close + 2);
            title.erase(0, title.find_first_not_of(" \t") == std::string::npos ? title.size() : title.find_first_not_of(" \t"));
            while (!title.empty() && isSpace(title.back()))
                title.pop_back();
            found.emplace_back(line.substr(2, close - 2), title);
            start = end + 1;
        }
        if (plain && !found.empty()) {
            for (auto &definition : found) {
                auto same = std::find_if(abbreviations->begin(), abbreviations->end(),
                                         [&](const auto &a) { return a.first == definition.first; });
                if (same != abbreviations->end())
                    same->second = definition.second;
                else
                    abbreviations->push_back(definition);
            }
            cmark_node_free(node);
        }
        node = next;
    }
}

// kramdown's replace_abbreviations: each abbreviation in text, not inside a word (ASCII \W or the
// text's ends on both sides), becomes <abbr title="...">; the longest wins where two start together.
void markAbbreviations(cmark_node *text, const Abbreviations &abbreviations)
{
    const std::string s = cmark_node_get_literal(text);
    for (size_t i = 0; i < s.size(); ++i) {
        if (i > 0 && isWord(s[i - 1]))
            continue;
        const std::pair<std::string, std::string> *best = nullptr;
        for (const auto &a : abbreviations) {
            if (s.compare(i, a.first.size(), a.first) == 0 && (i + a.first.size() >= s.size() || !isWord(s[i + a.first.size()]))
                && (!best || a.first.size() > best->first.size()))
                best = &a;
        }
        if (!best)
            continue;
        const QByteArray open = "<abbr title=\"" + escapedAttribute(QByteArray::fromStdString(best->second)) + "\">";
        cmark_node *abbr = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
        cmark_node_set_on_enter(abbr, open.constData());
        cmark_node_set_on_exit(abbr, "</abbr>");
        cmark_node_append_child(abbr, textNode(best->first));
        const std::string rest = s.substr(i + best->first.size());
        cmark_node_set_literal(text, s.substr(0, i).c_str());
        cmark_node_insert_after(text, abbr);
        if (!rest.empty()) {
            cmark_node *after = textNode(rest);
            cmark_node_insert_after(abbr, after);
            markAbbreviations(after, abbreviations);
        }
        return;
    }
}

// kramdown's HTML_SPAN_ELEMENTS (parser/html.rb): a line starting with one of these is the start of
// a paragraph for kramdown (parse_block_html declines it), while CommonMark may open an HTML block.
bool isSpanElement(const std::string &name)
{
    static const char *const names[] = {"a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code",
        "del", "dfn", "em", "i", "img", "input", "ins", "kbd", "label", "mark", "option", "q", "rb", "rbc", "rp",
        "rt", "rtc", "ruby", "samp", "select", "small", "span", "strong", "sub", "sup", "tt", "u", "var"};
    return std::any_of(std::begin(names), std::end(names), [&](const char *n) { return name == n; });
}

// An HTML block cmark-gfm made of a line that kramdown reads as a paragraph (`<img ...>`,
// `<a href=...>...</a>`): the same lines parsed as a paragraph's inlines.
void spanHtmlParagraphs(cmark_node *container)
{
    for (cmark_node *node = cmark_node_first_child(container); node;) {
        cmark_node *next = cmark_node_next(node);
        if (typeOf(node) != CMARK_NODE_HTML_BLOCK) {
            node = next;
            continue;
        }
        const std::string literal = cmark_node_get_literal(node);
        size_t at = literal.find_first_not_of(' ');
        std::string name;
        if (at != std::string::npos && literal[at] == '<') {
            for (++at; at < literal.size() && (std::isalnum(static_cast<unsigned char>(literal[at])) != 0); ++at)
                name += char(std::tolower(static_cast<unsigned char>(literal[at])));
        }
        if (name.empty() || !isSpanElement(name)) {
            node = next;
            continue;
        }
        // A leading letter keeps the text a paragraph; it is taken off again below.
        const std::string source = "x" + literal.substr(literal.find_first_not_of(' '));
        cmark_parser *parser = cmark_parser_new(CMARK_OPT_UNSAFE);
        for (const char *extension : {"strikethrough", "autolink"}) {
            if (cmark_syntax_extension *e = cmark_find_syntax_extension(extension))
                cmark_parser_attach_syntax_extension(parser, e);
        }
        cmark_parser_feed(parser, source.data(), source.size());
        cmark_node *document = cmark_parser_finish(parser);
        cmark_node *paragraph = cmark_node_first_child(document);
        cmark_node *first = paragraph ? cmark_node_first_child(paragraph) : nullptr;
        if (paragraph && typeOf(paragraph) == CMARK_NODE_PARAGRAPH && !cmark_node_next(paragraph) && first
            && typeOf(first) == CMARK_NODE_TEXT && ownsAllText(paragraph)) {
            ownTexts(paragraph);
            const std::string text = cmark_node_get_literal(first);
            if (text.size() > 1)
                cmark_node_set_literal(first, text.substr(1).c_str());
            else
                cmark_node_free(first);
            cmark_node *replacement = cmark_node_new(CMARK_NODE_PARAGRAPH);
            while (cmark_node *child = cmark_node_first_child(paragraph))
                cmark_node_append_child(replacement, child);
            copyPosition(node, replacement);
            cmark_node_replace(node, replacement);
            cmark_node_free(node);
        }
        cmark_node_free(document);
        cmark_parser_free(parser);
        node = next;
    }
}

QByteArray escapedHtml(const char *text)
{
    QByteArray out;
    for (const char *p = text; *p; ++p) {
        switch (*p) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += *p;
        }
    }
    return out;
}

// Rouge's markup around code spans and blocks (see KramdownTree::apply's header): kramdown's
// rouge.rb highlights with Rouge::Lexer.find_fancy(lang || default_lang) and gives up when there
// is none, or when it is the plain-text lexer and guess_lang is off.
void rougeMarkup(cmark_node *root, const KramdownOptions &options, bool sourcePositions)
{
    const auto highlighted = [&options](const QByteArray &lang) {
        return RougeLexers::knows(lang) && (options.guessLang || !RougeLexers::isPlainText(lang));
    };
    std::vector<cmark_node *> code;
    cmark_iter *iter = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *n = cmark_iter_get_node(iter);
        if (ev == CMARK_EVENT_ENTER && (typeOf(n) == CMARK_NODE_CODE || typeOf(n) == CMARK_NODE_CODE_BLOCK))
            code.push_back(n);
    }
    cmark_iter_free(iter);
    const bool spans = highlighted(options.defaultLang);
    for (cmark_node *n : code) {
        if (typeOf(n) == CMARK_NODE_CODE) {
            if (!spans)
                continue;
            const QByteArray open = "<code class=\"language-" + escapedHtml(options.defaultLang.constData())
                + " highlighter-rouge\">" + escapedHtml(cmark_node_get_literal(n));
            cmark_node *span = cmark_node_new(CMARK_NODE_CUSTOM_INLINE);
            cmark_node_set_on_enter(span, open.constData());
            cmark_node_set_on_exit(span, "</code>");
            // A table cell holds no custom inline (cmark-gfm's table extension): the span stays bare.
            if (cmark_node_replace(n, span))
                cmark_node_free(n);
            else
                cmark_node_free(span);
            continue;
        }
        // The language: the info string's first word (kramdown-parser-gfm FENCED_CODEBLOCK_MATCH).
        QByteArray lang = QByteArray(cmark_node_get_fence_info(n)).trimmed();
        if (const qsizetype space = lang.indexOf(' '); space > 0)
            lang.truncate(space);
        if (lang.isEmpty())
            lang = options.defaultLang;
        if (!highlighted(lang))
            continue;
        QByteArray open = "<div class=\"language-" + escapedHtml(lang.constData()) + " highlighter-rouge\"";
        if (sourcePositions) {
            open += " data-sourcepos=\"" + QByteArray::number(cmark_node_get_start_line(n)) + ':'
                + QByteArray::number(cmark_node_get_start_column(n)) + '-'
                + QByteArray::number(cmark_node_get_end_line(n)) + ':'
                + QByteArray::number(cmark_node_get_end_column(n)) + '"';
        }
        open += "><div class=\"highlight\"><pre class=\"highlight\"><code>" + escapedHtml(cmark_node_get_literal(n))
            + "</code></pre></div></div>\n";
        cmark_node *block = customBlock(open.constData(), "");
        copyPosition(n, block);
        if (cmark_node_replace(n, block))
            cmark_node_free(n);
        else
            cmark_node_free(block);
    }
}

} // namespace

KramdownOptions KramdownOptions::fromSite(const QVariantMap &site)
{
    KramdownOptions options;
    const QVariantMap k = site.value(QStringLiteral("kramdown")).toMap();
    const QVariant quotes = k.value(QStringLiteral("smart_quotes"));
    if (quotes.isValid()) {
        QStringList parts = quotes.typeId() == QMetaType::QVariantList ? quotes.toStringList()
                                                                       : quotes.toString().split(QLatin1Char(','));
        if (parts.size() == 4) {
            for (int i = 0; i < 4; ++i)
                options.quotes[i] = entityUtf8(parts.at(i), options.quotes[i]);
        }
    }
    const QString input = k.value(QStringLiteral("input"), QStringLiteral("GFM")).toString();
    const QVariant wrap = k.value(QStringLiteral("hard_wrap"));
    options.hardWrap = input.compare(QLatin1String("GFM"), Qt::CaseInsensitive) == 0 && wrap.isValid()
        && (wrap.toBool() || wrap.toString() == QLatin1String("true"));
    const auto flag = [&k](const char *name, bool fallback) {
        const QVariant v = k.value(QLatin1String(name));
        return v.isValid() ? (v.toBool() || v.toString() == QLatin1String("true")) : fallback;
    };
    options.autoIds = flag("auto_ids", true);
    options.gfmIds = input.compare(QLatin1String("GFM"), Qt::CaseInsensitive) == 0;
    options.transliteratedIds = flag("transliterated_header_ids", false);
    options.autoIdPrefix = k.value(QStringLiteral("auto_id_prefix")).toString();
    // Jekyll's KramdownParser#highlighter: kramdown.syntax_highlighter, else `highlighter`, else rouge.
    QString highlighter = k.value(QStringLiteral("syntax_highlighter")).toString();
    if (highlighter.isEmpty())
        highlighter = site.value(QStringLiteral("highlighter"), QStringLiteral("rouge")).toString();
    const QVariantMap highlighterOptions = k.value(QStringLiteral("syntax_highlighter_opts")).toMap();
    const QVariant disable = highlighterOptions.value(QStringLiteral("disable"));
    options.rouge = highlighter == QLatin1String("rouge")
        && !(disable.isValid() && (disable.toBool() || disable.toString() == QLatin1String("true")));
    options.guessLang = flag("guess_lang", true);
    const QString defaultLang = highlighterOptions.value(QStringLiteral("default_lang")).toString();
    if (!defaultLang.isEmpty())
        options.defaultLang = defaultLang.toUtf8();
    return options;
}

QByteArray KramdownOptions::key() const
{
    return quotes[0] + '|' + quotes[1] + '|' + quotes[2] + '|' + quotes[3] + '|' + char('0' + typography)
        + char('0' + hardWrap) + char('0' + autoIds) + char('0' + gfmIds) + char('0' + transliteratedIds) + '|'
        + autoIdPrefix.toUtf8() + '|' + char('0' + rouge) + char('0' + guessLang) + defaultLang;
}

void KramdownTree::apply(cmark_node *root, const KramdownOptions &options, const QByteArray *sourceText,
                         bool sourcePositions)
{
    Source source;
    source.bytes = sourceText;
    // Block rules first, on containers of blocks (the walk below must not see nodes freed under it).
    // Only block containers are walked here: inlines are most of the tree.
    std::vector<cmark_node *> containers;
    for (std::vector<cmark_node *> stack{root}; !stack.empty();) {
        cmark_node *n = stack.back();
        stack.pop_back();
        const cmark_node_type t = typeOf(n);
        if (t == CMARK_NODE_DOCUMENT || t == CMARK_NODE_BLOCK_QUOTE || t == CMARK_NODE_ITEM)
            containers.push_back(n);
        for (cmark_node *c = cmark_node_first_child(n); c; c = cmark_node_next(c)) {
            const cmark_node_type ct = typeOf(c);
            if (ct == CMARK_NODE_BLOCK_QUOTE || ct == CMARK_NODE_LIST || ct == CMARK_NODE_ITEM)
                stack.push_back(c);
        }
    }
    for (cmark_node *container : containers) {
        spanHtmlParagraphs(container);
        definitionLists(container);
    }
    if (typeOf(root) == CMARK_NODE_DOCUMENT)
        kramdownFootnotes(root);
    Abbreviations abbreviations;
    for (cmark_node *container : containers)
        collectAbbreviations(container, &abbreviations);
    cmark_iter *iter = cmark_iter_new(root);
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        const cmark_node_type type = typeOf(node);
        if (type == CMARK_NODE_IMAGE) {
            // Alt text stays as typed (kramdown's alt is the raw text): step over the image.
            cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);
            continue;
        }
        if (options.hardWrap && type == CMARK_NODE_SOFTBREAK) {
            cmark_node *br = cmark_node_new(CMARK_NODE_LINEBREAK);
            cmark_node_replace(node, br);
            cmark_node_free(node);
            cmark_iter_reset(iter, br, CMARK_EVENT_EXIT);
            continue;
        }
        if (type == CMARK_NODE_LIST) {
            unwrapLooseItems(node);   // changes the items' children, not the list's: safe to go on
            continue;
        }
        if (!holdsInlines(node))
            continue;
        // The iterator has noted the node's first child as its next step: after a child was
        // replaced, it is pointed at the node again.
        const bool unlinked = unlinkBareUrls(node, &source);
        if (spacedLinks(node) || unlinked)
            cmark_iter_reset(iter, node, CMARK_EVENT_ENTER);
        unwrapGuillemetTags(node);
        mergeTexts(node, !abbreviations.empty());
        for (cmark_node *c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
            if (typeOf(c) == CMARK_NODE_TEXT && std::strchr(cmark_node_get_literal(c), '*'))
                pairLeftoverEmphasis(c);
        }
        if (options.typography)
            typographyOfRuns(node, options, &source);
        if (!abbreviations.empty()) {
            for (cmark_node *c = cmark_node_first_child(node); c; c = cmark_node_next(c)) {
                if (typeOf(c) == CMARK_NODE_TEXT)
                    markAbbreviations(c, abbreviations);
            }
        }
    }
    cmark_iter_free(iter);
    // Last: the rules above look for code nodes (ownsAllText), which this turns into custom ones.
    if (options.rouge)
        rougeMarkup(root, options, sourcePositions);
}

} // namespace Lectern
