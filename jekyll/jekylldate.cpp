// SPDX-License-Identifier: GPL-3.0-or-later
#include "jekylldate.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Lectern {

namespace {

const char *const kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                               "August", "September", "October", "November", "December"};
const char *const kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

int monthFromName(const QString &name)
{
    if (name.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        const QString month = QString::fromLatin1(kMonths[i]);
        if (month.startsWith(name, Qt::CaseInsensitive) || name.startsWith(month.left(3), Qt::CaseInsensitive))
            return i + 1;
    }
    return 0;
}

QTimeZone zoneFor(const QString &id)
{
    if (!id.isEmpty()) {
        const QTimeZone zone(id.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

// The time part Ruby accepts after a date: "10:00", "10:00:00", "4pm", each with an optional offset.
bool parseTime(QString rest, QTime *time, int *offsetSeconds, bool *hasOffset)
{
    rest = rest.trimmed();
    *time = QTime(0, 0);
    *hasOffset = false;
    if (rest.isEmpty())
        return true;
    static const QRegularExpression re(QStringLiteral(
        "^(?:(\\d{1,2})(?::(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*([aApP]\\.?[mM]\\.?)?)?\\s*"
        "(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?$"));
    const QRegularExpressionMatch m = re.match(rest);
    if (!m.hasMatch())
        return false;
    if (m.capturedLength(1) > 0) {
        int hour = m.captured(1).toInt();
        const QString ampm = m.captured(4).toLower();
        if (ampm.startsWith(QLatin1Char('p')) && hour < 12)
            hour += 12;
        else if (ampm.startsWith(QLatin1Char('a')) && hour == 12)
            hour = 0;
        *time = QTime(hour, m.captured(2).toInt(), m.captured(3).toInt());
        if (!time->isValid())
            return false;
    }
    const QString zone = m.captured(5);
    if (!zone.isEmpty()) {
        *hasOffset = true;
        if (zone.at(0) == QLatin1Char('+') || zone.at(0) == QLatin1Char('-')) {
            QString digits = zone.mid(1);
            digits.remove(QLatin1Char(':'));
            const int seconds = digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60;
            *offsetSeconds = zone.at(0) == QLatin1Char('-') ? -seconds : seconds;
        } else {
            *offsetSeconds = 0;
        }
    }
    return true;
}

QString pad(int value, int width, QChar fill = QLatin1Char('0'))
{
    return QStringLiteral("%1").arg(value, width, 10, fill);
}

} // namespace

QDateTime JekyllDate::parse(const QString &input, const QString &timeZone)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:[Tt ]|$)(.*)$"));
    static const QRegularExpression dayMonth(
        QStringLiteral("^(?:[A-Za-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+([A-Za-z]+)\\.?,?[\\s-]+(\\d{4})(.*)$"));
    static const QRegularExpression monthDay(
        QStringLiteral("^(?:[A-Za-z]+,?\\s+)?([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(.*)$"));
    QDate date;
    QString rest;
    if (const auto m = iso.match(text); m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        rest = m.captured(4);
    } else if (const auto m = dayMonth.match(text); m.hasMatch()) {
        date = QDate(m.captured(3).toInt(), monthFromName(m.captured(2)), m.captured(1).toInt());
        rest = m.captured(4);
    } else if (const auto m = monthDay.match(text); m.hasMatch()) {
        date = QDate(m.captured(3).toInt(), monthFromName(m.captured(1)), m.captured(2).toInt());
        rest = m.captured(4);
    }
    if (!date.isValid())
        return {};
    QTime time;
    int offset = 0;
    bool hasOffset = false;
    if (!parseTime(rest, &time, &offset, &hasOffset))
        return {};
    if (hasOffset)
        return QDateTime(date, time, QTimeZone(offset));
    return QDateTime(date, time, zoneFor(timeZone));
}

