// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtime.h"
#include "exporthtml.h"
#include "exporttestsupport.h"
#include "icalendar.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Lectern;
using namespace LecternTest;

namespace {

struct Property
{
    QString name;
    QMap<QString, QString> params;
    QString value;
};

// A small RFC 5545 reader: checks line endings and lengths, unfolds, splits name;params:value.
QList<Property> parseCalendar(const QByteArray &ics, QString *error)
{
    QList<Property> out;
    if (!ics.endsWith("\r\n")) {
        *error = QStringLiteral("does not end with CRLF");
        return out;
    }
    const QList<QByteArray> physical = ics.left(ics.size() - 2).split('\n');
    QByteArray logical;
    QList<QByteArray> lines;
    for (const QByteArray &raw : physical) {
        if (!raw.endsWith('\r') && &raw != &physical.last()) {
            *error = QStringLiteral("bare LF");
            return out;
        }
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.size() > 75) {
            *error = QStringLiteral("line longer than 75 octets: ") + QString::fromUtf8(line);
            return out;
        }
        if (line.startsWith(' '))
            logical += line.mid(1);
        else {
            if (!logical.isEmpty())
                lines << logical;
            logical = line;
        }
    }
    lines << logical;
    QStringList stack;
    for (const QByteArray &l : lines) {
        const QString line = QString::fromUtf8(l);
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error = QStringLiteral("no colon: ") + line;
            return out;
        }
        Property p;
        const QStringList head = line.left(colon).split(QLatin1Char(';'));
        p.name = head.first();
        for (const QString &param : head.mid(1))
            p.params.insert(param.section(QLatin1Char('='), 0, 0), param.section(QLatin1Char('='), 1));
        p.value = line.mid(colon + 1);
        if (p.name == QLatin1String("BEGIN"))
            stack << p.value;
        else if (p.name == QLatin1String("END") && (stack.isEmpty() || stack.takeLast() != p.value)) {
            *error = QStringLiteral("unbalanced END:") + p.value;
            return out;
        }
        out << p;
    }
    if (!stack.isEmpty())
        *error = QStringLiteral("unclosed ") + stack.join(QLatin1Char(','));
    return out;
}

// The first property of that name inside the component (VEVENT by default).
Property find(const QList<Property> &props, const QString &name, const QString &component = QStringLiteral("VEVENT"))
{
    bool inside = false;
    for (const Property &p : props) {
        if (p.name == QLatin1String("BEGIN") && p.value == component)
            inside = true;
        else if (p.name == QLatin1String("END") && p.value == component)
            inside = false;
        else if (inside && p.name == name)
            return p;
    }
    return {};
}

} // namespace

class TestExportCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseWhen_data();
    void parseWhen();
    void seedEvent();
    void foldingNeverSplitsCharacters();
    void escaping();
    void noTimeSaysSo();
    void vtimezoneCoversTheEvent_data();
    void vtimezoneCoversTheEvent();
    void changedDateWhenLine_data();
    void changedDateWhenLine();
    void changedDateWhenLineWins();
};

void TestExportCalendar::parseWhen_data()
{
    QTest::addColumn<QString>("when");
    QTest::addColumn<QString>("siteZone");
    QTest::addColumn<QString>("start");   // ISO local, empty when invalid
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("zone");
    QTest::newRow("seed style: weekday, date, 11:00am – 12:00pm PDT")
        << QStringLiteral("Wednesday, March 19, 2025, 11:00am – 12:00pm PDT") << QString()
        << QStringLiteral("2025-03-19T11:00:00") << QStringLiteral("2025-03-19T12:00:00") << QStringLiteral("America/Los_Angeles");
    QTest::newRow("spaced am/pm with PT")
        << QStringLiteral("Wednesday, March 19, 2025, 11:00 am – 12:00 pm PT") << QString()
        << QStringLiteral("2025-03-19T11:00:00") << QStringLiteral("2025-03-19T12:00:00") << QStringLiteral("America/Los_Angeles");
    QTest::newRow("afternoon PST in winter")
        << QStringLiteral("Tuesday, January 14, 2025, 2:30pm - 3:45pm PST") << QString()
        << QStringLiteral("2025-01-14T14:30:00") << QStringLiteral("2025-01-14T15:45:00") << QStringLiteral("America/Los_Angeles");
    QTest::newRow("start takes the end's meridiem: 11 – 12:30pm ET")
        << QStringLiteral("June 12, 2025, 11 – 12:30pm ET") << QString()
        << QStringLiteral("2025-06-12T11:00:00") << QStringLiteral("2025-06-12T12:30:00") << QStringLiteral("America/New_York");
    QTest::newRow("no end time") << QStringLiteral("Thursday, June 12, 2025, 3pm CET") << QString()
                                 << QStringLiteral("2025-06-12T15:00:00") << QString() << QStringLiteral("Europe/Berlin");
    QTest::newRow("no zone: site zone from _config.yml")
        << QStringLiteral("March 19, 2025, 11:00am") << QStringLiteral("America/Los_Angeles")
        << QStringLiteral("2025-03-19T11:00:00") << QString() << QStringLiteral("America/Los_Angeles");
    QTest::newRow("no zone and no site zone: refused") << QStringLiteral("March 19, 2025, 11:00am") << QString()
                                                        << QString() << QString() << QString();
    QTest::newRow("date without time: refused") << QStringLiteral("Wednesday, March 19, 2025") << QStringLiteral("UTC")
                                                << QString() << QString() << QString();
    QTest::newRow("unknown zone: refused") << QStringLiteral("March 19, 2025, 11:00am XYZ") << QString()
                                           << QString() << QString() << QString();
    QTest::newRow("no date: refused") << QStringLiteral("next Wednesday at noon") << QStringLiteral("UTC")
                                      << QString() << QString() << QString();
}

