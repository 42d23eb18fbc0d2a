// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Lectern {

class EventTime;

// Writes one VEVENT as an RFC 5545 calendar: CRLF lines folded at 75 octets, text values
// escaped, times local to the event's TZID with a VTIMEZONE built from the system zone data.
class ICalendar final
{
public:
    struct Event
    {
        QString summary;
        QString description;
        QString location;
        QString url;
        QString uid;
        QDateTime stamp;    // DTSTAMP; current time when invalid
    };

    static QByteArray write(const EventTime &time, const Event &event);

    // Helpers, public for the tests.
    static QString escapeText(const QString &text);
    static QByteArray foldLine(const QByteArray &line);
    // The VTIMEZONE (LF line ends, unfolded) for zoneId, with one STANDARD/DAYLIGHT observance per
    // offset change from the last change at or before `from` through the first change after `to`
    // (UTC instants), so every local time of the event falls in an observance the file itself
    // defines (RFC 5545 3.6.5: a time takes the latest onset at or before it). A zone that never
    // changed gets one STANDARD from 1970. Empty when the system has no such zone.
    static QString timeZoneBlock(const QString &zoneId, const QDateTime &from, const QDateTime &to);
};

} // namespace Lectern
