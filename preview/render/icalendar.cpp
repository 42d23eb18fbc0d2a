// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendar.h"

#include "eventtime.h"

#include <QCryptographicHash>
#include <QTimeZone>

namespace Lectern {

namespace {

QString localStamp(const QDateTime &dt)
{
    return dt.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString offset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    seconds = qAbs(seconds);
    return sign + QStringLiteral("%1%2").arg(seconds / 3600, 2, 10, QLatin1Char('0')).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString ICalendar::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case ';': out += QLatin1String("\\;"); break;
        case ',': out += QLatin1String("\\,"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': break;
        default: out += c;
        }
    }
    return out;
}

QByteArray ICalendar::foldLine(const QByteArray &line)
{
    // At most 75 octets per physical line, never splitting a UTF-8 sequence.
    QByteArray out;
    int lineOctets = 0;
    for (int i = 0; i < line.size();) {
        int len = 1;
        const uchar c = uchar(line.at(i));
        if (c >= 0xf0) len = 4;
        else if (c >= 0xe0) len = 3;
        else if (c >= 0xc0) len = 2;
        if (lineOctets + len > 75) {
            out += "\r\n ";
            lineOctets = 1;
        }
        out += line.mid(i, len);
        lineOctets += len;
        i += len;
    }
    return out + "\r\n";
}

QString ICalendar::timeZoneBlock(const QString &zoneId, const QDateTime &from, const QDateTime &to)
{
    const QTimeZone tz(zoneId.toUtf8());
    if (!tz.isValid())
        return QString();
    QString block = QLatin1String("BEGIN:VTIMEZONE\nTZID:") + zoneId + QLatin1Char('\n');
    // The onset in force at `from` first: an observance starting after the event (March for a
    // January event) leaves the event's own local time undefined, and clients guess an hour off.
    QTimeZone::OffsetDataList transitions;
    const QTimeZone::OffsetData before = tz.previousTransition(from.toUTC().addSecs(1));
    if (before.atUtc.isValid())
        transitions << before;
    transitions += tz.transitions(from.toUTC().addSecs(1), to.toUTC());
    const QTimeZone::OffsetData after = tz.nextTransition(to.toUTC());
    if (after.atUtc.isValid())
        transitions << after;
    if (transitions.isEmpty()) {
        const int off = tz.offsetFromUtc(from);
        block += QLatin1String("BEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:") + offset(off)
                 + QLatin1String("\nTZOFFSETTO:") + offset(off) + QLatin1String("\nEND:STANDARD\n");
    }
    for (const QTimeZone::OffsetData &t : std::as_const(transitions)) {
        const int previous = tz.offsetFromUtc(t.atUtc.addSecs(-1));
        const QString kind = t.daylightTimeOffset != 0 ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
        // DTSTART of an observance is local time before the change.
        const QDateTime local = t.atUtc.toOffsetFromUtc(previous);
        block += QLatin1String("BEGIN:") + kind + QLatin1String("\nDTSTART:") + localStamp(local)
                 + QLatin1String("\nTZOFFSETFROM:") + offset(previous) + QLatin1String("\nTZOFFSETTO:")
                 + offset(t.offsetFromUtc) + QLatin1String("\nTZNAME:") + t.abbreviation
                 + QLatin1String("\nEND:") + kind + QLatin1Char('\n');
    }
    return block + QLatin1String("END:VTIMEZONE\n");
}

QByteArray ICalendar::write(const EventTime &time, const Event &event)
{
    QString text = QStringLiteral("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Lectern//Lectern %1//EN\nCALSCALE:GREGORIAN\nMETHOD:PUBLISH\n")
                       .arg(QStringLiteral(LECTERN_VERSION));
    const QString zone = time.timeZoneId();
    const bool utc = zone == QLatin1String("UTC");
    if (!utc)
        text += timeZoneBlock(zone, time.start(), time.end().isValid() ? time.end() : time.start());
    const QDateTime stamp = (event.stamp.isValid() ? event.stamp : QDateTime::currentDateTimeUtc()).toUTC();
    QString uid = event.uid;
    if (uid.isEmpty())
        uid = QString::fromLatin1(QCryptographicHash::hash((event.url + localStamp(time.start())).toUtf8(), QCryptographicHash::Sha1).toHex().left(24))
              + QLatin1String("@lectern");
    auto when = [&](const char *name, const QDateTime &dt) -> QString {
        if (utc)
            return QLatin1String(name) + QLatin1Char(':') + localStamp(dt.toUTC()) + QLatin1String("Z\n");
        return QLatin1String(name) + QLatin1String(";TZID=") + zone + QLatin1Char(':') + localStamp(dt) + QLatin1Char('\n');
    };
    text += QLatin1String("BEGIN:VEVENT\nUID:") + uid + QLatin1String("\nDTSTAMP:") + localStamp(stamp) + QLatin1String("Z\n");
    text += when("DTSTART", time.start());
    if (time.end().isValid())
        text += when("DTEND", time.end());
    text += QLatin1String("SUMMARY:") + escapeText(event.summary) + QLatin1Char('\n');
    if (!event.location.isEmpty())
        text += QLatin1String("LOCATION:") + escapeText(event.location) + QLatin1Char('\n');
    if (!event.description.isEmpty())
        text += QLatin1String("DESCRIPTION:") + escapeText(event.description.trimmed()) + QLatin1Char('\n');
    if (!event.url.isEmpty())
        text += QLatin1String("URL:") + event.url + QLatin1Char('\n');
    text += QLatin1String("END:VEVENT\nEND:VCALENDAR\n");

    QByteArray out;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out += foldLine(line.toUtf8());
    return out;
}

} // namespace Lectern