void TestExportCalendar::parseWhen()
{
    QFETCH(QString, when);
    QFETCH(QString, siteZone);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, zone);
    const EventTime e = EventTime::parse(when, siteZone);
    if (start.isEmpty()) {
        QVERIFY(!e.isValid());
        QVERIFY(!e.problem().isEmpty());
        return;
    }
    QVERIFY2(e.isValid(), qPrintable(e.problem()));
    QCOMPARE(e.start().toString(Qt::ISODate).left(19), start);
    QCOMPARE(e.end().isValid() ? e.end().toString(Qt::ISODate).left(19) : QString(), end);
    QCOMPARE(e.timeZoneId(), zone);
    QCOMPARE(e.start().timeZone().id(), zone.toUtf8());
}

void TestExportCalendar::seedEvent()
{
    const ExportInput input = exportInputForFile(seedPost());
    const QString text = HtmlExport::bodyPlainText(input);
    const EventTime time = EventTime::fromPost(input.frontMatter, text, input.site.timezone);
    QVERIFY2(time.isValid(), qPrintable(time.problem()));
    ICalendar::Event event;
    event.summary = input.title();
    event.location = time.location();
    event.description = text;
    event.url = input.publicUrl();
    QString error;
    const QList<Property> props = parseCalendar(ICalendar::write(time, event), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Property start = find(props, QStringLiteral("DTSTART"));
    QCOMPARE(start.params.value(QStringLiteral("TZID")), QStringLiteral("America/Los_Angeles"));
    QCOMPARE(start.value, QStringLiteral("20250319T110000"));
    QCOMPARE(find(props, QStringLiteral("DTEND")).value, QStringLiteral("20250319T120000"));
    QCOMPARE(find(props, QStringLiteral("TZID"), QStringLiteral("VTIMEZONE")).value, QStringLiteral("America/Los_Angeles"));
    QCOMPARE(find(props, QStringLiteral("TZOFFSETTO"), QStringLiteral("DAYLIGHT")).value, QStringLiteral("-0700"));   // March 9 2025: PDT starts
    QCOMPARE(find(props, QStringLiteral("SUMMARY")).value,
             QStringLiteral("Supporting Research Infrastructure Communities Through LUMI AI and AI Factories\\, Nordic and European Perspective"));
    QCOMPARE(find(props, QStringLiteral("LOCATION")).value, QStringLiteral("MDR #1137 Conference Room"));
    QCOMPARE(find(props, QStringLiteral("URL")).value, QStringLiteral("https://scitech.example.org/lab/blog/lumi-ai-factories/"));
    const QString description = find(props, QStringLiteral("DESCRIPTION")).value;
    QVERIFY(description.startsWith(QLatin1String("- When: Wednesday\\, March 19\\, 2025")));
    QVERIFY(!description.contains(QLatin1String("**")));
    // A calendar shows plain text: the heading without Markdown's "##".
    QVERIFY2(description.contains(QLatin1String("\\n\\nBio:\\n")) && !description.contains(QLatin1String("##")), qPrintable(description));
    QVERIFY(description.contains(QStringLiteral("Jyväskylä")));
    // The absolute instant is right: 11:00 PDT is 18:00 UTC.
    QCOMPARE(time.start().toUTC(), QDateTime(QDate(2025, 3, 19), QTime(18, 0), Qt::UTC));
}

void TestExportCalendar::foldingNeverSplitsCharacters()
{
    const QByteArray line = QStringLiteral("DESCRIPTION:%1").arg(QString(100, QChar(0x00e4))).toUtf8();
    const QByteArray folded = ICalendar::foldLine(line);
    for (const QByteArray &part : folded.split('\n')) {
        QVERIFY(part.size() <= 76);   // 75 octets + CR
        QVERIFY(QString::fromUtf8(part).indexOf(QChar(0xfffd)) < 0);
    }
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    QCOMPARE(unfolded, line + "\r\n");
}

void TestExportCalendar::escaping()
{
    QCOMPARE(ICalendar::escapeText(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
}

void TestExportCalendar::noTimeSaysSo()
{
    const EventTime none = EventTime::fromPost({}, QStringLiteral("Just a news item."), QStringLiteral("UTC"));
    QVERIFY(!none.isValid());
    QVERIFY(none.problem().contains(QLatin1String("When:")));
    QVariantMap fm;
    fm.insert(QStringLiteral("date"), QStringLiteral("2025-06-12"));
    fm.insert(QStringLiteral("time"), QStringLiteral("2:00pm – 3:00pm PT"));
    const EventTime fromFrontMatter = EventTime::fromPost(fm, QString(), QString());
    QVERIFY2(fromFrontMatter.isValid(), qPrintable(fromFrontMatter.problem()));
    QCOMPARE(fromFrontMatter.start(), QDateTime(QDate(2025, 6, 12), QTime(14, 0), QTimeZone("America/Los_Angeles")));
}

void TestExportCalendar::vtimezoneCoversTheEvent_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("VTIMEZONE covers the event: Europe/Berlin (northern DST), every month") << QStringLiteral("Europe/Berlin");
    QTest::newRow("VTIMEZONE covers the event: America/Los_Angeles (northern DST), every month")
        << QStringLiteral("America/Los_Angeles");
    QTest::newRow("VTIMEZONE covers the event: Australia/Sydney (southern DST), every month")
        << QStringLiteral("Australia/Sydney");
    QTest::newRow("VTIMEZONE covers the event: Pacific/Auckland (southern DST), every month")
        << QStringLiteral("Pacific/Auckland");
    QTest::newRow("VTIMEZONE covers the event: Asia/Tokyo (no DST), every month") << QStringLiteral("Asia/Tokyo");
    QTest::newRow("VTIMEZONE covers the event: Asia/Kolkata (no DST, half hour), every month")
        << QStringLiteral("Asia/Kolkata");
    QTest::newRow("VTIMEZONE covers the event: America/Sao_Paulo (DST abolished 2019), every month")
        << QStringLiteral("America/Sao_Paulo");
}

// The file's own VTIMEZONE, read by python3-icalendar (not our reader, not the system zone data),
// puts DTSTART at the intended UTC instant: an event on the 1st and the 15th of every month of 2025
// and 2026, and on the days clocks change.
void TestExportCalendar::vtimezoneCoversTheEvent()
{
    QFETCH(QString, zone);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        QSKIP("no /usr/bin/python3");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    QList<QDateTime> starts;
    for (int year : {2025, 2026}) {
        for (int month = 1; month <= 12; ++month) {
            starts << QDateTime(QDate(year, month, 1), QTime(0, 30), tz)
                   << QDateTime(QDate(year, month, 15), QTime(10, 0), tz);
        }
        // The day of each change, in the afternoon (after any change at night).
        for (const QTimeZone::OffsetData &t : tz.transitions(QDateTime(QDate(year, 1, 1), QTime(0, 0), Qt::UTC),
                                                           QDateTime(QDate(year, 12, 31), QTime(0, 0), Qt::UTC)))
            starts << QDateTime(t.atUtc.toTimeZone(tz).date(), QTime(15, 0), tz);
    }
    QStringList args = {QStringLiteral(LECTERN_SOURCE_DIR "/tests/render/ics_utc_check.py")};
    for (const QDateTime &start : std::as_const(starts)) {
        const QString when = start.toString(QStringLiteral("MMMM d, yyyy, h:mmap"));
        const EventTime time = EventTime::parse(when, zone);
        QVERIFY2(time.isValid(), qPrintable(when + QStringLiteral(": ") + time.problem()));
        QCOMPARE(time.start(), start);
        ICalendar::Event event;
        event.summary = QStringLiteral("Talk");
        const QString file = dir.filePath(start.toString(QStringLiteral("yyyyMMdd-hhmm")) + QStringLiteral(".ics"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(ICalendar::write(time, event));
        out.close();
        args << file << start.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    }
    QProcess checker;
    checker.start(python, args);
    QVERIFY(checker.waitForFinished(60000));
    const QString report = QString::fromUtf8(checker.readAllStandardOutput() + checker.readAllStandardError());
    if (checker.exitCode() == 77)
        QSKIP("python3-icalendar is not installed");
    QVERIFY2(checker.exitStatus() == QProcess::NormalExit && checker.exitCode() == 0, qPrintable(report));
}

// Issue 15, kind "a changed date leaves the event on the old day": the When: line's day is found
// where it is written, and rewritten to another day in the style it was written in.
void TestExportCalendar::changedDateWhenLine_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QDate>("day");        // the day the When: line names
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("moved");    // the line's day text rewritten for 20 March 2025 (or 2 May)
    const QDate march19(2025, 3, 19);
    QTest::newRow("changed date, When: line: seed style, weekday and month in full")
        << QStringLiteral("\n\n- **When:** Wednesday, March 19, 2025, 11:00am – 12:00pm PDT\n") << march19 << 3 << 13
        << QStringLiteral("Thursday, March 20, 2025");
    QTest::newRow("changed date, When: line: short weekday and month, ordinal")
        << QStringLiteral("When: Wed, Mar 19th, 2025 at 3pm CET") << march19 << 1 << 7 << QStringLiteral("Thu, Mar 20th, 2025");
    QTest::newRow("changed date, When: line: day first, no weekday")
        << QStringLiteral("Intro.\n**When**: 19 March 2025, 14:00 UTC") << march19 << 2 << 11 << QStringLiteral("20 March 2025");
    QTest::newRow("changed date, When: line: ISO")
        << QStringLiteral("* When: 2025-03-19 10:00 UTC") << march19 << 1 << 9 << QStringLiteral("2025-03-20");
    QTest::newRow("changed date, When: line: short month with a dot")
        << QStringLiteral("When: Mar. 19, 2025, 10am ET") << march19 << 1 << 7 << QStringLiteral("Mar. 20, 2025");
    QTest::newRow("changed date, When: line: no day in it (only a time): nothing to move")
        << QStringLiteral("When: 3pm in the big room") << QDate() << 1 << 0 << QString();
    QTest::newRow("changed date, When: line: none at all") << QStringLiteral("Just news.") << QDate() << 0 << 0 << QString();
}

void TestExportCalendar::changedDateWhenLine()
{
    QFETCH(QString, body);
    QFETCH(QDate, day);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, moved);
    const EventTime::WhenLine when = EventTime::whenLine(body);
    QCOMPARE(when.day, day);
    QCOMPARE(when.line, line);
    QCOMPARE(when.column, column);
    if (!day.isValid())
        return;
    const QString dayText = body.mid(when.dayStart, when.dayLength);
    QCOMPARE(EventTime::rewriteDay(dayText, QDate(2025, 3, 20)), moved);
    // Rewritten and read again: the new day, in every style.
    QString after = body;
    after.replace(when.dayStart, when.dayLength, moved);
    QCOMPARE(EventTime::whenLine(after).day, QDate(2025, 3, 20));
    const QString may = EventTime::rewriteDay(dayText, QDate(2025, 5, 2));
    QCOMPARE(EventTime::whenLine(QString(body).replace(when.dayStart, when.dayLength, may)).day, QDate(2025, 5, 2));
}

// The documented rule (eventtime.h, docs/events.md): without event_start or time in front matter,
// the calendar event is on the When: line's day, whatever the front-matter date says.
void TestExportCalendar::changedDateWhenLineWins()
{
    QVariantMap fm;
    fm.insert(QStringLiteral("date"), QStringLiteral("20 March 2025"));
    const EventTime e = EventTime::fromPost(fm, QStringLiteral("- **When:** Wednesday, March 19, 2025, 11:00am – 12:00pm PDT\n"),
                                            QStringLiteral("UTC"));
    QVERIFY2(e.isValid(), qPrintable(e.problem()));
    QCOMPARE(e.start().date(), QDate(2025, 3, 19));
}

QTEST_GUILESS_MAIN(TestExportCalendar)
#include "tst_exportcalendar.moc"
