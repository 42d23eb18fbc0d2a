// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Lectern::DateFormat {

// A front-matter date as the post wrote it. `format` is a Qt date pattern in the C locale
// ("d MMMM yyyy", "yyyy-MM-dd HH:mm:ss"), optionally followed by an offset token:
// " +hhmm" (-0700), " +hh:mm" (-07:00), " UTC+hh:mm", "Z" or " UTC"; writing with it reproduces the post's style.
// This is the written-style half of Jekyll's date rules; reading and zones are JekyllDate's.
struct Parsed
{
    bool valid = false;
    bool hasTime = false;
    QDateTime dateTime;   // local time as written; offset kept when the text had one
    QString format;
};

// The date forms Jekyll accepts in front matter (ISO, "19 March 2025", "March 19, 2025", ...), read by
// JekyllDate::read (see there for the forms and the speed). A form that cannot be written back the same
// way ("19th March 2025", "a.m.") is valid with an empty format. dateTime is the time as written: with
// the written offset when the text has one (even one Ruby ignores, "UTC+01:00"), else local.
Parsed parse(const QString &text);
// The text for value in format (a format from parse() or a schema).
QString write(const QDateTime &value, const QString &format);
// True when format carries a time of day.
bool hasTime(const QString &format);
// The format new dates get when a site has none yet.
QString defaultFormat();

} // namespace Lectern::DateFormat
