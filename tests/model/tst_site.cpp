// SPDX-License-Identifier: GPL-3.0-or-later
// Site: one object per open site. Its schema is inferred from the index's samples and follows
// single-post changes; _config.yml, _layouts/, _includes/ and .lectern.yml changes reach it.
#include "homecardcut.h"
#include "site.h"
#include "siteindex.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

QByteArray post(const char *title, const char *extra = "")
{
    return QByteArray("---\ntitle: \"") + title + "\"\ndate: 2025-03-19\nlayout: post\n" + extra + "---\nBody.\n";
}

// A small site: config, one layout, three posts and a draft.
void writeSite(const QTemporaryDir &dir)
{
    LecternTest::writeFile(dir.filePath(QStringLiteral("_config.yml")), "title: Lab\n");
    LecternTest::writeFile(dir.filePath(QStringLiteral("_layouts/post.html")), "{{ content }}\n");
    LecternTest::writeFile(dir.filePath(QStringLiteral("_posts/2025-03-19-a.md")), post("A", "categories: [seminar]\n"));
    LecternTest::writeFile(dir.filePath(QStringLiteral("_posts/2025-03-20-b.md")), post("B", "categories: [news]\n"));
    LecternTest::writeFile(dir.filePath(QStringLiteral("news/_posts/2025-03-21-c.md")), post("C", "categories: [seminar]\n"));
    LecternTest::writeFile(dir.filePath(QStringLiteral("_drafts/d.md")), post("D", "published: false\n"));
}

bool waitReady(Site &site)
{
    return site.isSchemaReady() || QTest::qWaitFor([&] { return site.isSchemaReady(); }, 10000);
}

// Waits for the schema to be rebuilt until PREDICATE holds.
template<typename Predicate>
bool waitSchema(Site &site, Predicate predicate)
{
    return QTest::qWaitFor([&] { return predicate(site.schema()); }, 10000);
}

} // namespace

