// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventtime.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Lectern {

struct ExportInput;

// Writes RFC 5545 calendars through libical (icalcomponent/icalproperty; libical does the text
// escaping of 3.3.11, the folding at 75 octets of 3.1 and the CRLF line ends). Times are local to
// each event's TZID, with a VTIMEZONE per zone built from the system zone data (QTimeZone), so
// that clients without that zone still place the event at the right instant.
class ICalendar final
{
public:
    struct Event
    {
        QString summary;
        QString description;
        QString location;
        QString url;
        QString uid;        // empty: a hash of url and start, "@lectern"
        QDateTime stamp;    // DTSTAMP (and LAST-MODIFIED when sequence >= 0); current time when invalid
        int sequence = -1;  // SEQUENCE (RFC 5545 3.8.7.4); left out when negative
    };
    struct Entry
    {
        EventTime time;     // must be valid (isValid())
        Event event;
    };

    // One VEVENT in a VCALENDAR (METHOD:PUBLISH). time must be valid.
    static QByteArray write(const EventTime &time, const Event &event);
    // The post's event as every export writes it (the single .ics, the site feed, the e-mail
    // draft's invite.ics): the title as SUMMARY, the "Where:" place as LOCATION, BODY_TEXT (the
    // body as plain text, HtmlExport::bodyPlainText) as DESCRIPTION, the public URL, and the UID
    // ExportInput::calendarUid() gives. DTSTAMP and SEQUENCE are left for the caller.
    static Event eventFor(const ExportInput &input, const EventTime &time, const QString &bodyText);
    // Every entry as a VEVENT of one VCALENDAR, in the order given, with one VTIMEZONE per zone
    // covering all of that zone's events; name (X-WR-CALNAME, what clients call a subscribed
    // calendar) is left out when empty. Same entries, same bytes: nothing depends on the clock
    // when every stamp is valid. Entries with an invalid time are skipped.
    static QByteArray write(const QList<Entry> &entries, const QString &name = QString());

    // Helpers, public for the tests: RFC 5545 3.3.11 TEXT escaping and 3.1 folding as libical does
    // them (at most 75 octets a line, never inside a UTF-8 sequence).
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
