// SPDX-License-Identifier: GPL-3.0-or-later
#include "jekylldate.h"

#include "jekylldatenames.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace Lectern {

namespace {

struct ZoneCache
{
    QString id;
    QTimeZone zone;
    bool set = false;
};

QString pad(int value, int width, QChar fill = QLatin1Char('0'))
{
    return QStringLiteral("%1").arg(value, width, 10, fill);
}

} // namespace

QTimeZone JekyllDate::zone(const QString &timeZone)
{
    // QTimeZone reads the tz database on construction: keep the last one per thread.
    thread_local ZoneCache cache;
    if (!cache.set || cache.id != timeZone) {
        QTimeZone z;
        if (!timeZone.isEmpty())
            z = QTimeZone(timeZone.toUtf8());
        cache = {timeZone, z.isValid() ? z : QTimeZone::systemTimeZone(), true};
    }
    return cache.zone;
}

QDateTime JekyllDate::parseAsWritten(const QString &text, const QString &timeZone)
{
    const Fields f = read(text);
    if (!f.valid)
        return {};
    if (f.hasOffset)
        return QDateTime(f.date, f.time, QTimeZone(f.offsetSeconds));
    return QDateTime(f.date, f.time, zone(timeZone));
}

QDateTime JekyllDate::parse(const QString &text, const QString &timeZone)
{
    const Fields f = read(text);
    if (!f.valid)
        return {};
    const QTimeZone z = zone(timeZone);
    if (f.hasOffset)
        return QDateTime(f.date, f.time, QTimeZone(f.offsetSeconds)).toTimeZone(z);   // .localtime
    return QDateTime(f.date, f.time, z);
}

JekyllDate::YamlTimestamp JekyllDate::yamlTimestamp(QStringView text)
{
    if (text.size() < 8 || !(text.front().isDigit() || text.front() == QLatin1Char('-')))
        return YamlTimestamp::None;
    static const QRegularExpression time(QStringLiteral(
        "^-?\\d{4}-\\d{1,2}-\\d{1,2}(?:[Tt]|\\s+)\\d{1,2}:\\d\\d:\\d\\d(?:\\.\\d*)?(?:\\s*(?:Z|[-+]\\d{1,2}:?(?:\\d\\d)?))?$"));
    static const QRegularExpression date(QStringLiteral("^\\d{4}-(?:1[012]|0\\d|\\d)-(?:[12]\\d|3[01]|0\\d|\\d)$"));
    const QString t = text.toString();
    if (time.match(t).hasMatch())
        return YamlTimestamp::Time;
    return date.match(t).hasMatch() ? YamlTimestamp::Date : YamlTimestamp::None;
}

QDateTime JekyllDate::parseFrontMatter(const QString &text, bool plain, const QString &timeZone)
{
    if (plain && isYamlTimestamp(QStringView(text).trimmed())) {
        const Fields f = read(text);
        if (f.valid && !f.hasOffset)
            return QDateTime(f.date, f.time, QTimeZone::utc()).toTimeZone(zone(timeZone));
    }
    return parse(text, timeZone);
}

QDateTime JekyllDate::fromFileName(const QString &fileName, const QString &timeZone)
{
    const QDate date = dateOfFileName(fileName);
    return date.isValid() ? QDateTime(date, QTime(0, 0), zone(timeZone)) : QDateTime();
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
        case 'a': out += QString::fromLatin1(DateNames::kDays[d.dayOfWeek() - 1]).left(3); break;
        case 'A': out += QString::fromLatin1(DateNames::kDays[d.dayOfWeek() - 1]); break;
        case 'b': case 'h': out += QString::fromLatin1(DateNames::kMonths[d.month() - 1]).left(3); break;
        case 'B': out += QString::fromLatin1(DateNames::kMonths[d.month() - 1]); break;
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
