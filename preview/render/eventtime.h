// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace Lectern {

// When and where an event happens, read from a post. Only what the post says: when the time
// cannot be told, isValid() is false and problem() says why, rather than a guess.
//
// Which day wins (docs/events.md), the one rule the calendar export and `lectern-cli check` share:
//   1. `event_start` (and `event_end`) in front matter, when set;
//   2. else `time` in front matter, on the day of the front-matter `date`;
//   3. else the body's "When:" line, whatever the front-matter `date` says. The When: line is what
//      the published page tells readers; `date` is Jekyll's publication date (URL, sort order) and
//      may rightly differ (an announcement posted a week early). When the two name different days,
//      `check` warns at the When: line (EventDate::diagnostics) and the window offers to update the
//      line when the date is changed in the form, so they disagree only when the user wants them to.
class EventTime final
{
public:
    // Front matter first (event_start/event_end, or date plus `time`), then the body's
    // "When:" line in the seed style: "Wednesday, March 19, 2025, 11:00am – 12:00pm PDT".
    // siteTimeZone (IANA) is used, with a note, when the text names no zone.
    static EventTime fromPost(const QVariantMap &frontMatter, const QString &bodyText, const QString &siteTimeZone);

    // The first "When:" line of a body and the day it names, located for an edit or a diagnostic.
    struct WhenLine
    {
        bool found = false;          // the body has a When: line
        QDate day;                   // the day its text names; invalid when none can be read
        qsizetype dayStart = -1;     // where that day's text starts in bodyText (QString index)
        qsizetype dayLength = 0;     // "Wednesday, March 19, 2025" including a leading weekday
        int line = 0;                // 1-based line of the When: line in bodyText
        int column = 0;              // 1-based column (QString index + 1) of the day's text in that line
    };
    // Same pattern fromPost() reads. Days as parse() reads them: "Wednesday, March 19, 2025",
    // "March 19, 2025", "19 March 2025", "Mar 19th, 2025", "2025-03-19".
    static WhenLine whenLine(const QString &bodyText);
    // DAY_TEXT (a day as whenLine() found it) rewritten to name DAY in the same style: weekday kept
    // full or short or left out, month name full or short, month-first or day-first, ordinal
    // suffix, ISO. Empty when DAY_TEXT is not a day this class reads.
    static QString rewriteDay(const QString &dayText, const QDate &day);
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
