// SPDX-License-Identifier: GPL-3.0-or-later
#include "editsession.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "previewpane.h"
#include "previewprofile.h"
#include "previewscheduler.h"
#include "previewview.h"
#include "htmlblocks.h"
#include "siteschemehandler.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

using namespace Lectern;

// Stands in for the system browser: QDesktopServices hands https URLs here during the test.
class BrowserStandIn final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class TestPreviewView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsPushedBody();
    void hostileBodyRunsNothingAndCallsNobody();
    void remoteImagesLoadOnlyWhenAllowed();
    void siteFilesLoadButNothingOutside();
    void scrollSurvivesUpdate();
    void pushFunctionsReadyWithTheShell();
    void partialUpdateMatchesFullUpdate_data();
    void partialUpdateMatchesFullUpdate();
    void largeBodyShows();
    void typingUpdatesPreview();
    void clickInPreviewFindsSourceLine();
    void previewFollowsTheCursor_data();
    void previewFollowsTheCursor();
    void externalLinkOpensOnlyAfterYes();

private:
    QTemporaryDir m_dir;
    QString m_site;
};

namespace {
// Runs a script in our application world (post content itself cannot run any) and returns its value.
QVariant evaluate(PreviewView &view, const QString &script)
{
    QVariant value;
    bool done = false;
    view.page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
        value = v;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return value;
}

QString pageText(PreviewView &view)
{
    QString text;
    bool done = false;
    view.page()->toPlainText([&](const QString &t) {
        text = t;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return text;
}

// As the scheduler's worker hands results over: cut into blocks, so pushes after the first are patches.
bool showBlocks(PreviewView &view, const QString &html)
{
    QSignalSpy updated(&view, &PreviewView::contentUpdated);
    RenderResult result;
    result.html = html;
    result.blockStarts = HtmlBlocks::split(html);
    static quint64 generation = 1000;
    result.generation = ++generation;
    view.showResult(result);
    return updated.wait(20000);
}

bool showBody(PreviewView &view, const QString &html)
{
    QSignalSpy updated(&view, &PreviewView::contentUpdated);
    view.setBodyHtml(html);
    return updated.wait(20000);
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
}

// A 1x1 PNG, so a successful load is visible as naturalWidth == 1.
const QByteArray png = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
} // namespace

void TestPreviewView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_site = m_dir.filePath(QStringLiteral("site"));
    writeFile(m_site + QStringLiteral("/_config.yml"), "title: t\n");
    writeFile(m_site + QStringLiteral("/images/dot.png"), png);
    writeFile(m_dir.filePath(QStringLiteral("outside.png")), png);
    QSettings().remove(QStringLiteral("preview"));
}

void TestPreviewView::showsPushedBody()
{
    PreviewView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(showBody(view, QStringLiteral("<h2>Bio:</h2><p>first</p>")));
    QVERIFY2(pageText(view).contains(QStringLiteral("first")), qPrintable(pageText(view)));
    QVERIFY(showBody(view, QStringLiteral("<p>second</p>")));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(view).contains(QStringLiteral("second")), 10000);
    // Pushed, not reloaded: the shell page is the one loaded at the start.
    QCOMPARE(view.url(), view.shellUrl());
}

void TestPreviewView::hostileBodyRunsNothingAndCallsNobody()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
    const QString body = QStringLiteral(
        "<p id=first>text</p>"
        "<script>document.title='pwned';document.body.setAttribute('data-pwned','script');</script>"
        "<img src=x onerror=\"document.title='pwned-onerror';document.body.setAttribute('data-pwned','onerror')\">"
        "<a id=jslink href=\"javascript:document.title='pwned-link'\">click</a>"
        "<iframe src=\"%1/frame\"></iframe>"
        "<iframe srcdoc=\"<script>parent.document.title='pwned-srcdoc'</script>\"></iframe>"
        "<meta http-equiv=refresh content=\"0;url=%1/refresh\">"
        "<div style=\"background:url(%1/css-url)\">bg</div>"
        "<style>p{background-image:url(%1/style-url)}</style>"
        "<link rel=stylesheet href=\"%1/sheet.css\">"
        "<img src=\"%1/remote.png\">"
        "<form id=f action=\"%1/form\" method=post><input name=q value=1><button id=go>go</button></form>"
        "<img id=outside src=\"../../outside.png\">"
        "<img id=fileurl src=\"file://%2\">"
        "<p id=last>end</p>")
                             .arg(base, m_dir.filePath(QStringLiteral("outside.png")));

    PreviewView view;
    view.setSiteRoot(m_site);
    view.resize(800, 600);
    view.show();
    QSignalSpy connections(&server, &QTcpServer::newConnection);
    QVERIFY(showBody(view, body));
    const QUrl shell = view.shellUrl();
    QVERIFY(pageText(view).contains(QStringLiteral("end")));

    // Try the things a user could do: click the javascript: link, submit the form.
    evaluate(view, QStringLiteral("document.getElementById('jslink').click(); true"));
    evaluate(view, QStringLiteral("document.getElementById('go').click(); true"));
    evaluate(view, QStringLiteral("document.getElementById('f').submit(); true"));

    QVERIFY2(!connections.wait(2500), "the preview made a network request");
    QCOMPARE(connections.size(), 0);
    QVERIFY(!server.hasPendingConnections());
    QCOMPARE(view.url(), shell);   // no navigation away, no refresh
    QCOMPARE(evaluate(view, QStringLiteral("document.title")).toString(), QString());
    QCOMPARE(evaluate(view, QStringLiteral("document.body.getAttribute('data-pwned')")), QVariant());
    QVERIFY(evaluate(view, QStringLiteral("!!document.getElementById('last')")).toBool());   // DOM still ours
    QCOMPARE(evaluate(view, QStringLiteral("document.getElementById('outside').naturalWidth")).toInt(), 0);
    QCOMPARE(evaluate(view, QStringLiteral("document.getElementById('fileurl').naturalWidth")).toInt(), 0);
}

