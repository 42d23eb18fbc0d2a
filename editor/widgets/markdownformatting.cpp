// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownformatting.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

namespace Lectern::MarkdownFormatting {

namespace {

qsizetype lineStart(const QString &text, qsizetype pos)
{
    if (pos <= 0)
        return 0;
    return text.lastIndexOf(QLatin1Char('\n'), pos - 1) + 1;   // -1 + 1 when there is none
}

qsizetype lineEnd(const QString &text, qsizetype pos)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
    return end < 0 ? text.size() : end;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('\'') || c.isMark();
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QChar::Nbsp;
}

// A list item's start (CommonMark §5.2, GFM task box), possibly inside block quotes (§5.1):
// 1 quote markers, 2 indentation, 3 bullet, 4 number, 5 delimiter, 6 spacing, 7 task box.
const QRegularExpression &itemPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^((?:[ \\t]{0,3}>[ \\t]?)*)([ \\t]*)(?:([-*+])|([0-9]{1,9})([.)]))([ \\t]+|$)(\\[[ xX]\\](?:[ \\t]+|$))?"));
    return pattern;
}

const QRegularExpression &quotePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(?:[ \\t]{0,3}>[ \\t]?)+"));
    return pattern;
}

// "* * *", "---": a thematic break (§4.1), not an empty list item.
bool isThematicBreak(QStringView line)
{
    static const QRegularExpression pattern(QStringLiteral("^[ \\t]{0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$"));
    return pattern.match(line).hasMatch();
}

// A list item line: the match, or none for other lines and thematic breaks.
QRegularExpressionMatch matchItem(QStringView line)
{
    QRegularExpressionMatch match = itemPattern().match(line);
    if (match.hasMatch() && isThematicBreak(line.mid(match.capturedEnd(1))))
        return {};
    return match;
}

struct Piece
{
    qsizetype position = 0;
    qsizetype removed = 0;
    QString inserted;
};

// Where position p lands after pieces (sorted, apart) are applied; inside a removed range, at its start.
qsizetype mapPosition(qsizetype p, const QList<Piece> &pieces)
{
    qsizetype out = p;
    for (const Piece &piece : pieces) {
        if (p >= piece.position + piece.removed)
            out += piece.inserted.size() - piece.removed;
        else if (p > piece.position)
            out -= p - piece.position;
    }
    return out;
}

// The pieces as one replacement of the range from the first to the end of the last.
TextEdit joinPieces(const QString &text, const QList<Piece> &pieces, qsizetype anchor, qsizetype cursor)
{
    TextEdit edit;
    edit.anchor = mapPosition(anchor, pieces);
    edit.cursor = mapPosition(cursor, pieces);
    if (pieces.isEmpty()) {
        edit.position = cursor;
        return edit;
    }
    edit.position = pieces.first().position;
    qsizetype at = edit.position;
    for (const Piece &piece : pieces) {
        edit.text += QStringView(text).mid(at, piece.position - at);
        edit.text += piece.inserted;
        at = piece.position + piece.removed;
    }
    edit.length = at - edit.position;
    return edit;
}

QString markerOf(Span span)
{
    switch (span) {
    case Span::Strong:
        return QStringLiteral("**");
    case Span::Emphasis:
        return QStringLiteral("*");
    case Span::Code:
        break;
    }
    return QStringLiteral("`");
}

} // namespace

