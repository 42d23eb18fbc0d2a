// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtime.h"

#include "jekylldate.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::EventTime", text);
}

// "11:00am", "11 am", "2:30 p.m.", "14:00"; invalid when it is not a time.
QTime parseClock(const QString &text, const QString &meridiemHint)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])?\\.?\\s*(?:m\\.?)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return QTime();
    int hour = m.captured(1).toInt();
    const int minute = m.captured(2).toInt();
    QString meridiem = m.captured(3).toLower();
    if (meridiem.isEmpty())
        meridiem = meridiemHint;
    if (meridiem == QLatin1String("p") && hour < 12)
        hour += 12;
    else if (meridiem == QLatin1String("a") && hour == 12)
        hour = 0;
    return QTime(hour, minute);
}

// The date part of a "When:" line; JekyllDate reads it ("Wednesday, March 19, 2025", "2025-03-19").
QDate parseDay(const QString &text)
{
    QString t = text.trimmed();
    static const QRegularExpression gluedComma(QStringLiteral("(\\d),(\\S)"));
    t.replace(gluedComma, QStringLiteral("\\1, \\2"));   // "March 19,2025"
    return JekyllDate::read(t).date;
}

// The When: line (same pattern as fromPost reads).
const QRegularExpression &whenLinePattern()
{
    static const QRegularExpression whenLine(QStringLiteral("^\\W*when\\W*:\\**\\s*(.+)$"),
                                             QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return whenLine;
}

// A day at the start of a When: value: optional weekday, then "March 19, 2025", "19 March 2025",
// "Mar. 19th 2025" or "2025-03-19". Group 1 the weekday with its separator, 2 the day itself.
const QRegularExpression &dayPattern()
{
    static const QRegularExpression day(QStringLiteral(
        "^((?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
        "(\\d{4}-\\d{2}-\\d{2}|[a-z]+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+[a-z]+\\.?,?\\s+\\d{4})"),
        QRegularExpression::CaseInsensitiveOption);
    return day;
}

QString ordinal(int day)
{
    const int tens = day % 100;
    const char *suffix = (tens >= 11 && tens <= 13) ? "th" : day % 10 == 1 ? "st" : day % 10 == 2 ? "nd" : day % 10 == 3 ? "rd" : "th";
    return QString::number(day) + QLatin1String(suffix);
}

} // namespace

EventTime::WhenLine EventTime::whenLine(const QString &bodyText)
{
    WhenLine out;
    const auto m = whenLinePattern().match(bodyText);
    if (!m.hasMatch())
        return out;
    out.found = true;
    const qsizetype valueStart = m.capturedStart(1);
    const qsizetype lineStart = bodyText.lastIndexOf(QLatin1Char('\n'), valueStart) + 1;
    out.line = int(bodyText.left(lineStart).count(QLatin1Char('\n'))) + 1;
    const auto d = dayPattern().match(m.captured(1));
    if (!d.hasMatch())
        return out;
    const QDate day = parseDay(d.captured(0));
    if (!day.isValid())
        return out;
    out.day = day;
    out.dayStart = valueStart;
    out.dayLength = d.capturedLength(0);
    out.column = int(valueStart - lineStart) + 1;
    return out;
}