void TestPreviewView::remoteImagesLoadOnlyWhenAllowed()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString img = QStringLiteral("<p>remote</p><img src=\"http://127.0.0.1:%1/a.png\">").arg(server.serverPort());
    QTemporaryDir siteDir;   // a site of its own, so the allowance does not leak into other tests
    PreviewPane pane;
    PreviewView &view = *pane.view();
    view.setSiteRoot(siteDir.path());
    pane.resize(800, 600);
    pane.show();
    QSignalSpy blocked(&view, &PreviewView::remoteContentBlocked);
    QSignalSpy connections(&server, &QTcpServer::newConnection);
    QVERIFY(showBody(view, img));
    QTRY_COMPARE_WITH_TIMEOUT(blocked.size(), 1, 10000);
    QTRY_VERIFY(pane.remoteBar()->isVisible());
    QVERIFY(!connections.wait(1000));
    QVERIFY(!PreviewProfile::instance()->isRemoteAllowed(view.host()));

    // "Load": the same page now fetches the image, and the choice is remembered for the site.
    QTest::mouseClick(pane.remoteBar()->findChild<QWidget *>(QStringLiteral("loadRemoteContent")), Qt::LeftButton);
    QVERIFY(connections.wait(10000));
    QVERIFY(!pane.remoteBar()->isVisible());
    QVERIFY(PreviewProfile::instance()->isRemoteAllowed(view.host()));
    PreviewProfile::instance()->setRemoteAllowed(view.host(), false);
}

void TestPreviewView::siteFilesLoadButNothingOutside()
{
    PreviewView view;
    view.setSiteRoot(m_site);
    view.resize(800, 600);
    view.show();
    QVERIFY(showBody(view, QStringLiteral("<img id=in src=\"/images/dot.png\"><img id=out src=\"/../outside.png\">")));
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(view, QStringLiteral("document.getElementById('in').naturalWidth")).toInt(), 1, 10000);
    QCOMPARE(evaluate(view, QStringLiteral("document.getElementById('out').naturalWidth")).toInt(), 0);
}

void TestPreviewView::scrollSurvivesUpdate()
{
    PreviewView view;
    view.resize(800, 600);
    view.show();
    QString body;
    for (int i = 0; i < 300; ++i)
        body += QStringLiteral("<p>paragraph %1</p>").arg(i);
    QVERIFY(showBody(view, body));
    QCOMPARE(evaluate(view, QStringLiteral("window.scrollTo(0, 1500); window.scrollY")).toInt(), 1500);
    QVERIFY(showBody(view, body + QStringLiteral("<p>one more</p>")));
    QVERIFY(pageText(view).contains(QStringLiteral("one more")));
    QCOMPARE(evaluate(view, QStringLiteral("window.scrollY")).toInt(), 1500);
}

void TestPreviewView::pushFunctionsReadyWithTheShell()
{
    // Defined in our world as the shell document is created, so the first push does not wait for it.
    PreviewView view;
    view.resize(800, 600);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.isShellLoaded(), 20000);
    QCOMPARE(evaluate(view, QStringLiteral("typeof lecternPatch")).toString(), QStringLiteral("function"));
}

