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
    // STANDARD/DAYLIGHT blocks for the zone's transitions in the event's year.
    static QString timeZoneBlock(const QString &zoneId, int year);
};

} // namespace Lectern
