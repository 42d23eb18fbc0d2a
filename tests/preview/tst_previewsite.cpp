// SPDX-License-Identifier: GPL-3.0-or-later
// The preview in the site's look: the post page from the site's layout, pushes of the body alone
// while typing, front-matter edits patched into the shown page (no reload), a new site generation
// reloading it, the Home card tab, and which stylesheet the status bar names.
#include "postdocument.h"
#include "previewpane.h"
#include "previewprofile.h"
#include "previewscheduler.h"
#include "previewview.h"
#include "previewwiring.h"
#include "siteconfig.h"
#include "sitepaths.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <memory>

using namespace Lectern;
using LecternTest::sourcePath;
using LecternTest::writeFile;

class TestPreviewSite final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedPostShowsSiteLayout();
    void typingPushesOnlyTheBody();
    void frontMatterChangeUpdatesPage();
    void titleKeystrokesPatchInPlace();
    void anotherPostOpensAtTheTop();
    void headerFollowsFrontMatter_data();
    void headerFollowsFrontMatter();
    void siteChangeReloads_data();
    void siteChangeReloads();
    void stylesheetChangeReloadsHostileTitleRunsNothing();
    void homeCardRendersWhenShown();
    void stylesheetChoice_data();
    void stylesheetChoice();
    void siteLayoutMakesNoNetworkRequest();
    void rootRelativeUnderBaseUrl_data();
    void rootRelativeUnderBaseUrl();
    void emptyImageShowsNoBrokenImage_data();
    void emptyImageShowsNoBrokenImage();

private:
    QTemporaryDir m_dir;
};

