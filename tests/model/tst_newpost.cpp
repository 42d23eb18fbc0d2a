// SPDX-License-Identifier: GPL-3.0-or-later
#include "newpost.h"
#include "postdate.h"
#include "postdocument.h"
#include "postfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

QByteArray builtIn(const char *name)
{
    return LecternTest::readAll(QStringLiteral(":/templates/") + QLatin1String(name) + QStringLiteral(".md"));
}

} // namespace

class TestNewPost final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateFormat_data()
    {
        QTest::addColumn<QStringList>("dates");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("written");   // 2026-12-01 in that format
        QTest::newRow("seed site: 19 March 2025 → 1 December 2026")
                << QStringList{QStringLiteral("19 March 2025"), QStringLiteral("2 June 2025")}
                << QStringLiteral("d MMMM yyyy") << QStringLiteral("1 December 2026");
        QTest::newRow("ISO dates with times → 2026-12-01")
                << QStringList{QStringLiteral("2025-03-19 11:00:00 -0700"), QStringLiteral("2024-01-02")}
                << QStringLiteral("yyyy-MM-dd") << QStringLiteral("2026-12-01");
        QTest::newRow("US spelling wins by count: March 19, 2025")
                << QStringList{QStringLiteral("March 19, 2025"), QStringLiteral("April 2, 2025"), QStringLiteral("2025-01-01")}
                << QStringLiteral("MMMM d, yyyy") << QStringLiteral("December 1, 2026");
        QTest::newRow("nothing recognised: ISO")
                << QStringList{QStringLiteral("soon"), QString()} << QStringLiteral("yyyy-MM-dd") << QStringLiteral("2026-12-01");
    }
    void dateFormat()
    {
        QFETCH(QStringList, dates);
        QFETCH(QString, format);
        QFETCH(QString, written);
        QCOMPARE(PostDate::mostCommonFormat(dates), format);
        QCOMPARE(PostDate::format(QDate(2026, 12, 1), format), written);
        QCOMPARE(PostDate::parse(written), QDate(2026, 12, 1));
    }

    void nextWeekday_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("next");
        QTest::newRow("Wednesday → Thursday") << QDate(2026, 11, 25) << QDate(2026, 11, 26);
        QTest::newRow("Friday → Monday") << QDate(2026, 11, 27) << QDate(2026, 11, 30);
        QTest::newRow("Saturday → Monday") << QDate(2026, 11, 28) << QDate(2026, 11, 30);
    }
    void nextWeekday()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, next);
        QCOMPARE(PostDate::nextWeekday(today), next);
    }

    void seminarTemplateFollowsSeedPost()
    {
        const QByteArray text = NewPost::fill(builtIn("seminar"), QStringLiteral("Quantum Widgets at Scale"),
                                              QDate(2026, 12, 1), NewPost::SiteStyle{QStringLiteral("d MMMM yyyy"), false});
        const PostFile post = PostFile::fromBytes(text);
        const FrontMatter &fm = post.frontMatter();
        QVERIFY(fm.isValid());
        // The seed post's keys, in its order.
        QCOMPARE(fm.keys(), (QStringList{QStringLiteral("title"), QStringLiteral("image"), QStringLiteral("description"),
                                         QStringLiteral("date"), QStringLiteral("layout"), QStringLiteral("categories")}));
        QCOMPARE(fm.scalar(QStringLiteral("title")), QStringLiteral("Quantum Widgets at Scale"));
        QCOMPARE(fm.scalar(QStringLiteral("date")), QStringLiteral("1 December 2026"));
        QVERIFY2(text.contains("\ndate: 1 December 2026\n"), "the date is written plain, as the seed post writes it");
        QVERIFY(text.contains("categories:\n  - seminar\n"));
        const QString body = post.body();
        for (const char *part : {"**When:**", "**Where:**", "_This event is open to the public._", "**Type:**",
                                 "Speaker:", "## Bio:", "[to fill"})
            QVERIFY2(body.contains(QLatin1String(part)), part);
    }

    void templateFillFlowListSite()
    {
        const QByteArray text = NewPost::fill(builtIn("news"), QStringLiteral("Cluster maintenance"), QDate(2026, 12, 1),
                                              NewPost::SiteStyle{QStringLiteral("yyyy-MM-dd"), true});
        QVERIFY2(text.contains("\ncategories: [news]\n"), text.constData());
        QVERIFY(text.contains("\ndate: 2026-12-01\n"));
    }

    void createInfersSiteStyleAndNeverOverwrites()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        LecternTest::writeFile(root + QStringLiteral("/_config.yml"), "title: x\n");
        LecternTest::writeFile(root + QStringLiteral("/_posts/2025-01-01-a.md"), "---\ntitle: A\ndate: 2025-01-01 10:00:00\ncategories: [news]\n---\n");
        LecternTest::writeFile(root + QStringLiteral("/_posts/2025-02-01-b.md"), "---\ntitle: B\ndate: 2025-02-01\ncategories: [seminar, ai]\n---\n");
        QString error;
        const QString first = NewPost::create(root, QStringLiteral("Zoë Ångström on Widgets"), QDate(2026, 12, 1),
                                              QStringLiteral("seminar"), false, &error);
        // Jekyll's default slugify keeps letters of any script (issue 15 item 11).
        QCOMPARE(first, root + QStringLiteral("/_posts/2026-12-01-zoë-ångström-on-widgets.md"));
        const QByteArray text = LecternTest::readAll(first);
        QVERIFY(text.contains("\ndate: 2026-12-01\n"));
        QVERIFY(text.contains("\ncategories: [seminar]\n"));
        const QString second = NewPost::create(root, QStringLiteral("Zoë Ångström on Widgets"), QDate(2026, 12, 1),
                                               QStringLiteral("seminar"), false, &error);
        QCOMPARE(second, root + QStringLiteral("/_posts/2026-12-01-zoë-ångström-on-widgets-2.md"));
        QCOMPARE(LecternTest::readAll(first), text);   // the first one untouched
        const QString latin = NewPost::create(root, QStringLiteral("Zoë Ångström on Widgets"), QDate(2026, 12, 1),
                                              QStringLiteral("seminar"), false, &error, Slug::Mode::Latin);
        QCOMPARE(latin, root + QStringLiteral("/_posts/2026-12-01-zoe-angstrom-on-widgets.md"));
        const QString cjk = NewPost::create(root, QStringLiteral("量子计算研讨会"), QDate(2025, 5, 1),
                                            QStringLiteral("seminar"), false, &error);
        QCOMPARE(cjk, root + QStringLiteral("/_posts/2025-05-01-量子计算研讨会.md"));
        QVERIFY(NewPost::create(root, QStringLiteral("量子计算研讨会"), QDate(2025, 5, 2), QStringLiteral("seminar"),
                                false, &error, Slug::Mode::Ascii).isEmpty());
        QVERIFY(error.contains(QStringLiteral("empty file name")));

        const QString draft = NewPost::create(root, QStringLiteral("Draft idea"), QDate(2026, 12, 1),
                                              QStringLiteral("news"), true, &error);
        QCOMPARE(draft, root + QStringLiteral("/_drafts/draft-idea.md"));

        QVERIFY(NewPost::create(root, QStringLiteral("?!"), QDate(2026, 12, 1), QStringLiteral("news"), false, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("no letters or digits")));
        QVERIFY(NewPost::create(root, QStringLiteral("x"), QDate(2026, 12, 1), QStringLiteral("nosuch"), false, &error).isEmpty());
    }

    void siteTemplatesReplaceAndExtend()
    {
        QTemporaryDir dir;
        LecternTest::writeFile(dir.filePath(QStringLiteral("_templates/seminar.md")), "---\ntitle: x\n---\nours\n");
        LecternTest::writeFile(dir.filePath(QStringLiteral(".lectern/templates/workshop.md")), "---\ntitle: x\n---\nworkshop\n");
        QStringList names;
        for (const NewPost::Template &t : NewPost::templates(dir.path()))
            names << t.name;
        QCOMPARE(names, (QStringList{QStringLiteral("seminar"), QStringLiteral("news"), QStringLiteral("workshop")}));
        QCOMPARE(NewPost::findTemplate(dir.path(), QStringLiteral("seminar")).path,
                 dir.filePath(QStringLiteral("_templates/seminar.md")));
    }

    void renamedPath_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("newTitle");
        QTest::addColumn<QDate>("newDate");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rename on date change: new prefix, same slug")
                << QStringLiteral("_posts/2025-03-19-lumi.md") << QStringLiteral("LUMI") << QDate(2025, 3, 26)
                << QStringLiteral("_posts/2025-03-26-lumi.md");
        QTest::newRow("title change: new slug")
                << QStringLiteral("_posts/2025-03-19-lumi.md") << QStringLiteral("LUMI AI Factories") << QDate(2025, 3, 19)
                << QStringLiteral("_posts/2025-03-19-lumi-ai-factories.md");
        QTest::newRow("title change to Chinese: the slug keeps it")
                << QStringLiteral("_posts/2025-03-19-lumi.md") << QStringLiteral("GPU 研讨会") << QDate(2025, 3, 19)
                << QStringLiteral("_posts/2025-03-19-gpu-研讨会.md");
        QTest::newRow("single-digit date prefix is replaced whole")
                << QStringLiteral("_posts/2025-3-9-lumi.md") << QStringLiteral("LUMI") << QDate(2025, 3, 26)
                << QStringLiteral("_posts/2025-03-26-lumi.md");
        QTest::newRow("nothing changed: no rename")
                << QStringLiteral("_posts/2025-03-19-lumi.md") << QStringLiteral("LUMI") << QDate(2025, 3, 19) << QString();
        QTest::newRow("draft: no date prefix")
                << QStringLiteral("_drafts/idea.md") << QStringLiteral("Better idea") << QDate(2025, 3, 19)
                << QStringLiteral("_drafts/better-idea.md");
        QTest::newRow("target taken: adds -2")
                << QStringLiteral("_posts/2025-03-19-lumi.md") << QStringLiteral("LUMI") << QDate(2025, 5, 7)
                << QStringLiteral("_posts/2025-05-07-lumi-2.md");
    }
    void renamedPath()
    {
        QFETCH(QString, file);
        QFETCH(QString, newTitle);
        QFETCH(QDate, newDate);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        LecternTest::writeFile(dir.filePath(file), "---\ntitle: LUMI\n---\n");
        LecternTest::writeFile(dir.filePath(QStringLiteral("_posts/2025-05-07-lumi.md")), "---\ntitle: other\n---\n");
        QCOMPARE(NewPost::renamedPath(dir.filePath(file), QStringLiteral("LUMI"), newTitle, newDate),
                 expected.isEmpty() ? QString() : dir.filePath(expected));
    }

    void publishAndUnpublishMoveTheFile()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        const QByteArray bytes = "---\ntitle: Idea\ndate: 1 December 2026\n---\nText\n";
        LecternTest::writeFile(root + QStringLiteral("/_drafts/idea.md"), bytes);
        PostDocument doc;
        QString error;
        QVERIFY(doc.load(root + QStringLiteral("/_drafts/idea.md"), &error));
        const QString published = NewPost::publishedPath(root, doc.path(), QDate(2026, 12, 3));
        QCOMPARE(published, root + QStringLiteral("/_posts/2026-12-03-idea.md"));
        QVERIFY2(NewPost::moveTo(&doc, published, &error), qPrintable(error));
        QCOMPARE(doc.path(), published);
        QVERIFY(!QFile::exists(root + QStringLiteral("/_drafts/idea.md")));
        QCOMPARE(LecternTest::readAll(published), bytes);

        const QString back = NewPost::unpublishedPath(root, doc.path());
        QCOMPARE(back, root + QStringLiteral("/_drafts/idea.md"));
        QVERIFY(NewPost::moveTo(&doc, back, &error));
        QVERIFY(!QFile::exists(published));

        // Never over an existing file.
        LecternTest::writeFile(published, "other");
        QVERIFY(!NewPost::moveTo(&doc, published, &error));
        QCOMPARE(LecternTest::readAll(published), QByteArray("other"));
        QVERIFY(QFile::exists(back));
    }
};

QTEST_GUILESS_MAIN(TestNewPost)
#include "tst_newpost.moc"
