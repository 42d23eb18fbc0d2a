// SPDX-License-Identifier: GPL-3.0-or-later
#include "postdate.h"

#include "jekylldate.h"

#include <QHash>
#include <QLocale>

namespace Lectern::PostDate {

// Reading is JekyllDate's (the one date parser); this file only picks and writes date-only styles.

QString formatOf(const QString &value)
{
    const JekyllDate::Fields f = JekyllDate::read(value);
    return f.valid ? f.format.left(f.dateFormatLength) : QString();
}

QDate parse(const QString &value)
{
    return JekyllDate::read(value).date;
}

QString mostCommonFormat(const QStringList &values)
{
    QHash<QString, int> counts;
    QString best = QStringLiteral("yyyy-MM-dd");
    int bestCount = 0;
    for (const QString &v : values) {
        const QString f = formatOf(v);
        if (f.isEmpty())
            continue;
        const int n = ++counts[f];
        if (n > bestCount) {
            bestCount = n;
            best = f;
        }
    }
    return best;
}

QString format(QDate date, const QString &format)
{
    return QLocale::c().toString(date, format);
}

QDate fromFileName(const QString &fileName)
{
    return JekyllDate::dateOfFileName(fileName);
}

QDate nextWeekday(QDate day)
{
    QDate next = day.addDays(1);
    while (next.dayOfWeek() > 5)
        next = next.addDays(1);
    return next;
}

} // namespace Lectern::PostDate
