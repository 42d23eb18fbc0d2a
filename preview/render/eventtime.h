// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace Lectern {

// When and where an event happens, read from a post. Only what the post says: when the time
// cannot be told, isValid() is false and problem() says why, rather than a guess.
class EventTime final
{
public:
    // Front matter first (event_start/event_end, or date plus `time`), then the body's
    // "When:" line in the seed style: "Wednesday, March 19, 2025, 11:00am – 12:00pm PDT".
    // siteTimeZone (IANA) is used, with a note, when the text names no zone.
    static EventTime fromPost(const QVariantMap &frontMatter, const QString &bodyText, const QString &siteTimeZone);
    // Parses one "When:" value. fallbackDate fills in a missing date.
    static EventTime parse(const QString &when, const QString &siteTimeZone, const QDate &fallbackDate = QDate());
    // "PDT" -> "America/Los_Angeles"; an IANA name is returned as is; empty when unknown.
    static QString zoneForAbbreviation(const QString &abbreviation);

    bool isValid() const { return m_start.isValid(); }
    QDateTime start() const { return m_start; }   // in timeZone()
    QDateTime end() const { return m_end; }       // invalid when the post gives no end
    QString timeZoneId() const { return m_zone; }
    QString location() const { return m_location; }
    QString problem() const { return m_problem; }  // why there is no time
    QString note() const { return m_note; }        // e.g. the zone was taken from _config.yml

private:
    QDateTime m_start;
    QDateTime m_end;
    QString m_zone;
    QString m_location;
    QString m_problem;
    QString m_note;
};

} // namespace Lectern