QDateTime JekyllDate::fromFileName(const QString &fileName, const QString &timeZone)
{
    static const QRegularExpression re(QStringLiteral("(?:^|/)(\\d{4})-(\\d{2})-(\\d{2})-[^/]*$"));
    const QRegularExpressionMatch m = re.match(fileName);
    if (!m.hasMatch())
        return {};
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return date.isValid() ? QDateTime(date, QTime(0, 0), zoneFor(timeZone)) : QDateTime();
}

QString JekyllDate::format(const QDateTime &dt, const QString &pattern)
{
    if (!dt.isValid())
        return {};
    const QDate d = dt.date();
    const QTime t = dt.time();
    QString out;
    out.reserve(pattern.size() + 16);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != QLatin1Char('%') || i + 1 >= pattern.size()) {
            out += c;
            continue;
        }
        QChar spec = pattern.at(++i);
        bool noPad = false;
        if ((spec == QLatin1Char('-') || spec == QLatin1Char('^')) && i + 1 < pattern.size()) {
            noPad = spec == QLatin1Char('-');
            spec = pattern.at(++i);
        }
        const int hour12 = t.hour() % 12 == 0 ? 12 : t.hour() % 12;
        auto num = [&](int v, int w) { out += noPad ? QString::number(v) : pad(v, w); };
        switch (spec.unicode()) {
        case 'a': out += QString::fromLatin1(kDays[d.dayOfWeek() - 1]).left(3); break;
        case 'A': out += QString::fromLatin1(kDays[d.dayOfWeek() - 1]); break;
        case 'b': case 'h': out += QString::fromLatin1(kMonths[d.month() - 1]).left(3); break;
        case 'B': out += QString::fromLatin1(kMonths[d.month() - 1]); break;
        case 'd': num(d.day(), 2); break;
        case 'e': out += noPad ? QString::number(d.day()) : pad(d.day(), 2, QLatin1Char(' ')); break;
        case 'H': num(t.hour(), 2); break;
        case 'I': num(hour12, 2); break;
        case 'l': out += noPad ? QString::number(hour12) : pad(hour12, 2, QLatin1Char(' ')); break;
        case 'j': num(d.dayOfYear(), 3); break;
        case 'm': num(d.month(), 2); break;
        case 'M': num(t.minute(), 2); break;
        case 'S': num(t.second(), 2); break;
        case 'p': out += t.hour() < 12 ? QStringLiteral("AM") : QStringLiteral("PM"); break;
        case 'P': out += t.hour() < 12 ? QStringLiteral("am") : QStringLiteral("pm"); break;
        case 'y': num(d.year() % 100, 2); break;
        case 'Y': out += QString::number(d.year()); break;
        case 'u': out += QString::number(d.dayOfWeek()); break;
        case 'w': out += QString::number(d.dayOfWeek() % 7); break;
        case 's': out += QString::number(dt.toSecsSinceEpoch()); break;
        case 'F': out += d.toString(QStringLiteral("yyyy-MM-dd")); break;
        case 'T': out += t.toString(QStringLiteral("HH:mm:ss")); break;
        case 'Z': {
            // Ruby prints the zone abbreviation; a fixed offset has none, so it prints the offset.
            const QString abbr = dt.timeZoneAbbreviation();
            out += abbr.startsWith(QStringLiteral("UTC")) && abbr.size() > 3 ? QString() : abbr;
            break;
        }
        case 'z': {
            const int off = dt.offsetFromUtc();
            out += (off < 0 ? QLatin1Char('-') : QLatin1Char('+')) + pad(qAbs(off) / 3600, 2)
                + pad(qAbs(off) % 3600 / 60, 2);
            break;
        }
        case '%': out += QLatin1Char('%'); break;
        default: out += QLatin1Char('%') + spec; break;
        }
    }
    return out;
}

QString JekyllDate::toXmlSchema(const QDateTime &dt)
{
    if (!dt.isValid())
        return {};
    const QString z = format(dt, QStringLiteral("%z"));
    return format(dt, QStringLiteral("%Y-%m-%dT%H:%M:%S")) + z.left(3) + QLatin1Char(':') + z.mid(3);
}

} // namespace Lectern
