// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownoutline.h"

#include <algorithm>

namespace Lectern::MarkdownOutline {

namespace {

// Columns of leading blanks (a tab to the next multiple of 4, CommonMark §2.2) and where the text starts.
int indentOf(QStringView line, qsizetype *start)
{
    int columns = 0;
    qsizetype i = 0;
    for (; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char(' '))
            ++columns;
        else if (line.at(i) == QLatin1Char('\t'))
            columns += 4 - columns % 4;
        else
            break;
    }
    *start = i;
    return columns;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// A fence opening: its character and length (0 when the line is none).
int fenceRun(QStringView rest, QChar *marker)
{
    if (rest.isEmpty() || (rest.at(0) != QLatin1Char('`') && rest.at(0) != QLatin1Char('~')))
        return 0;
    const QChar c = rest.at(0);
    qsizetype n = 0;
    while (n < rest.size() && rest.at(n) == c)
        ++n;
    if (n < 3)
        return 0;
    if (c == QLatin1Char('`') && rest.mid(n).contains(QLatin1Char('`')))
        return 0;   // a backtick fence's info string has no backtick (§4.5)
    *marker = c;
    return int(n);
}

// "# Title #" -> level 1, "Title"; 0 when REST (the line after its indent) is no ATX heading.
int atxHeading(QStringView rest, QString *text)
{
    qsizetype n = 0;
    while (n < rest.size() && rest.at(n) == QLatin1Char('#'))
        ++n;
    if (n < 1 || n > 6 || (n < rest.size() && rest.at(n) != QLatin1Char(' ') && rest.at(n) != QLatin1Char('\t')))
        return 0;
    QStringView content = rest.mid(n).trimmed();
    // The closing run: '#'s preceded by a blank (or the whole content).
    qsizetype end = content.size();
    while (end > 0 && content.at(end - 1) == QLatin1Char('#'))
        --end;
    if (end == 0)
        content = QStringView();
    else if (end < content.size() && (content.at(end - 1) == QLatin1Char(' ') || content.at(end - 1) == QLatin1Char('\t')))
        content = content.left(end).trimmed();
    // kramdown's "{#id}" at the end.
    if (content.endsWith(QLatin1Char('}'))) {
        const qsizetype open = content.lastIndexOf(QLatin1String("{#"));
        if (open > 0 && (content.at(open - 1) == QLatin1Char(' ') || content.at(open - 1) == QLatin1Char('\t')))
            content = content.left(open).trimmed();
    }
    *text = content.toString();
    return int(n);
}

// 1 for "===", 2 for "---" (REST after an indent of at most 3), else 0.
int setextUnderline(QStringView rest)
{
    const QStringView run = rest.trimmed();
    if (run.isEmpty() || (run.at(0) != QLatin1Char('=') && run.at(0) != QLatin1Char('-')))
        return 0;
    for (QChar c : run) {
        if (c != run.at(0))
            return 0;
    }
    return run.at(0) == QLatin1Char('=') ? 1 : 2;
}

// A list item or block quote start: such a paragraph is no setext heading's text.
bool startsContainer(QStringView rest)
{
    if (rest.startsWith(QLatin1Char('>')))
        return true;
    if (rest.size() >= 1 && (rest.at(0) == QLatin1Char('-') || rest.at(0) == QLatin1Char('*') || rest.at(0) == QLatin1Char('+')))
        return rest.size() == 1 || rest.at(1) == QLatin1Char(' ') || rest.at(1) == QLatin1Char('\t');
    qsizetype n = 0;
    while (n < rest.size() && n < 9 && rest.at(n).isDigit())
        ++n;
    return n > 0 && n < rest.size() && (rest.at(n) == QLatin1Char('.') || rest.at(n) == QLatin1Char(')'))
        && (n + 1 == rest.size() || rest.at(n + 1) == QLatin1Char(' ') || rest.at(n + 1) == QLatin1Char('\t'));
}

bool isThematicBreak(QStringView rest)
{
    if (rest.isEmpty())
        return false;
    const QChar c = rest.at(0);
    if (c != QLatin1Char('-') && c != QLatin1Char('*') && c != QLatin1Char('_'))
        return false;
    int count = 0;
    for (QChar ch : rest) {
        if (ch == c)
            ++count;
        else if (ch != QLatin1Char(' ') && ch != QLatin1Char('\t'))
            return false;
    }
    return count >= 3;
}

} // namespace

QList<Heading> headings(QStringView body)
{
    QList<Heading> out;
    QChar fence;
    int fenceLength = 0;      // > 0 inside a fenced code block
    bool inComment = false;   // inside <!-- … -->
    int paragraphLine = 0;    // first line of the open paragraph; 0 when none
    bool paragraphIsContainer = false;
    QString paragraph;
    int lineNumber = 0;
    qsizetype at = 0;
    while (at <= body.size()) {
        qsizetype end = body.indexOf(QLatin1Char('\n'), at);
        if (end < 0)
            end = body.size();
        QStringView line = body.mid(at, end - at);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        ++lineNumber;
        at = end + 1;

        qsizetype start = 0;
        const int indent = indentOf(line, &start);
        const QStringView rest = line.mid(start);
        if (fenceLength > 0) {
            QChar closing;
            const int run = indent < 4 ? fenceRun(rest, &closing) : 0;
            if (run >= fenceLength && closing == fence && rest.mid(run).trimmed().isEmpty())
                fenceLength = 0;
            continue;
        }
        if (inComment) {
            if (line.contains(QLatin1String("-->")))
                inComment = false;
            continue;
        }
        if (isBlank(line)) {
            paragraphLine = 0;
            continue;
        }
        if (indent >= 4 && paragraphLine == 0)
            continue;   // indented code
        if (indent < 4) {
            QChar marker;
            if (const int run = fenceRun(rest, &marker)) {
                fence = marker;
                fenceLength = run;
                paragraphLine = 0;
                continue;
            }
            if (rest.startsWith(QLatin1String("<!--"))) {
                inComment = !rest.mid(4).contains(QLatin1String("-->"));
                paragraphLine = 0;
                continue;
            }
            QString text;
            if (const int level = atxHeading(rest, &text)) {
                out.append({lineNumber, level, text});
                paragraphLine = 0;
                continue;
            }
            if (paragraphLine > 0 && !paragraphIsContainer) {
                if (const int level = setextUnderline(rest)) {
                    out.append({paragraphLine, level, paragraph});
                    paragraphLine = 0;
                    continue;
                }
            }
            if (isThematicBreak(rest)) {
                paragraphLine = 0;
                continue;
            }
        }
        if (paragraphLine == 0) {
            paragraphLine = lineNumber;
            paragraphIsContainer = startsContainer(rest);
            paragraph = paragraphIsContainer ? QString() : rest.trimmed().toString();
        } else if (!paragraphIsContainer) {
            paragraph += QLatin1Char(' ') + line.trimmed().toString();
        }
    }
    return out;
}

int sectionAt(const QList<Heading> &headings, int line)
{
    const auto after = std::upper_bound(headings.cbegin(), headings.cend(), line,
                                        [](int l, const Heading &h) { return l < h.line; });
    return int(after - headings.cbegin()) - 1;
}

} // namespace Lectern::MarkdownOutline
