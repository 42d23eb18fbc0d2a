// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendar.h"

#include "exportinput.h"

#include <QCryptographicHash>
#include <QHash>
#include <QTimeZone>

#include <libical/ical.h>

#include <cstdlib>
#include <memory>

namespace Lectern {

namespace {

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

// libical's *_r strings are the caller's, from malloc.
QByteArray take(char *text)
{
    const QByteArray out(text);
    std::free(text);
    return out;
}

// A DATE-TIME of the wall-clock fields of dt: floating (for TZID= or an observance's onset), or
// UTC ("Z") when utc.
icaltimetype icalTime(const QDateTime &dt, bool utc)
{
    icaltimetype t = icaltime_null_time();
    t.year = dt.date().year();
    t.month = dt.date().month();
    t.day = dt.date().day();
    t.hour = dt.time().hour();
    t.minute = dt.time().minute();
    t.second = dt.time().second();
    t.is_date = 0;
    if (utc)
        t.zone = icaltimezone_get_utc_timezone();
    return t;
}

// The VTIMEZONE component for zoneId from the system zone data; null when there is no such zone.
// libical's own built-in zones are not used: they carry every change since the 1880s (some 150
// lines a zone) under a vendor TZID ("/freeassociation.sourceforge.net/…"), where the event's
// TZID must be the IANA name the post's site names.
Component timeZoneComponent(const QString &zoneId, const QDateTime &from, const QDateTime &to)
{
    const QTimeZone tz(zoneId.toUtf8());
    if (!tz.isValid())
        return nullptr;
    Component block(icalcomponent_new(ICAL_VTIMEZONE_COMPONENT));
    icalcomponent_add_property(block.get(), icalproperty_new_tzid(zoneId.toUtf8().constData()));
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
    auto observance = [&](bool daylight, const QDateTime &onsetLocal, int offsetFrom, int offsetTo, const QString &name) {
        icalcomponent *o = icalcomponent_new(daylight ? ICAL_XDAYLIGHT_COMPONENT : ICAL_XSTANDARD_COMPONENT);
        icalcomponent_add_property(o, icalproperty_new_dtstart(icalTime(onsetLocal, false)));
        icalcomponent_add_property(o, icalproperty_new_tzoffsetfrom(offsetFrom));
        icalcomponent_add_property(o, icalproperty_new_tzoffsetto(offsetTo));
        if (!name.isEmpty())
            icalcomponent_add_property(o, icalproperty_new_tzname(name.toUtf8().constData()));
        icalcomponent_add_component(block.get(), o);
    };
    if (transitions.isEmpty()) {
        const int offset = tz.offsetFromUtc(from);
        observance(false, QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC), offset, offset, QString());
    }
    for (const QTimeZone::OffsetData &t : std::as_const(transitions)) {
        const int previous = tz.offsetFromUtc(t.atUtc.addSecs(-1));
        // DTSTART of an observance is local time before the change.
        observance(t.daylightTimeOffset != 0, t.atUtc.toOffsetFromUtc(previous), previous, t.offsetFromUtc, t.abbreviation);
    }
    return block;
}

icalproperty *textProperty(icalproperty *(*make)(const char *), const QString &text)
{
    QString clean = text;
    clean.remove(QLatin1Char('\r'));
    return make(clean.toUtf8().constData());
}

void addEvent(icalcomponent *calendar, const EventTime &time, const ICalendar::Event &event)
{
    const QString zone = time.timeZoneId();
    const bool utc = zone == QLatin1String("UTC");
    const QDateTime stamp = (event.stamp.isValid() ? event.stamp : QDateTime::currentDateTimeUtc()).toUTC();
    QString uid = event.uid;
    if (uid.isEmpty())
        uid = QString::fromLatin1(QCryptographicHash::hash((event.url + time.start().toString(QStringLiteral("yyyyMMdd'T'HHmmss"))).toUtf8(),
                                                           QCryptographicHash::Sha1).toHex().left(24))
              + QLatin1String("@lectern");
    icalcomponent *vevent = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(vevent, icalproperty_new_uid(uid.toUtf8().constData()));
    icalcomponent_add_property(vevent, icalproperty_new_dtstamp(icalTime(stamp, true)));
    auto when = [&](icalproperty *(*make)(icaltimetype), const QDateTime &dt) {
        icalproperty *p = make(icalTime(utc ? dt.toUTC() : dt, utc));
        if (!utc)
            icalproperty_add_parameter(p, icalparameter_new_tzid(zone.toUtf8().constData()));
        icalcomponent_add_property(vevent, p);
    };
    when(&icalproperty_new_dtstart, time.start());
    if (time.end().isValid())
        when(&icalproperty_new_dtend, time.end());
    if (event.sequence >= 0) {
        icalcomponent_add_property(vevent, icalproperty_new_sequence(event.sequence));
        icalcomponent_add_property(vevent, icalproperty_new_lastmodified(icalTime(stamp, true)));
    }
    icalcomponent_add_property(vevent, textProperty(&icalproperty_new_summary, event.summary));
    if (!event.location.isEmpty())
        icalcomponent_add_property(vevent, textProperty(&icalproperty_new_location, event.location));
    if (!event.description.isEmpty())
        icalcomponent_add_property(vevent, textProperty(&icalproperty_new_description, event.description.trimmed()));
    if (!event.url.isEmpty())
        icalcomponent_add_property(vevent, icalproperty_new_url(event.url.toUtf8().constData()));
    icalcomponent_add_component(calendar, vevent);
}

} // namespace

