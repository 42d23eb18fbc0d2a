// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19: the site's calendar feed (SiteCalendar): which posts become events, stable UIDs, and a
// SEQUENCE that grows only when an event changes, so re-exporting an unchanged site writes the same bytes.
#include "icalendar.h"
#include "sitecalendar.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

// The logical lines (unfolded) of an ics, CRLF checked.
QStringList logicalLines(const QByteArray &ics)
{
    QByteArray text = ics;
    if (!text.endsWith("\r\n") || text.count('\n') != text.count("\r\n"))
        return {QStringLiteral("not CRLF")};
    text.replace("\r\n ", "");
    return QString::fromUtf8(text).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

// Each VEVENT's properties by name (the first of each), in file order.
QList<QMap<QString, QString>> events(const QByteArray &ics)
{
    QList<QMap<QString, QString>> out;
    bool inside = false;
    for (const QString &line : logicalLines(ics)) {
        if (line == QLatin1String("BEGIN:VEVENT")) {
            inside = true;
            out.append(QMap<QString, QString>());
        } else if (line == QLatin1String("END:VEVENT")) {
            inside = false;
        } else if (inside) {
            const QString name = line.section(QLatin1Char(':'), 0, 0);
            if (!out.last().contains(name))
                out.last().insert(name, line.section(QLatin1Char(':'), 1));
        }
    }
    return out;
}

QStringList uids(const QByteArray &ics)
{
    QStringList out;
    for (const auto &e : events(ics))
        out << e.value(QStringLiteral("UID"));
    return out;
}

QString post(const QString &title, const QString &categories, const QString &body, const QString &extra = QString())
{
    return QStringLiteral("---\ntitle: \"%1\"\ncategories: [%2]\n%3---\n\n%4\n").arg(title, categories, extra, body);
}

// Before every event but the old talk.
const QDateTime januaryFirst(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);

} // namespace

class TestSiteCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void selection_data();
    void selection();
    void eventTimesInTheirZones();
    void unchangedSiteSameBytes();
    void changedRoomBumpsSequence();
    void renamedPostIsANewEvent();
    void pinnedUidSurvivesRename();
    void noSite();
    void libicalNeverSplitsCharacters();

private:
    void write(const QString &relative, const QString &text);
    SiteCalendar::Result exportAt(const QDateTime &now, SiteCalendar::Options options = {});
    QString uid(const QString &slug) const { return QStringLiteral("lab/blog/%1@events.example.org").arg(slug); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
};

void TestSiteCalendar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->path();
    write(QStringLiteral("_config.yml"), QStringLiteral("title: Events Lab\nurl: https://events.example.org\nbaseurl: /lab\n"
                                                        "permalink: /blog/:title/\ntimezone: Europe/Berlin\nfuture: true\n"));
    write(QStringLiteral("_posts/2026-01-10-talk-a.md"),
          post(QStringLiteral("Talk A"), QStringLiteral("seminar"),
               QStringLiteral("- **When:** Thursday, January 15, 2026, 2:00pm – 3:00pm\n- **Where:** Room 101\n\nAbout A.")));
    write(QStringLiteral("_posts/2026-02-01-talk-b.md"),
          post(QStringLiteral("Talk B, with a comma"), QStringLiteral("seminar"),
               QStringLiteral("- **When:** February 5, 2026, 10:00am – 11:00am CET\n- **Where:** Room 202\n\nAbout B.")));
    write(QStringLiteral("_posts/2025-06-01-old-talk.md"),
          post(QStringLiteral("Old Talk"), QStringLiteral("seminar"), QStringLiteral("When: June 3, 2025, 4pm CET\n")));
    write(QStringLiteral("_posts/2026-01-05-workshop.md"),
          post(QStringLiteral("Workshop"), QStringLiteral("workshop"),
               QStringLiteral("- When: January 20, 2026, 9am – 5pm ET\n- Where: New York office\n")));
    write(QStringLiteral("_posts/2026-01-02-news.md"),
          post(QStringLiteral("News"), QStringLiteral("seminar"), QStringLiteral("A seminar room was painted.")));
    write(QStringLiteral("_posts/2026-01-03-hidden.md"),
          post(QStringLiteral("Hidden"), QStringLiteral("seminar"), QStringLiteral("When: January 16, 2026, 1pm CET"),
               QStringLiteral("published: false\n")));
    write(QStringLiteral("_drafts/draft-talk.md"),
          post(QStringLiteral("Draft"), QStringLiteral("seminar"), QStringLiteral("When: January 17, 2026, 1pm CET")));
}

