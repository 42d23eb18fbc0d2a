// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelines.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <vector>

namespace Lectern {

namespace {

// How far ahead a moved-on line is looked for: a Liquid loop or a removed block rarely spans more.
constexpr int kWindow = 64;

QList<QStringView> linesOf(const QString &text)
{
    return QStringView(text).split(QLatin1Char('\n'));
}

// A top-level element of an HTML fragment: where its tag name ends (the place for an attribute),
// its opening tag, and its key for matching (name and folded text).
struct TopLevel
{
    qsizetype nameEnd = 0;
    QString openTag;
    QString key;
};

// The text of HTML[from, to) as the block comparison sees it: tags dropped, white space collapsed,
// curly quotes, dashes, ellipsis and guillemets folded to ASCII (the two renders may differ there).
QString foldedText(QStringView html)
{
    QString out;
    bool inTag = false, space = false;
    for (const QChar c : html) {
        if (c == QLatin1Char('<')) {
            inTag = true;
            continue;
        }
        if (inTag) {
            inTag = c != QLatin1Char('>');
            continue;
        }
        if (c.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += QLatin1Char(' ');
        space = false;
        switch (c.unicode()) {
        case 0x2018: case 0x2019: out += QLatin1Char('\''); break;
        case 0x201c: case 0x201d: out += QLatin1Char('"'); break;
        case 0x2013: out += QLatin1String("--"); break;
        case 0x2014: out += QLatin1String("---"); break;
        case 0x2026: out += QLatin1String("..."); break;
        case 0xab: out += QLatin1String("<<"); break;
        case 0xbb: out += QLatin1String(">>"); break;
        default: out += c;
        }
    }
    return out;
}

// A plain tag-depth scan: comments skipped, void elements and self-closed tags do not nest.
QList<TopLevel> topLevelElements(const QString &html)
{
    static const QRegularExpression token(QStringLiteral("<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9-]*)[^>]*?(/?)>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QStringList voids = {QStringLiteral("area"), QStringLiteral("base"), QStringLiteral("br"),
                                      QStringLiteral("col"), QStringLiteral("embed"), QStringLiteral("hr"),
                                      QStringLiteral("img"), QStringLiteral("input"), QStringLiteral("link"),
                                      QStringLiteral("meta"), QStringLiteral("source"), QStringLiteral("track"),
                                      QStringLiteral("wbr")};
    QList<TopLevel> found;
    qsizetype start = 0;
    int depth = 0;
    auto it = token.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(2).isEmpty())
            continue;   // a comment
        const bool closing = !m.captured(1).isEmpty();
        const bool single = !m.captured(3).isEmpty() || voids.contains(m.captured(2).toLower());
        if (closing) {
            depth = qMax(0, depth - 1);
            if (depth == 0 && !found.isEmpty())
                found.last().key += foldedText(QStringView(html).mid(start, m.capturedEnd() - start));
            continue;
        }
        if (depth == 0) {
            found.append({m.capturedEnd(2), m.captured(0), m.captured(2).toLower() + QLatin1Char('|')});
            start = m.capturedStart();
        }
        if (!single)
            ++depth;
    }
    return found;
}

} // namespace

QString SourceLines::copyPositions(const QString &exact, const QString &builtIn)
{
    const QList<TopLevel> e = topLevelElements(exact);
    const QList<TopLevel> b = topLevelElements(builtIn);
    if (e.isEmpty() || b.isEmpty())
        return exact;
    // match[i]: the built-in element paired with exact element i, or -1.
    QList<qsizetype> match(e.size(), -1);
    const qsizetype n = e.size(), m = b.size();
    if (n * m > 4000000) {
        if (n == m) {
            for (qsizetype i = 0; i < n; ++i)
                match[i] = i;
        }
    } else {
        // Longest common subsequence of the keys; lengths of the suffixes e[i..], b[j..].
        std::vector<int> length(size_t((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                length[at(i, j)] = e.at(i).key == b.at(j).key ? length[at(i + 1, j + 1)] + 1
                                                              : std::max(length[at(i + 1, j)], length[at(i, j + 1)]);
            }
        }
        for (qsizetype i = 0, j = 0; i < n && j < m;) {
            if (e.at(i).key == b.at(j).key) {
                match[i++] = j++;
            } else if (length[at(i + 1, j)] >= length[at(i, j + 1)]) {
                ++i;
            } else {
                ++j;
            }
        }
        // Unmatched elements between two matched ones, as many on each side, are counterparts too
        // (a block whose text differs a little: a Liquid value, a typography rule).
        for (qsizetype i = 0; i < n; ++i) {
            if (match[i] >= 0)
                continue;
            qsizetype end = i;
            while (end < n && match[end] < 0)
                ++end;
            const qsizetype from = i == 0 ? 0 : match[i - 1] + 1;
            const qsizetype to = end == n ? m : match[end];
            if (to - from == end - i) {
                for (qsizetype k = i; k < end; ++k)
                    match[k] = from + (k - i);
            }
            i = end;
        }
    }
    static const QRegularExpression position(QStringLiteral("\\sdata-sourcepos=\"[^\"]*\""));
    QString out = exact;
    for (qsizetype i = n - 1; i >= 0; --i) {   // from the end: earlier offsets stay valid
        if (match[i] < 0 || e.at(i).openTag.contains(QLatin1String("data-sourcepos")))
            continue;
        const QRegularExpressionMatch from = position.match(b.at(match[i]).openTag);
        if (from.hasMatch())
            out.insert(e.at(i).nameEnd, from.captured(0));
    }
    return out;
}

QVector<int> SourceLines::align(const QString &rendered, const QString &source)
{
    const QList<QStringView> from = linesOf(rendered);
    const QList<QStringView> to = linesOf(source);
    QVector<int> map(from.size(), 1);
    qsizetype j = 0;   // the next unmatched source line
    for (qsizetype i = 0; i < from.size(); ++i) {
        const QStringView line = from.at(i);
        if (j < to.size() && line == to.at(j)) {
            map[i] = int(j++) + 1;
            continue;
        }
        // Blank lines are everywhere: they only match in place. Others may be found a little ahead
        // (the source lines between were dropped, e.g. an {% if %} that was false).
        qsizetype found = -1;
        if (!line.trimmed().isEmpty()) {
            for (qsizetype k = j + 1; k < to.size() && k <= j + kWindow; ++k) {
                if (to.at(k) == line) {
                    found = k;
                    break;
                }
            }
        }
        if (found >= 0) {
            j = found;
            map[i] = int(j++) + 1;
        } else {
            // Made by Liquid or changed by kramdown: it belongs to the source line being read.
            map[i] = int(std::min(j, to.size() - 1)) + 1;
        }
    }
    return map;
}

QString SourceLines::remap(const QString &html, const QVector<int> &map)
{
    static const QRegularExpression pos(QStringLiteral("data-sourcepos=\"(\\d+):(\\d+)-(\\d+):(\\d+)\""));
    const auto line = [&map](QStringView number) {
        const int n = number.toInt();
        return n >= 1 && n <= map.size() ? map.at(n - 1) : n;
    };
    QString out;
    out.reserve(html.size());
    qsizetype at = 0;
    auto it = pos.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(html).mid(at, m.capturedStart() - at);
        out += QLatin1String("data-sourcepos=\"") + QString::number(line(m.capturedView(1))) + QLatin1Char(':')
               + m.capturedView(2) + QLatin1Char('-') + QString::number(line(m.capturedView(3))) + QLatin1Char(':')
               + m.capturedView(4) + QLatin1Char('"');
        at = m.capturedEnd();
    }
    out += QStringView(html).mid(at);
    return out;
}

} // namespace Lectern
