// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateformat.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace Lectern::DateFormat {

namespace {

// Date patterns Ruby's Time.parse reads that sites actually use; tried in order, the first whose
// output reproduces the text wins, so "02 June" keeps its zero and "2 June" does not gain one.
const QStringList &datePatterns()
{
    static const QStringList patterns = {
        QStringLiteral("yyyy-MM-dd"),     QStringLiteral("yyyy-M-d"),      QStringLiteral("d MMMM yyyy"),
        QStringLiteral("dd MMMM yyyy"),   QStringLiteral("d MMM yyyy"),    QStringLiteral("dd MMM yyyy"),
        QStringLiteral("MMMM d, yyyy"),   QStringLiteral("MMM d, yyyy"),   QStringLiteral("MMMM d yyyy"),
        QStringLiteral("yyyy/MM/dd"),     QStringLiteral("yyyy/M/d"),      QStringLiteral("dddd, d MMMM yyyy"),
        QStringLiteral("dddd, MMMM d, yyyy"),
    };
    return patterns;
}

const QStringList &timePatterns()
{
    static const QStringList patterns = {
        QString(),
        QStringLiteral(" HH:mm:ss"), QStringLiteral(" HH:mm"), QStringLiteral("'T'HH:mm:ss"),
        QStringLiteral("'T'HH:mm"),  QStringLiteral(" H:mm:ss"), QStringLiteral(" H:mm"),
        QStringLiteral(" HH:mm:ss.zzz"), QStringLiteral("'T'HH:mm:ss.zzz"),
    };
    return patterns;
}

struct Offset
{
    QString token;    // "" / " +hhmm" / " +hh:mm" / "+hh:mm" / "Z" / " UTC"
    int seconds = 0;
    bool present = false;
};

Offset splitOffset(QString *text)
{
    static const QRegularExpression tz(QStringLiteral("( ?)(UTC|GMT)?([+-])(\\d{2})(:?)(\\d{2})$"));
    Offset off;
    const QRegularExpressionMatch m = tz.match(*text);
    // A bare "-0700" only counts after a time, never as the end of "2024-08-16".
    if (m.hasMatch() && text->left(m.capturedStart()).contains(QLatin1Char(':'))) {
        off.present = true;
        off.seconds = (m.captured(4).toInt() * 3600 + m.captured(6).toInt() * 60)
                      * (m.captured(3) == QLatin1String("-") ? -1 : 1);
        off.token = m.captured(1) + m.captured(2)
                    + (m.captured(5).isEmpty() ? QStringLiteral("+hhmm") : QStringLiteral("+hh:mm"));
        text->truncate(m.capturedStart());
    } else if (text->endsWith(QLatin1Char('Z')) && text->contains(QLatin1Char(':'))) {
        off = {QStringLiteral("Z"), 0, true};
        text->chop(1);
    } else if (text->endsWith(QLatin1String(" UTC"))) {
        off = {QStringLiteral(" UTC"), 0, true};
        text->chop(4);
    }
    return off;
}

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
    Parsed result;
    QString text = input.trimmed();
    if (text.isEmpty())
        return result;
    const Offset off = splitOffset(&text);
    const QLocale c = QLocale::c();
    Parsed firstMatch;
    for (const QString &datePattern : datePatterns()) {
        for (const QString &timePattern : timePatterns()) {
            const QString pattern = datePattern + timePattern;
            QDateTime dt = c.toDateTime(text, pattern);
            if (!dt.isValid())
                continue;
            Parsed p;
            p.valid = true;
            p.hasTime = !timePattern.isEmpty();
            p.format = pattern + off.token;
            if (off.present)
                dt = QDateTime(dt.date(), dt.time(), QTimeZone(off.seconds));
            p.dateTime = dt;
            if (c.toString(dt.date().startOfDay().addMSecs(dt.time().msecsSinceStartOfDay()), pattern) == text)
                return p;
            if (!firstMatch.valid)
                firstMatch = p;
        }
    }
    return firstMatch;
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
    return format.contains(QLatin1Char('H'));   // every time pattern uses H; the offset token uses hh
}

QString defaultFormat()
{
    return QStringLiteral("yyyy-MM-dd");
}

} // namespace Lectern::DateFormat
