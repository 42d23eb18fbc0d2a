// SPDX-License-Identifier: GPL-3.0-or-later
// MarkdownLineLexer's inline part: CommonMark §6 within one line.
#include "markdownlinelexer_p.h"

#include "codespan.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <vector>

namespace Lectern {

namespace {

constexpr qsizetype kLongestLinkText = 1000;

bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2f) || (u >= 0x3a && u <= 0x40) || (u >= 0x5b && u <= 0x60) || (u >= 0x7b && u <= 0x7e);
}

// Unicode punctuation as CommonMark 0.31 counts it for flanking: categories P and S.
bool isPunctuation(QChar c)
{
    return c != kMask && (c.isPunct() || c.isSymbol());
}

const QRegularExpression &autolink()
{
    // CommonMark §6.5: a URI autolink (scheme of 2-32 characters) or an e-mail autolink.
    static const QRegularExpression re(QStringLiteral(
        "<(?:[A-Za-z][A-Za-z0-9.+-]{1,31}:[^\\s<>]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>"));
    return re;
}

const QRegularExpression &entityPattern()
{
    static const QRegularExpression re(QStringLiteral("&(?:#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});"));
    return re;
}

} // namespace

void LineLexer::inlines(qsizetype from, qsizetype to)
{
    if (from >= to)
        return;
    m_linkTexts.clear();
    m_noBraceEnd = false;
    opaqueSpans(from, to);
    links(from, to);
    emphasis(from, to);
}

void LineLexer::opaqueSpans(qsizetype from, qsizetype to)
{
    // Backtick run lengths that found no closing run: none will further on either (linear time).
    QVarLengthArray<qsizetype, 8> unclosed;
    for (qsizetype i = from; i < to;) {
        const QChar c = m_text.at(i);
        if (c == u'\\' && i + 1 < to && isAsciiPunctuation(m_text.at(i + 1))) {
            mark(i, i + 1, MarkdownLineLexer::Marker);
            mask(i, i + 2);
            i += 2;
            continue;
        }
        if (c == u'`') {
            // A code span (§6.1): a run of N backticks up to the next run of exactly N.
            qsizetype run = i;
            while (run < to && m_text.at(run) == u'`')
                ++run;
            const qsizetype length = run - i;
            const bool hopeless = std::find(unclosed.cbegin(), unclosed.cend(), length) != unclosed.cend();
            const qsizetype spanEnd = hopeless ? -1 : CodeSpan::end(m_text, i, to);
            const qsizetype close = spanEnd < 0 ? -1 : spanEnd - length;   // where the closing run starts
            if (close < 0) {
                if (!hopeless)
                    unclosed.append(length);
                i = run;   // literal backticks
                continue;
            }
            mark(i, close + length, MarkdownLineLexer::Code);
            mask(i, close + length);
            i = close + length;
            continue;
        }
        qsizetype end = i;
        if (c == u'<')
            end = angleSpan(i, to);
        else if (c == u'{' && i + 1 < to && m_text.at(i + 1) == u':')
            end = kramdownSpan(i, to);
        else if (c == u'&')
            end = entity(i, to);
        else if ((c == u'h' || c == u'w') && (i == from || !m_text.at(i - 1).isLetterOrNumber()))
            end = bareUrl(i, to);
        i = end > i ? end : i + 1;
    }
}

qsizetype LineLexer::angleSpan(qsizetype at, qsizetype to)
{
    const QStringView window = QStringView(m_text).first(to).mid(at, std::min(to - at, kLongestTag));
    const QRegularExpressionMatch link = autolink().match(window, 0, QRegularExpression::NormalMatch,
                                                          QRegularExpression::AnchorAtOffsetMatchOption);
    if (link.hasMatch()) {
        const qsizetype end = at + link.capturedEnd();
        mark(at, at + 1, MarkdownLineLexer::Marker);
        mark(at + 1, end - 1, MarkdownLineLexer::Url);
        mark(end - 1, end, MarkdownLineLexer::Marker);
        mask(at, end);
        return end;
    }
    bool comment = false;
    const qsizetype end = htmlEnd(at, to, &comment);
    if (end < 0)
        return at;
    mark(at, end, comment ? MarkdownLineLexer::Comment : MarkdownLineLexer::Html);
    mask(at, end);
    return end;
}