TextEdit toggleSpan(const QString &text, qsizetype start, qsizetype end, Span span)
{
    const QString marker = markerOf(span);
    const qsizetype m = marker.size();
    qsizetype s = std::clamp<qsizetype>(std::min(start, end), 0, text.size());
    qsizetype e = std::clamp<qsizetype>(std::max(start, end), 0, text.size());
    const qsizetype caret = s;
    const bool onWord = s == e;
    if (onWord) {
        while (s > 0 && isWordChar(text.at(s - 1)))
            --s;
        while (e < text.size() && isWordChar(text.at(e)))
            ++e;
    } else {
        while (s < e && isBlank(text.at(s)))
            ++s;
        while (e > s && isBlank(text.at(e - 1)))
            --e;
    }
    if (s == e) {
        // Nothing to format: between an empty pair the pair goes, else a new pair around the cursor.
        if (s >= m && QStringView(text).mid(s - m, m) == marker && QStringView(text).mid(s, m) == marker)
            return {s - m, 2 * m, QString(), s - m, s - m};
        return {s, 0, marker + marker, s + m, s + m};
    }

    QList<QChar> kinds;
    if (span == Span::Code)
        kinds = {QLatin1Char('`')};
    else
        kinds = {QLatin1Char('*'), QLatin1Char('_')};
    for (const QChar c : std::as_const(kinds)) {
        // The markers may be selected with the text: then the text between them is the content.
        qsizetype cs = s;
        qsizetype ce = e;
        qsizetype inLeft = 0;
        while (s + inLeft < e && text.at(s + inLeft) == c)
            ++inLeft;
        qsizetype inRight = 0;
        while (e - inRight > s + inLeft && text.at(e - 1 - inRight) == c)
            ++inRight;
        if (inLeft > 0 && inRight > 0 && inLeft + inRight < e - s) {
            cs = s + inLeft;
            ce = e - inRight;
        }
        qsizetype left = 0;
        while (cs - left > 0 && text.at(cs - left - 1) == c)
            ++left;
        qsizetype right = 0;
        while (ce + right < text.size() && text.at(ce + right) == c)
            ++right;
        const qsizetype run = std::min(left, right);
        // "***x***" is strong and emphasis at once: strong takes two markers, emphasis one.
        qsizetype remove = 0;
        if (span == Span::Strong && run >= 2)
            remove = 2;
        else if (span == Span::Emphasis && run % 2 == 1)
            remove = 1;
        else if (span == Span::Code && run >= 1)
            remove = run;
        if (remove == 0)
            continue;
        TextEdit edit{cs - remove, ce - cs + 2 * remove, text.mid(cs, ce - cs), cs - remove, ce - remove};
        if (onWord)
            edit.anchor = edit.cursor = std::clamp(caret - remove, cs - remove, ce - remove);
        return edit;
    }
    TextEdit edit{s, e - s, marker + QStringView(text).mid(s, e - s) + marker, s + m, e + m};
    if (onWord)
        edit.anchor = edit.cursor = caret + m;
    return edit;
}

TextEdit toggleHeading(const QString &text, qsizetype cursor, int level)
{
    level = std::clamp(level, 1, 6);
    cursor = std::clamp<qsizetype>(cursor, 0, text.size());
    const qsizetype start = lineStart(text, cursor);
    const QStringView line = QStringView(text).mid(start, lineEnd(text, cursor) - start);
    qsizetype indent = 0;
    while (indent < 3 && indent < line.size() && line.at(indent) == QLatin1Char(' '))
        ++indent;
    qsizetype hashes = 0;
    while (indent + hashes < line.size() && line.at(indent + hashes) == QLatin1Char('#'))
        ++hashes;
    qsizetype prefixEnd = indent;
    bool heading = false;
    if (hashes >= 1 && hashes <= 6 && (indent + hashes == line.size() || isBlank(line.at(indent + hashes)))) {
        heading = true;
        prefixEnd = indent + hashes;
        while (prefixEnd < line.size() && isBlank(line.at(prefixEnd)))
            ++prefixEnd;
    }
    const QString prefix = heading && hashes == level ? QString() : QString(level, QLatin1Char('#')) + QLatin1Char(' ');
    const qsizetype offset = cursor - start;
    const qsizetype moved = offset >= prefixEnd ? offset - (prefixEnd - indent) + prefix.size() : indent + prefix.size();
    return {start + indent, prefixEnd - indent, prefix, start + moved, start + moved};
}

