// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateformat.h"
#include "jekylldate.h"
#include "postdate.h"

#include <QFileInfo>
#include <QTest>

using namespace Lectern;

// JekyllDate against Jekyll 4.3.1 itself. The expected values of parseLikeJekyll were produced on this
// machine with
//   ruby -e 'ENV["TZ"]="America/Los_Angeles"; require "jekyll";
//            puts Jekyll::Utils.parse_date(TEXT).strftime("%Y-%m-%d %H:%M:%S %z")'
// and those of psychTimestamps with Jekyll::Utils.parse_date(Jekyll::Utils.safe_load_yaml("date: TEXT")["date"].to_s).
class TestJekyllDate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseLikeJekyll_data();
    void parseLikeJekyll();
    void notADate_data();
    void notADate();
    void psychTimestamps_data();
    void psychTimestamps();
    void writtenStyleRoundTrips_data();
    void writtenStyleRoundTrips();
    void fileNames_data();
    void fileNames();
    void otherSiteZone();
};

void TestJekyllDate::parseLikeJekyll_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");   // in America/Los_Angeles
    QTest::newRow("ISO date") << QStringLiteral("2025-03-19") << QStringLiteral("2025-03-19 00:00:00 -0700");
    QTest::newRow("ISO single-digit month and day") << QStringLiteral("2025-3-9") << QStringLiteral("2025-03-09 00:00:00 -0800");
    QTest::newRow("slashes") << QStringLiteral("2025/03/19") << QStringLiteral("2025-03-19 00:00:00 -0700");
    QTest::newRow("compact digits") << QStringLiteral("20250319") << QStringLiteral("2025-03-19 00:00:00 -0700");
    QTest::newRow("day month-name year") << QStringLiteral("19 March 2025") << QStringLiteral("2025-03-19 00:00:00 -0700");
    QTest::newRow("abbreviated month") << QStringLiteral("19 Mar 2025") << QStringLiteral("2025-03-19 00:00:00 -0700");
    QTest::newRow("hyphenated day-month-year") << QStringLiteral("19-Mar-2025") << QStringLiteral("2025-03-19 00:00:00 -0700");
    QTest::newRow("ordinal day") << QStringLiteral("19th March 2025") << QStringLiteral("2025-03-19 00:00:00 -0700");
    QTest::newRow("month-name day, year") << QStringLiteral("March 19, 2025") << QStringLiteral("2025-03-19 00:00:00 -0700");
    QTest::newRow("abbreviated month-name day year") << QStringLiteral("Mar 19 2025") << QStringLiteral("2025-03-19 00:00:00 -0700");
    QTest::newRow("weekday, day month year") << QStringLiteral("Wednesday, 19 March 2025") << QStringLiteral("2025-03-19 00:00:00 -0700");
    QTest::newRow("RFC 2822") << QStringLiteral("Wed, 19 Mar 2025 10:00:00 -0700") << QStringLiteral("2025-03-19 10:00:00 -0700");
    QTest::newRow("date-time with offset") << QStringLiteral("2024-08-16 10:00:00 -0700") << QStringLiteral("2024-08-16 10:00:00 -0700");
    QTest::newRow("offset east of UTC crosses midnight") << QStringLiteral("2025-03-20 01:30:00 +0100") << QStringLiteral("2025-03-19 17:30:00 -0700");
    QTest::newRow("T and Z") << QStringLiteral("2024-08-16T10:00:00Z") << QStringLiteral("2024-08-16 03:00:00 -0700");
    QTest::newRow("colon offset") << QStringLiteral("2024-08-16 10:00 +02:00") << QStringLiteral("2024-08-16 01:00:00 -0700");
    QTest::newRow("hour-only offset") << QStringLiteral("2025-03-19 10:00 +01") << QStringLiteral("2025-03-19 02:00:00 -0700");
    QTest::newRow("UTC word") << QStringLiteral("2025-03-19 10:00:00 UTC") << QStringLiteral("2025-03-19 03:00:00 -0700");
    QTest::newRow("zone Ruby knows: PST") << QStringLiteral("2025-03-19 10:00 PST") << QStringLiteral("2025-03-19 11:00:00 -0700");
    QTest::newRow("zone Ruby knows: EDT") << QStringLiteral("2025-03-19 10:00:00 EDT") << QStringLiteral("2025-03-19 07:00:00 -0700");
    QTest::newRow("zone Ruby ignores: CET") << QStringLiteral("2025-03-19 10:00 CET") << QStringLiteral("2025-03-19 10:00:00 -0700");
    QTest::newRow("UTC+hh:mm is ignored by Ruby") << QStringLiteral("2018-05-31 13:00:00 UTC+01:00") << QStringLiteral("2018-05-31 13:00:00 -0700");
    QTest::newRow("fraction of a second") << QStringLiteral("2025-03-19 10:00:00.5 -0700") << QStringLiteral("2025-03-19 10:00:00 -0700");
    QTest::newRow("pm without minutes") << QStringLiteral("2024-08-16 4pm") << QStringLiteral("2024-08-16 16:00:00 -0700");
    QTest::newRow("am with minutes") << QStringLiteral("2025-03-19 11:00 am") << QStringLiteral("2025-03-19 11:00:00 -0700");
    QTest::newRow("12 AM is midnight") << QStringLiteral("2025-03-19 12:00 AM") << QStringLiteral("2025-03-19 00:00:00 -0700");
    QTest::newRow("winter date, PST") << QStringLiteral("2024-01-16") << QStringLiteral("2024-01-16 00:00:00 -0800");
    QTest::newRow("abbreviation with a dot and an ordinal") << QStringLiteral("Mar. 19th 2025") << QStringLiteral("2025-03-19 00:00:00 -0700");
    QTest::newRow("dotted weekday and month") << QStringLiteral("Wed. Mar. 19, 2025") << QStringLiteral("2025-03-19 00:00:00 -0700");
    QTest::newRow("surrounding blanks") << QStringLiteral("  2025-03-19 10:00  ") << QStringLiteral("2025-03-19 10:00:00 -0700");
}