qsizetype LineLexer::kramdownSpan(qsizetype at, qsizetype to)
{
    const QStringView t = QStringView(m_text).first(to);
    if (t.mid(at).startsWith(QLatin1String("{::comment}"))) {
        qsizetype end = t.indexOf(QLatin1String("{:/comment}"), at + 11);
        qsizetype length = 11;
        if (end < 0 && (end = t.indexOf(QLatin1String("{:/}"), at + 11)) >= 0)
            length = 4;
        const qsizetype stop = end < 0 ? to : end + length;
        mark(at, stop, MarkdownLineLexer::Comment);
        mask(at, stop);
        return stop;
    }
    // A span attribute list {: .class}, {:.class}, {:ref}, or an extension tag {::options /}, {:/}.
    const qsizetype close = m_noBraceEnd ? -1 : t.indexOf(u'}', at + 2);
    if (close < 0) {
        m_noBraceEnd = true;   // nor for any later "{:" in this range
        return at;
    }
    mark(at, close + 1, MarkdownLineLexer::Attributes);
    mask(at, close + 1);
    return close + 1;
}

qsizetype LineLexer::entity(qsizetype at, qsizetype to)
{
    const QRegularExpressionMatch m = entityPattern().match(QStringView(m_text).first(to).mid(at, std::min<qsizetype>(to - at, 40)), 0,
                                                            QRegularExpression::NormalMatch,
                                                            QRegularExpression::AnchorAtOffsetMatchOption);
    if (!m.hasMatch())
        return at;
    mark(at, at + m.capturedEnd(), MarkdownLineLexer::Html);
    return at + m.capturedEnd();
}

qsizetype LineLexer::bareUrl(qsizetype at, qsizetype to)
{
    // GFM's autolink extension: www., http://, https:// up to a blank or '<', less trailing punctuation.
    const QStringView t = QStringView(m_text).first(to);
    const QStringView rest = t.mid(at);
    if (!rest.startsWith(QLatin1String("https://")) && !rest.startsWith(QLatin1String("http://"))
        && !rest.startsWith(QLatin1String("www.")))
        return at;
    qsizetype end = at;
    while (end < to && !t.at(end).isSpace() && t.at(end) != u'<')
        ++end;
    while (end > at && QStringView(u"?!.,:*_~'\";").contains(t.at(end - 1)))
        --end;
    if (end > at && t.at(end - 1) == u')' && t.mid(at, end - at).count(u'(') < t.mid(at, end - at).count(u')'))
        --end;
    const qsizetype prefix = rest.startsWith(QLatin1String("www.")) ? 4 : rest.indexOf(QLatin1String("//")) + 2;
    if (end <= at + prefix)
        return at;
    mark(at, end, MarkdownLineLexer::Url);
    mask(at, end);
    return end;
}

