// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>
#include <QTimeZone>

namespace Lectern {

// Dates as Jekyll reads and writes them. The one date parser of Lectern: the editor's form
// (DateFormat), the site scan and new posts (PostDate), the renderer and export all call read()/parse().
//
// Rules followed:
// - Jekyll 4.3 Utils.parse_date: `Time.parse(input).localtime`, with ENV["TZ"] set from the site's
//   `timezone` (jekyll/utils.rb, jekyll/site.rb). Time.parse is Ruby's Date._parse plus
//   Time.zone_offset (ruby/lib/time.rb): a numeric offset or a name in its table (UTC, Z, UT, GMT,
//   EST/EDT, CST/CDT, MST/MDT, PST/PDT) moves the instant; any other zone word ("CET", "UTC+01:00")
//   is ignored and the time is local. The result is always converted to the site's zone.
// - Psych timestamps (psych/scalar_scanner.rb): an unquoted `2025-03-19 10:00:00` in front matter is a
//   Time in UTC when it has no offset; a bare `2025-03-19` is a Date (local midnight).
class JekyllDate final
{
public:
    // What a date text says, before any zone is applied, and how it was written.
    struct Fields
    {
        bool valid = false;
        QDate date;
        QTime time;                 // 00:00 when the text has none
        bool hasTime = false;
        bool hasOffset = false;     // the text names a zone Ruby's Time.zone_offset knows
        int offsetSeconds = 0;      // east of UTC, when hasOffset
        bool writtenOffset = false; // the text ends in a zone token (known to Ruby or not)
        int writtenOffsetSeconds = 0;   // that token's offset ("UTC+01:00" → 3600) even when Ruby ignores it
        // A QLocale::c() date pattern that reproduces the text ("d MMMM yyyy", "yyyy-MM-dd HH:mm:ss"),
        // followed by DateFormat's offset token (" +hhmm", " +hh:mm", "+hh:mm", " UTC+hh:mm", "Z",
        // " UTC") when the text had one. Empty when the text cannot be reproduced (e.g. "19th").
        QString format;
        qsizetype dateFormatLength = 0;   // format.left(dateFormatLength) writes the date alone
    };

    // Reads the forms Time.parse accepts that posts use: "2025-03-19", "2025-3-9", "2025/03/19",
    // "20250319", optionally followed by a time ("T10:00", " 10:00:00.5", " 4pm", " 11:00 am") and a zone
    // ("Z", " UTC", " -0700", "+02:00", " +01", " PST"); "19 March 2025", "19 Mar 2025", "19-Mar-2025",
    // "19th March 2025", "March 19, 2025", "Mar 19 2025", each with an optional leading weekday
    // ("Wed, 19 Mar 2025 10:00:00 -0700") and the same time and zone. Anything else, an impossible
    // day (2024-02-31) or trailing words give valid = false. Rejects a non-date in a few character
    // tests (no regex, no allocation); reads a date in about a microsecond.
    // Not read (Ruby does): "1/2/2025", "March 2025", a bare time "10:00", "now".
    static Fields read(QStringView text);

    // Utils.parse_date: the instant the text names, in timeZone (IANA id; the machine's zone when empty
    // or unknown). "2025-03-20 01:30:00 +0100" with America/Los_Angeles is 2025-03-19 17:30 -0700.
    // Invalid QDateTime when read() rejects the text.
    static QDateTime parse(const QString &text, const QString &timeZone = QString());
    // Ruby's Time.parse alone (Liquid's `date` filter, Liquid::Utils.to_date): a written offset is kept
    // (the QDateTime is at that offset), else the time is in timeZone.
    static QDateTime parseAsWritten(const QString &text, const QString &timeZone = QString());
    // The same for a front-matter scalar as Psych reads it: plain (unquoted) `yyyy-m-d h:mm:ss[.f]` with
    // no offset is UTC (a YAML timestamp), then converted to timeZone. Quoted text goes through parse().
    static QDateTime parseFrontMatter(const QString &text, bool plain, const QString &timeZone = QString());
    // What Psych makes of a plain (unquoted) scalar (psych/scalar_scanner.rb TIME and the date pattern):
    // a Time, a Date, or neither (a String, as far as dates go).
    enum class YamlTimestamp { None, Date, Time };
    static YamlTimestamp yamlTimestamp(QStringView text);
    static bool isYamlTimestamp(QStringView text) { return yamlTimestamp(text) == YamlTimestamp::Time; }

    // The site's zone: timeZone when it is a valid IANA id, else the machine's (Jekyll leaves TZ unset).
    static QTimeZone zone(const QString &timeZone);

    // Jekyll's DATE_FILENAME_MATCHER (document.rb): the date of "2025-03-19-title.md" (also in a
    // folder path); invalid when the name has none. fromFileName() is that day's midnight in timeZone.
    // *prefixLength: the length of "2025-03-19-" (when the date is valid).
    static QDate dateOfFileName(QStringView fileName, qsizetype *prefixLength = nullptr);
    static QDateTime fromFileName(const QString &fileName, const QString &timeZone = QString());

    // Ruby strftime subset: %a %A %b %B %d %-d %e %H %-H %I %-I %j %m %-m %M %p %P %S %y %Y %Z %z %s %%.
    static QString format(const QDateTime &date, const QString &pattern);
    static QString toXmlSchema(const QDateTime &date);   // 2025-03-19T00:00:00-07:00
};

} // namespace Lectern