namespace {

const QString kSeed = QStringLiteral("examples/site/_posts/2025-03-19-lumi-ai-factories.md");

QVariant evaluate(PreviewView *view, const QString &script)
{
    QVariant value;
    bool done = false;
    view->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
        value = v;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return value;
}

QString pageText(PreviewView *view)
{
    QString text;
    bool done = false;
    view->page()->toPlainText([&](const QString &t) {
        text = t;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return text;
}

// The preview as MainWindow wires it.
struct Preview
{
    PostDocument document;
    PreviewPane pane;
    PreviewScheduler scheduler;
    std::unique_ptr<PreviewWiring> wiring;
    QStringList messages;

    Preview()
    {
        scheduler.watch(&document);
        pane.view()->follow(&scheduler);
        wiring = std::make_unique<PreviewWiring>(&document, &scheduler, &pane);
        QObject::connect(wiring.get(), &PreviewWiring::message, wiring.get(), [this](const QString &m) { messages << m; });
    }
    PreviewView *view() const { return pane.view(); }
    // Opens a post as the app does: the document, then its site given to the wiring (what MainWindow
    // does with the open Site's root, config values and generation).
    bool open(const QString &path, QString *error)
    {
        if (!document.load(path, error))
            return false;
        const QString root = SitePaths::findSiteRoot(path);
        wiring->setSite(root, root.isEmpty() ? QVariantMap() : SiteConfig::load(root).values(), 0);
        return true;
    }
    // Shows the pane (900x700) with the sample site's seed post, and waits until its page shows the
    // layout's date and no render is in flight; false (with a warning saying why) when it does not.
    bool showSeed()
    {
        pane.resize(900, 700);
        pane.show();
        QString error;
        if (!open(sourcePath(kSeed), &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return QTest::qWaitFor([this] { return pageText(view()).contains(QStringLiteral("19 Mar 2025")); }, 20000)
               && QTest::qWaitFor([this] { return !scheduler.isBusy(); }, 10000);
    }
};

// A copy of examples/site to edit.
void copySite(const QString &to)
{
    const QDir from(sourcePath(QStringLiteral("examples/site")));
    QDirIterator it(from.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        writeFile(to + QLatin1Char('/') + from.relativeFilePath(file), LecternTest::readAll(file));
    }
}

int scrollY(PreviewView *view)
{
    return evaluate(view, QStringLiteral("window.scrollY")).toInt();
}

// What a reload would lose: a value on window in our world.
void setMarker(PreviewView *view)
{
    evaluate(view, QStringLiteral("window.lecternMarker=7"));
}

bool hasMarker(PreviewView *view)
{
    return evaluate(view, QStringLiteral("window.lecternMarker")).toInt() == 7;
}

} // namespace

void TestPreviewSite::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings().remove(QStringLiteral("preview"));
}

void TestPreviewSite::seedPostShowsSiteLayout()
{
    Preview p;
    p.pane.resize(900, 700);
    p.pane.show();
    QString error;
    QVERIFY2(p.open(sourcePath(kSeed), &error), qPrintable(error));
    // The layout's title, its date format and the featured image, in the site's stylesheet.
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("19 Mar 2025")), 20000);
    const QString text = pageText(p.view());
    QVERIFY2(text.contains(QStringLiteral("Supporting Research Infrastructure Communities")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("SciTech Lab News & Seminars")));   // the site header include
    QTRY_VERIFY_WITH_TIMEOUT(
        evaluate(p.view(), QStringLiteral("(document.querySelector('.post-image img')||{}).naturalWidth||0")).toInt() > 0,
        10000);
    QVERIFY(evaluate(p.view(), QStringLiteral("document.styleSheets.length")).toInt() > 0);
    QTRY_VERIFY(!p.messages.isEmpty());
    QCOMPARE(p.messages.last(), QStringLiteral("Preview: site layout 'post', stylesheet assets/css/style.css"));
}

void TestPreviewSite::typingPushesOnlyTheBody()
{
    Preview p;
    QVERIFY(p.showSeed());
    QString error;
    // A marker on window survives only while the page is not reloaded.
    evaluate(p.view(), QStringLiteral("window.lecternMarker=7;window.scrollTo(0,400);window.scrollY"));
    QCOMPARE(evaluate(p.view(), QStringLiteral("window.scrollY")).toInt(), 400);
    const QString url = p.view()->url().toString();

    p.document.setBody(p.document.body() + QStringLiteral("\nA freshly typed closing line.\n"));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("A freshly typed closing line.")), 10000);
    QCOMPARE(evaluate(p.view(), QStringLiteral("window.lecternMarker")).toInt(), 7);
    QCOMPARE(evaluate(p.view(), QStringLiteral("window.scrollY")).toInt(), 400);
    QCOMPARE(p.view()->url().toString(), url);
    // Still inside the layout: the typed text sits in the layout's post-content block.
    QVERIFY(evaluate(p.view(), QStringLiteral("document.querySelector('.post-content').textContent"))
                .toString().contains(QStringLiteral("A freshly typed closing line.")));
}

void TestPreviewSite::frontMatterChangeUpdatesPage()
{
    Preview p;
    QVERIFY(p.showSeed());
    QString error;
    evaluate(p.view(), QStringLiteral("window.scrollTo(0,300);window.scrollY"));

    QVERIFY(p.document.setScalar(QStringLiteral("title"), QStringLiteral("A New Title For The Talk"), &error));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("A New Title For The Talk")), 20000);
    // The layout shows the title, so the page around the body follows it, at the same scroll position.
    QCOMPARE(evaluate(p.view(), QStringLiteral("document.querySelector('.post-title').textContent")).toString(),
             QStringLiteral("A New Title For The Talk"));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(p.view(), QStringLiteral("window.scrollY")).toInt(), 300, 10000);
}