void LineLexer::links(qsizetype from, qsizetype to)
{
    const QStringView t(m_text);
    for (qsizetype i = from; i < to; ++i) {
        if (t.at(i) != u'[')
            continue;
        const qsizetype close = matchingBracket(i, to);
        if (close < 0)
            continue;
        const bool image = i > from && t.at(i - 1) == u'!';
        qsizetype end = -1;
        if (close + 1 < to && t.at(close + 1) == u'(') {
            end = inlineDestination(close + 1, to);
            if (end > 0) {
                mark(close + 1, close + 2, MarkdownLineLexer::Marker);
                mark(close + 2, end - 1, MarkdownLineLexer::Url);
                mark(end - 1, end, MarkdownLineLexer::Marker);
            }
        } else if (close + 1 < to && t.at(close + 1) == u'[') {
            const qsizetype labelEnd = t.indexOf(u']', close + 2);
            if (labelEnd >= 0 && labelEnd < to) {   // a full or collapsed reference link
                end = labelEnd + 1;
                mark(close + 1, close + 2, MarkdownLineLexer::Marker);
                mark(close + 2, labelEnd, MarkdownLineLexer::Url);
                mark(labelEnd, end, MarkdownLineLexer::Marker);
            }
        } else if (close > i + 1 && t.at(i + 1) == u'^') {
            end = close + 1;   // a footnote reference [^1]
        }
        // A shortcut reference [text] is a link only if some line defines it: left plain.
        if (end < 0)
            continue;
        mark(image ? i - 1 : i, i + 1, MarkdownLineLexer::Marker);
        mark(close, close + 1, MarkdownLineLexer::Marker);
        mark(i + 1, close, MarkdownLineLexer::Link);
        m_linkTexts.append({i + 1, close});
        mask(close, end);
        mask(image ? i - 1 : i, i + 1);
        // The link text may hold an image or emphasis: the loop goes on inside it.
    }
}

qsizetype LineLexer::matchingBracket(qsizetype open, qsizetype to) const
{
    // Link texts longer than kLongestLinkText are not looked for: a line of unmatched '[' stays linear.
    int depth = 0;
    for (qsizetype i = open; i < to && i - open <= kLongestLinkText; ++i) {
        const QChar c = m_text.at(i);
        if (c == u'[') {
            ++depth;
        } else if (c == u']' && --depth == 0) {
            return i;
        }
    }
    return -1;
}

qsizetype LineLexer::inlineDestination(qsizetype open, qsizetype to) const
{
    // §6.3: ( blanks, destination in <> or with balanced parentheses, optional title, blanks ).
    const QStringView t = QStringView(m_text).first(std::min(to, open + kLongestLinkText));   // linear on odd lines
    to = t.size();
    qsizetype j = open + 1;
    const auto blanks = [&] {
        while (j < to && t.at(j).isSpace())
            ++j;
    };
    blanks();
    if (j < to && t.at(j) == u'<') {
        const qsizetype close = t.indexOf(u'>', j);
        if (close < 0 || close >= to)
            return -1;
        j = close + 1;
    } else {
        int depth = 0;
        while (j < to && !t.at(j).isSpace()) {
            if (t.at(j) == u'(') {
                ++depth;
            } else if (t.at(j) == u')') {
                if (depth == 0)
                    break;
                --depth;
            }
            ++j;
        }
    }
    blanks();
    if (j < to && (t.at(j) == u'"' || t.at(j) == u'\'' || t.at(j) == u'(')) {
        const QChar closeChar = t.at(j) == u'(' ? u')' : t.at(j);
        const qsizetype close = t.indexOf(closeChar, j + 1);
        if (close < 0 || close >= to)
            return -1;
        j = close + 1;
        blanks();
    }
    return j < to && t.at(j) == u')' ? j + 1 : -1;
}