void TestJekyllDate::parseLikeJekyll()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QDateTime date = JekyllDate::parse(text, QStringLiteral("America/Los_Angeles"));
    QVERIFY2(date.isValid(), qPrintable(text));
    QCOMPARE(JekyllDate::format(date, QStringLiteral("%Y-%m-%d %H:%M:%S %z")), expected);
}

void TestJekyllDate::notADate_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("words") << QStringLiteral("next Tuesday");
    QTest::newRow("a title starting with a month's letters") << QStringLiteral("Marching band practice");
    QTest::newRow("a weekday alone") << QStringLiteral("Tuesday");
    QTest::newRow("a year alone") << QStringLiteral("2025");
    QTest::newRow("a number") << QStringLiteral("1234567");
    QTest::newRow("impossible day") << QStringLiteral("2024-02-31");
    QTest::newRow("trailing words") << QStringLiteral("2025-03-19 and later");
    QTest::newRow("a URL") << QStringLiteral("https://example.org/2025-03-19");
    QTest::newRow("a path with a date") << QStringLiteral("/assets/2025-03-19.png");
    QTest::newRow("hour 25") << QStringLiteral("2025-03-19 25:00");
    QTest::newRow("13 pm") << QStringLiteral("2025-03-19 13pm");
    QTest::newRow("empty") << QString();
}

void TestJekyllDate::notADate()
{
    QFETCH(QString, text);
    QVERIFY(!JekyllDate::read(text).valid);
    QVERIFY(!JekyllDate::parse(text, QStringLiteral("UTC")).isValid());
    QVERIFY(!DateFormat::parse(text).valid);
    QVERIFY(!PostDate::parse(text).isValid());
}

void TestJekyllDate::psychTimestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("plain");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain timestamp without offset is UTC") << QStringLiteral("2025-03-19 10:00:00") << true
                                                           << QStringLiteral("2025-03-19 03:00:00 -0700");
    QTest::newRow("quoted: Time.parse, local") << QStringLiteral("2025-03-19 10:00:00") << false
                                               << QStringLiteral("2025-03-19 10:00:00 -0700");
    QTest::newRow("plain timestamp with offset") << QStringLiteral("2025-03-19 10:00:00 +0100") << true
                                                 << QStringLiteral("2025-03-19 02:00:00 -0700");
    QTest::newRow("plain, single-digit month") << QStringLiteral("2025-3-9 10:00:00") << true
                                               << QStringLiteral("2025-03-09 03:00:00 -0700");
    QTest::newRow("plain without seconds is no timestamp: local") << QStringLiteral("2025-03-19 10:00") << true
                                                                  << QStringLiteral("2025-03-19 10:00:00 -0700");
    QTest::newRow("plain date: local midnight") << QStringLiteral("2025-03-19") << true
                                                << QStringLiteral("2025-03-19 00:00:00 -0700");
}

void TestJekyllDate::psychTimestamps()
{
    QFETCH(QString, text);
    QFETCH(bool, plain);
    QFETCH(QString, expected);
    const QDateTime date = JekyllDate::parseFrontMatter(text, plain, QStringLiteral("America/Los_Angeles"));
    QCOMPARE(JekyllDate::format(date, QStringLiteral("%Y-%m-%d %H:%M:%S %z")), expected);
}

