// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdate.h"

#include "dateformat.h"
#include "eventtime.h"
#include "postfile.h"

#include <QCoreApplication>
#include <QLocale>

namespace Lectern::EventDate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::EventDate", text);
}

} // namespace

QDate frontMatterDay(const FrontMatter &frontMatter)
{
    if (!frontMatter.contains(QStringLiteral("date")))
        return QDate();
    const DateFormat::Parsed parsed = DateFormat::parse(frontMatter.scalar(QStringLiteral("date")));
    return parsed.valid ? parsed.dateTime.date() : QDate();
}

Diagnostics diagnostics(const PostFile &post)
{
    const FrontMatter &fm = post.frontMatter();
    // event_start or time make the front matter the event's source (EventTime::fromPost, rules 1-2).
    if (fm.contains(QStringLiteral("event_start")) || fm.contains(QStringLiteral("time")))
        return {};
    const QDate date = frontMatterDay(fm);
    const EventTime::WhenLine when = EventTime::whenLine(post.body());
    if (!date.isValid() || !when.day.isValid() || when.day == date)
        return {};
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.line = post.bodyFirstLine() + when.line - 1;
    d.column = when.column;
    const QLocale c = QLocale::c();
    d.message = tr("the When: line names %1 but the front-matter date is %2; the calendar export uses the When: line")
                    .arg(c.toString(when.day, QStringLiteral("dddd d MMMM yyyy")),
                         c.toString(date, QStringLiteral("dddd d MMMM yyyy")));
    return {d};
}

BodyEdit whenLineUpdate(const QString &body, const QDate &oldDay, const QDate &newDay)
{
    if (!oldDay.isValid() || !newDay.isValid() || oldDay == newDay)
        return {};
    const EventTime::WhenLine when = EventTime::whenLine(body);
    if (when.day != oldDay)
        return {};
    const QString text = EventTime::rewriteDay(body.mid(when.dayStart, when.dayLength), newDay);
    if (text.isEmpty())
        return {};
    BodyEdit edit;
    edit.position = when.dayStart;
    edit.length = when.dayLength;
    edit.text = text;
    return edit;
}

} // namespace Lectern::EventDate