void LineLexer::emphasis(qsizetype from, qsizetype to)
{
    // §6.2 and the appendix's "process emphasis", with GFM's ~ and ~~ (equal runs) for strikethrough.
    struct Delimiter
    {
        qsizetype pos = 0;      // first remaining character of the run
        qsizetype length = 0;   // remaining characters
        qsizetype original = 0;
        QChar ch;
        bool canOpen = false;
        bool canClose = false;
        int segment = 0;   // which link text it is in (0: none); emphasis stays inside one
        int prev = -1;
        int next = -1;
    };
    const QStringView t(m_text);
    std::vector<Delimiter> d;
    for (qsizetype i = from; i < to;) {
        const QChar c = t.at(i);
        if (c != u'*' && c != u'_' && c != u'~') {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < to && t.at(j) == c)
            ++j;
        if (c == u'~' && j - i > 2) {
            i = j;
            continue;
        }
        const QChar before = i > 0 ? t.at(i - 1) : QChar(u' ');
        const QChar after = j < to ? t.at(j) : QChar(u' ');
        const bool left = !after.isSpace() && (!isPunctuation(after) || before.isSpace() || isPunctuation(before));
        const bool right = !before.isSpace() && (!isPunctuation(before) || after.isSpace() || isPunctuation(after));
        Delimiter delimiter;
        delimiter.pos = i;
        delimiter.length = delimiter.original = j - i;
        delimiter.ch = c;
        if (c == u'_') {
            delimiter.canOpen = left && (!right || isPunctuation(before));
            delimiter.canClose = right && (!left || isPunctuation(after));
        } else {
            delimiter.canOpen = left;
            delimiter.canClose = right;
        }
        qsizetype innermost = -1;
        for (int k = 0; k < m_linkTexts.size(); ++k) {
            const Range &r = m_linkTexts.at(k);
            if (i >= r.from && i < r.to && (innermost < 0 || r.to - r.from < m_linkTexts.at(innermost).to - m_linkTexts.at(innermost).from))
                innermost = k;
        }
        delimiter.segment = int(innermost + 1);
        if (delimiter.canOpen || delimiter.canClose) {
            delimiter.prev = int(d.size()) - 1;
            if (!d.empty())
                d.back().next = int(d.size());
            d.push_back(delimiter);
        }
        i = j;
    }
    if (d.empty())
        return;
    const auto unlink = [&](int k) {
        if (d[k].prev >= 0)
            d[d[k].prev].next = d[k].next;
        if (d[k].next >= 0)
            d[d[k].next].prev = d[k].prev;
    };
    const auto charIndex = [](QChar c) { return c == u'*' ? 0 : c == u'_' ? 1 : 2; };
    std::array<int, 18> bottom;   // openers_bottom per character, closer can open, length % 3
    bottom.fill(-1);
    int current = 0;
    while (current >= 0) {
        Delimiter &closer = d[current];
        if (!closer.canClose) {
            current = closer.next;
            continue;
        }
        const int key = charIndex(closer.ch) * 6 + int(closer.canOpen) * 3 + int(closer.original % 3);
        int opener = closer.prev;
        bool found = false;
        while (opener >= 0 && opener > bottom[key]) {
            const Delimiter &o = d[opener];
            if (o.ch == closer.ch && o.canOpen && o.segment == closer.segment) {
                if (o.ch == u'~') {
                    found = o.length == closer.length;
                } else {
                    const bool multipleOfThree = (o.canClose || closer.canOpen) && (o.original + closer.original) % 3 == 0
                                              && !(o.original % 3 == 0 && closer.original % 3 == 0);
                    found = !multipleOfThree;
                }
                if (found)
                    break;
            }
            opener = o.prev;
        }
        if (!found) {
            bottom[key] = closer.prev;
            const int next = closer.next;
            if (!closer.canOpen)
                unlink(current);
            current = next;
            continue;
        }
        Delimiter &o = d[opener];
        const qsizetype use = closer.ch == u'~' ? closer.length : (o.length >= 2 && closer.length >= 2 ? 2 : 1);
        const quint32 style = closer.ch == u'~' ? MarkdownLineLexer::Strike
                              : use == 2        ? MarkdownLineLexer::Strong
                                                : MarkdownLineLexer::Emphasis;
        const qsizetype openerEnd = o.pos + o.length;
        mark(openerEnd - use, closer.pos + use, style);
        mark(openerEnd - use, openerEnd, MarkdownLineLexer::Marker);
        mark(closer.pos, closer.pos + use, MarkdownLineLexer::Marker);
        o.length -= use;
        closer.length -= use;
        closer.pos += use;
        o.next = current;   // the delimiters in between are done with
        closer.prev = opener;
        if (o.length == 0)
            unlink(opener);
        if (closer.length == 0) {
            const int next = closer.next;
            unlink(current);
            current = next;
        }
    }
}

} // namespace Lectern