class TestSite final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QStandardPaths::setTestModeEnabled(true); }

    void openInTheBackgroundGivesTheSameSchemaAsOpenNow()
    {
        QTemporaryDir dir;
        writeSite(dir);
        Site later;
        QSignalSpy changed(&later, &Site::schemaChanged);
        later.open(dir.path());
        QVERIFY2(!changed.isEmpty(), "a schema is there at once, before the posts are read");
        QVERIFY(later.schema().field(QStringLiteral("title")));
        QVERIFY(waitReady(later));
        Site now;
        now.openNow(dir.path());
        QVERIFY(now.isSchemaReady());
        QCOMPARE(later.schema().postCount(), 4);
        QVERIFY(later.schema().sameFields(now.schema()));
        const Schema::Field *categories = later.schema().field(QStringLiteral("categories"));
        QVERIFY(categories);
        QCOMPARE(categories->suggestions, (QStringList{QStringLiteral("seminar"), QStringLiteral("news")}));
        QCOMPARE(later.schema().field(QStringLiteral("published"))->type, Schema::Type::Boolean);
    }

    // The home card's cut reads the site's templates: open() does it on a worker and says when it is
    // there; a changed include is read again. (openNow(), for the CLI, has it at once.)
    void homeCardCutArrivesFromTheWorkerAndFollowsTheTemplates()
    {
        QTemporaryDir dir;
        writeSite(dir);
        LecternTest::writeFile(dir.filePath(QStringLiteral("_includes/card.html")),
                               "<p>{{ post.description | truncatewords: 20 }}</p>\n");
        Site site;
        QSignalSpy cut(&site, &Site::homeCardCutChanged);
        site.open(dir.path());
        QVERIFY(cut.wait(10000));
        QCOMPARE(site.homeCardCut().unit, HomeCardCut::Unit::Words);
        QCOMPARE(site.homeCardCut().count, 20);
        QCOMPARE(site.homeCardCut().source, QStringLiteral("_includes/card.html"));
        LecternTest::writeFile(dir.filePath(QStringLiteral("_includes/card.html")),
                               "<p>{{ post.description | truncatewords: 12 }}</p>\n");
        QTRY_COMPARE_WITH_TIMEOUT(site.homeCardCut().count, 12, 10000);
        Site now;
        now.openNow(dir.path());
        QCOMPARE(now.homeCardCut().count, 12);
    }

    void singlePostChangesMoveTheSchema_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("frequency");
        QTest::newRow("new post with a new key: the field appears, used once")
            << QStringLiteral("_posts/2025-04-01-e.md") << post("E", "speaker: Ada\n") << QStringLiteral("speaker") << 1;
        QTest::newRow("a post loses its categories: the count drops by that post")
            << QStringLiteral("_posts/2025-03-19-a.md") << post("A") << QStringLiteral("categories") << 2;
        QTest::newRow("a post gains tags: the field appears")
            << QStringLiteral("_posts/2025-03-20-b.md") << post("B", "categories: [news]\ntags: [gpu]\n")
            << QStringLiteral("tags") << 1;
    }
    void singlePostChangesMoveTheSchema()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(QString, key);
        QFETCH(int, frequency);
        QTemporaryDir dir;
        writeSite(dir);
        Site site;
        site.open(dir.path());
        QVERIFY(waitReady(site));
        LecternTest::writeFile(dir.filePath(file), text);
        QVERIFY2(waitSchema(site, [&](const Schema &s) { return s.field(key) && s.field(key)->frequency == frequency; }),
                 qPrintable(key));
    }

    void removedPostTakesItsKeysAlong()
    {
        QTemporaryDir dir;
        writeSite(dir);
        LecternTest::writeFile(dir.filePath(QStringLiteral("_posts/2025-04-01-e.md")), post("E", "speaker: Ada\n"));
        Site site;
        site.open(dir.path());
        QVERIFY(waitReady(site));
        QVERIFY(site.schema().field(QStringLiteral("speaker")));
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("_posts/2025-04-01-e.md"))));
        QVERIFY(waitSchema(site, [](const Schema &s) { return !s.field(QStringLiteral("speaker")); }));
        QCOMPARE(site.schema().postCount(), 4);
    }

    void configChangeReachesDefaultsAndGeneration()
    {
        QTemporaryDir dir;
        writeSite(dir);
        Site site;
        site.open(dir.path());
        QVERIFY(waitReady(site));
        const quint64 before = site.generation();
        QVERIFY(before > 0);
        QSignalSpy config(&site, &Site::configChanged);
        LecternTest::writeFile(dir.filePath(QStringLiteral("_config.yml")),
                               "title: Lab\ndefaults:\n  - scope: {path: \"\"}\n    values: {author: Staff}\n");
        QVERIFY(config.wait(5000));
        QVERIFY(site.generation() > before);
        QCOMPARE(site.config().value(QStringLiteral("title")).toString(), QStringLiteral("Lab"));
        QVERIFY(waitSchema(site, [&](const Schema &) {
            const Schema s = site.schemaFor(dir.filePath(QStringLiteral("_posts/2025-03-19-a.md")));
            return s.field(QStringLiteral("author")) && s.field(QStringLiteral("author"))->inherited == QStringLiteral("Staff");
        }));
    }

    void layoutAndIncludeChangesMoveTheGeneration_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("newLayout");
        QTest::newRow("a new layout: a layout choice") << QStringLiteral("_layouts/talk.html") << true;
        QTest::newRow("an edited layout") << QStringLiteral("_layouts/post.html") << false;
        QTest::newRow("a new include") << QStringLiteral("_includes/head.html") << false;
    }
    void layoutAndIncludeChangesMoveTheGeneration()
    {
        QFETCH(QString, file);
        QFETCH(bool, newLayout);
        QTemporaryDir dir;
        writeSite(dir);
        QDir().mkpath(dir.filePath(QStringLiteral("_includes")));
        Site site;
        site.open(dir.path());
        QVERIFY(waitReady(site));
        const quint64 before = site.generation();
        QSignalSpy layouts(&site, &Site::layoutsChanged);
        LecternTest::writeFile(dir.filePath(file), "<main>{{ content }}</main>\n");
        QVERIFY(layouts.wait(5000));
        QVERIFY(site.generation() > before);
        if (newLayout)
            QVERIFY(waitSchema(site, [](const Schema &s) {
                return s.field(QStringLiteral("layout")) && s.field(QStringLiteral("layout"))->choices.contains(QStringLiteral("talk"));
            }));
    }

    void lecternYmlChangeReachesTheSchema()
    {
        QTemporaryDir dir;
        writeSite(dir);
        Site site;
        site.open(dir.path());
        QVERIFY(waitReady(site));
        LecternTest::writeFile(dir.filePath(QStringLiteral(".lectern.yml")),
                               "fields:\n  - key: speaker\n    label: Speaker and affiliation\n    required: true\n");
        QVERIFY(waitSchema(site, [](const Schema &s) {
            return s.field(QStringLiteral("speaker")) && s.field(QStringLiteral("speaker"))->required;
        }));
        QCOMPARE(site.schema().field(QStringLiteral("speaker"))->label, QStringLiteral("Speaker and affiliation"));
    }

    void invalidPostsDoNotCount()
    {
        QTemporaryDir dir;
        writeSite(dir);
        LecternTest::writeFile(dir.filePath(QStringLiteral("_posts/2025-05-01-broken.md")),
                               "---\ntitle: \"Still broken\nodd_key: 1\n---\nBody.\n");
        Site site;
        site.openNow(dir.path());
        QCOMPARE(site.schema().postCount(), 4);
        QVERIFY(!site.schema().field(QStringLiteral("odd_key")));
    }

    void closingClearsEverything()
    {
        QTemporaryDir dir;
        writeSite(dir);
        Site site;
        site.open(dir.path());
        QVERIFY(waitReady(site));
        site.open(QString());
        QCOMPARE(site.generation(), quint64(0));
        QVERIFY(site.index()->entries().isEmpty());
        QCOMPARE(site.schema().postCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSite)
#include "tst_site.moc"