void TestPreviewView::partialUpdateMatchesFullUpdate_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("kept");   // top-level nodes of BEFORE still in the page (not rebuilt)
    const QString one = QStringLiteral("<p data-sourcepos=\"1:1-1:3\">one</p>\n");
    const QString two = QStringLiteral("<p data-sourcepos=\"3:1-3:3\">two</p>\n");
    const QString three = QStringLiteral("<p data-sourcepos=\"5:1-5:5\">three</p>\n");
    QTest::newRow("typing in a paragraph: only that paragraph is replaced")
        << one + two + three << one + QStringLiteral("<p data-sourcepos=\"3:1-3:4\">two!</p>\n") + three << 5;
    QTest::newRow("new paragraph: later blocks kept, their lines shifted")
        << one + two + three
        << one + QStringLiteral("<p data-sourcepos=\"3:1-3:3\">new</p>\n<p data-sourcepos=\"5:1-5:3\">two</p>\n"
                                "<p data-sourcepos=\"7:1-7:5\">three</p>\n")
        << 6;
    QTest::newRow("paragraph deleted: later blocks move up")
        << one + two + three << one + QStringLiteral("<p data-sourcepos=\"3:1-3:5\">three</p>\n") << 4;
    QTest::newRow("nested list: lines inside kept blocks shift too")
        << one + QStringLiteral("<ul data-sourcepos=\"3:1-4:3\">\n<li data-sourcepos=\"3:1-3:3\">x</li>\n"
                                "<li data-sourcepos=\"4:1-4:3\">y</li>\n</ul>\n")
        << QStringLiteral("<p data-sourcepos=\"1:1-2:4\">one\nmore</p>\n<ul data-sourcepos=\"4:1-5:3\">\n"
                          "<li data-sourcepos=\"4:1-4:3\">x</li>\n<li data-sourcepos=\"5:1-5:3\">y</li>\n</ul>\n")
        << 3;
    QTest::newRow("unclosed inline tag: later paragraphs as a full parse makes them")
        << QStringLiteral("<p>a</p><p>b</p><p>c</p>") << QStringLiteral("<p>a <b>bold</p><p>b</p><p>c</p>") << 0;
    const QString raw = QStringLiteral("<div data-sourcepos=\"03:1-3:2\">raw</div>\n<div data-sourcepos=\"-1:0--1:0\">raw</div>\n");
    QTest::newRow("raw HTML with odd sourcepos: never shifted into a wrong value")
        << one + raw + QStringLiteral("<p data-sourcepos=\"7:1-7:4\">last</p>\n")
        << one + QStringLiteral("<p data-sourcepos=\"3:1-3:3\">new</p>\n") + raw
            + QStringLiteral("<p data-sourcepos=\"9:1-9:4\">last</p>\n")
        << 5;
    QTest::newRow("same HTML: nothing replaced") << one + two << one + two << 4;
    QTest::newRow("everything replaced") << one + two << QStringLiteral("<h1>new</h1>") << 0;
    QTest::newRow("cleared") << one + two << QString() << 0;
    QTest::newRow("from empty") << QString() << one + two << 0;
}

void TestPreviewView::partialUpdateMatchesFullUpdate()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, kept);
    PreviewView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(showBody(view, before));
    // Mark the nodes shown now (an expando in our world) to see which survive the update.
    evaluate(view, QStringLiteral("var c=document.getElementById('content');"
                                  "for(var i=0;i<c.childNodes.length;++i)c.childNodes[i].lecternMark=1;"));
    QVERIFY(showBody(view, after));
    const QString json = QString::fromUtf8(QJsonDocument(QJsonArray{after}).toJson(QJsonDocument::Compact));
    const QString html = json.mid(1, json.size() - 2);
    // The same DOM as setting innerHTML in one go (parsed apart in an inert document).
    QCOMPARE(evaluate(view, QStringLiteral("(function(){var d=document.implementation.createHTMLDocument('');"
                                           "d.body.innerHTML=%1;return d.body.innerHTML;})()").arg(html)).toString(),
             evaluate(view, QStringLiteral("document.getElementById('content').innerHTML")).toString());
    QCOMPARE(evaluate(view, QStringLiteral("(function(){var c=document.getElementById('content'),n=0;"
                                           "for(var i=0;i<c.childNodes.length;++i)if(c.childNodes[i].lecternMark)++n;"
                                           "return n;})()")).toInt(),
             kept);

    // The same through block patches (the typing path), and again when the page lost track of the
    // blocks it holds (the patch is refused and the whole body sent).
    for (const bool lost : {false, true}) {
        PreviewView blocks;
        blocks.resize(800, 600);
        blocks.show();
        QVERIFY(showBlocks(blocks, before));
        if (lost)
            evaluate(blocks, QStringLiteral("window.lecternVersion=-1"));
        QVERIFY(showBlocks(blocks, after));
        QCOMPARE(evaluate(blocks, QStringLiteral("(function(){var d=document.implementation.createHTMLDocument('');"
                                                 "d.body.innerHTML=%1;return d.body.innerHTML;})()").arg(html)).toString(),
                 evaluate(blocks, QStringLiteral("document.getElementById('content').innerHTML")).toString());
        // Push serials: 1, 2 (a patch when both cut), and 3 when the refused patch was followed by the whole body.
        const bool patched = !HtmlBlocks::split(before).isEmpty() && !HtmlBlocks::split(after).isEmpty();
        QCOMPARE(evaluate(blocks, QStringLiteral("window.lecternVersion")).toInt(), lost && patched ? 3 : 2);
    }
}

