// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownlinelexer.h"
#include "markdownlinelexer_p.h"

#include <QRegularExpression>

namespace Lectern {

namespace {

using Context = MarkdownLineLexer::Context;
using LiquidContext = MarkdownLineLexer::LiquidContext;

bool isBlank(QStringView s)
{
    return std::all_of(s.begin(), s.end(), [](QChar c) { return c == u' ' || c == u'\t'; });
}

// A setext heading's underline (CommonMark §4.3): up to 3 spaces, a run of '=' or of '-', blanks.
bool isSetextUnderline(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && i < 3 && s.at(i) == u' ')
        ++i;
    if (i == s.size() || (s.at(i) != u'=' && s.at(i) != u'-'))
        return false;
    const QChar c = s.at(i);
    while (i < s.size() && s.at(i) == c)
        ++i;
    return isBlank(s.mid(i));
}

// A GFM table's delimiter row: cells of '-' with optional ':' at either end, separated by '|'
// (at least one '|', so that "---" stays a thematic break or setext underline).
bool isDelimiterRow(QStringView s)
{
    s = s.trimmed();
    if (!s.contains(u'|') || !s.contains(u'-'))
        return false;
    if (s.startsWith(u'|'))
        s = s.mid(1);
    if (s.endsWith(u'|'))
        s = s.chopped(1);
    for (QStringView cell : s.split(u'|')) {
        cell = cell.trimmed();
        if (cell.startsWith(u':'))
            cell = cell.mid(1);
        if (cell.endsWith(u':'))
            cell = cell.chopped(1);
        if (cell.isEmpty() || !std::all_of(cell.begin(), cell.end(), [](QChar c) { return c == u'-'; }))
            return false;
    }
    return true;
}

// A Liquid tag's name: "{%- endraw -%}" -> "endraw".
QStringView tagName(QStringView inner)
{
    inner = inner.trimmed();
    if (inner.startsWith(u'-'))
        inner = inner.mid(1).trimmed();
    qsizetype end = 0;
    while (end < inner.size() && !inner.at(end).isSpace() && inner.at(end) != u'-')
        ++end;
    return inner.first(end);
}

const QRegularExpression &type1Start()
{
    static const QRegularExpression re(QStringLiteral("^<(?:script|pre|style|textarea)(?:\\s|>|$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &type6Start()
{
    static const QRegularExpression re(
        QStringLiteral("^</?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|"
                       "details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|"
                       "h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|"
                       "optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|"
                       "track|ul)(?:\\s|/?>|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

namespace MarkdownLexing {

const QRegularExpression &htmlTag()
{
    // CommonMark §6.6: open tag, closing tag, comment, processing instruction, declaration, CDATA.
    static const QRegularExpression re(QStringLiteral(
        "<(?:[A-Za-z][A-Za-z0-9-]*(?:\\s+[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:[^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*"
        "\\s*/?>|/[A-Za-z][A-Za-z0-9-]*\\s*>|!--.*?-->|\\?.*?\\?>|![A-Za-z][^>]*>|!\\[CDATA\\[.*?\\]\\]>)"));
    return re;
}

} // namespace MarkdownLexing

LineLexer::LineLexer(QStringView line, int previousState, QStringView nextLine, QList<quint32> &styles)
    : m_text(line.toString())
    , m_next(nextLine)
    , m_styles(styles)
    , m_previous(previousState)
{
    m_styles.fill(0, m_text.size());
}

int LineLexer::run()
{
    const LineState in = LineState::unpack(m_previous);
    LineState out = in;
    out.shapesPrevious = false;
    m_in = &in;
    m_out = &out;
    if (liquid()) {
        out.paragraph = false;
        out.pipes = false;
        out.blank = false;
        blockLevel();
    }
    return out.pack();
}

void LineLexer::mark(qsizetype from, qsizetype to, quint32 style)
{
    for (qsizetype i = std::max<qsizetype>(from, 0); i < to && i < m_styles.size(); ++i)
        m_styles[i] |= style;
}

void LineLexer::mask(qsizetype from, qsizetype to)
{
    for (qsizetype i = std::max<qsizetype>(from, 0); i < to && i < m_text.size(); ++i)
        m_text[i] = kMask;
}

qsizetype LineLexer::findTag(qsizetype from, QLatin1String name, qsizetype *end) const
{
    for (qsizetype at = m_text.indexOf(QLatin1String("{%"), from); at >= 0;) {
        const qsizetype close = m_text.indexOf(QLatin1String("%}"), at + 2);
        if (close < 0)
            return -1;
        if (tagName(QStringView(m_text).mid(at + 2, close - at - 2)) == name) {
            *end = close + 2;
            return at;
        }
        at = m_text.indexOf(QLatin1String("{%"), close + 2);   // a tag holds no tag: linear in the line
    }
    return -1;
}

bool LineLexer::liquid()
{
    LineState &out = *m_out;
    const qsizetype n = m_text.size();
    bool sawLiquid = out.liquid != LiquidContext::None && out.liquid != LiquidContext::Raw;
    bool sawOutput = out.liquid == LiquidContext::Output;
    qsizetype i = 0;
    while (i < n) {
        qsizetype end = 0;
        switch (out.liquid) {
        case LiquidContext::Comment: {
            const qsizetype at = findTag(i, QLatin1String("endcomment"), &end);
            const qsizetype stop = at < 0 ? n : end;
            mark(i, stop, MarkdownLineLexer::Comment);
            mask(i, stop);
            if (at >= 0)
                out.liquid = LiquidContext::None;
            i = stop;
            break;
        }
        case LiquidContext::Highlight: {
            const qsizetype at = findTag(i, QLatin1String("endhighlight"), &end);
            const qsizetype stop = at < 0 ? n : at;
            mark(i, stop, MarkdownLineLexer::Code);
            mask(i, stop);
            if (at >= 0) {
                mark(at, end, MarkdownLineLexer::Liquid);
                mask(at, end);
                out.liquid = LiquidContext::None;
                sawLiquid = true;
            }
            i = at < 0 ? n : end;
            break;
        }
        case LiquidContext::Raw: {
            // Markdown, not Liquid, until {% endraw %}.
            const qsizetype at = findTag(i, QLatin1String("endraw"), &end);
            if (at >= 0) {
                mark(at, end, MarkdownLineLexer::Liquid);
                mask(at, end);
                out.liquid = LiquidContext::None;
                sawLiquid = true;
            }
            i = at < 0 ? n : end;
            break;
        }
        case LiquidContext::Output:
        case LiquidContext::Tag: {
            const qsizetype close = m_text.indexOf(out.liquid == LiquidContext::Output ? QLatin1String("}}") : QLatin1String("%}"), i);
            const qsizetype stop = close < 0 ? n : close + 2;
            mark(i, stop, MarkdownLineLexer::Liquid);
            mask(i, stop);
            if (close >= 0)
                out.liquid = LiquidContext::None;
            i = stop;
            break;
        }
        case LiquidContext::None: {
            qsizetype open = -1;
            for (qsizetype k = m_text.indexOf(u'{', i); k >= 0 && k + 1 < n; k = m_text.indexOf(u'{', k + 1)) {
                if (m_text.at(k + 1) == u'{' || m_text.at(k + 1) == u'%') {
                    open = k;
                    break;
                }
            }
            if (open < 0) {
                i = n;
                break;
            }
            sawLiquid = true;
            const bool output = m_text.at(open + 1) == u'{';
            sawOutput = sawOutput || output;
            const qsizetype close = m_text.indexOf(output ? QLatin1String("}}") : QLatin1String("%}"), open + 2);
            if (close < 0) {   // goes on on the next line
                mark(open, n, MarkdownLineLexer::Liquid);
                mask(open, n);
                out.liquid = output ? LiquidContext::Output : LiquidContext::Tag;
                i = n;
                break;
            }
            mark(open, close + 2, MarkdownLineLexer::Liquid);
            if (!output) {
                const QStringView name = tagName(QStringView(m_text).mid(open + 2, close - open - 2));
                if (name == QLatin1String("comment")) {
                    mark(open, close + 2, MarkdownLineLexer::Comment);
                    out.liquid = LiquidContext::Comment;
                } else if (name == QLatin1String("raw")) {
                    out.liquid = LiquidContext::Raw;
                } else if (name == QLatin1String("highlight")) {
                    out.liquid = LiquidContext::Highlight;
                }
            }
            mask(open, close + 2);
            i = close + 2;
            break;
        }
        }
    }
    // A line of nothing but Liquid tags and comments leaves (next to) nothing after Jekyll's pass:
    // the Markdown around it goes on as if it were not there.
    if (!sawLiquid || sawOutput)
        return true;
    return std::any_of(m_text.cbegin(), m_text.cend(), [](QChar c) { return c != kMask && !c.isSpace(); });
}

void LineLexer::blockLevel()
{
    switch (m_in->context) {
    case Context::FencedCode:
        if (fenceLine())
            return;
        break;
    case Context::HtmlBlock:
        if (htmlBlockLine())
            return;
        break;
    case Context::KramdownComment:
    case Context::KramdownNoMarkdown:
        kramdownBlockLine();
        return;
    case Context::Text:
        break;
    }
    textLine();
}

qsizetype LineLexer::quoteMarkers(qsizetype p)
{
    const qsizetype n = m_text.size();
    for (;;) {
        qsizetype q = p;
        while (q < n && q - p < 3 && m_text.at(q) == u' ')
            ++q;
        if (q == n || m_text.at(q) != u'>')
            return p;
        mark(q, q + 1, MarkdownLineLexer::Marker);
        p = q + 1;
        if (p < n && (m_text.at(p) == u' ' || m_text.at(p) == u'\t'))
            ++p;
    }
}

bool LineLexer::fenceLine()
{
    LineState &out = *m_out;
    const qsizetype n = m_text.size();
    qsizetype p = 0;
    if (m_in->fenceInQuote) {
        p = quoteMarkers(0);
        if (p == 0) {   // the quote ended, and the fence with it
            out.context = Context::Text;
            out.fenceInQuote = false;
            return false;
        }
    }
    qsizetype q = p;
    while (q < n && q - p < 3 && m_text.at(q) == u' ')
        ++q;
    const QChar fence = m_in->fenceTilde ? u'~' : u'`';
    qsizetype run = q;
    while (run < n && m_text.at(run) == fence)
        ++run;
    if (run - q >= std::max(3, m_in->fenceLength) && isBlank(QStringView(m_text).mid(run))) {
        mark(q, n, MarkdownLineLexer::Marker | MarkdownLineLexer::Code);
        out.context = Context::Text;
        out.fenceInQuote = false;
        return true;
    }
    mark(p, n, MarkdownLineLexer::Code);
    return true;
}

bool LineLexer::htmlBlockLine()
{
    LineState &out = *m_out;
    const int type = m_in->htmlType;
    if (type >= 6 && isBlank(m_text)) {
        out.context = Context::Text;
        return false;
    }
    qsizetype from = 0;
    if (type == 2) {   // inside <!-- -->
        const qsizetype end = m_text.indexOf(QLatin1String("-->"));
        from = end < 0 ? m_text.size() : end + 3;
        mark(0, from, MarkdownLineLexer::Comment);
    }
    styleHtml(from, m_text.size());
    if (type < 6 && htmlBlockEnds(type, 0))
        out.context = Context::Text;
    return true;
}

bool LineLexer::htmlBlockEnds(int type, qsizetype from) const
{
    const QStringView rest = QStringView(m_text).mid(from);
    switch (type) {
    case 1:
        return rest.contains(QLatin1String("</script>"), Qt::CaseInsensitive) || rest.contains(QLatin1String("</pre>"), Qt::CaseInsensitive)
            || rest.contains(QLatin1String("</style>"), Qt::CaseInsensitive)
            || rest.contains(QLatin1String("</textarea>"), Qt::CaseInsensitive);
    case 2:
        return rest.contains(QLatin1String("-->"));
    case 3:
        return rest.contains(QLatin1String("?>"));
    case 4:
        return rest.contains(u'>');
    case 5:
        return rest.contains(QLatin1String("]]>"));
    default:
        return false;
    }
}

void LineLexer::kramdownBlockLine()
{
    LineState &out = *m_out;
    const bool comment = m_in->context == Context::KramdownComment;
    qsizetype endLength = 0;
    qsizetype end = m_text.indexOf(comment ? QLatin1String("{:/comment}") : QLatin1String("{:/nomarkdown}"));
    if (end >= 0)
        endLength = comment ? 11 : 14;
    else if ((end = m_text.indexOf(QLatin1String("{:/}"))) >= 0)
        endLength = 4;
    const qsizetype stop = end < 0 ? m_text.size() : end + endLength;
    if (comment) {
        mark(0, stop, MarkdownLineLexer::Comment);
    } else {
        styleHtml(0, end < 0 ? stop : end);
        if (end >= 0)
            mark(end, stop, MarkdownLineLexer::Attributes);
    }
    if (end >= 0)
        out.context = Context::Text;
}

void LineLexer::textLine()
{
    const LineState &in = *m_in;
    LineState &out = *m_out;
    const QStringView t(m_text);
    const qsizetype n = t.size();
    if (isBlank(t)) {
        out.table = false;
        out.blank = true;
        return;
    }
    qsizetype first = 0;
    int columns = 0;
    while (first < n && (t.at(first) == u' ' || t.at(first) == u'\t')) {
        columns = t.at(first) == u'\t' ? (columns / 4 + 1) * 4 : columns + 1;
        ++first;
    }
    if (columns == 0 && in.blank)
        out.list = false;   // a line at the margin after a blank line: the list is over
    if (columns >= 4 && !in.paragraph && !in.list && !in.table) {
        mark(first, n, MarkdownLineLexer::Code);   // indented code (§4.4): it cannot interrupt a paragraph
        return;
    }
    const qsizetype afterQuote = quoteMarkers(0);
    const bool quoted = afterQuote > 0;
    qsizetype p = quoted ? afterQuote : first;
    if (quoted) {
        while (p < n && (t.at(p) == u' ' || t.at(p) == u'\t'))
            ++p;
        mark(p, n, MarkdownLineLexer::Quote);
        if (p == n)
            return;
    }
    const QStringView rest = t.mid(p);
    if (fenceOpen(p, quoted) || atxHeading(p))
        return;
    if (!quoted && in.paragraph && isSetextUnderline(t)) {
        mark(p, n, MarkdownLineLexer::Marker | MarkdownLineLexer::Heading);
        out.shapesPrevious = true;
        return;
    }
    if (thematicBreak(p)) {
        mark(p, n, MarkdownLineLexer::Marker);
        return;
    }
    if (!quoted && !in.table && in.pipes && isDelimiterRow(rest)) {
        mark(p, n, MarkdownLineLexer::Marker);
        out.table = true;
        out.shapesPrevious = true;
        return;
    }
    if (listItem(p) || htmlBlockStart(p) || kramdownBlock(p) || (!in.paragraph && linkDefinition(p)))
        return;
    const bool pipes = rest.contains(u'|');
    if (!quoted && (in.table || (pipes && isDelimiterRow(m_next)))) {
        // A table row; the line before a delimiter row is the header.
        if (!in.table) {
            mark(p, n, MarkdownLineLexer::TableHeader);
            out.paragraph = true;
            out.pipes = true;
        } else {
            out.table = true;
        }
        for (qsizetype i = p; i < n; ++i) {
            if (t.at(i) == u'|' && (i == 0 || t.at(i - 1) != u'\\'))
                mark(i, i + 1, MarkdownLineLexer::Marker);
        }
        inlines(p, n);
        return;
    }
    out.paragraph = true;
    out.pipes = pipes;
    if (!quoted && isSetextUnderline(m_next))
        mark(p, n, MarkdownLineLexer::Heading);
    inlines(p, n);
}

bool LineLexer::fenceOpen(qsizetype p, bool quoted)
{
    const qsizetype n = m_text.size();
    if (p >= n || (m_text.at(p) != u'`' && m_text.at(p) != u'~'))
        return false;
    const QChar c = m_text.at(p);
    qsizetype q = p;
    while (q < n && m_text.at(q) == c)
        ++q;
    if (q - p < 3 || (c == u'`' && QStringView(m_text).mid(q).contains(u'`')))
        return false;
    mark(p, n, MarkdownLineLexer::Marker | MarkdownLineLexer::Code);
    LineState &out = *m_out;
    out.context = Context::FencedCode;
    out.fenceTilde = c == u'~';
    out.fenceLength = int(std::min<qsizetype>(q - p, 127));
    out.fenceInQuote = quoted;
    return true;
}

bool LineLexer::atxHeading(qsizetype p)
{
    const QStringView t(m_text);
    const qsizetype n = t.size();
    qsizetype q = p;
    while (q < n && t.at(q) == u'#' && q - p < 7)
        ++q;
    if (q == p || q - p > 6 || (q < n && t.at(q) != u' ' && t.at(q) != u'\t'))
        return false;
    mark(p, n, MarkdownLineLexer::Heading);
    mark(p, q, MarkdownLineLexer::Marker);
    qsizetype end = n;
    while (end > q && t.at(end - 1).isSpace())
        --end;
    // kramdown's header id: "## Title {#id}"
    if (end > q && t.at(end - 1) == u'}') {
        const qsizetype open = t.lastIndexOf(u'{', end - 1);
        if (open > q && open + 1 < end && t.at(open + 1) == u'#') {
            mark(open, end, MarkdownLineLexer::Attributes);
            end = open;
            while (end > q && t.at(end - 1).isSpace())
                --end;
        }
    }
    qsizetype closing = end;
    while (closing > q && t.at(closing - 1) == u'#')
        --closing;
    if (closing < end && (closing == q || t.at(closing - 1) == u' ' || t.at(closing - 1) == u'\t')) {
        mark(closing, end, MarkdownLineLexer::Marker);
        end = closing;
    }
    inlines(q, end);
    return true;
}

bool LineLexer::thematicBreak(qsizetype p) const
{
    const QStringView t = QStringView(m_text).mid(p);
    if (t.isEmpty() || (t.at(0) != u'*' && t.at(0) != u'-' && t.at(0) != u'_'))
        return false;
    const QChar c = t.at(0);
    int count = 0;
    for (QChar x : t) {
        if (x == c)
            ++count;
        else if (x != u' ' && x != u'\t')
            return false;
    }
    return count >= 3;
}

bool LineLexer::listItem(qsizetype p)
{
    const QStringView t(m_text);
    const qsizetype n = t.size();
    qsizetype q = p;
    if (t.at(q) == u'-' || t.at(q) == u'+' || t.at(q) == u'*') {
        ++q;
    } else {
        while (q < n && q - p < 9 && t.at(q).isDigit() && t.at(q).unicode() < 128)
            ++q;
        if (q == p || q == n || t.at(q) != u'.')   // kramdown: "1)" starts no list
            return false;
        ++q;
    }
    if (q < n && t.at(q) != u' ' && t.at(q) != u'\t')
        return false;
    mark(p, q, MarkdownLineLexer::Marker);
    m_out->list = true;
    qsizetype r = q;
    while (r < n && (t.at(r) == u' ' || t.at(r) == u'\t'))
        ++r;
    // A GFM task list item's box.
    if (r + 2 < n && t.at(r) == u'[' && (t.at(r + 1) == u' ' || t.at(r + 1) == u'x' || t.at(r + 1) == u'X') && t.at(r + 2) == u']'
        && (r + 3 == n || t.at(r + 3) == u' ')) {
        mark(r, r + 3, MarkdownLineLexer::Marker);
        r += 3;
    }
    inlines(r, n);
    return true;
}

bool LineLexer::htmlBlockStart(qsizetype p)
{
    const QStringView rest = QStringView(m_text).mid(p);
    if (!rest.startsWith(u'<'))
        return false;
    int type = 0;
    qsizetype startLength = 1;
    if (rest.startsWith(QLatin1String("<!--"))) {
        type = 2;
        startLength = 4;
    } else if (rest.startsWith(QLatin1String("<?"))) {
        type = 3;
        startLength = 2;
    } else if (rest.startsWith(QLatin1String("<![CDATA["))) {
        type = 5;
        startLength = 9;
    } else if (rest.size() > 2 && rest.at(1) == u'!' && rest.at(2).isLetter() && rest.at(2).unicode() < 128) {
        type = 4;
        startLength = 2;
    } else if (type1Start().match(rest).hasMatch()) {
        type = 1;
    } else if (type6Start().match(rest).hasMatch()) {
        type = 6;
    } else if (!m_in->paragraph) {
        bool comment = false;
        const qsizetype end = rest.startsWith(QLatin1String("<!")) ? -1 : htmlEnd(p, m_text.size(), &comment);
        if (end > 0 && isBlank(QStringView(m_text).mid(end)))
            type = 7;
    }
    if (type == 0)
        return false;
    LineState &out = *m_out;
    if (type == 2) {
        const qsizetype end = m_text.indexOf(QLatin1String("-->"), p + 4);
        mark(p, end < 0 ? m_text.size() : end + 3, MarkdownLineLexer::Comment);
    }
    styleHtml(p, m_text.size());
    // kramdown's markdown="1": the block's content is Markdown (the preview opens it up too).
    if (rest.contains(QLatin1String("markdown=\"1\"")) || rest.contains(QLatin1String("markdown='1'")))
        return true;
    out.context = Context::HtmlBlock;
    out.htmlType = type;
    if (type < 6 && htmlBlockEnds(type, p + startLength))
        out.context = Context::Text;
    return true;
}

bool LineLexer::kramdownBlock(qsizetype p)
{
    const QStringView t(m_text);
    const QStringView rest = t.mid(p);
    const qsizetype n = t.size();
    if (!rest.startsWith(QLatin1String("{:")))
        return false;
    if (rest.startsWith(QLatin1String("{::comment}")) || rest.startsWith(QLatin1String("{::nomarkdown"))) {
        const bool comment = rest.at(3) == u'c';
        const qsizetype open = comment ? p + 11 : t.indexOf(u'}', p);
        if (open < 0)
            return false;
        qsizetype end = t.indexOf(comment ? QLatin1String("{:/comment}") : QLatin1String("{:/nomarkdown}"), open);
        qsizetype endLength = comment ? 11 : 14;
        if (end < 0 && (end = t.indexOf(QLatin1String("{:/}"), open)) >= 0)
            endLength = 4;
        const qsizetype stop = end < 0 ? n : end + endLength;
        if (comment) {
            mark(p, stop, MarkdownLineLexer::Comment);
        } else {
            mark(p, open + 1, MarkdownLineLexer::Attributes);
            styleHtml(open + 1, end < 0 ? n : end);
            if (end >= 0)
                mark(end, stop, MarkdownLineLexer::Attributes);
        }
        if (end < 0)
            m_out->context = comment ? Context::KramdownComment : Context::KramdownNoMarkdown;
        return true;
    }
    // Other extensions ({::options ... /}), block attribute lists and their definitions ({:ref: ...}).
    if (rest.startsWith(QLatin1String("{::")) || rest.trimmed().endsWith(u'}')) {
        mark(p, n, MarkdownLineLexer::Attributes);
        return true;
    }
    return false;
}

bool LineLexer::linkDefinition(qsizetype p)
{
    const QStringView t(m_text);
    const qsizetype n = t.size();
    if (t.at(p) != u'[')
        return false;
    const qsizetype close = t.indexOf(QLatin1String("]:"), p + 1);
    if (close <= p + 1 || t.mid(p + 1, close - p - 1).contains(u'['))
        return false;
    mark(p, p + 1, MarkdownLineLexer::Marker);
    mark(p + 1, close, MarkdownLineLexer::Link);
    mark(close, close + 2, MarkdownLineLexer::Marker);
    if (t.at(p + 1) == u'^') {   // a footnote's text
        m_out->paragraph = true;
        inlines(close + 2, n);
        return true;
    }
    qsizetype q = close + 2;
    while (q < n && t.at(q).isSpace())
        ++q;
    qsizetype end = q;
    while (end < n && !t.at(end).isSpace())
        ++end;
    mark(q, end, MarkdownLineLexer::Url);
    return true;
}

void LineLexer::styleHtml(qsizetype from, qsizetype to)
{
    if (from < 0)
        return;
    for (qsizetype i = m_text.indexOf(u'<', from); i >= 0 && i < to; i = m_text.indexOf(u'<', i + 1)) {
        bool comment = false;
        const qsizetype end = htmlEnd(i, to, &comment);
        if (end < 0)
            continue;
        mark(i, end, comment ? MarkdownLineLexer::Comment : MarkdownLineLexer::Html);
        i = end - 1;
    }
}

qsizetype LineLexer::htmlEnd(qsizetype at, qsizetype to, bool *comment)
{
    const QStringView t = QStringView(m_text).first(to);
    *comment = false;
    if (t.mid(at).startsWith(QLatin1String("<!--"))) {
        if (at >= m_noCommentEnd.from && to <= m_noCommentEnd.to)
            return -1;
        const qsizetype end = t.indexOf(QLatin1String("-->"), at + 4);
        if (end < 0) {
            m_noCommentEnd = {at, to};
            return -1;
        }
        *comment = true;
        return end + 3;
    }
    const QRegularExpressionMatch tag = MarkdownLexing::htmlTag().match(t.mid(at, std::min(to - at, kLongestTag)), 0,
                                                                       QRegularExpression::NormalMatch,
                                                                       QRegularExpression::AnchorAtOffsetMatchOption);
    return tag.hasMatch() ? at + tag.capturedEnd() : -1;
}

int MarkdownLineLexer::lex(QStringView line, int previousState, QStringView nextLine, QList<quint32> &styles)
{
    return LineLexer(line, previousState, nextLine, styles).run();
}

bool MarkdownLineLexer::shapesPreviousLine(int state)
{
    return state >= 0 && LineState::unpack(state).shapesPrevious;
}

MarkdownLineLexer::Context MarkdownLineLexer::context(int state)
{
    return LineState::unpack(state).context;
}

MarkdownLineLexer::LiquidContext MarkdownLineLexer::liquidContext(int state)
{
    return LineState::unpack(state).liquid;
}

} // namespace Lectern