// Issue 16 leftover: the next post opened where the last one was scrolled to.
void TestPreviewSite::anotherPostOpensAtTheTop()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("site"));
    copySite(root);
    // The same text under another name in the same site: a page as long as the first one.
    const QString first = root + QStringLiteral("/_posts/2025-03-19-lumi-ai-factories.md");
    const QString second = root + QStringLiteral("/_posts/2025-03-20-lumi-again.md");
    writeFile(second, LecternTest::readAll(first).replace("19 March 2025", "20 March 2025"));
    Preview p;
    p.pane.resize(900, 500);
    p.pane.show();
    QString error;
    QVERIFY2(p.open(first, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("19 Mar 2025")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!p.scheduler.isBusy(), 10000);
    QCOMPARE(evaluate(p.view(), QStringLiteral("window.scrollTo(0,300);window.scrollY")).toInt(), 300);

    // A body edit of the same post keeps the place.
    p.document.setBody(p.document.body() + QStringLiteral("\nOne more line.\n"));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("One more line.")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!p.scheduler.isBusy(), 10000);
    QCOMPARE(scrollY(p.view()), 300);

    QVERIFY2(p.open(second, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("20 Mar 2025")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!p.scheduler.isBusy(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(scrollY(p.view()), 0, 5000);
    // It could have kept the place: the page is as long as the first one.
    QVERIFY(evaluate(p.view(), QStringLiteral("document.scrollingElement.scrollHeight - window.innerHeight")).toInt() >= 300);
}

void TestPreviewSite::titleKeystrokesPatchInPlace()
{
    Preview p;
    QVERIFY(p.showSeed());
    QString error;
    setMarker(p.view());
    QCOMPARE(evaluate(p.view(), QStringLiteral("window.scrollTo(0,300);window.scrollY")).toInt(), 300);
    QSignalSpy loads(p.view()->page(), &QWebEnginePage::loadStarted);
    const QUrl url = p.view()->url();

    // Typed into the form's title field: one setScalar per keystroke, some while a render is out,
    // some on an idle preview.
    const QString typed = QStringLiteral("Fifty characters typed one by one into the title!!");
    QCOMPARE(typed.size(), 50);
    for (int i = 1; i <= typed.size(); ++i) {
        QVERIFY2(p.document.setScalar(QStringLiteral("title"), typed.left(i), &error), qPrintable(error));
        QCoreApplication::processEvents();
        if (i % 10 == 0)
            QTRY_VERIFY_WITH_TIMEOUT(!p.scheduler.isBusy(), 10000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(p.view(), QStringLiteral("document.querySelector('.post-title').textContent")).toString(),
                              typed, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!p.scheduler.isBusy(), 10000);
    // Patched in place: the same document (marker kept), not scrolled, no load started.
    QVERIFY(hasMarker(p.view()));
    QCOMPARE(scrollY(p.view()), 300);
    QCOMPARE(loads.size(), 0);
    QCOMPARE(p.view()->url(), url);
    QCOMPARE(evaluate(p.view(), QStringLiteral("document.title")).toString(),
             typed + QStringLiteral(" | SciTech Lab News & Seminars"));
    // The image's alt text follows the title too; the body is still there, once.
    QCOMPARE(evaluate(p.view(), QStringLiteral("document.querySelector('.post-image img').alt")).toString(), typed);
    QCOMPARE(evaluate(p.view(), QStringLiteral("document.querySelectorAll('#content').length")).toInt(), 1);
    QVERIFY(evaluate(p.view(), QStringLiteral("document.querySelector('.post-content').textContent"))
                .toString().contains(QStringLiteral("MDR #1137 Conference Room")));
}

void TestPreviewSite::headerFollowsFrontMatter_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("value");   // one item: a scalar; none: the key removed; more: a list
    QTest::addColumn<QString>("script");      // what the page shows, evaluated after the change
    QTest::addColumn<QString>("expected");

    QTest::newRow("date: the header's time shows the new day")
        << QStringLiteral("date") << QStringList{QStringLiteral("20 April 2025")}
        << QStringLiteral("document.querySelector('.post-meta time').textContent") << QStringLiteral("20 Apr 2025");
    QTest::newRow("image: the figure shows the new picture")
        << QStringLiteral("image") << QStringList{QStringLiteral("/images/news/cedar-cluster.jpg")}
        << QStringLiteral("document.querySelector('.post-image img').getAttribute('src')")
        << QStringLiteral("/lab/images/news/cedar-cluster.jpg");
    QTest::newRow("image removed: the figure goes")
        << QStringLiteral("image") << QStringList()
        << QStringLiteral("String(document.querySelector('.post-image'))") << QStringLiteral("null");
    QTest::newRow("categories: the header lists the new tags, the article its classes")
        << QStringLiteral("categories") << QStringList{QStringLiteral("seminar"), QStringLiteral("Lab News")}
        << QStringLiteral("Array.prototype.map.call(document.querySelectorAll('.post-header .tag'),"
                          "function(e){return e.textContent;}).join(',')+' / '+document.querySelector('article.post').className")
        << QStringLiteral("seminar,Lab News / post post-seminar post-lab-news");
    QTest::newRow("description removed: the abstract goes before the body")
        << QStringLiteral("description") << QStringList()
        << QStringLiteral("String(document.querySelector('.post-abstract'))") << QStringLiteral("null");
}

void TestPreviewSite::headerFollowsFrontMatter()
{
    QFETCH(QString, key);
    QFETCH(QStringList, value);
    QFETCH(QString, script);
    QFETCH(QString, expected);
    Preview p;
    QVERIFY(p.showSeed());
    QString error;
    QVERIFY(evaluate(p.view(), script).toString() != expected);
    setMarker(p.view());
    QCOMPARE(evaluate(p.view(), QStringLiteral("window.scrollTo(0,300);window.scrollY")).toInt(), 300);
    QSignalSpy loads(p.view()->page(), &QWebEnginePage::loadStarted);

    const bool done = value.isEmpty() ? p.document.removeKey(key, &error)
        : value.size() == 1           ? p.document.setScalar(key, value.first(), &error)
                                      : p.document.setStringList(key, value, &error);
    QVERIFY2(done, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(p.view(), script).toString(), expected, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!p.scheduler.isBusy(), 10000);
    QVERIFY(hasMarker(p.view()));
    QCOMPARE(scrollY(p.view()), 300);
    QCOMPARE(loads.size(), 0);
    QVERIFY(evaluate(p.view(), QStringLiteral("document.querySelector('.post-content').textContent"))
                .toString().contains(QStringLiteral("MDR #1137 Conference Room")));
}

void TestPreviewSite::siteChangeReloads_data()
{
    QTest::addColumn<QString>("file");      // relative to the site root
    QTest::addColumn<QByteArray>("from");   // replaced in it
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("shown");     // text the page shows after the reload

    QTest::newRow("_layouts/post.html edited: the new layout")
        << QStringLiteral("_layouts/post.html") << QByteArray("<div class=\"post-content\">")
        << QByteArray("<p class=\"edited\">Layout edited here</p><div class=\"post-content\">")
        << QStringLiteral("Layout edited here");
    QTest::newRow("_includes/header.html edited: the new site header")
        << QStringLiteral("_includes/header.html") << QByteArray("All posts") << QByteArray("Every post ever")
        << QStringLiteral("Every post ever");
    QTest::newRow("_config.yml title changed: the new site title")
        << QStringLiteral("_config.yml") << QByteArray("title: \"SciTech Lab News & Seminars\"")
        << QByteArray("title: \"Renamed Lab\"") << QStringLiteral("Renamed Lab");
}

void TestPreviewSite::siteChangeReloads()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, shown);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("site"));
    copySite(root);
    Preview p;
    p.pane.resize(900, 700);
    p.pane.show();
    QString error;
    QVERIFY2(p.open(root + QStringLiteral("/_posts/2025-03-19-lumi-ai-factories.md"), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("19 Mar 2025")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!p.scheduler.isBusy(), 10000);
    QVERIFY(!pageText(p.view()).contains(shown));
    setMarker(p.view());
    QCOMPARE(evaluate(p.view(), QStringLiteral("window.scrollTo(0,300);window.scrollY")).toInt(), 300);
    QSignalSpy loads(p.view()->page(), &QWebEnginePage::loadStarted);

    QByteArray text = LecternTest::readAll(root + QLatin1Char('/') + file);
    QVERIFY(text.contains(from));
    writeFile(root + QLatin1Char('/') + file, text.replace(from, to));
    // What the app's Site does on the change: the new config values and the next generation.
    p.wiring->setSite(root, SiteConfig::load(root).values(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(shown), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!p.scheduler.isBusy(), 10000);
    QVERIFY(loads.size() >= 1);
    QVERIFY(!hasMarker(p.view()));   // a fresh page
    QTRY_COMPARE_WITH_TIMEOUT(scrollY(p.view()), 300, 10000);   // at the same place
}

void TestPreviewSite::stylesheetChangeReloadsHostileTitleRunsNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    writeFile(root + QStringLiteral("/_config.yml"), "title: Lab\n");
    writeFile(root + QStringLiteral("/assets/light.css"), "body{background:rgb(1, 2, 3)}");
    writeFile(root + QStringLiteral("/assets/dark.css"), "body{background:rgb(4, 5, 6)}");
    // The theme comes from the front matter; the title is written unescaped, as some layouts do.
    writeFile(root + QStringLiteral("/_layouts/post.html"),
              "<html><head><link rel=\"stylesheet\" href=\"/assets/{{ page.theme }}.css\"></head>"
              "<body><h1 id=title>{{ page.title }}</h1>{{ content }}</body></html>");
    const QString post = root + QStringLiteral("/_posts/2025-01-02-talk.md");
    writeFile(post, "---\ntitle: Talk\nlayout: post\ntheme: light\n---\nHello body.\n");
    Preview p;
    p.pane.resize(900, 700);
    p.pane.show();
    QString error;
    QVERIFY2(p.open(post, &error), qPrintable(error));
    const QString background = QStringLiteral("getComputedStyle(document.body).backgroundColor");
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(p.view(), background).toString(), QStringLiteral("rgb(1, 2, 3)"), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!p.scheduler.isBusy(), 10000);
    setMarker(p.view());
    QSignalSpy loads(p.view()->page(), &QWebEnginePage::loadStarted);

    // A title that would run script anywhere scripts run: patched in (no reload), runs nothing.
    QVERIFY(p.document.setScalar(QStringLiteral("title"),
                                 QStringLiteral("<img id=evil src=x onerror=\"document.documentElement.setAttribute('data-ran','1')\">"
                                                "<script>document.documentElement.setAttribute('data-ran','2')</script>Safe"),
                                 &error));
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(p.view(), QStringLiteral("!!document.getElementById('evil')")).toBool(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!p.scheduler.isBusy(), 10000);
    QCOMPARE(evaluate(p.view(), QStringLiteral("document.getElementById('title').innerText")).toString(), QStringLiteral("Safe"));
    QVERIFY(hasMarker(p.view()));
    QCOMPARE(loads.size(), 0);
    QVERIFY(evaluate(p.view(), QStringLiteral("document.documentElement.getAttribute('data-ran')")).isNull());

    // Another stylesheet cannot be patched in: a fresh page in the new look.
    QVERIFY(p.document.setScalar(QStringLiteral("theme"), QStringLiteral("dark"), &error));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(p.view(), background).toString(), QStringLiteral("rgb(4, 5, 6)"), 20000);
    QVERIFY(loads.size() >= 1);
    QVERIFY(!hasMarker(p.view()));
    QVERIFY(evaluate(p.view(), QStringLiteral("document.documentElement.getAttribute('data-ran')")).isNull());
}