void TestSiteCalendar::write(const QString &relative, const QString &text)
{
    LecternTest::writeFile(QDir(m_root).filePath(relative), text.toUtf8());
}

// Builds and writes the feed (and the sequence file) as the CLI and the window do.
SiteCalendar::Result TestSiteCalendar::exportAt(const QDateTime &now, SiteCalendar::Options options)
{
    options.now = now;
    const SiteCalendar::Result result = SiteCalendar::build(m_root, options);
    QString error;
    if (!SiteCalendar::write(result, QDir(m_root).filePath(QStringLiteral("seminars.ics")), &error))
        qWarning("%s", qPrintable(error));
    return result;
}

void TestSiteCalendar::selection_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("upcomingOnly");
    QTest::addColumn<QStringList>("slugs");     // the events, by start time
    QTest::addColumn<int>("past");
    QTest::addColumn<QStringList>("skipped");   // named, with the reason
    const QStringList news{QStringLiteral("_posts/2026-01-02-news.md")};
    QTest::newRow("every category, upcoming: past, draft and unpublished left out, the post without a time named")
        << QString() << true << QStringList{QStringLiteral("talk-a"), QStringLiteral("workshop"), QStringLiteral("talk-b")} << 1
        << news;
    QTest::newRow("category seminar, upcoming") << QStringLiteral("seminar") << true
                                                << QStringList{QStringLiteral("talk-a"), QStringLiteral("talk-b")} << 1 << news;
    QTest::newRow("category named in another case: Seminar") << QStringLiteral("Seminar") << true
                                                             << QStringList{QStringLiteral("talk-a"), QStringLiteral("talk-b")} << 1 << news;
    QTest::newRow("category seminar, past events too (--all)")
        << QStringLiteral("seminar") << false
        << QStringList{QStringLiteral("old-talk"), QStringLiteral("talk-a"), QStringLiteral("talk-b")} << 0 << news;
    QTest::newRow("category workshop: no post without a time in it") << QStringLiteral("workshop") << true
                                                                     << QStringList{QStringLiteral("workshop")} << 0 << QStringList();
    QTest::newRow("a category no post has: an empty calendar") << QStringLiteral("colloquium") << true << QStringList() << 0
                                                               << QStringList();
}

void TestSiteCalendar::selection()
{
    QFETCH(QString, category);
    QFETCH(bool, upcomingOnly);
    QFETCH(QStringList, slugs);
    QFETCH(int, past);
    QFETCH(QStringList, skipped);
    SiteCalendar::Options options;
    options.category = category;
    options.upcomingOnly = upcomingOnly;
    options.now = januaryFirst;
    const SiteCalendar::Result result = SiteCalendar::build(m_root, options);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QStringList named;
    QString reasons;
    for (const SiteCalendar::Skipped &s : result.skipped) {
        named << s.relativePath;
        reasons += s.relativePath + QStringLiteral(": ") + s.reason + QLatin1Char('\n');
    }
    QVERIFY2(named == skipped, qPrintable(reasons));
    for (const SiteCalendar::Skipped &s : result.skipped)
        QVERIFY2(s.reason.contains(QLatin1String("When:")), qPrintable(s.reason));   // says why
    QStringList expected;
    for (const QString &slug : std::as_const(slugs))
        expected << uid(slug);
    QCOMPARE(uids(result.calendar), expected);
    QCOMPARE(result.events, int(slugs.size()));
    QCOMPARE(result.past, past);
    QVERIFY(logicalLines(result.calendar).contains(QStringLiteral("X-WR-CALNAME:Events Lab")));
}

