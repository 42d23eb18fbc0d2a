// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icalendar.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Lectern {

struct ExportInput;

// The site's calendar feed (issue 19, docs/calendar.md): every event of the site's posts in one
// VCALENDAR for the site to publish (seminars.ics), with a UID per post that survives edits and a
// SEQUENCE that grows when an event's visible fields change. Qt Core only; build() reads the whole
// site, so the window calls it on a worker thread.
class SiteCalendar final
{
public:
    struct Options
    {
        QString category;         // only posts with this category (front matter, or a folder above
                                  // _posts/ as Jekyll), compared without case; empty: every post
        bool upcomingOnly = true; // only events not over by `now` (their end, or without one the end of their day)
        QDateTime now;            // invalid: the current time. Also the DTSTAMP of a new or changed event
        QString name;             // X-WR-CALNAME; empty: the site's title, else its folder name
    };
    struct Skipped
    {
        QString relativePath;     // to the site root
        QString reason;           // why it has no event, e.g. EventTime::problem()
    };
    // What the sequence file remembers of one event (one line of .lectern/calendar-sequence.tsv).
    struct Memory
    {
        int sequence = 0;
        QByteArray fingerprint;   // hash of the event's visible fields (fingerprint())
        QDateTime stamp;          // UTC; the DTSTAMP and LAST-MODIFIED, moved when the fingerprint changes
    };
    struct Result
    {
        QString error;            // non-empty: no site there; nothing else is set
        QByteArray calendar;      // the VCALENDAR, CRLF lines
        int events = 0;           // VEVENTs in it
        int past = 0;             // events left out because they were over by `now` (upcomingOnly)
        int selected = 0;         // published posts of the category (all published posts without one)
        QStringList siteCategories;   // every category of the site's published posts, sorted without case
        QList<Skipped> skipped;   // posts of the selection that give no event time, in path order
        QStringList notes;        // "FILE: note" (a zone taken from _config.yml, Liquid warnings)
        QString statePath;        // the sequence file
        QByteArray state;         // its contents after this export
        bool stateChanged = false;   // state differs from the file on disk
    };

    // Reads every published post of SITE_ROOT (drafts and `published: false` left out, as Jekyll;
    // posts dated after today too unless _config.yml says `future: true`), takes each one's event
    // from EventTime::fromPost on its body as plain text and the site's time zone, and builds the
    // feed, events by start time. Reads the sequence file; writes nothing. Errors: no _config.yml.
    static Result build(const QString &siteRoot, const Options &options);
    // Writes result.calendar to PATH and then, when it changed, result.state to result.statePath
    // (creating .lectern/), each atomically (QSaveFile). False with *error ("FILE: why") on failure.
    static bool write(const Result &result, const QString &path, QString *error);
    // Only the sequence file, when it changed (the feed went elsewhere, e.g. standard output).
    static bool saveState(const Result &result, QString *error);

    // root/.lectern/calendar-sequence.tsv: committed with the site, so every machine that exports
    // the feed numbers the same change the same way.
    static QString statePath(const QString &siteRoot);
    // Each post's UID is ExportInput::calendarUid().
    // The hash (hex SHA-1) of what a subscriber sees: summary, start, end, zone, location,
    // description and URL. UID, DTSTAMP and SEQUENCE are not part of it.
    static QByteArray fingerprint(const EventTime &time, const ICalendar::Event &event);
    // The sequence file: "UID<TAB>SEQUENCE<TAB>FINGERPRINT<TAB>STAMP" lines after a # comment,
    // sorted by UID. readState() skips lines it cannot read.
    static QHash<QString, Memory> readState(const QByteArray &bytes);
    static QByteArray writeState(const QHash<QString, Memory> &state);
};

} // namespace Lectern