void TestPreviewView::largeBodyShows()
{
    PreviewView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(showBody(view, QStringLiteral("<p>small</p>")));
    const QUrl firstShell = view.url();
    // Half a megabyte: fetched by the page from the scheme handler, no reload.
    QString medium;
    while (medium.size() < 500'000)
        medium += QStringLiteral("<p>medium body paragraph</p>\n");
    medium += QStringLiteral("<p id=mid>MIDDLE</p>");
    QVERIFY(medium.size() > PreviewView::MaxScriptChars);
    QVERIFY(showBody(view, medium));
    QCOMPARE(evaluate(view, QStringLiteral("document.getElementById('mid').textContent")).toString(),
             QStringLiteral("MIDDLE"));
    QCOMPARE(view.url(), firstShell);

    QString body;
    body.reserve(3'100'000);
    int paragraphs = 0;
    for (; body.size() < 3'000'000; ++paragraphs)
        body += QStringLiteral("<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.</p>\n");
    body += QStringLiteral("<p id=tail>THE END</p>");
    QVERIFY(body.size() > 2'000'000);   // past what setHtml could take
    QVERIFY(showBody(view, body));
    QCOMPARE(evaluate(view, QStringLiteral("document.getElementById('tail').textContent")).toString(),
             QStringLiteral("THE END"));
    QCOMPARE(evaluate(view, QStringLiteral("document.querySelectorAll('#content p').length")).toInt(), paragraphs + 1);
    // And a small body after it is pushed again into the reloaded shell.
    const QUrl bigShell = view.url();
    QVERIFY(showBody(view, QStringLiteral("<p>small again</p>")));
    QVERIFY(pageText(view).contains(QStringLiteral("small again")));
    QCOMPARE(view.url(), bigShell);
}

void TestPreviewView::typingUpdatesPreview()
{
    EditSession session;
    PostDocument &document = *session.document();
    const QString path = m_site + QStringLiteral("/_posts/2025-01-01-typing.md");
    writeFile(path, "---\ntitle: Typing\n---\nHello\n");
    QString error;
    QVERIFY2(document.load(path, &error), qPrintable(error));
    MarkdownEditor editor(&session);
    PreviewScheduler scheduler;
    scheduler.watch(&document);
    scheduler.setSiteRoot(m_site);
    PreviewView view;
    view.follow(&scheduler);
    view.resize(800, 600);
    view.show();
    editor.show();
    scheduler.reset();
    QTRY_VERIFY_WITH_TIMEOUT(pageText(view).contains(QStringLiteral("Hello")), 20000);
    QCOMPARE(PreviewProfile::instance()->schemeHandler()->rootForHost(view.host()), QFileInfo(m_site).canonicalFilePath());

    editor.moveCursor(QTextCursor::End);
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, QStringLiteral("## Typed heading"));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(view).contains(QStringLiteral("Typed heading")), 10000);
    QCOMPARE(evaluate(view, QStringLiteral("document.querySelector('h2').textContent")).toString(),
             QStringLiteral("Typed heading"));
    QCOMPARE(view.url(), view.shellUrl());   // still the first shell: pushed, not reloaded
}

void TestPreviewView::clickInPreviewFindsSourceLine()
{
    PreviewView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(showBody(view, QStringLiteral("<p data-sourcepos=\"1:1-1:5\" style=\"height:300px\">one</p>"
                                          "<p data-sourcepos=\"3:1-4:9\" style=\"height:300px\">two</p>"
                                          "<p data-sourcepos=\"6:1-6:9\" style=\"height:2000px\">three</p>")));
    QSignalSpy clicked(&view, &PreviewView::sourceLineClicked);
    view.requestSourceLineAt(QPoint(100, 400));
    QVERIFY(clicked.wait(10000));
    QCOMPARE(clicked.first().at(0).toInt(), 3);

    // And the other way: the editor's line 3 scrolls the second block to the top.
    view.scrollToSourceLine(3);
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(view, QStringLiteral("window.scrollY")).toInt() > 250, 10000);
}