void TestSiteCalendar::eventTimesInTheirZones()
{
    const SiteCalendar::Result result = exportAt(januaryFirst);
    const auto all = events(result.calendar);
    QCOMPARE(all.size(), 3);
    // No zone on the When: line: the site's, from _config.yml (and a note says so).
    QCOMPARE(all.at(0).value(QStringLiteral("DTSTART;TZID=Europe/Berlin")), QStringLiteral("20260115T140000"));
    QCOMPARE(all.at(0).value(QStringLiteral("LOCATION")), QStringLiteral("Room 101"));
    QCOMPARE(all.at(0).value(QStringLiteral("URL")), QStringLiteral("https://events.example.org/lab/blog/talk-a/"));
    QVERIFY(!result.notes.filter(QStringLiteral("talk-a")).isEmpty());
    QCOMPARE(all.at(1).value(QStringLiteral("DTSTART;TZID=America/New_York")), QStringLiteral("20260120T090000"));
    QCOMPARE(all.at(2).value(QStringLiteral("SUMMARY")), QStringLiteral("Talk B\\, with a comma"));
    const QStringList lines = logicalLines(result.calendar);
    QCOMPARE(lines.filter(QStringLiteral("BEGIN:VTIMEZONE")).size(), 2);   // one per zone, not per event
    QVERIFY(lines.contains(QStringLiteral("TZID:Europe/Berlin")));
    QVERIFY(lines.contains(QStringLiteral("TZID:America/New_York")));
}

void TestSiteCalendar::unchangedSiteSameBytes()
{
    const SiteCalendar::Result first = exportAt(januaryFirst);
    QVERIFY(first.stateChanged);   // new events: remembered
    QVERIFY(QFileInfo::exists(SiteCalendar::statePath(m_root)));
    const QByteArray state = LecternTest::readAll(SiteCalendar::statePath(m_root));
    // A day later, nothing changed: the same bytes (DTSTAMP is the remembered one, not now).
    const SiteCalendar::Result second = exportAt(januaryFirst.addDays(1));
    QCOMPARE(second.calendar, first.calendar);
    QVERIFY(!second.stateChanged);
    QCOMPARE(LecternTest::readAll(SiteCalendar::statePath(m_root)), state);
    for (const auto &e : events(second.calendar)) {
        QCOMPARE(e.value(QStringLiteral("SEQUENCE")), QStringLiteral("0"));
        QCOMPARE(e.value(QStringLiteral("DTSTAMP")), QStringLiteral("20260101T090000Z"));
    }
}

void TestSiteCalendar::changedRoomBumpsSequence()
{
    const SiteCalendar::Result first = exportAt(januaryFirst);
    write(QStringLiteral("_posts/2026-01-10-talk-a.md"),
          post(QStringLiteral("Talk A"), QStringLiteral("seminar"),
               QStringLiteral("- **When:** Thursday, January 15, 2026, 2:00pm – 3:00pm\n- **Where:** Room 303\n\nAbout A.")));
    const QDateTime later = januaryFirst.addSecs(3600);
    const SiteCalendar::Result second = exportAt(later);
    QVERIFY(second.stateChanged);
    const auto before = events(first.calendar);
    const auto after = events(second.calendar);
    QCOMPARE(after.size(), before.size());
    QCOMPARE(after.at(0).value(QStringLiteral("UID")), uid(QStringLiteral("talk-a")));
    QCOMPARE(after.at(0).value(QStringLiteral("LOCATION")), QStringLiteral("Room 303"));
    QCOMPARE(after.at(0).value(QStringLiteral("SEQUENCE")), QStringLiteral("1"));
    QCOMPARE(after.at(0).value(QStringLiteral("DTSTAMP")), QStringLiteral("20260101T100000Z"));
    QCOMPARE(after.at(0).value(QStringLiteral("LAST-MODIFIED")), QStringLiteral("20260101T100000Z"));
    // The others did not change: same SEQUENCE, same stamp.
    for (int i : {1, 2})
        QCOMPARE(after.at(i), before.at(i));
    // Exported again unchanged: still 1, same bytes.
    const SiteCalendar::Result third = exportAt(later.addDays(2));
    QCOMPARE(third.calendar, second.calendar);
    // Changed once more: 2.
    write(QStringLiteral("_posts/2026-01-10-talk-a.md"),
          post(QStringLiteral("Talk A (moved)"), QStringLiteral("seminar"),
               QStringLiteral("- **When:** Thursday, January 15, 2026, 4:00pm – 5:00pm\n- **Where:** Room 303\n\nAbout A.")));
    QCOMPARE(events(exportAt(later.addDays(3)).calendar).at(0).value(QStringLiteral("SEQUENCE")), QStringLiteral("2"));
}