void TestJekyllDate::writtenStyleRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("nextDay");
    QTest::newRow("seed style") << QStringLiteral("19 March 2025") << QStringLiteral("d MMMM yyyy")
                                << QStringLiteral("20 March 2025");
    QTest::newRow("zero-padded day") << QStringLiteral("09 Mar 2025") << QStringLiteral("dd MMM yyyy")
                                     << QStringLiteral("10 Mar 2025");
    QTest::newRow("ISO, single digits") << QStringLiteral("2025-3-9") << QStringLiteral("yyyy-M-d")
                                        << QStringLiteral("2025-3-10");
    QTest::newRow("American with weekday") << QStringLiteral("Wednesday, March 19, 2025")
                                           << QStringLiteral("dddd, MMMM d, yyyy") << QStringLiteral("Thursday, March 20, 2025");
    QTest::newRow("offset kept") << QStringLiteral("2024-08-16 10:00:00 -0700")
                                 << QStringLiteral("yyyy-MM-dd HH:mm:ss +hhmm") << QStringLiteral("2024-08-17 10:00:00 -0700");
    QTest::newRow("12-hour clock") << QStringLiteral("2025-03-19 4:30 pm") << QStringLiteral("yyyy-MM-dd h:mm ap")
                                   << QStringLiteral("2025-03-20 4:30 pm");
    QTest::newRow("named zone kept as written") << QStringLiteral("2025-03-19 10:00 PST")
                                                << QStringLiteral("yyyy-MM-dd HH:mm 'PST'") << QStringLiteral("2025-03-20 10:00 PST");
}

void TestJekyllDate::writtenStyleRoundTrips()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QFETCH(QString, nextDay);
    const DateFormat::Parsed p = DateFormat::parse(text);
    QVERIFY(p.valid);
    QCOMPARE(p.format, format);
    QCOMPARE(DateFormat::write(p.dateTime, p.format), text);
    QCOMPARE(DateFormat::write(p.dateTime.addDays(1), p.format), nextDay);
}

void TestJekyllDate::fileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("prefix");
    QTest::newRow("post") << QStringLiteral("2025-03-19-talk.md") << QDate(2025, 3, 19) << 11;
    QTest::newRow("in a folder") << QStringLiteral("_posts/2024/2025-03-19-talk.md") << QDate(2025, 3, 19) << 11;
    QTest::newRow("single digits, as DATE_FILENAME_MATCHER allows") << QStringLiteral("2025-3-9-talk.md")
                                                                    << QDate(2025, 3, 9) << 9;
    QTest::newRow("CJK slug") << QStringLiteral("2025-05-01-量子计算研讨会.md") << QDate(2025, 5, 1) << 11;
    QTest::newRow("no date") << QStringLiteral("talk.md") << QDate() << 0;
    QTest::newRow("impossible date") << QStringLiteral("2025-02-30-talk.md") << QDate() << 0;
    QTest::newRow("date without slug") << QStringLiteral("2025-03-19.md") << QDate() << 0;
}

void TestJekyllDate::fileNames()
{
    QFETCH(QString, name);
    QFETCH(QDate, date);
    QFETCH(int, prefix);
    qsizetype length = 0;
    QCOMPARE(JekyllDate::dateOfFileName(name, &length), date);
    if (date.isValid())
        QCOMPARE(int(length), prefix);
    QCOMPARE(PostDate::fromFileName(QFileInfo(name).fileName()), date);
}

void TestJekyllDate::otherSiteZone()
{
    // The same instant in another site's zone; a date without offset is that zone's midnight.
    const QDateTime tokyo = JekyllDate::parse(QStringLiteral("2025-03-20 01:30:00 +0100"), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(JekyllDate::format(tokyo, QStringLiteral("%Y-%m-%d %H:%M %z")), QStringLiteral("2025-03-20 09:30 +0900"));
    const QDateTime plain = JekyllDate::parse(QStringLiteral("2025-03-19"), QStringLiteral("Asia/Tokyo"));
    QCOMPARE(JekyllDate::format(plain, QStringLiteral("%Y-%m-%d %H:%M %z")), QStringLiteral("2025-03-19 00:00 +0900"));
    // An unknown zone name falls back to the machine's zone, as Jekyll with no TZ does.
    QCOMPARE(JekyllDate::zone(QStringLiteral("Not/A_Zone")), QTimeZone::systemTimeZone());
}

QTEST_GUILESS_MAIN(TestJekyllDate)
#include "tst_jekylldate.moc"
