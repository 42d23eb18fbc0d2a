// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QDate>
#include <QString>

namespace Lectern {

class FrontMatter;
class PostFile;

// The front matter's `date` against the day the body's "When:" line names (EventTime::whenLine).
// The rule for which one the calendar export uses is EventTime's (eventtime.h, docs/events.md):
// the When: line. This is where model (DateFormat, PostFile) meets renderer (EventTime), for
// `lectern-cli check` and for the window's offer to update the line when the date changes.
namespace EventDate {

// The day `date` names as written, in its own offset (not converted to any zone); invalid when the
// key is missing or is not a date Jekyll reads (DateFormat::parse).
QDate frontMatterDay(const FrontMatter &frontMatter);

// A warning when the body's When: line names another day than `date`, located at the day's text in
// the When: line (1-based file line and column). Empty when they agree, or either is missing or
// unreadable, or the post sets event_start or time (then the When: line is not what the export reads).
Diagnostics diagnostics(const PostFile &post);

// One body edit: LENGTH characters at POSITION (in the LF body the editor shows) become TEXT.
struct BodyEdit
{
    qsizetype position = -1;
    qsizetype length = 0;
    QString text;
    bool isValid() const { return position >= 0; }
};

// The edit that makes BODY's When: line name NEW_DAY in the style it is written in, when it now
// names OLD_DAY (it followed the date before the change); invalid otherwise, including when the
// days are equal or either is invalid.
BodyEdit whenLineUpdate(const QString &body, const QDate &oldDay, const QDate &newDay);

} // namespace EventDate
} // namespace Lectern