// Documented (docs/calendar.md): the UID comes from the post's URL, so renaming the file makes a new
// event (SEQUENCE 0) and the old UID leaves the feed; subscribed calendars drop the old one.
void TestSiteCalendar::renamedPostIsANewEvent()
{
    exportAt(januaryFirst);
    const QDir site(m_root);
    QVERIFY(QFile::rename(site.filePath(QStringLiteral("_posts/2026-01-10-talk-a.md")),
                          site.filePath(QStringLiteral("_posts/2026-01-10-talk-a-renamed.md"))));
    const SiteCalendar::Result result = exportAt(januaryFirst.addDays(1));
    const QStringList ids = uids(result.calendar);
    QVERIFY(!ids.contains(uid(QStringLiteral("talk-a"))));
    QCOMPARE(ids.first(), uid(QStringLiteral("talk-a-renamed")));
    QCOMPARE(events(result.calendar).first().value(QStringLiteral("SEQUENCE")), QStringLiteral("0"));
    // The old UID stays in the sequence file: renamed back, it goes on from where it was.
    QVERIFY(SiteCalendar::readState(result.state).contains(uid(QStringLiteral("talk-a"))));
}

// `calendar_uid:` in front matter keeps the UID across a rename; the changed URL is a change (SEQUENCE 1).
void TestSiteCalendar::pinnedUidSurvivesRename()
{
    write(QStringLiteral("_posts/2026-01-10-talk-a.md"),
          post(QStringLiteral("Talk A"), QStringLiteral("seminar"),
               QStringLiteral("- **When:** Thursday, January 15, 2026, 2:00pm – 3:00pm\n- **Where:** Room 101\n"),
               QStringLiteral("calendar_uid: talk-a-2026@events.example.org\n")));
    exportAt(januaryFirst);
    const QDir site(m_root);
    QVERIFY(QFile::rename(site.filePath(QStringLiteral("_posts/2026-01-10-talk-a.md")),
                          site.filePath(QStringLiteral("_posts/2026-01-10-talk-a-renamed.md"))));
    const auto first = events(exportAt(januaryFirst.addDays(1)).calendar).first();
    QCOMPARE(first.value(QStringLiteral("UID")), QStringLiteral("talk-a-2026@events.example.org"));
    QCOMPARE(first.value(QStringLiteral("SEQUENCE")), QStringLiteral("1"));
    QCOMPARE(first.value(QStringLiteral("URL")), QStringLiteral("https://events.example.org/lab/blog/talk-a-renamed/"));
}

void TestSiteCalendar::noSite()
{
    QTemporaryDir empty;
    const SiteCalendar::Result result = SiteCalendar::build(empty.path(), {});
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.calendar.isEmpty());
}

// libical folds long lines itself: at most 75 octets, never inside a UTF-8 sequence.
void TestSiteCalendar::libicalNeverSplitsCharacters()
{
    const EventTime time = EventTime::parse(QStringLiteral("January 15, 2026, 2pm CET"), QString());
    QVERIFY2(time.isValid(), qPrintable(time.problem()));
    ICalendar::Event event;
    event.summary = QStringLiteral("Jyväskylä ") + QString(60, QChar(0x00e4)) + QStringLiteral(" 日本語のセミナー ") + QString(40, QChar(0x65e5));
    event.description = QString(300, QChar(0x00f6));
    event.stamp = januaryFirst;
    const QByteArray ics = ICalendar::write(time, event);
    for (const QByteArray &physical : ics.split('\n')) {
        QVERIFY2(physical.size() <= 76, physical.constData());   // 75 octets + CR
        QVERIFY2(!QString::fromUtf8(physical).contains(QChar(0xfffd)), physical.constData());
    }
    const auto all = events(ics);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().value(QStringLiteral("SUMMARY")), event.summary);
    QCOMPARE(all.first().value(QStringLiteral("DESCRIPTION")), event.description);
}

QTEST_GUILESS_MAIN(TestSiteCalendar)
#include "tst_sitecalendar.moc"