QString EventTime::rewriteDay(const QString &dayText, const QDate &day)
{
    const auto d = dayPattern().match(dayText);
    if (!d.hasMatch() || d.capturedLength(0) != dayText.size() || !day.isValid())
        return QString();
    const QLocale c = QLocale::c();
    QString out;
    const QString weekday = d.captured(1);
    if (!weekday.isEmpty()) {
        static const QRegularExpression word(QStringLiteral("^([a-z]+)(.*)$"), QRegularExpression::CaseInsensitiveOption);
        const auto w = word.match(weekday);
        const bool full = w.captured(1).size() > 3;
        out += c.dayName(day.dayOfWeek(), full ? QLocale::LongFormat : QLocale::ShortFormat) + w.captured(2);
    }
    const QString text = d.captured(2);
    if (QDate::fromString(text, Qt::ISODate).isValid())
        return out + day.toString(Qt::ISODate);
    // Split into its words, keeping the separators: "March", " ", "19", ", ", "2025".
    static const QRegularExpression parts(QStringLiteral("^([a-z]+\\.?|\\d{1,2}(?:st|nd|rd|th)?)(,?\\s+)([a-z]+\\.?|\\d{1,2}(?:st|nd|rd|th)?)(,?\\s+)(\\d{4})$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto p = parts.match(text);
    if (!p.hasMatch())
        return QString();
    const auto render = [&](const QString &part) -> QString {
        if (part.at(0).isDigit()) {
            const bool hasOrdinal = part.back().isLetter();
            return hasOrdinal ? ordinal(day.day()) : QString::number(day.day());
        }
        const bool dot = part.endsWith(QLatin1Char('.'));
        const bool full = part.size() - (dot ? 1 : 0) > 3 || part.compare(QLatin1String("May"), Qt::CaseInsensitive) == 0;
        const QString name = c.monthName(day.month(), full ? QLocale::LongFormat : QLocale::ShortFormat);
        const bool abbreviated = name != c.monthName(day.month(), QLocale::LongFormat);   // "May." is no abbreviation
        return dot && abbreviated ? name + QLatin1Char('.') : name;
    };
    return out + render(p.captured(1)) + p.captured(2) + render(p.captured(3)) + p.captured(4) + QString::number(day.year());
}

QString EventTime::zoneForAbbreviation(const QString &abbreviation)
{
    static const QHash<QString, QString> zones = {
        {QStringLiteral("PT"), QStringLiteral("America/Los_Angeles")}, {QStringLiteral("PDT"), QStringLiteral("America/Los_Angeles")},
        {QStringLiteral("PST"), QStringLiteral("America/Los_Angeles")}, {QStringLiteral("MT"), QStringLiteral("America/Denver")},
        {QStringLiteral("MDT"), QStringLiteral("America/Denver")}, {QStringLiteral("MST"), QStringLiteral("America/Denver")},
        {QStringLiteral("CT"), QStringLiteral("America/Chicago")}, {QStringLiteral("CDT"), QStringLiteral("America/Chicago")},
        {QStringLiteral("CST"), QStringLiteral("America/Chicago")}, {QStringLiteral("ET"), QStringLiteral("America/New_York")},
        {QStringLiteral("EDT"), QStringLiteral("America/New_York")}, {QStringLiteral("EST"), QStringLiteral("America/New_York")},
        {QStringLiteral("UTC"), QStringLiteral("UTC")}, {QStringLiteral("GMT"), QStringLiteral("UTC")},
        {QStringLiteral("BST"), QStringLiteral("Europe/London")}, {QStringLiteral("CET"), QStringLiteral("Europe/Berlin")},
        {QStringLiteral("CEST"), QStringLiteral("Europe/Berlin")}, {QStringLiteral("EET"), QStringLiteral("Europe/Helsinki")},
        {QStringLiteral("EEST"), QStringLiteral("Europe/Helsinki")}, {QStringLiteral("JST"), QStringLiteral("Asia/Tokyo")},
        {QStringLiteral("AEST"), QStringLiteral("Australia/Sydney")}, {QStringLiteral("AEDT"), QStringLiteral("Australia/Sydney")},
    };
    const QString upper = abbreviation.trimmed().toUpper();
    if (zones.contains(upper))
        return zones.value(upper);
    if (abbreviation.contains(QLatin1Char('/')) && QTimeZone(abbreviation.trimmed().toUtf8()).isValid())
        return abbreviation.trimmed();
    return QString();
}

EventTime EventTime::parse(const QString &when, const QString &siteTimeZone, const QDate &fallbackDate)
{
    EventTime e;
    QString text = when.trimmed();
    text.replace(QChar(0x2013), QLatin1Char('-')).replace(QChar(0x2014), QLatin1Char('-'));
    text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    // date, start [- end] [zone]; the date part is everything before the first clock time.
    static const QRegularExpression re(QStringLiteral(
        "^(.*?)[,\\s]*(?:\\bat\\s+|\\bfrom\\s+)?(\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)"
        "(?:\\s*(?:-|to|until)\\s*(\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?))?"
        "\\s*\\(?([A-Za-z]{2,5}|[A-Za-z]+/[A-Za-z_]+)?\\)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    QDate day = m.hasMatch() ? parseDay(m.captured(1)) : parseDay(text);
    if (!day.isValid() && m.hasMatch() && m.captured(1).trimmed().isEmpty())
        day = fallbackDate;
    if (!day.isValid()) {
        e.m_problem = tr("cannot tell the date from “%1”").arg(when.trimmed());
        return e;
    }
    if (!m.hasMatch()) {
        e.m_problem = tr("“%1” gives a date but no time of day").arg(when.trimmed());
        return e;
    }
    const QString endText = m.captured(3);
    static const QRegularExpression meridiem(QStringLiteral("([ap])\\.?m"), QRegularExpression::CaseInsensitiveOption);
    const QString endMeridiem = meridiem.match(endText).captured(1).toLower();
    // "11 – 12:30pm": the start takes the end's am/pm when it has none and stays before it.
    QTime start = parseClock(m.captured(2), QString());
    if (!meridiem.match(m.captured(2)).hasMatch() && !endMeridiem.isEmpty()) {
        const QTime hinted = parseClock(m.captured(2), endMeridiem);
        const QTime end = parseClock(endText, QString());
        start = (hinted.isValid() && (!end.isValid() || hinted <= end)) ? hinted : parseClock(m.captured(2), QStringLiteral("a"));
    }
    const QTime end = endText.isEmpty() ? QTime() : parseClock(endText, QString());
    if (!start.isValid()) {
        e.m_problem = tr("cannot tell the time of day from “%1”").arg(when.trimmed());
        return e;
    }
    const QString zoneText = m.captured(4);
    QString zone = zoneText.isEmpty() ? QString() : zoneForAbbreviation(zoneText);
    if (!zoneText.isEmpty() && zone.isEmpty()) {
        e.m_problem = tr("unknown time zone “%1” in “%2”").arg(zoneText, when.trimmed());
        return e;
    }
    if (zone.isEmpty()) {
        if (siteTimeZone.isEmpty() || !QTimeZone(siteTimeZone.toUtf8()).isValid()) {
            e.m_problem = tr("“%1” names no time zone and _config.yml sets none").arg(when.trimmed());
            return e;
        }
        zone = siteTimeZone;
        e.m_note = tr("no time zone in “%1”: used the site's %2").arg(when.trimmed(), zone);
    }
    const QTimeZone tz = JekyllDate::zone(zone);   // valid: checked above
    e.m_zone = zone;
    e.m_start = QDateTime(day, start, tz);
    if (end.isValid())
        e.m_end = QDateTime(end < start ? day.addDays(1) : day, end, tz);
    return e;
}

EventTime EventTime::fromPost(const QVariantMap &frontMatter, const QString &bodyText, const QString &siteTimeZone)
{
    EventTime e;
    const QString start = frontMatter.value(QStringLiteral("event_start")).toString();
    const QString time = frontMatter.value(QStringLiteral("time")).toString();
    static const QRegularExpression whereLine(QStringLiteral("^\\W*where\\W*:\\**\\s*(.+)$"),
                                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpression &whenLine = whenLinePattern();
    if (!start.isEmpty()) {
        const QString end = frontMatter.value(QStringLiteral("event_end")).toString();
        e = parse(end.isEmpty() ? start : start + QLatin1String(" - ") + end.section(QLatin1Char(' '), 1), siteTimeZone);
    } else if (!time.isEmpty()) {
        const QDate date = parseDay(frontMatter.value(QStringLiteral("date")).toString());
        e = parse(time, siteTimeZone, date);
    } else {
        const auto m = whenLine.match(bodyText);
        if (m.hasMatch())
            e = parse(m.captured(1), siteTimeZone);
        else
            e.m_problem = tr("the post gives no event time: no “When:” line in the body and no time in the front matter");
    }
    // The place is read whether or not a time was found: a poster of a post with a "Where:" line
    // and no "When:" line still names the room.
    QString location = frontMatter.value(QStringLiteral("location")).toString();
    if (location.isEmpty())
        location = whereLine.match(bodyText).captured(1).trimmed();
    e.m_location = location;
    return e;
}

} // namespace Lectern