void TestPreviewSite::homeCardRendersWhenShown()
{
    Preview p;
    p.pane.resize(900, 700);
    p.pane.show();
    QString error;
    QVERIFY2(p.open(sourcePath(kSeed), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("19 Mar 2025")), 20000);
    // Hidden tab: nothing rendered for it, and no second web page made for it (issue 14).
    QCOMPARE(p.wiring->cardScheduler()->shownGeneration(), quint64(0));
    QVERIFY(!p.pane.cardView());

    // Clicking the tab makes the view; it renders the card of the post already open.
    p.pane.tabs()->setCurrentIndex(PreviewPane::CardTab);
    PreviewView *cardView = p.pane.cardView();
    QVERIFY(cardView);
    QCOMPARE(p.pane.showCardTab(), cardView);   // made once
    QTRY_VERIFY_WITH_TIMEOUT(pageText(cardView).contains(QStringLiteral("Wed, Mar 19, 2025")), 20000);
    const QString card = pageText(cardView);
    QVERIFY(card.contains(QStringLiteral("Supporting Research Infrastructure Communities")));
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(cardView, QStringLiteral(
        "Array.prototype.some.call(document.images,function(i){return i.naturalWidth>0;})")).toBool(), 10000);
}

void TestPreviewSite::stylesheetChoice_data()
{
    QTest::addColumn<QByteArrayList>("files");   // path=content pairs
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("background");   // computed body background, empty: not checked

    const QByteArray config = "_config.yml=title: Lab\nbaseurl: /lab\n";
    const QByteArray post = "_posts/2025-01-02-talk.md=---\ntitle: Talk\nlayout: post\n---\nHello body.\n";
    const QByteArray layout = "_layouts/post.html=<html><head><link rel=\"stylesheet\" href=\"{{ '/assets/css/style.css' | relative_url }}\">"
                              "</head><body><h1>{{ page.title }}</h1>"
                              "<script>document.documentElement.setAttribute('data-ran','1')</script>{{ content }}</body></html>";
    QTest::newRow("css file in assets: served from the site")
        << QByteArrayList{config, post, layout, "assets/css/style.css=body{background:rgb(1, 2, 3)}"}
        << QStringLiteral("Preview: site layout 'post', stylesheet assets/css/style.css") << QStringLiteral("rgb(1, 2, 3)");
    QTest::newRow("sass source only: the last _site build's css")
        << QByteArrayList{config, post, layout, "assets/css/style.scss=---\n---\n$c: red;\nbody{background:$c}",
                          "_site/assets/css/style.css=body{background:rgb(4, 5, 6)}"}
        << QStringLiteral("Preview: site layout 'post', stylesheet _site/assets/css/style.css (last site build)")
        << QStringLiteral("rgb(4, 5, 6)");
    QTest::newRow("sass source, never built: neutral stylesheet")
        << QByteArrayList{config, post, layout, "assets/css/style.scss=---\n---\nbody{color:red}"}
        << QStringLiteral("Preview: site layout 'post', neutral stylesheet (no site CSS found: Sass is not compiled, and no built _site)")
        << QString();
    QTest::newRow("no post layout: built-in look")
        << QByteArrayList{config, post}
        << QStringLiteral("Preview: built-in layout (site layout failed: no site layout for this post)") << QString();
}

