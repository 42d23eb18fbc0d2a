// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 19: File → Export Site Calendar…: the feed is written on a worker and the status text says
// how many events and which posts were skipped and why.
#include "site.h"
#include "sitecalendarexport.h"
#include "testsupport.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Lectern;

class TestSiteCalendarExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheFeedOffTheGuiThread();
    void noSiteSaysSo();
};

void TestSiteCalendarExport::writesTheFeedOffTheGuiThread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = LecternTest::copyExampleSite(dir.path());
    Site site;
    site.openNow(root);
    QWidget window;
    SiteCalendarExport calendar(&site, &window);
    QSignalSpy done(&calendar, &SiteCalendarExport::done);
    QSignalSpy gaps(&calendar, &SiteCalendarExport::gaps);
    SiteCalendar::Options options;
    options.now = QDateTime(QDate(2025, 4, 1), QTime(0, 0), Qt::UTC);
    const QString path = QDir(root).filePath(QStringLiteral("seminars.ics"));
    calendar.exportTo(path, options);
    QVERIFY(calendar.isRunning());
    QVERIFY(!calendar.action()->isEnabled());   // one export at a time
    QVERIFY(done.wait(60000));
    QVERIFY(!calendar.isRunning());
    QVERIFY(calendar.action()->isEnabled());
    QCOMPARE(done.first().at(0).toBool(), true);
    const QString text = done.first().at(1).toString();
    QVERIFY2(text.contains(QLatin1String("seminars.ics: 2 event")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("1 past left out")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("2025-06-02-new-gpu-cluster.md (")), qPrintable(text));   // skipped, named, why
    // The skipped post is also a note of its own for the bar above the editor (the status line is cut).
    QCOMPARE(gaps.size(), 1);
    const QStringList notes = gaps.first().at(1).toStringList();
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().startsWith(QLatin1String("2025-06-02-new-gpu-cluster.md is not in the calendar: ")), qPrintable(notes.first()));
    const QByteArray ics = LecternTest::readAll(path);
    QCOMPARE(ics.count("BEGIN:VEVENT"), 2);
    QVERIFY(QFileInfo::exists(SiteCalendar::statePath(root)));
}

void TestSiteCalendarExport::noSiteSaysSo()
{
    Site site;
    QWidget window;
    SiteCalendarExport calendar(&site, &window);
    QSignalSpy message(&calendar, &SiteCalendarExport::message);
    calendar.action()->trigger();
    QCOMPARE(message.size(), 1);
    QVERIFY(message.first().first().toString().contains(QLatin1String("open a post")));
}

QTEST_MAIN(TestSiteCalendarExport)
#include "tst_sitecalendarexport.moc"