void TestPreviewView::previewFollowsTheCursor_data()
{
    QTest::addColumn<bool>("userScrolled");
    QTest::newRow("preview follows the cursor: typing at the end of a long post shows the edited block") << false;
    QTest::newRow("preview follows the cursor: a preview the user just scrolled is left where the user put it") << true;
}

// Issue 15, kind 7: Ctrl+End in a long post and type; the preview shows the block being typed.
void TestPreviewView::previewFollowsTheCursor()
{
    QFETCH(bool, userScrolled);
    EditSession session;
    PostDocument &document = *session.document();
    const QString path = m_site + QStringLiteral("/_posts/2025-01-02-long.md");
    QByteArray text = "---\ntitle: Long\n---\n";
    for (int i = 0; i < 150; ++i)
        text += "Paragraph " + QByteArray::number(i) + " of a long post, long enough to wrap in a narrow preview.\n\n";
    writeFile(path, text);
    QString error;
    QVERIFY2(document.load(path, &error), qPrintable(error));
    MarkdownEditor editor(&session);
    PreviewScheduler scheduler;
    scheduler.watch(&document);
    scheduler.setSiteRoot(m_site);
    PreviewView view;
    view.follow(&scheduler);
    // As MainWindow wires it.
    connect(&document, &PostDocument::bodyChanged, &view, [&] {
        view.revealSourceLineAfterUpdate(editor.bodyLineOfBlock(editor.textCursor().blockNumber()));
    });
    view.resize(800, 600);
    view.show();
    editor.show();
    scheduler.reset();
    QTRY_VERIFY_WITH_TIMEOUT(pageText(view).contains(QStringLiteral("Paragraph 149")), 20000);
    QCOMPARE(evaluate(view, QStringLiteral("window.scrollY")).toInt(), 0);

    if (userScrolled) {
        // The user turns the wheel over the preview (up: it stays at the top, where the user wants it).
        QWidget *target = view.focusProxy() ? view.focusProxy() : &view;
        const QPointF at(400, 300);
        QWheelEvent wheel(at, view.mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(target, &wheel);
    }
    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, QStringLiteral("Typed at the end"));
    QTRY_VERIFY_WITH_TIMEOUT(pageText(view).contains(QStringLiteral("Typed at the end")), 10000);
    const QString lastBlockVisible = QStringLiteral(
        "(function(){var r=document.getElementById('content').lastElementChild.getBoundingClientRect();"
        "return r.top < window.innerHeight && r.bottom > 0;})()");
    if (userScrolled) {
        // The reveal runs in the page right after the push that showed the text: it would have moved by now.
        QCOMPARE(evaluate(view, QStringLiteral("window.scrollY")).toInt(), 0);
        QVERIFY(!evaluate(view, lastBlockVisible).toBool());
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(view, QStringLiteral("window.scrollY")).toInt() > 1000, 10000);
        QVERIFY(evaluate(view, lastBlockVisible).toBool());
    }
}

void TestPreviewView::externalLinkOpensOnlyAfterYes()
{
    BrowserStandIn browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    PreviewView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(showBody(view, QStringLiteral("<p><a id=talk href=\"https://example.org/talk\">the talk</a></p>")));
    const QUrl shell = view.page()->url();
    const auto clickAndAnswer = [&](QMessageBox::StandardButton answer) {
        evaluate(view, QStringLiteral("document.getElementById('talk').click(); true"));
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = view.findChild<QMessageBox *>(QStringLiteral("openLinkConfirmation"))) != nullptr
                                     && box->isVisible(), 10000);
        QVERIFY2(box->text().contains(QStringLiteral("https://example.org/talk")), qPrintable(box->text()));
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));   // Enter does not open it
        box->button(answer)->click();
        QTRY_VERIFY(!view.findChild<QMessageBox *>(QStringLiteral("openLinkConfirmation")));
    };
    clickAndAnswer(QMessageBox::No);
    QVERIFY(browser.opened.isEmpty());
    clickAndAnswer(QMessageBox::Yes);
    QCOMPARE(browser.opened, QList<QUrl>{QUrl(QStringLiteral("https://example.org/talk"))});
    QCOMPARE(view.page()->url(), shell);   // the preview itself never navigates away
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

int main(int argc, char *argv[])
{
    PreviewProfile::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LecternTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_previewview"));
    TestPreviewView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewview.moc"