void TestPreviewSite::stylesheetChoice()
{
    QFETCH(QByteArrayList, files);
    QFETCH(QString, status);
    QFETCH(QString, background);
    const QString root = m_dir.filePath(QString::fromUtf8(QTest::currentDataTag()).left(20).replace(QLatin1Char(' '), QLatin1Char('_')));
    for (const QByteArray &file : std::as_const(files)) {
        const qsizetype eq = file.indexOf('=');
        writeFile(root + QLatin1Char('/') + QString::fromUtf8(file.left(eq)), file.mid(eq + 1));
    }
    Preview p;
    p.pane.resize(900, 700);
    p.pane.show();
    QString error;
    QVERIFY2(p.open(root + QStringLiteral("/_posts/2025-01-02-talk.md"), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("Hello body.")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!p.messages.isEmpty(), 10000);
    QCOMPARE(p.messages.last(), status);
    if (!background.isEmpty()) {
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(p.view(), QStringLiteral("getComputedStyle(document.body).backgroundColor")).toString(),
                                  background, 10000);
        QVERIFY(pageText(p.view()).contains(QStringLiteral("Talk")));   // the layout's heading
    }
    // The layout's own script never runs: JavaScript is off and the page's policy refuses it.
    QVERIFY(evaluate(p.view(), QStringLiteral("document.documentElement.getAttribute('data-ran')")).isNull());
}

