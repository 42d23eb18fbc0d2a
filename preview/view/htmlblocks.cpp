// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlblocks.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <vector>

namespace Lectern {

namespace {

const QString kSourcePos = QStringLiteral("data-sourcepos=\"");

// Elements whose parsing a tag stack follows exactly when they are balanced. Left out on purpose:
// raw-text and RCDATA elements (script, style, textarea, title, xmp, iframe, noscript, noembed,
// noframes, plaintext), template, select/option, form, button, object/applet/marquee, nobr,
// svg/math, frameset/body/html/head: each changes the parser's state beyond its own end tag.
struct Tag
{
    quint64 key;   // tagKey of the name
    bool isVoid;
};

// A tag name of up to ten ASCII letters and digits as a number (six bits a character), so a tag is
// looked up without making a string: split runs over the whole body on every keystroke's render
// (~10 000 tags in a 100 KB post). Letters in any case, as the HTML tokenizer reads them; 0 for
// anything else.
quint64 tagKey(QStringView name)
{
    if (name.isEmpty() || name.size() > 10)
        return 0;
    quint64 key = 0;
    for (const QChar ch : name) {
        const char16_t c = ch.unicode();
        unsigned code = 0;
        if (c >= u'a' && c <= u'z')
            code = unsigned(c - u'a') + 1;
        else if (c >= u'A' && c <= u'Z')
            code = unsigned(c - u'A') + 1;
        else if (c >= u'0' && c <= u'9')
            code = unsigned(c - u'0') + 27;
        else
            return 0;
        key = key << 6 | code;
    }
    return key;
}

// Sorted by key.
const std::vector<Tag> &allowedTags()
{
    static const std::vector<Tag> tags = [] {
        std::vector<Tag> v;
        for (const char *t : {"a", "abbr", "address", "article", "aside", "audio", "b", "bdi", "bdo", "big",
                              "blockquote", "br", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del",
                              "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "font", "footer",
                              "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "i", "img", "input", "ins",
                              "kbd", "label", "li", "main", "mark", "nav", "ol", "p", "picture", "pre", "q", "rp",
                              "rt", "ruby", "s", "samp", "section", "small", "source", "span", "strike", "strong",
                              "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr",
                              "track", "tt", "u", "ul", "var", "video", "wbr"}) {
            bool isVoid = false;
            for (const char *e : {"br", "col", "hr", "img", "input", "source", "track", "wbr"})
                isVoid = isVoid || std::strcmp(t, e) == 0;
            v.push_back({tagKey(QString::fromLatin1(t)), isVoid});
        }
        std::sort(v.begin(), v.end(), [](const Tag &x, const Tag &y) { return x.key < y.key; });
        return v;
    }();
    return tags;
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')
        || c == QLatin1Char('\f');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// A number as the renderer writes it: no sign, no leading zero, at most nine digits.
bool readNumber(QStringView s, qsizetype &i, int *value)
{
    const qsizetype start = i;
    int v = 0;
    while (i < s.size() && s.at(i).isDigit() && s.at(i).unicode() < 128 && i - start < 9)
        v = v * 10 + (s.at(i++).unicode() - '0');
    if (i == start || (s.at(start) == QLatin1Char('0') && i - start > 1))
        return false;
    *value = v;
    return true;
}

// "L:C-L:C" followed by the closing quote; i ends after the quote.
bool readSourcePos(QStringView s, qsizetype &i, int pos[4])
{
    for (int k = 0; k < 4; ++k) {
        if (!readNumber(s, i, &pos[k]) || i >= s.size())
            return false;
        const char sep = k == 1 ? '-' : (k == 3 ? '"' : ':');
        if (s.at(i) != QLatin1Char(sep))
            return false;
        ++i;
    }
    return true;
}

// Skips a tag's attributes up to and past '>'. False when the tag is odd enough to distrust.
bool readAttributes(QStringView s, qsizetype &i, bool *selfClosing, int *sourcePositions)
{
    *selfClosing = false;
    while (i < s.size()) {
        while (i < s.size() && isSpace(s.at(i)))
            ++i;
        if (i >= s.size())
            return false;
        if (s.at(i) == QLatin1Char('>')) {
            ++i;
            return true;
        }
        if (s.at(i) == QLatin1Char('/')) {
            ++i;
            if (i < s.size() && s.at(i) == QLatin1Char('>')) {
                *selfClosing = true;
                ++i;
                return true;
            }
            continue;
        }
        const qsizetype nameStart = i;
        while (i < s.size() && !isSpace(s.at(i)) && s.at(i) != QLatin1Char('/') && s.at(i) != QLatin1Char('>')
               && s.at(i) != QLatin1Char('='))
            ++i;
        const QStringView name = s.mid(nameStart, i - nameStart);
        if (name.contains(QLatin1Char('"')) || name.contains(QLatin1Char('\'')) || name.contains(QLatin1Char('<')))
            return false;
        // (Most elements carry it exactly so: the case-insensitive search only for other names.)
        const bool exact = name == QLatin1String("data-sourcepos");
        const bool sourcePos = exact || (name.size() > 14 && name.contains(QLatin1String("data-sourcepos"), Qt::CaseInsensitive))
            || (name.size() == 14 && name.compare(QLatin1String("data-sourcepos"), Qt::CaseInsensitive) == 0);
        while (i < s.size() && isSpace(s.at(i)))
            ++i;
        if (i >= s.size() || s.at(i) != QLatin1Char('=')) {
            if (sourcePos)
                return false;
            continue;
        }
        ++i;
        while (i < s.size() && isSpace(s.at(i)))
            ++i;
        if (i >= s.size())
            return false;
        if (sourcePos) {
            // Only exactly as the renderer writes it, so shifting its lines is plain text arithmetic.
            int pos[4];
            if (name != QLatin1String("data-sourcepos") || s.at(i) != QLatin1Char('"'))
                return false;
            ++i;
            if (!readSourcePos(s, i, pos))
                return false;
            ++*sourcePositions;
            continue;
        }
        const QChar quote = s.at(i);
        if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
            const qsizetype end = s.indexOf(quote, i + 1);
            if (end < 0)
                return false;
            i = end + 1;
        } else {
            while (i < s.size() && !isSpace(s.at(i)) && s.at(i) != QLatin1Char('>'))
                ++i;
        }
    }
    return false;
}

// Reads the tag name at i (up to a space, '/' or '>'; i ends after it): its index in allowedTags(),
// -1 when it is not listed.
int tagIndex(QStringView s, qsizetype &i)
{
    const qsizetype start = i;
    while (i < s.size() && !isSpace(s.at(i)) && s.at(i) != QLatin1Char('/') && s.at(i) != QLatin1Char('>'))
        ++i;
    const quint64 key = tagKey(s.mid(start, i - start));
    const std::vector<Tag> &tags = allowedTags();
    const auto it = std::lower_bound(tags.begin(), tags.end(), key, [](const Tag &t, quint64 k) { return t.key < k; });
    return key != 0 && it != tags.end() && it->key == key ? int(it - tags.begin()) : -1;
}

// Whether a stretch of text holds our attribute (or a NUL): the cheap character scans first.
bool suspiciousText(QStringView text)
{
    if (text.contains(QChar(0)))
        return true;
    return text.size() >= kSourcePos.size() && text.contains(QLatin1Char('"')) && text.contains(kSourcePos);
}

} // namespace

QList<qsizetype> HtmlBlocks::split(QStringView html)
{
    QList<qsizetype> starts{0};
    QVarLengthArray<int, 64> open;   // indexes in allowedTags()
    int sourcePositions = 0;
    qsizetype i = 0;
    while (i < html.size()) {
        const qsizetype lt = html.indexOf(QLatin1Char('<'), i);
        const QStringView text = html.mid(i, (lt < 0 ? html.size() : lt) - i);
        // Text that looks like our attribute would make the shifted comparison see one where the page has none.
        if (suspiciousText(text))
            return {};
        if (lt < 0)
            break;
        i = lt;
        // Most '<' open an element: the checks for comments, end tags and stray '<' only for the rest.
        if (i + 1 >= html.size() || !isAsciiLetter(html.at(i + 1))) {
            const QStringView rest = html.mid(i);
            if (rest.startsWith(QLatin1String("<!--"))) {
                if (rest.startsWith(QLatin1String("<!-->")) || rest.startsWith(QLatin1String("<!--->")))
                    return {};
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                if (end < 0 || html.mid(i, end - i).contains(QLatin1String("--!>")))
                    return {};
                i = end + 3;
                continue;
            }
            if (rest.startsWith(QLatin1String("<!")) || rest.startsWith(QLatin1String("<?")))
                return {};
            if (rest.startsWith(QLatin1String("</"))) {
                if (rest.size() < 3 || !isAsciiLetter(rest.at(2)))
                    return {};
                i += 2;
                const int tag = tagIndex(html, i);
                bool selfClosing = false;
                if (open.isEmpty() || open.last() != tag || !readAttributes(html, i, &selfClosing, &sourcePositions))
                    return {};
                open.removeLast();
                continue;
            }
            if (rest.size() < 2 || !isAsciiLetter(rest.at(1))) {
                ++i;   // a lone '<' is text
                continue;
            }
        }
        const qsizetype tagStart = i;
        ++i;
        const int tag = tagIndex(html, i);
        bool selfClosing = false;
        if (tag < 0 || !readAttributes(html, i, &selfClosing, &sourcePositions))
            return {};
        const bool isVoid = allowedTags()[size_t(tag)].isVoid;
        if (selfClosing && !isVoid)
            return {};   // "<div/>" opens a div in HTML
        if (open.isEmpty() && tagStart > 0)
            starts << tagStart;
        if (!isVoid)
            open.append(tag);
    }
    // Every "data-sourcepos=\"" in the text must be one of ours (not in a comment, a value, a longer
    // name), or comparing blocks with shifted lines would see attributes the page does not have.
    if (!open.isEmpty() || html.count(kSourcePos) != sourcePositions)
        return {};
    return starts;
}

QStringView HtmlBlocks::block(QStringView html, const QList<qsizetype> &starts, int index)
{
    const qsizetype begin = starts.at(index);
    const qsizetype end = index + 1 < starts.size() ? starts.at(index + 1) : html.size();
    return html.mid(begin, end - begin);
}

bool HtmlBlocks::sameShifted(QStringView a, QStringView b, int shift)
{
    if (shift == 0)
        return a == b;
    qsizetype i = 0, j = 0;
    while (true) {
        const qsizetype pa = a.indexOf(kSourcePos, i);
        const qsizetype pb = b.indexOf(kSourcePos, j);
        if (pa < 0 || pb < 0)
            return pa < 0 && pb < 0 && a.mid(i) == b.mid(j);
        if (pa - i != pb - j || a.mid(i, pa - i) != b.mid(j, pb - j))
            return false;
        i = pa + kSourcePos.size();
        j = pb + kSourcePos.size();
        int pos1[4], pos2[4];
        if (!readSourcePos(a, i, pos1) || !readSourcePos(b, j, pos2))
            return false;
        if (pos2[0] != pos1[0] + shift || pos2[2] != pos1[2] + shift || pos2[1] != pos1[1] || pos2[3] != pos1[3])
            return false;
    }
}

namespace {
// How many UTF-16 units A and B share at their start / end: memcmp over chunks, then unit by unit.
constexpr qsizetype kCompareChunk = 1024;

qsizetype commonPrefix(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i + kCompareChunk <= n && std::memcmp(a.data() + i, b.data() + i, kCompareChunk * sizeof(QChar)) == 0)
        i += kCompareChunk;
    while (i < n && a.at(i) == b.at(i))
        ++i;
    return i;
}

qsizetype commonSuffix(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    qsizetype i = 0;
    while (i + kCompareChunk <= n
           && std::memcmp(a.data() + a.size() - i - kCompareChunk, b.data() + b.size() - i - kCompareChunk,
                          kCompareChunk * sizeof(QChar)) == 0)
        i += kCompareChunk;
    while (i < n && a.at(a.size() - 1 - i) == b.at(b.size() - 1 - i))
        ++i;
    return i;
}

// The start line of the first data-sourcepos in the last block that has one; -1 when none.
int lastBlockLine(QStringView html, const QList<qsizetype> &starts)
{
    for (int k = int(starts.size()) - 1; k >= 0; --k) {
        const QStringView b = HtmlBlocks::block(html, starts, k);
        qsizetype at = b.indexOf(kSourcePos);
        if (at < 0)
            continue;
        at += kSourcePos.size();
        int pos[4];
        return readSourcePos(b, at, pos) ? pos[0] : -1;
    }
    return -1;
}
} // namespace

