// SPDX-License-Identifier: GPL-3.0-or-later
// The preview in the site's look: the post page from the site's layout, pushes of the body alone
// while typing, the Home card tab, and which stylesheet the status bar names.
#include "postdocument.h"
#include "previewpane.h"
#include "previewprofile.h"
#include "previewscheduler.h"
#include "previewview.h"
#include "previewwiring.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
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
    void frontMatterChangeRebuildsPage();
    void homeCardRendersWhenShown();
    void stylesheetChoice_data();
    void stylesheetChoice();
    void siteLayoutMakesNoNetworkRequest();
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
};

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
    QVERIFY2(p.document.load(sourcePath(kSeed), &error), qPrintable(error));
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
    p.pane.resize(900, 700);
    p.pane.show();
    QString error;
    QVERIFY2(p.document.load(sourcePath(kSeed), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("19 Mar 2025")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!p.scheduler.isBusy(), 10000);
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

void TestPreviewSite::frontMatterChangeRebuildsPage()
{
    Preview p;
    p.pane.resize(900, 700);
    p.pane.show();
    QString error;
    QVERIFY2(p.document.load(sourcePath(kSeed), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("19 Mar 2025")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!p.scheduler.isBusy(), 10000);
    evaluate(p.view(), QStringLiteral("window.scrollTo(0,300);window.scrollY"));

    QVERIFY(p.document.setScalar(QStringLiteral("title"), QStringLiteral("A New Title For The Talk"), &error));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("A New Title For The Talk")), 20000);
    // The layout shows the title, so the page was rebuilt from it, at the same scroll position.
    QCOMPARE(evaluate(p.view(), QStringLiteral("document.querySelector('.post-title').textContent")).toString(),
             QStringLiteral("A New Title For The Talk"));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(p.view(), QStringLiteral("window.scrollY")).toInt(), 300, 10000);
}

void TestPreviewSite::homeCardRendersWhenShown()
{
    Preview p;
    p.pane.resize(900, 700);
    p.pane.show();
    QString error;
    QVERIFY2(p.document.load(sourcePath(kSeed), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("19 Mar 2025")), 20000);
    // Hidden tab: nothing rendered for it.
    QCOMPARE(p.wiring->cardScheduler()->shownGeneration(), quint64(0));
    QVERIFY(!pageText(p.pane.cardView()).contains(QStringLiteral("Wed, Mar 19, 2025")));

    p.pane.tabs()->setCurrentWidget(p.pane.cardView());
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.pane.cardView()).contains(QStringLiteral("Wed, Mar 19, 2025")), 20000);
    const QString card = pageText(p.pane.cardView());
    QVERIFY(card.contains(QStringLiteral("Supporting Research Infrastructure Communities")));
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(p.pane.cardView(), QStringLiteral(
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
    QVERIFY2(p.document.load(root + QStringLiteral("/_posts/2025-01-02-talk.md"), &error), qPrintable(error));
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
    QVERIFY2(p.document.load(post, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(p.view()).contains(QStringLiteral("Body text marker")), 20000);
    QVERIFY(evaluate(p.view(), QStringLiteral("document.querySelector('img[alt=logo]') !== null")).toBool());
    QVERIFY2(!connections.wait(2500), "the preview fetched a site layout's remote resource");
    QCOMPARE(connections.size(), 0);
}

#include "tst_previewsite.moc"

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
    QVERIFY2(p.document.load(path, &error), qPrintable(error));
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
