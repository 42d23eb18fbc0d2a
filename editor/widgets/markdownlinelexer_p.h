// SPDX-License-Identifier: GPL-3.0-or-later
// MarkdownLineLexer's insides, shared by its block-level part (markdownlinelexer.cpp) and its
// inline part (markdowninlinelexer.cpp). Not for other code.
#pragma once

#include "markdownlinelexer.h"

#include <QList>
#include <QString>

#include <algorithm>

class QRegularExpression;

namespace Lectern {

// Text the Markdown pass must not read (Liquid, code spans, HTML, link destinations) is replaced
// in the working copy by this private-use character: neither blank nor punctuation, like a letter
// for the emphasis rules, so `{{ a_b }}` or `2*3*4` in a code span start no emphasis.
inline constexpr QChar kMask = QChar(0xE000);
// Raw HTML tags and autolinks longer than this in one line are not recognised: a line of a
// thousand '<' costs linear time, not quadratic (QRegularExpression reads its whole subject).
inline constexpr qsizetype kLongestTag = 1000;

namespace MarkdownLexing {
const QRegularExpression &htmlTag();   // CommonMark §6.6 raw HTML, anchored where it is used
}

// The end state of a line, packed into the int QTextBlock::userState() keeps:
// bits 0-2 context, 3-5 HTML block type (CommonMark's 1-7), 6 fence of '~', 7-13 fence length,
// 14 fence inside a block quote, 15-17 Liquid context, 18 paragraph text, 19 paragraph text with
// a '|', 20 inside a list, 21 inside a table, 22 shapes the previous line, 23 blank.
struct LineState
{
    MarkdownLineLexer::Context context = MarkdownLineLexer::Context::Text;
    int htmlType = 0;
    bool fenceTilde = false;
    int fenceLength = 0;
    bool fenceInQuote = false;
    MarkdownLineLexer::LiquidContext liquid = MarkdownLineLexer::LiquidContext::None;
    bool paragraph = false;
    bool pipes = false;
    bool list = false;
    bool table = false;
    bool shapesPrevious = false;
    bool blank = true;

    static LineState unpack(int s)
    {
        LineState st;
        if (s < 0)
            return st;
        st.context = MarkdownLineLexer::Context(s & 0x7);
        st.htmlType = (s >> 3) & 0x7;
        st.fenceTilde = s & (1 << 6);
        st.fenceLength = (s >> 7) & 0x7f;
        st.fenceInQuote = s & (1 << 14);
        st.liquid = MarkdownLineLexer::LiquidContext((s >> 15) & 0x7);
        st.paragraph = s & (1 << 18);
        st.pipes = s & (1 << 19);
        st.list = s & (1 << 20);
        st.table = s & (1 << 21);
        st.shapesPrevious = s & (1 << 22);
        st.blank = s & (1 << 23);
        return st;
    }
    int pack() const
    {
        return int(context) | htmlType << 3 | int(fenceTilde) << 6 | std::min(fenceLength, 127) << 7
             | int(fenceInQuote) << 14 | int(liquid) << 15 | int(paragraph) << 18 | int(pipes) << 19 | int(list) << 20
             | int(table) << 21 | int(shapesPrevious) << 22 | int(blank) << 23;
    }
};


class LineLexer final
{
public:
    LineLexer(QStringView line, int previousState, QStringView nextLine, QList<quint32> &styles);
    int run();

private:
    void mark(qsizetype from, qsizetype to, quint32 style);
    void mask(qsizetype from, qsizetype to);

    // Liquid first, as Jekyll does: styles and masks it; false when the line holds only Liquid
    // tags and comments (the Markdown state then passes through unchanged).
    bool liquid();
    qsizetype findTag(qsizetype from, QLatin1String name, qsizetype *end) const;

    void blockLevel();
    bool fenceLine();
    bool htmlBlockLine();
    bool htmlBlockEnds(int type, qsizetype from) const;
    void kramdownBlockLine();
    void textLine();
    qsizetype quoteMarkers(qsizetype p);
    bool fenceOpen(qsizetype p, bool quoted);
    bool atxHeading(qsizetype p);
    bool thematicBreak(qsizetype p) const;
    bool listItem(qsizetype p);
    bool htmlBlockStart(qsizetype p);
    bool kramdownBlock(qsizetype p);
    bool linkDefinition(qsizetype p);
    void styleHtml(qsizetype from, qsizetype to);
    // The end of the raw HTML (CommonMark §6.6) starting at `at`, or -1; *comment when it is <!-- -->.
    // Each call costs at most kLongestTag characters, and a comment with no end is looked for once.
    qsizetype htmlEnd(qsizetype at, qsizetype to, bool *comment);

    // Inline constructs in [from, to) (markdowninlinelexer.cpp): code spans, autolinks, raw HTML,
    // kramdown span attributes, entities and bare URLs first (they bind tightest), then links and
    // images, then emphasis by delimiter runs.
    void inlines(qsizetype from, qsizetype to);
    void opaqueSpans(qsizetype from, qsizetype to);
    qsizetype angleSpan(qsizetype at, qsizetype to);
    qsizetype kramdownSpan(qsizetype at, qsizetype to);
    qsizetype entity(qsizetype at, qsizetype to);
    qsizetype bareUrl(qsizetype at, qsizetype to);
    void links(qsizetype from, qsizetype to);
    qsizetype matchingBracket(qsizetype open, qsizetype to) const;
    qsizetype inlineDestination(qsizetype open, qsizetype to) const;
    void emphasis(qsizetype from, qsizetype to);

    QString m_text;   // the line, Liquid and other opaque spans masked as they are found
    QStringView m_next;
    QList<quint32> &m_styles;
    int m_previous = -1;
    const LineState *m_in = nullptr;
    LineState *m_out = nullptr;
    struct Range
    {
        qsizetype from = 0;
        qsizetype to = 0;
    };
    QList<Range> m_linkTexts;   // emphasis never crosses a link text's edge
    Range m_noCommentEnd{-1, -1};   // no "-->" from .from to .to
    bool m_noBraceEnd = false;      // no '}' after the last "{:" looked at
};

} // namespace Lectern