HtmlBlocks::Diff HtmlBlocks::diff(QStringView oldHtml, const QList<qsizetype> &oldStarts, QStringView newHtml,
                                  const QList<qsizetype> &newStarts)
{
    Diff d;
    const int oldCount = int(oldStarts.size());
    const int newCount = int(newStarts.size());
    const int shorter = std::min(oldCount, newCount);
    const auto oldEnd = [&](int k) { return k + 1 < oldCount ? oldStarts.at(k + 1) : oldHtml.size(); };
    const auto newEnd = [&](int k) { return k + 1 < newCount ? newStarts.at(k + 1) : newHtml.size(); };
    // The texts' common head found in bulk (memcmp): a block is kept when it lies in it at the same
    // place in both, which is block equality (blocks are contiguous slices), without comparing each
    // block of a 1 MB page per keystroke.
    const qsizetype head = commonPrefix(oldHtml, newHtml);
    while (d.keptHead < shorter && oldStarts.at(d.keptHead) == newStarts.at(d.keptHead)
           && oldEnd(d.keptHead) == newEnd(d.keptHead) && oldEnd(d.keptHead) <= head)
        ++d.keptHead;
    const int oldLine = lastBlockLine(oldHtml, oldStarts);
    const int newLine = lastBlockLine(newHtml, newStarts);
    d.lineShift = oldLine >= 0 && newLine >= 0 ? newLine - oldLine : 0;
    if (d.lineShift == 0) {
        // The same for the tail: blocks at the same distance from the end, inside the common tail.
        const qsizetype tail = commonSuffix(oldHtml, newHtml);
        while (d.keptTail < shorter - d.keptHead) {
            const int o = oldCount - 1 - d.keptTail, n = newCount - 1 - d.keptTail;
            const qsizetype fromEnd = oldHtml.size() - oldStarts.at(o);
            if (fromEnd != newHtml.size() - newStarts.at(n) || oldEnd(o) - oldStarts.at(o) != newEnd(n) - newStarts.at(n)
                || fromEnd > tail)
                break;
            ++d.keptTail;
        }
        return d;
    }
    while (d.keptTail < shorter - d.keptHead
           && sameShifted(block(oldHtml, oldStarts, oldCount - 1 - d.keptTail),
                          block(newHtml, newStarts, newCount - 1 - d.keptTail), d.lineShift))
        ++d.keptTail;
    return d;
}

} // namespace Lectern
