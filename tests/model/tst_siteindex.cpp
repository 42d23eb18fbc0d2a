// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteindex.h"
#include "sitepaths.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

QByteArray post(const char *title, const char *extra = "")
{
    return QByteArray("---\ntitle: \"") + title + "\"\n" + extra + "---\nBody.\n";
}

const PostEntry *find(const QList<PostEntry> &entries, const QString &relativePath)
{
    for (const PostEntry &e : entries) {
        if (e.relativePath == relativePath)
            return &e;
    }
    return nullptr;
}

} // namespace

class TestSiteIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void siteRoot_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("root");
        QTest::newRow("post in _posts: the folder above") << QStringLiteral("site/_posts/2025-01-01-a.md")
                                                         << QStringLiteral("site");
        QTest::newRow("post in category/_posts: two folders up")
                << QStringLiteral("site/news/_posts/2025-01-01-b.md") << QStringLiteral("site");
        QTest::newRow("the site folder itself") << QStringLiteral("site") << QStringLiteral("site");
        QTest::newRow("no _config.yml anywhere above: none") << QStringLiteral("loose/post.md") << QString();
    }
    void siteRoot()
    {
        QFETCH(QString, start);
        QFETCH(QString, root);
        QTemporaryDir dir;
        LecternTest::writeFile(dir.filePath(QStringLiteral("site/_config.yml")), "title: x\n");
        LecternTest::writeFile(dir.filePath(QStringLiteral("site/_posts/2025-01-01-a.md")), post("A"));
        LecternTest::writeFile(dir.filePath(QStringLiteral("site/news/_posts/2025-01-01-b.md")), post("B"));
        LecternTest::writeFile(dir.filePath(QStringLiteral("loose/post.md")), post("C"));
        QCOMPARE(SitePaths::findSiteRoot(dir.filePath(start)), root.isEmpty() ? QString() : dir.filePath(root));
    }

    // Each corpus config, with posts in every place Jekyll reads them from and some it ignores.
    void corpusConfigShapes_data()
    {
        QTest::addColumn<QString>("config");
        QTest::addColumn<QStringList>("collections");
        QTest::newRow("RSE-Sheffield: six output collections")
                << QStringLiteral("RSE-Sheffield__RSE-Sheffield.github.io__config.yml")
                << QStringList{QStringLiteral("events"), QStringLiteral("newsletters"), QStringLiteral("people"),
                               QStringLiteral("projects"), QStringLiteral("project_descriptions"),
                               QStringLiteral("case_studies")};
        QTest::newRow("USRSE: events and products")
                << QStringLiteral("USRSE__usrse.github.io__config.yml")
                << QStringList{QStringLiteral("events"), QStringLiteral("products")};
        QTest::newRow("cornell-scan: posts only")
                << QStringLiteral("cornell-scan__cornell-scan.github.io__config.yml") << QStringList();
        QTest::newRow("scitech-isi: research and publications")
                << QStringLiteral("scitech-isi__scitech-isi.github.io__config.yml")
                << QStringList{QStringLiteral("research"), QStringLiteral("publications")};
        QTest::newRow("uva-math: departmentpeople")
                << QStringLiteral("uva-math__uva-math-code__config.yml") << QStringList{QStringLiteral("departmentpeople")};
    }
    void corpusConfigShapes()
    {
        QFETCH(QString, config);
        QFETCH(QStringList, collections);
        if (LecternTest::sharedDir().isEmpty())
            QSKIP("../shared/corpus is absent: the corpus config shapes were not checked");
        QTemporaryDir dir;
        const QString root = dir.path();
        QVERIFY(QFile::copy(LecternTest::sharedDir() + QStringLiteral("/corpus/configs/") + config,
                            root + QStringLiteral("/_config.yml")));
        LecternTest::writeFile(root + QStringLiteral("/_posts/2025-01-02-a.md"), post("Top post", "date: 19 March 2025\ncategories: [seminar]\n"));
        LecternTest::writeFile(root + QStringLiteral("/_posts/2024/2024-05-01-nested.md"), post("Nested", "tags: hpc gpu\n"));
        LecternTest::writeFile(root + QStringLiteral("/news/_posts/2025-01-03-b.md"), post("Category folder post"));
        LecternTest::writeFile(root + QStringLiteral("/_drafts/c.md"), post("A draft"));
        LecternTest::writeFile(root + QStringLiteral("/_posts/2025-01-04-hidden.md"), post("Not published", "published: false\n"));
        LecternTest::writeFile(root + QStringLiteral("/_posts/2025-01-05-broken.md"), "---\ntitle: [unclosed\n---\nBody\n");
        LecternTest::writeFile(root + QStringLiteral("/_posts/notes.md"), post("No date in the name"));
        LecternTest::writeFile(root + QStringLiteral("/_undeclared/x.md"), post("Not a collection"));
        LecternTest::writeFile(root + QStringLiteral("/vendor/_posts/2025-01-01-gem.md"), post("Vendored"));
        LecternTest::writeFile(root + QStringLiteral("/_site/_posts/2025-01-01-built.md"), post("Built output"));
        LecternTest::writeFile(root + QStringLiteral("/_posts/image.jpg"), "binary");
        for (const QString &c : collections)
            LecternTest::writeFile(root + QStringLiteral("/_") + c + QStringLiteral("/doc.md"), post("Collection doc"));

        const QList<PostEntry> entries = SiteScan::scanSite(root);
        QCOMPARE(entries.size(), 7 + collections.size());

        const PostEntry *top = find(entries, QStringLiteral("_posts/2025-01-02-a.md"));
        QVERIFY(top);
        QCOMPARE(top->title, QStringLiteral("Top post"));
        QCOMPARE(top->date, QDate(2025, 3, 19));   // front matter wins over the file name
        QCOMPARE(top->categories, QStringList{QStringLiteral("seminar")});
        QVERIFY(!top->draft && !top->unpublished && top->error.isEmpty());

        const PostEntry *nested = find(entries, QStringLiteral("_posts/2024/2024-05-01-nested.md"));
        QVERIFY(nested);
        QCOMPARE(nested->date, QDate(2024, 5, 1));  // from the file name
        QCOMPARE(nested->tags, (QStringList{QStringLiteral("hpc"), QStringLiteral("gpu")}));

        const PostEntry *categoryPost = find(entries, QStringLiteral("news/_posts/2025-01-03-b.md"));
        QVERIFY(categoryPost);
        QCOMPARE(categoryPost->categories, QStringList{QStringLiteral("news")});

        QVERIFY(find(entries, QStringLiteral("_drafts/c.md")) && find(entries, QStringLiteral("_drafts/c.md"))->draft);
        QVERIFY(find(entries, QStringLiteral("_posts/2025-01-04-hidden.md"))->unpublished);

        const PostEntry *broken = find(entries, QStringLiteral("_posts/2025-01-05-broken.md"));
        QVERIFY2(broken, "a post that does not parse is listed, not hidden");
        QVERIFY2(broken->error.startsWith(QStringLiteral("_posts/2025-01-05-broken.md:"))
                 && broken->error.contains(QStringLiteral(": error: ")), qPrintable(broken->error));
        QVERIFY(find(entries, QStringLiteral("_posts/notes.md"))->error.contains(QStringLiteral("YYYY-MM-DD")));

        for (const QString &c : collections) {
            const PostEntry *doc = find(entries, QStringLiteral("_") + c + QStringLiteral("/doc.md"));
            QVERIFY2(doc, qPrintable(c));
            QCOMPARE(doc->collection, c);
        }
        QVERIFY(!find(entries, QStringLiteral("_undeclared/x.md")));
        QVERIFY(!find(entries, QStringLiteral("vendor/_posts/2025-01-01-gem.md")));
        QVERIFY(!find(entries, QStringLiteral("_site/_posts/2025-01-01-built.md")));
    }

    // Issue 15, kind 15: walks never leave the site through a symlinked folder, never loop, and a
    // post reached by two names is listed once (the index, the schema and lectern-cli list share the walk).
    void symlinksNeverLeaveTheSiteNorLoop_data()
    {
        QTest::addColumn<QString>("link");     // relative to the site root
        QTest::addColumn<QString>("target");   // "OUTSIDE" for a folder outside the site, else relative to the link's folder
        QTest::addColumn<int>("expected");     // posts listed
        QTest::newRow("symlinked category folder to a folder outside the site: not listed")
            << QStringLiteral("talks") << QStringLiteral("OUTSIDE") << 2;
        QTest::newRow("symlinked _posts subfolder to a folder outside the site: not listed")
            << QStringLiteral("_posts/external") << QStringLiteral("OUTSIDE/_posts") << 2;
        QTest::newRow("symlink loop in _posts (_posts/loop -> ..): each post once")
            << QStringLiteral("_posts/loop") << QStringLiteral("..") << 2;
        QTest::newRow("symlink loop in a category folder (news/loop -> ..): each post once")
            << QStringLiteral("news/loop") << QStringLiteral("..") << 2;
        QTest::newRow("second name for a category folder inside the site: each post once")
            << QStringLiteral("zz-alias") << QStringLiteral("news") << 2;
        QTest::newRow("symlinked post file pointing outside the site: not listed")
            << QStringLiteral("_posts/2025-02-02-outside.md") << QStringLiteral("OUTSIDE/_posts/2025-01-09-out.md") << 2;
    }
    void symlinksNeverLeaveTheSiteNorLoop()
    {
        QFETCH(QString, link);
        QFETCH(QString, target);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("site"));
        const QString outside = dir.filePath(QStringLiteral("outside"));
        LecternTest::writeFile(root + QStringLiteral("/_config.yml"), "title: x\n");
        LecternTest::writeFile(root + QStringLiteral("/_posts/2025-01-01-a.md"), post("A"));
        LecternTest::writeFile(root + QStringLiteral("/news/_posts/2025-01-02-b.md"), post("B"));
        LecternTest::writeFile(outside + QStringLiteral("/_posts/2025-01-09-out.md"), post("Outside"));
        const QString to = target.startsWith(QLatin1String("OUTSIDE")) ? outside + target.mid(7) : target;
        QVERIFY(QFile::link(to, root + QLatin1Char('/') + link));

        const QList<PostEntry> scanned = SiteScan::scanSite(root);
        QStringList paths;
        for (const PostEntry &e : scanned)
            paths << e.relativePath;
        QCOMPARE(scanned.size(), expected);
        for (const PostEntry &e : scanned)
            QVERIFY2(e.title != QLatin1String("Outside"), qPrintable(paths.join(QLatin1Char(' '))));

        // The index with its watches: a later change in the looping folder adds nothing twice.
        SiteIndex index;
        QSignalSpy ready(&index, &SiteIndex::ready);
        index.open(root);
        QVERIFY(ready.wait(10000));
        QCOMPARE(index.entries().size(), expected);
        LecternTest::writeFile(root + QStringLiteral("/_posts/2025-01-03-c.md"), post("C"));
        QTRY_COMPARE(index.entries().size(), expected + 1);
        index.refreshFolder(root + QLatin1Char('/') + link);
        index.refreshFolder(root + QStringLiteral("/_posts"));
        QCOMPARE(index.entries().size(), expected + 1);
    }

    // Issue 15, kind 12: the post list shows the day Jekyll gives a post: its date converted to the
    // site's `timezone` (an offset, or Psych's UTC for an unquoted timestamp, moves the day).
    void dateIsTheSiteZonesDay_data()
    {
        QTest::addColumn<QByteArray>("date");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("day");
        QTest::newRow("offset east of UTC, site in Los Angeles: the day before")
            << QByteArray("2025-03-20 01:30:00 +0100") << QByteArray("America/Los_Angeles") << QDate(2025, 3, 19);
        QTest::newRow("unquoted timestamp is UTC (Psych), site in Los Angeles: the day before")
            << QByteArray("2025-03-20 01:30:00") << QByteArray("America/Los_Angeles") << QDate(2025, 3, 19);
        QTest::newRow("quoted timestamp without offset is local: the same day")
            << QByteArray("\"2025-03-20 01:30:00\"") << QByteArray("America/Los_Angeles") << QDate(2025, 3, 20);
        QTest::newRow("offset west of UTC, site in Tokyo: the day after")
            << QByteArray("2025-03-20 20:00:00 -0500") << QByteArray("Asia/Tokyo") << QDate(2025, 3, 21);
        QTest::newRow("a date alone never moves") << QByteArray("2025-03-20") << QByteArray("Pacific/Auckland")
                                                  << QDate(2025, 3, 20);
    }
    void dateIsTheSiteZonesDay()
    {
        QFETCH(QByteArray, date);
        QFETCH(QByteArray, zone);
        QFETCH(QDate, day);
        QTemporaryDir dir;
        LecternTest::writeFile(dir.filePath(QStringLiteral("_config.yml")), "title: x\ntimezone: " + zone + "\n");
        LecternTest::writeFile(dir.filePath(QStringLiteral("_posts/2025-03-20-a.md")), post("A", QByteArray("date: " + date + "\n").constData()));
        const QList<PostEntry> scanned = SiteScan::scanSite(dir.path());
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().date, day);
        SiteIndex index;
        QSignalSpy ready(&index, &SiteIndex::ready);
        index.open(dir.path());
        QVERIFY(ready.wait(10000));
        QCOMPARE(index.entries().first().date, day);
    }

    // A post opened outside any site: its folder stands in for the site, but nothing below it is walked
    // (it may be a home or downloads folder): only its own _posts/ and _drafts/.
    void looseFolderIsNotWalked()
    {
        QTemporaryDir dir;
        LecternTest::writeFile(dir.filePath(QStringLiteral("_posts/2025-01-01-a.md")), post("A"));
        LecternTest::writeFile(dir.filePath(QStringLiteral("_drafts/b.md")), post("B"));
        LecternTest::writeFile(dir.filePath(QStringLiteral("projects/blog/_posts/2025-01-02-c.md")), post("C"));
        const QList<PostEntry> scanned = SiteScan::scanSite(dir.path());
        QCOMPARE(scanned.size(), 2);
        QVERIFY(find(scanned, QStringLiteral("_posts/2025-01-01-a.md")) && find(scanned, QStringLiteral("_drafts/b.md")));
    }

    void sortUpcomingFirstThenNewest()
    {
        QList<PostEntry> entries;
        const QDate today(2026, 11, 25);
        for (const QDate d : {QDate(2025, 1, 1), QDate(2026, 12, 10), QDate(), QDate(2026, 11, 26), QDate(2026, 6, 1)}) {
            PostEntry e;
            e.date = d;
            e.relativePath = d.toString(Qt::ISODate);
            entries << e;
        }
        SiteScan::sortForList(&entries, today);
        QList<QDate> order;
        for (const PostEntry &e : entries)
            order << e.date;
        QCOMPARE(order, (QList<QDate>{QDate(2026, 11, 26), QDate(2026, 12, 10), QDate(2026, 6, 1), QDate(2025, 1, 1), QDate()}));
    }

    void indexOffThreadThenWatch()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        LecternTest::writeFile(root + QStringLiteral("/_config.yml"), "title: x\n");
        LecternTest::writeFile(root + QStringLiteral("/_posts/2025-01-02-a.md"), post("First"));
        SiteIndex index;
        QSignalSpy ready(&index, &SiteIndex::ready);
        index.open(root);
        QVERIFY(ready.wait(10000));
        QCOMPARE(index.entries().size(), 1);
        QCOMPARE(index.entries().first().title, QStringLiteral("First"));

        // A new file appears: added without reopening the site.
        QSignalSpy added(&index, &SiteIndex::entryAdded);
        QSignalSpy resets(&index, &SiteIndex::reset);
        LecternTest::writeFile(root + QStringLiteral("/_posts/2026-12-01-new.md"), post("New seminar"));
        QTRY_COMPARE(index.entries().size(), 2);
        const int row = index.indexOf(root + QStringLiteral("/_posts/2026-12-01-new.md"));
        QVERIFY(row >= 0);
        QTRY_COMPARE(index.entries().at(row).title, QStringLiteral("New seminar"));
        QCOMPARE(added.size(), 1);

        // Edited on disk: the entry is re-read.
        LecternTest::writeFile(root + QStringLiteral("/_posts/2026-12-01-new.md"), post("Renamed seminar title", "date: 2 December 2026\n"));
        QTRY_COMPARE(index.entries().at(index.indexOf(root + QStringLiteral("/_posts/2026-12-01-new.md"))).title,
                     QStringLiteral("Renamed seminar title"));

        // A new category subfolder is watched too.
        LecternTest::writeFile(root + QStringLiteral("/_posts/2027/2027-01-05-later.md"), post("Later"));
        QTRY_COMPARE(index.entries().size(), 3);
        LecternTest::writeFile(root + QStringLiteral("/_posts/2028/q1/2028-01-05-deeper.md"), post("Deeper"));
        QTRY_COMPARE(index.entries().size(), 4);
        QVERIFY(QFile::remove(root + QStringLiteral("/_posts/2028/q1/2028-01-05-deeper.md")));
        QTRY_COMPARE(index.entries().size(), 3);

        // Deleted: removed.
        QVERIFY(QFile::remove(root + QStringLiteral("/_posts/2025-01-02-a.md")));
        QTRY_COMPARE(index.entries().size(), 2);
        QCOMPARE(index.indexOf(root + QStringLiteral("/_posts/2025-01-02-a.md")), -1);
        QCOMPARE(resets.size(), 0);   // no full rescan
    }
};

QTEST_GUILESS_MAIN(TestSiteIndex)
#include "tst_siteindex.moc"