std::optional<TextEdit> continueBlock(const QString &text, qsizetype cursor)
{
    if (cursor < 0 || cursor > text.size())
        return std::nullopt;
    const qsizetype start = lineStart(text, cursor);
    const qsizetype end = lineEnd(text, cursor);
    const QStringView line = QStringView(text).mid(start, end - start);
    const QRegularExpressionMatch item = matchItem(line);
    qsizetype contentStart = 0;
    QString prefix;
    QString quote;
    if (item.hasMatch()) {
        contentStart = item.capturedEnd(0);
        quote = item.captured(1);
        prefix = quote + item.captured(2);
        if (item.capturedLength(3) > 0)
            prefix += item.captured(3);
        else
            prefix += QString::number(item.captured(4).toLongLong() + 1) + item.captured(5);
        prefix += item.capturedLength(6) > 0 ? item.captured(6) : QStringLiteral(" ");
        if (item.capturedLength(7) > 0)
            prefix += QStringLiteral("[ ] ");
    } else {
        const QRegularExpressionMatch match = quotePattern().match(line);
        if (!match.hasMatch())
            return std::nullopt;
        contentStart = match.capturedEnd(0);
        prefix = match.captured(0);
    }
    if (cursor - start < contentStart)
        return std::nullopt;   // Enter before the marker: an ordinary new line
    if (line.mid(contentStart).trimmed().isEmpty()) {
        // An empty nested item moves out a level (as Shift+Tab), as word processors do.
        if (item.hasMatch() && item.capturedLength(2) > 0)
            return shiftListItems(text, cursor, cursor, true);
        // An empty item ends the list (a list in a quote keeps the quote); an empty quote line ends the
        // quote. The line is left blank and the cursor goes to the next one: what is typed there is a
        // paragraph of its own, not a lazy continuation of the item above (CommonMark §5.1).
        QString kept = item.hasMatch() ? quote : QString();
        QString blank = kept;
        while (!blank.isEmpty() && isBlank(blank.back()))
            blank.chop(1);
        const QString inserted = blank + QLatin1Char('\n') + kept;
        return TextEdit{start, end - start, inserted, start + inserted.size(), start + inserted.size()};
    }
    // Blanks after the cursor would land between the new marker and the moved text: they go.
    qsizetype blanks = 0;
    while (cursor + blanks < end && isBlank(text.at(cursor + blanks)))
        ++blanks;
    const QString inserted = QLatin1Char('\n') + prefix;
    return TextEdit{cursor, blanks, inserted, cursor + inserted.size(), cursor + inserted.size()};
}

std::optional<TextEdit> shiftListItems(const QString &text, qsizetype start, qsizetype end, bool outdent)
{
    const qsizetype s = std::clamp<qsizetype>(std::min(start, end), 0, text.size());
    qsizetype e = std::clamp<qsizetype>(std::max(start, end), 0, text.size());
    if (e > s && e == lineStart(text, e))
        e -= 1;   // a selection ending at a line's start leaves that line alone
    qsizetype at = lineStart(text, s);
    if (!matchItem(QStringView(text).mid(at, lineEnd(text, at) - at)).hasMatch())
        return std::nullopt;
    QList<Piece> pieces;
    while (true) {
        const qsizetype lineStop = lineEnd(text, at);
        const QRegularExpressionMatch item = matchItem(QStringView(text).mid(at, lineStop - at));
        if (item.hasMatch()) {
            const qsizetype width = item.capturedLength(3) > 0 ? 2 : item.capturedLength(4) + 2;
            const qsizetype indentAt = at + item.capturedEnd(1);
            if (!outdent) {
                pieces.append({indentAt, 0, QString(width, QLatin1Char(' '))});
            } else {
                const QString indent = item.captured(2);
                qsizetype remove = 0;
                if (indent.startsWith(QLatin1Char('\t'))) {
                    remove = 1;
                } else {
                    while (remove < width && remove < indent.size() && indent.at(remove) == QLatin1Char(' '))
                        ++remove;
                }
                if (remove > 0)
                    pieces.append({indentAt, remove, QString()});
            }
        }
        if (lineStop >= e || lineStop >= text.size())
            break;
        at = lineStop + 1;
    }
    return joinPieces(text, pieces, start, end);
}

std::pair<qsizetype, qsizetype> linkRange(const QString &text, qsizetype start, qsizetype end)
{
    qsizetype s = std::clamp<qsizetype>(std::min(start, end), 0, text.size());
    qsizetype e = std::clamp<qsizetype>(std::max(start, end), 0, text.size());
    if (s == e) {
        while (s > 0 && isWordChar(text.at(s - 1)))
            --s;
        while (e < text.size() && isWordChar(text.at(e)))
            ++e;
    }
    return {s, e};
}

TextEdit makeLink(const QString &text, qsizetype start, qsizetype end, const QString &label, const QString &target)
{
    const auto [s, e] = linkRange(text, start, end);
    const QString shown = label.isEmpty() ? text.mid(s, e - s) : label;
    QString escaped;
    escaped.reserve(shown.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QChar c = shown.at(i);
        // An existing escape stays as it is; a bare bracket or backslash gets one.
        if (c == QLatin1Char('\\') && i + 1 < shown.size() && shown.at(i + 1).isPunct()) {
            escaped += c;
            escaped += shown.at(++i);
            continue;
        }
        if (c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    TextEdit edit;
    edit.position = s;
    edit.length = e - s;
    edit.text = QLatin1Char('[') + escaped + QStringLiteral("](") + target + QLatin1Char(')');
    edit.anchor = edit.cursor = s + edit.text.size();
    return edit;
}

} // namespace Lectern::MarkdownFormatting
