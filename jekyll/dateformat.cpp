// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateformat.h"

#include "jekylldate.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace Lectern::DateFormat {

namespace {

// The offset token at the end of a format, removed from *pattern.
QString takeOffsetToken(QString *pattern)
{
    static const QRegularExpression token(QStringLiteral("( ?(?:UTC|GMT)?\\+hh:?mm| UTC|Z)$"));
    const QRegularExpressionMatch m = token.match(*pattern);
    if (!m.hasMatch())
        return QString();
    pattern->truncate(m.capturedStart());
    return m.captured(1);
}

QString writeOffset(const QString &token, int seconds)
{
    if (token == QLatin1String("Z") || token == QLatin1String(" UTC"))
        return token;
    const int abs = std::abs(seconds);
    const QString hh = QStringLiteral("%1").arg(abs / 3600, 2, 10, QLatin1Char('0'));
    const QString mm = QStringLiteral("%1").arg((abs % 3600) / 60, 2, 10, QLatin1Char('0'));
    const QString sign = seconds < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const QString lead = token.left(token.indexOf(QLatin1Char('+')));   // " ", "UTC", " GMT"...
    return lead + sign + hh + (token.contains(QLatin1Char(':')) ? QStringLiteral(":") : QString()) + mm;
}

} // namespace

Parsed parse(const QString &input)
{
    // The one reader of date texts (JekyllDate::read); this adds the "as written" QDateTime.
    const JekyllDate::Fields f = JekyllDate::read(input);
    Parsed result;
    if (!f.valid)
        return result;
    result.valid = true;
    result.hasTime = f.hasTime;
    result.format = f.format;
    result.dateTime = f.writtenOffset ? QDateTime(f.date, f.time, QTimeZone(f.writtenOffsetSeconds))
                                      : QDateTime(f.date, f.time);
    return result;
}

QString write(const QDateTime &value, const QString &format)
{
    QString pattern = format;
    const QString token = takeOffsetToken(&pattern);
    const QDateTime local(value.date(), value.time());
    QString out = QLocale::c().toString(local, pattern.isEmpty() ? defaultFormat() : pattern);
    if (!token.isEmpty())
        out += writeOffset(token, value.timeSpec() == Qt::OffsetFromUTC || value.timeSpec() == Qt::TimeZone
                                      ? value.offsetFromUtc() : 0);
    return out;
}

bool hasTime(const QString &format)
{
    QString pattern = format;
    takeOffsetToken(&pattern);   // the offset token's "hh" is no time of day
    return pattern.contains(QLatin1Char('H')) || pattern.contains(QLatin1Char('h'));
}

QString defaultFormat()
{
    return QStringLiteral("yyyy-MM-dd");
}

} // namespace Lectern::DateFormat
