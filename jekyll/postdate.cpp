// SPDX-License-Identifier: GPL-3.0-or-later
#include "postdate.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace Lectern::PostDate {

namespace {

const QRegularExpression &isoPrefix()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[ T])"));
    return re;
}

// Jekyll reads dates with Ruby's Time.parse; these are the spellings the corpus sites use.
const QStringList &textFormats()
{
    static const QStringList formats = {
        QStringLiteral("d MMMM yyyy"), QStringLiteral("d MMM yyyy"),  QStringLiteral("MMMM d, yyyy"),
        QStringLiteral("MMM d, yyyy"), QStringLiteral("MMMM d yyyy"), QStringLiteral("d MMMM, yyyy"),
    };
    return formats;
}

} // namespace

QString formatOf(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return QString();
    const QRegularExpressionMatch m = isoPrefix().match(v);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()).isValid()
                ? QStringLiteral("yyyy-MM-dd") : QString();
    const QLocale c = QLocale::c();
    for (const QString &f : textFormats()) {
        if (c.toDate(v, f).isValid())
            return f;
    }
    return QString();
}

QDate parse(const QString &value)
{
    const QString v = value.trimmed();
    const QRegularExpressionMatch m = isoPrefix().match(v);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QString f = formatOf(v);
    return f.isEmpty() ? QDate() : QLocale::c().toDate(v, f);
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
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})-"));
    const QRegularExpressionMatch m = re.match(fileName);
    return m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QDate();
}

QDate nextWeekday(QDate day)
{
    QDate next = day.addDays(1);
    while (next.dayOfWeek() > 5)
        next = next.addDays(1);
    return next;
}

} // namespace Lectern::PostDate