void TestPreviewSite::rootRelativeUnderBaseUrl_data()
{
    QTest::addColumn<QByteArray>("layout");   // empty: the built-in look
    QTest::newRow("root-relative under baseurl: broken in the preview as on the site (built-in look)") << QByteArray();
    QTest::newRow("root-relative under baseurl: broken in the preview as on the site (site layout)")
        << QByteArray("<html><head></head><body>{{ content }}</body></html>");
}

// In a site with `baseurl: /lab`, "/images/x.png" is a 404 on the published site: the preview
// shows the same broken image, and the baseurl forms show the picture.
void TestPreviewSite::rootRelativeUnderBaseUrl()
{
    QFETCH(QByteArray, layout);
    const QString root = m_dir.filePath(QStringLiteral("baseurl-%1").arg(layout.isEmpty() ? 1 : 2));
    writeFile(root + QStringLiteral("/_config.yml"), "title: Lab\nbaseurl: /lab\n");
    QVERIFY(QDir().mkpath(root + QStringLiteral("/images")));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(root + QStringLiteral("/images/x.png")));
    if (!layout.isEmpty())
        writeFile(root + QStringLiteral("/_layouts/post.html"), layout);
    writeFile(root + QStringLiteral("/_posts/2025-01-02-talk.md"),
              "---\ntitle: Talk\n" + QByteArray(layout.isEmpty() ? "" : "layout: post\n") + "---\nHello body.\n\n"
              "![bad](/images/x.png) ![good]({{ site.baseurl }}/images/x.png) ![filter]({{ '/images/x.png' | relative_url }})\n\n"
              "<img alt=\"rawbad\" src=\"/images/x.png\"> <img alt=\"rawgood\" src=\"/lab/images/x.png\">\n");
    Preview p;
    p.pane.resize(900, 700);
    p.pane.show();
    QString error;
    QVERIFY2(p.open(root + QStringLiteral("/_posts/2025-01-02-talk.md"), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("Hello body.")), 20000);
    auto width = [&](const char *alt) {
        return evaluate(p.view(), QStringLiteral("(function(){var i=document.querySelector('img[alt=%1]');"
                                                 "return i&&i.complete?i.naturalWidth:-1;})()").arg(QLatin1String(alt))).toInt();
    };
    // The baseurl forms load; the root-relative ones end up broken (complete, no width), as on the site.
    QTRY_COMPARE_WITH_TIMEOUT(width("good"), 8, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(width("filter"), 8, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(width("rawgood"), 8, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(width("bad"), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(width("rawbad"), 0, 10000);
}

int main(int argc, char *argv[])
{
    PreviewProfile::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LecternTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_previewsite"));
    TestPreviewSite test;
    return QTest::qExec(&test, argc, argv);
}

void TestPreviewSite::siteLayoutMakesNoNetworkRequest()
{
    // Real layouts pull web fonts, analytics and logos from other hosts: the preview fetches none of
    // them (the blocked-content bar is for the post's own remote images, not the site's chrome).
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QByteArray remote = "http://127.0.0.1:" + QByteArray::number(server.serverPort());
    QTemporaryDir site;
    QVERIFY(site.isValid());
    LecternTest::writeFile(site.filePath(QStringLiteral("_config.yml")), "title: Remote Lab\n");
    LecternTest::writeFile(site.filePath(QStringLiteral("_layouts/post.html")),
                           "<html><head><link rel=\"stylesheet\" href=\"" + remote + "/fonts.css\">"
                           "<script src=\"" + remote + "/analytics.js\"></script></head><body>"
                           "<img src=\"" + remote + "/logo.png\" alt=logo>"
                           "<main>{{ content }}</main></body></html>\n");
    const QString post = site.filePath(QStringLiteral("_posts/2025-01-02-remote.md"));
    LecternTest::writeFile(post, "---\ntitle: Remote\n---\nBody text marker\n");
    QSignalSpy connections(&server, &QTcpServer::newConnection);
    Preview p;
    p.pane.resize(900, 700);
    p.pane.show();
    QString error;
    QVERIFY2(p.open(post, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("Body text marker")), 20000);
    QVERIFY(evaluate(p.view(), QStringLiteral("document.querySelector('img[alt=logo]') !== null")).toBool());
    QVERIFY2(!connections.wait(2500), "the preview fetched a site layout's remote resource");
    QCOMPARE(connections.size(), 0);
}


// Issue 15, kind "an empty image field": `image: ""` is true in Liquid, so a layout's
// {% if page.image %} writes <img src="{{ page.image | relative_url }}">: src="" or src="/lab" (Jekyll
// 4.3 does the same); the preview hides an image whose src is empty, the baseurl or a folder instead
// of drawing a broken-image icon. Real images stay.
void TestPreviewSite::emptyImageShowsNoBrokenImage_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QByteArray>("post");
    const QByteArray body = "Body text marker\n\n<img src=\"{{ '/images/real.png' | relative_url }}\" alt=\"real\">\n";
    QTest::newRow("empty image field: image \"\" under the site's layout (src=\"\", as Jekyll writes it)")
        << QByteArray("title: Lab\n") << QByteArray("---\ntitle: T\nlayout: post\nimage: \"\"\n---\n" + body);
    QTest::newRow("empty image field: image \"\" with a baseurl (src=\"/lab\", as Jekyll writes it)")
        << QByteArray("title: Lab\nbaseurl: /lab\n") << QByteArray("---\ntitle: T\nlayout: post\nimage: \"\"\n---\n" + body);
    QTest::newRow("empty image field: an <img src=\"/images/\"> (a folder) in the body, no layout")
        << QByteArray("title: Lab\n") << QByteArray("---\ntitle: T\n---\n<img src=\"/images/\" alt=\"folder\">\n\n" + body);
    QTest::newRow("empty image field: an <img src=\"\"> in the body, no layout")
        << QByteArray("title: Lab\n") << QByteArray("---\ntitle: T\n---\n<img src=\"\" alt=\"empty\">\n\n" + body);
}

void TestPreviewSite::emptyImageShowsNoBrokenImage()
{
    QFETCH(QByteArray, config);
    QFETCH(QByteArray, post);
    QTemporaryDir site;
    QVERIFY(site.isValid());
    writeFile(site.filePath(QStringLiteral("_config.yml")), config);
    writeFile(site.filePath(QStringLiteral("_layouts/post.html")),
              "<html><head></head><body>{%- if page.image %}<figure class=\"post-image\">"
              "<img src=\"{{ page.image | relative_url }}\" alt=\"featured\"></figure>{%- endif %}"
              "<main>{{ content }}</main></body></html>\n");
    QFile png(sourcePath(QStringLiteral("tests/data/form/site/images/a.png")));
    QVERIFY(png.open(QIODevice::ReadOnly));
    writeFile(site.filePath(QStringLiteral("images/real.png")), png.readAll());
    const QString path = site.filePath(QStringLiteral("_posts/2025-03-20-empty.md"));
    writeFile(path, post);
    Preview p;
    p.pane.resize(900, 700);
    p.pane.show();
    QString error;
    QVERIFY2(p.open(path, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("Body text marker")), 20000);
    // The empty one is in the page (nothing of the post is dropped) but not drawn.
    QVERIFY(evaluate(p.view(), QStringLiteral("document.images.length")).toInt() == 2);
    QCOMPARE(evaluate(p.view(), QStringLiteral(
                 "Array.from(document.images).filter(i => i.alt !== 'real' && getComputedStyle(i).display !== 'none').length"))
                 .toInt(),
             0);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(p.view(), QStringLiteral("document.querySelector('img[alt=real]').naturalWidth")).toInt() > 0,
                             10000);
    QVERIFY(evaluate(p.view(), QStringLiteral("getComputedStyle(document.querySelector('img[alt=real]')).display")).toString()
            != QLatin1String("none"));
}

#include "tst_previewsite.moc"
