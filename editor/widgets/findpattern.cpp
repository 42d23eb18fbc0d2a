// SPDX-License-Identifier: GPL-3.0-or-later
#include "findpattern.h"

namespace Lectern {

QRegularExpression findPattern(const QString &typed, bool matchCase, bool wholeWords, bool regex, QString *error, int *errorAt)
{
    error->clear();
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption | QRegularExpression::MultilineOption;
    if (!matchCase)
        options |= QRegularExpression::CaseInsensitiveOption;
    QString pattern = regex ? typed : QRegularExpression::escape(typed);
    if (regex) {
        // The error's offset counts in what the user typed, before the whole-word wrapping below.
        const QRegularExpression check(pattern, options);
        if (!check.isValid()) {
            *error = check.errorString();
            *errorAt = int(check.patternErrorOffset());
            return {};
        }
    }
    if (wholeWords)
        pattern = QStringLiteral("(?<!\\w)(?:") + pattern + QStringLiteral(")(?!\\w)");
    return QRegularExpression(pattern, options);
}

QString expandReplacement(const QString &replacement, const QRegularExpressionMatch &match, bool regex)
{
    if (!regex)
        return replacement;
    const int groups = match.regularExpression().captureCount();
    QString out;
    out.reserve(replacement.size());
    const qsizetype n = replacement.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = replacement.at(i);
        const bool escape = c == QLatin1Char('\\') || c == QLatin1Char('$');
        if (!escape || i + 1 == n) {
            out += c;
            continue;
        }
        const QChar d = replacement.at(i + 1);
        if (d.isDigit() && d.unicode() < 128) {
            int group = d.digitValue();
            ++i;
            if (i + 1 < n && replacement.at(i + 1).isDigit() && replacement.at(i + 1).unicode() < 128) {
                const int two = group * 10 + replacement.at(i + 1).digitValue();
                if (two <= groups) {
                    group = two;
                    ++i;
                }
            }
            out += match.captured(group);
        } else if (d == c) {
            out += c;   // "\\" or "$$"
            ++i;
        } else if (c == QLatin1Char('\\') && d == QLatin1Char('n')) {
            out += QLatin1Char('\n');
            ++i;
        } else if (c == QLatin1Char('\\') && d == QLatin1Char('t')) {
            out += QLatin1Char('\t');
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace Lectern