QString ICalendar::escapeText(const QString &text)
{
    QString clean = text;
    clean.remove(QLatin1Char('\r'));
    icalvalue *value = icalvalue_new_text(clean.toUtf8().constData());
    const QString out = QString::fromUtf8(take(icalvalue_as_ical_string_r(value)));
    icalvalue_free(value);
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
    const Component block = timeZoneComponent(zoneId, from, to);
    if (!block)
        return QString();
    QByteArray text = take(icalcomponent_as_ical_string_r(block.get()));
    text.replace("\r\n ", "").replace("\r\n", "\n");
    return QString::fromUtf8(text);
}

QByteArray ICalendar::write(const EventTime &time, const Event &event)
{
    return write(QList<Entry>{{time, event}});
}

QByteArray ICalendar::write(const QList<Entry> &entries, const QString &name)
{
    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Lectern//Lectern " LECTERN_VERSION "//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (!name.isEmpty()) {
        icalproperty *calName = textProperty(&icalproperty_new_x, name);
        icalproperty_set_x_name(calName, "X-WR-CALNAME");
        icalcomponent_add_property(calendar.get(), calName);
    }
    // Each zone's span: from its first event's start to its last event's end, in order of appearance.
    QStringList zones;
    QHash<QString, QPair<QDateTime, QDateTime>> spans;
    for (const Entry &e : entries) {
        const QString zone = e.time.timeZoneId();
        if (!e.time.isValid() || zone == QLatin1String("UTC"))
            continue;
        const QDateTime end = e.time.end().isValid() ? e.time.end() : e.time.start();
        if (!spans.contains(zone)) {
            zones << zone;
            spans.insert(zone, {e.time.start(), end});
            continue;
        }
        auto &span = spans[zone];
        span.first = qMin(span.first, e.time.start());
        span.second = qMax(span.second, end);
    }
    for (const QString &zone : std::as_const(zones)) {
        Component block = timeZoneComponent(zone, spans.value(zone).first, spans.value(zone).second);
        if (block)
            icalcomponent_add_component(calendar.get(), block.release());
    }
    for (const Entry &e : entries) {
        if (e.time.isValid())
            addEvent(calendar.get(), e.time, e.event);
    }
    return take(icalcomponent_as_ical_string_r(calendar.get()));
}

ICalendar::Event ICalendar::eventFor(const ExportInput &input, const EventTime &time, const QString &bodyText)
{
    Event event;
    event.summary = input.title();
    event.location = time.location();
    event.description = bodyText;
    event.url = input.publicUrl();
    event.uid = input.calendarUid();   // the same UID in the site's feed (docs/calendar.md)
    return event;
}

} // namespace Lectern
