// SPDX-License-Identifier: GPL-3.0-or-later
#include "linediff.h"

#include <QStringList>

#include <vector>

namespace Lectern {

namespace {
constexpr qsizetype kContext = 3;
constexpr qsizetype kMaxCells = 4'000'000;   // beyond this, show the changed region as replaced
}

QString LineDiff::unified(const QString &oldText, const QString &newText, const QString &oldName,
                          const QString &newName)
{
    if (oldText == newText)
        return QString();
    const QStringList a = oldText.split(QLatin1Char('\n'));
    const QStringList b = newText.split(QLatin1Char('\n'));
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;

    QStringList out;
    out << QStringLiteral("--- ") + oldName << QStringLiteral("+++ ") + newName;
    const qsizetype from = std::max<qsizetype>(0, prefix - kContext);
    out << QStringLiteral("@@ -%1 +%1 @@").arg(from + 1);
    for (qsizetype i = from; i < prefix; ++i)
        out << QLatin1Char(' ') + a.at(i);
    if ((n + 1) * (m + 1) > kMaxCells) {
        for (qsizetype i = 0; i < n; ++i)
            out << QLatin1Char('-') + a.at(prefix + i);
        for (qsizetype j = 0; j < m; ++j)
            out << QLatin1Char('+') + b.at(prefix + j);
    } else {
        // Longest common subsequence of the middle lines, then walk it.
        std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[at(i, j)] = a.at(prefix + i) == b.at(prefix + j)
                    ? lcs[at(i + 1, j + 1)] + 1
                    : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
            }
        }
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                out << QLatin1Char(' ') + a.at(prefix + i);
                ++i;
                ++j;
            } else if (i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
                out << QLatin1Char('-') + a.at(prefix + i);
                ++i;
            } else {
                out << QLatin1Char('+') + b.at(prefix + j);
                ++j;
            }
        }
    }
    for (qsizetype i = 0; i < std::min(kContext, suffix); ++i)
        out << QLatin1Char(' ') + a.at(a.size() - suffix + i);
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Lectern
