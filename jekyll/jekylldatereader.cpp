// SPDX-License-Identifier: GPL-3.0-or-later
// JekyllDate::read: the one reader of date texts (Ruby Date._parse forms that posts use), and the date
// of a post file name. Zones, Time.parse semantics and strftime are in jekylldate.cpp.
#include "jekylldate.h"

#include "jekylldatenames.h"

namespace Lectern {

namespace {

using DateNames::kDays;
using DateNames::kMonths;

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isLetter(QChar c)
{
    const char16_t u = c.unicode() | 0x20;
    return c.unicode() < 128 && u >= u'a' && u <= u'z';
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

// The entry of names whose first three letters are word's (Ruby's Date._parse: `\b(jan|feb|…)\S*`);
// 0 when none. *full: the word is the whole name ("March"), *abbrev: exactly three letters.
int nameIndex(QStringView word, const char *const *names, int count, bool *full, bool *abbrev)
{
    if (word.size() < 3)
        return 0;
    for (int i = 0; i < count; ++i) {
        const char *name = names[i];
        bool same = true;
        for (int k = 0; k < 3 && same; ++k)
            same = (word.at(k).unicode() | 0x20) == (name[k] | 0x20);
        if (!same)
            continue;
        const QLatin1String whole(name);
        *abbrev = word.size() == 3;
        *full = word.compare(whole, Qt::CaseInsensitive) == 0;
        return i + 1;
    }
    return 0;
}

// A quick test that rejects most non-dates before any parsing: a date starts with a digit or with a
// month or weekday name.
bool mayBeDate(QStringView text)
{
    if (text.size() < 8)   // "2025-3-9", "20250319", "9 Mar 2025"… are the shortest
        return false;
    const QChar c = text.front();
    if (isDigit(c))
        return true;
    if (!isLetter(c) || !isLetter(text.at(1)) || !isLetter(text.at(2)))
        return false;
    // First letters of month and weekday names: a d f j m n o s t w.
    static constexpr quint32 initials = (1u << ('a' - 'a')) | (1u << ('d' - 'a')) | (1u << ('f' - 'a'))
        | (1u << ('j' - 'a')) | (1u << ('m' - 'a')) | (1u << ('n' - 'a')) | (1u << ('o' - 'a'))
        | (1u << ('s' - 'a')) | (1u << ('t' - 'a')) | (1u << ('w' - 'a'));
    if (!(initials & (1u << ((c.unicode() | 0x20) - u'a'))))
        return false;
    bool full = false, abbrev = false;
    const QStringView head = text.first(3);
    return nameIndex(head, kMonths, 12, &full, &abbrev) || nameIndex(head, kDays, 7, &full, &abbrev);
}

// Reads text left to right, building the Qt pattern that writes it back.
class Reader
{
public:
    explicit Reader(QStringView text) : m_s(text) {}

    bool atEnd() const { return m_i >= m_s.size(); }
    QChar peek(qsizetype k = 0) const { return m_i + k < m_s.size() ? m_s.at(m_i + k) : QChar(); }

    // Up to maxLen digits; their count (0 when none) and value.
    int digits(int maxLen, int *value)
    {
        int n = 0;
        int v = 0;
        while (n < maxLen && !atEnd() && isDigit(peek())) {
            v = v * 10 + (peek().unicode() - u'0');
            ++m_i;
            ++n;
        }
        *value = v;
        return n;
    }
    int digitRun() const
    {
        int n = 0;
        while (m_i + n < m_s.size() && isDigit(m_s.at(m_i + n)))
            ++n;
        return n;
    }
    QStringView word()
    {
        const qsizetype start = m_i;
        while (!atEnd() && isLetter(peek()))
            ++m_i;
        return m_s.sliced(start, m_i - start);
    }
    // Consumes any of chars (one or more when many); copies them into the pattern.
    int literal(QLatin1String chars, bool many = true)
    {
        int n = 0;
        while (!atEnd() && chars.contains(peek()) && (many || n == 0)) {
            m_pattern += peek();   // only punctuation and blanks come here: literal in a QLocale pattern
            ++m_i;
            ++n;
        }
        return n;
    }
    // An ordinal suffix after a day ("19th"): read, but QDate patterns cannot write it.
    void ordinal()
    {
        static const char *const suffixes[] = {"st", "nd", "rd", "th"};
        if (m_i + 2 > m_s.size())
            return;
        for (const char *suffix : suffixes) {
            if (m_s.sliced(m_i, 2).compare(QLatin1String(suffix), Qt::CaseInsensitive) == 0
                && (m_i + 2 == m_s.size() || !isLetter(m_s.at(m_i + 2)))) {
                m_i += 2;
                m_reproducible = false;
                return;
            }
        }
    }
    void pattern(QLatin1String piece) { m_pattern += piece; }
    void quoted(QStringView text)
    {
        m_pattern += QLatin1Char('\'') + text.toString() + QLatin1Char('\'');
    }
    QString &patternText() { return m_pattern; }
    qsizetype pos() const { return m_i; }
    void unread(qsizetype to) { m_i = to; }
    void notReproducible() { m_reproducible = false; }
    bool reproducible() const { return m_reproducible; }

private:
    QStringView m_s;
    qsizetype m_i = 0;
    QString m_pattern;
    bool m_reproducible = true;
};

// Ruby's Time.zone_offset table (lib/time.rb ZoneOffset) without the military letters; hours east.
bool rubyZoneOffset(QStringView name, int *seconds)
{
    static const struct { const char *name; int hours; } table[] = {
        {"UTC", 0}, {"UT", 0}, {"GMT", 0}, {"Z", 0}, {"EST", -5}, {"EDT", -4}, {"CST", -6},
        {"CDT", -5}, {"MST", -7}, {"MDT", -6}, {"PST", -8}, {"PDT", -7},
    };
    for (const auto &entry : table) {
        if (name.compare(QLatin1String(entry.name), Qt::CaseInsensitive) == 0) {
            *seconds = entry.hours * 3600;
            return true;
        }
    }
    return false;
}

// "+hh:mm", "+hhmm", "+hh" at the reader; *seconds east. False (nothing consumed) when absent.
bool readNumericOffset(Reader &r, int *seconds, bool *colon, bool *minutes)
{
    const QChar sign = r.peek();
    if (sign != QLatin1Char('+') && sign != QLatin1Char('-'))
        return false;
    const qsizetype start = r.pos();
    r.unread(start + 1);
    int hh = 0, mm = 0;
    if (r.digits(2, &hh) != 2) {
        r.unread(start);
        return false;
    }
    *colon = r.peek() == QLatin1Char(':');
    if (*colon)
        r.unread(r.pos() + 1);
    *minutes = r.digits(2, &mm) == 2;
    if (!*minutes && *colon) {
        r.unread(start);
        return false;
    }
    if (hh > 23 || mm > 59) {
        r.unread(start);
        return false;
    }
    *seconds = (hh * 3600 + mm * 60) * (sign == QLatin1Char('-') ? -1 : 1);
    return true;
}

// Width of a numeric day or month field: 'd' or 'dd'. A two-digit value of 10 or more can be
// either; it follows its sibling field when that one is fixed, else doubles (as "yyyy-MM-dd").
bool doubledField(int width, int value, int siblingWidth)
{
    if (width == 1)
        return false;
    return value < 10 || siblingWidth != 1;
}

// "March", "Mar", "Mar." (any word starting with a month's three letters, as Ruby).
bool readMonthName(Reader &r, int *month)
{
    bool full = false, abbrev = false;
    *month = nameIndex(r.word(), kMonths, 12, &full, &abbrev);
    if (!*month)
        return false;
    r.pattern(full ? QLatin1String("MMMM") : QLatin1String("MMM"));
    if (!full && !abbrev)
        r.notReproducible();
    r.literal(QLatin1String("."), false);
    return true;
}

// A day of one or two digits with an optional ordinal suffix.
bool readDay(Reader &r, int *day)
{
    const int width = r.digits(2, day);
    if (!width)
        return false;
    r.pattern(width == 2 && *day < 10 ? QLatin1String("dd") : QLatin1String("d"));
    r.ordinal();
    return true;
}

bool readYear(Reader &r, int *year)
{
    if (r.digitRun() != 4)
        return false;
    r.digits(4, year);
    r.pattern(QLatin1String("yyyy"));
    return true;
}

bool readDate(Reader &r, JekyllDate::Fields *f)
{
    bool full = false, abbrev = false;
    // An optional weekday: "Wed, ", "Wednesday ".
    if (isLetter(r.peek())) {
        const qsizetype start = r.pos();
        const QStringView w = r.word();
        if (nameIndex(w, kDays, 7, &full, &abbrev)) {
            if (full)
                r.pattern(QLatin1String("dddd"));
            else if (abbrev)
                r.pattern(QLatin1String("ddd"));
            else
                r.notReproducible();
            r.literal(QLatin1String("."), false);
            r.literal(QLatin1String(","), false);
            if (!r.literal(QLatin1String(" \t")))
                return false;
        } else {
            r.unread(start);
        }
    }
    int year = 0, month = 0, day = 0;
    if (isDigit(r.peek())) {
        const int run = r.digitRun();
        if (run == 4) {
            r.digits(4, &year);
            const QChar sep = r.peek();
            if (sep != QLatin1Char('-') && sep != QLatin1Char('/'))
                return false;
            r.unread(r.pos() + 1);
            const int mw = r.digits(2, &month);
            if (!mw || r.peek() != sep)
                return false;
            r.unread(r.pos() + 1);
            const int dw = r.digits(2, &day);
            if (!dw || isDigit(r.peek()))
                return false;
            const QLatin1String s(sep == QLatin1Char('-') ? "-" : "/");
            r.pattern(QLatin1String("yyyy"));
            r.pattern(s);
            r.pattern(doubledField(mw, month, dw) ? QLatin1String("MM") : QLatin1String("M"));
            r.pattern(s);
            r.pattern(doubledField(dw, day, mw) ? QLatin1String("dd") : QLatin1String("d"));
        } else if (run == 8) {
            int all = 0;
            r.digits(8, &all);
            year = all / 10000;
            month = all / 100 % 100;
            day = all % 100;
            r.pattern(QLatin1String("yyyyMMdd"));
        } else if (run <= 2) {
            // "19 March 2025", "19th Mar. 2025", "19-Mar-2025"
            if (!readDay(r, &day) || !r.literal(QLatin1String(" \t-")) || !readMonthName(r, &month))
                return false;
            r.literal(QLatin1String(","), false);
            if (!r.literal(QLatin1String(" \t-")) || !readYear(r, &year))
                return false;
        } else {
            return false;
        }
    } else if (isLetter(r.peek())) {
        // "March 19, 2025", "Mar 19th 2025"
        if (!readMonthName(r, &month) || !r.literal(QLatin1String(" \t-")) || !readDay(r, &day))
            return false;
        r.literal(QLatin1String(","), false);
        if (!r.literal(QLatin1String(" \t")) || !readYear(r, &year))
            return false;
    } else {
        return false;
    }
    f->date = QDate(year, month, day);
    return f->date.isValid();
}

// The time of day and zone after a date; true at the end of the text.
bool readTimeAndZone(Reader &r, JekyllDate::Fields *f)
{
    if (r.atEnd())
        return true;
    const qsizetype beforeTime = r.pos();
    const qsizetype patternBefore = r.patternText().size();
    if ((r.peek() == QLatin1Char('T') || r.peek() == QLatin1Char('t')) && isDigit(r.peek(1))) {
        r.unread(r.pos() + 1);
        r.pattern(QLatin1String("'T'"));
    } else if (!r.literal(QLatin1String(" \t")) || !isDigit(r.peek())) {
        r.unread(beforeTime);
        r.patternText().truncate(patternBefore);
    }
    if (isDigit(r.peek())) {
        int hour = 0, minute = 0, second = 0, fraction = 0;
        const int hw = r.digits(2, &hour);
        const qsizetype hourAt = r.patternText().size();
        r.pattern(hw == 2 ? QLatin1String("HH") : QLatin1String("H"));
        bool minutes = false;
        if (r.peek() == QLatin1Char(':') && isDigit(r.peek(1))) {
            r.unread(r.pos() + 1);
            if (r.digits(2, &minute) != 2)
                return false;
            r.pattern(QLatin1String(":mm"));
            minutes = true;
            if (r.peek() == QLatin1Char(':') && isDigit(r.peek(1))) {
                r.unread(r.pos() + 1);
                if (r.digits(2, &second) != 2)
                    return false;
                r.pattern(QLatin1String(":ss"));
                if ((r.peek() == QLatin1Char('.') || r.peek() == QLatin1Char(',')) && isDigit(r.peek(1))) {
                    const bool dot = r.peek() == QLatin1Char('.');
                    r.unread(r.pos() + 1);
                    const int fw = r.digits(9, &fraction);
                    while (isDigit(r.peek()))
                        r.unread(r.pos() + 1);
                    int ms = fraction;
                    for (int k = fw; k < 3; ++k)
                        ms *= 10;
                    for (int k = 3; k < fw; ++k)
                        ms /= 10;
                    fraction = ms;
                    if (dot && fw == 3)
                        r.pattern(QLatin1String(".zzz"));
                    else
                        r.notReproducible();
                }
            }
        }
        // am/pm: "4pm", "11:00 am", "2:30 p.m." (Qt writes "am"/"AM" with h, not "a.m.").
        const qsizetype beforeMeridiem = r.pos();
        const qsizetype patternBeforeMeridiem = r.patternText().size();
        r.literal(QLatin1String(" \t"));
        bool meridiem = false;
        bool pm = false;
        const QChar first = r.peek();
        if (isLetter(first) && ((first.unicode() | 0x20) == u'a' || (first.unicode() | 0x20) == u'p')) {
            const qsizetype at = r.pos();
            r.unread(at + 1);
            const bool dotted = r.peek() == QLatin1Char('.');
            if (dotted)
                r.unread(r.pos() + 1);
            const QChar second = r.peek();
            if (isLetter(second) && (second.unicode() | 0x20) == u'm') {
                r.unread(r.pos() + 1);
                if (dotted && r.peek() == QLatin1Char('.'))
                    r.unread(r.pos() + 1);
                if (!isLetter(r.peek())) {
                    meridiem = true;
                    pm = (first.unicode() | 0x20) == u'p';
                    if (dotted)
                        r.notReproducible();
                    // 12-hour clock: h/hh with ap/AP.
                    QString &pattern = r.patternText();
                    pattern[hourAt] = QLatin1Char('h');
                    if (hw == 2)
                        pattern[hourAt + 1] = QLatin1Char('h');
                    pattern += first.isUpper() ? QLatin1String("AP") : QLatin1String("ap");
                }
            }
            if (!meridiem)
                r.unread(at);
        }
        if (!meridiem) {
            r.unread(beforeMeridiem);
            r.patternText().truncate(patternBeforeMeridiem);
        } else {
            if (hour < 1 || hour > 12)
                return false;
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (!minutes && !meridiem)
            return false;
        f->time = QTime(hour, minute, second, fraction);
        f->hasTime = true;
        if (!f->time.isValid())
            return false;
    }
    if (!f->hasTime)
        return r.atEnd();

    // The zone: "Z", " UTC", " -0700", "+02:00", " +01", " PST", " UTC+01:00", " CET".
    const qsizetype beforeZone = r.pos();
    const int spaces = r.literal(QLatin1String(" \t"));
    QString &pattern = r.patternText();
    if (spaces)
        pattern.chop(spaces);   // the offset token carries its own space
    if (r.atEnd())
        return true;
    const QString lead = spaces ? QStringLiteral(" ") : QString();
    int seconds = 0;
    bool colon = false, minutes = false;
    if (readNumericOffset(r, &seconds, &colon, &minutes)) {
        f->hasOffset = f->writtenOffset = true;
        f->offsetSeconds = f->writtenOffsetSeconds = seconds;
        if (minutes)
            pattern += lead + (colon ? QLatin1String("+hh:mm") : QLatin1String("+hhmm"));
        else
            r.notReproducible();
    } else if (isLetter(r.peek())) {
        const QStringView name = r.word();
        if (name.size() > 5)
            return false;
        const bool utcLike = name.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String("GMT"), Qt::CaseInsensitive) == 0;
        if (utcLike && readNumericOffset(r, &seconds, &colon, &minutes)) {
            // "UTC+01:00": Date._parse reads it, but Time.zone_offset does not know it, so Ruby
            // keeps the time local. The written offset is kept for writing the date back.
            f->writtenOffset = true;
            f->writtenOffsetSeconds = seconds;
            if (minutes)
                pattern += lead + name.toString() + (colon ? QLatin1String("+hh:mm") : QLatin1String("+hhmm"));
            else
                r.notReproducible();
        } else if (rubyZoneOffset(name, &seconds)) {
            f->hasOffset = f->writtenOffset = true;
            f->offsetSeconds = f->writtenOffsetSeconds = seconds;
            if (name == QLatin1String("Z") && !spaces)
                pattern += QLatin1String("Z");
            else if (name == QLatin1String("UTC") && spaces)
                pattern += QLatin1String(" UTC");
            else {
                pattern += lead;
                r.quoted(name);
            }
        } else {
            // A zone Ruby does not know ("CET"): read, ignored, time stays local.
            pattern += lead;
            r.quoted(name);
        }
    } else {
        r.unread(beforeZone);
    }
    r.literal(QLatin1String(" \t"));
    if (!r.atEnd())
        return false;
    // Trailing blanks are not part of the format.
    while (!pattern.isEmpty() && isSpace(pattern.back()))
        pattern.chop(1);
    return true;
}

} // namespace

JekyllDate::Fields JekyllDate::read(QStringView text)
{
    Fields f;
    text = text.trimmed();
    if (!mayBeDate(text))
        return f;
    Reader r(text);
    if (!readDate(r, &f))
        return Fields();
    const qsizetype dateFormatLength = r.patternText().size();
    if (!readTimeAndZone(r, &f))
        return Fields();
    if (!f.hasTime)
        f.time = QTime(0, 0);
    f.valid = true;
    if (r.reproducible()) {
        f.format = std::move(r.patternText());
        f.dateFormatLength = dateFormatLength;
    }
    return f;
}

QDate JekyllDate::dateOfFileName(QStringView fileName, qsizetype *prefixLength)
{
    // DATE_FILENAME_MATCHER: ^(?>.+/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$ — on the last path
    // segment; Lectern asks for a four-digit year and does not require the extension.
    const qsizetype slash = fileName.lastIndexOf(QLatin1Char('/'));
    const QStringView name = fileName.sliced(slash + 1);
    Reader r(name);
    int year = 0, month = 0, day = 0;
    if (r.digits(4, &year) != 4 || r.peek() != QLatin1Char('-'))
        return {};
    r.unread(r.pos() + 1);
    if (!r.digits(2, &month) || r.peek() != QLatin1Char('-'))
        return {};
    r.unread(r.pos() + 1);
    if (!r.digits(2, &day) || r.peek() != QLatin1Char('-'))
        return {};
    const QDate date(year, month, day);
    if (date.isValid() && prefixLength)
        *prefixLength = r.pos() + 1;
    return date;
}

} // namespace Lectern
