// SPDX-License-Identifier: GPL-3.0-or-later
// The exact preview in the real window (issue 17): after a pause in typing the site's own Jekyll
// replaces the built-in body, the status bar says so, exports take that body; a site with plugins
// is asked about first and runs nothing before the answer. Skipped without Ruby's jekyll.
#include "exactpreview.h"
#include "exactrenderer.h"
#include "exportmenu.h"
#include "mainwindow.h"
#include "postdocument.h"
#include "postopening.h"
#include "previewpane.h"
#include "previewview.h"
#include "sitetrust.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <algorithm>
#include <memory>

using namespace Lectern;

namespace {

QString indicatorText(MainWindow &window)
{
    auto *label = window.findChild<QLabel *>(QStringLiteral("previewEngine"));
    return label ? label->text() : QString();
}

// SCRIPT's value in the preview page (the application world, as Lectern's own scripts), as text;
// "<no answer>" when the page does not answer within 10 s.
QString evaluate(PreviewView *view, const QString &script)
{
    auto answer = std::make_shared<QVariant>();
    auto done = std::make_shared<bool>(false);
    view->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [answer, done](const QVariant &v) {
        *answer = v;
        *done = true;
    });
    if (!QTest::qWaitFor([done] { return *done; }, 10000))
        return QStringLiteral("<no answer>");
    return answer->toString();
}

QString bodyColour(MainWindow &window)
{
    return evaluate(window.preview(), QStringLiteral("getComputedStyle(document.body).color"));
}

} // namespace

class TestExactPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pauseInTypingShowsTheExactBody();
    void siteWithPluginsIsAskedFirst_data();
    void siteWithPluginsIsAskedFirst();
    void siteSassIsCompiledAndReloadedInPlace();
};

void TestExactPreview::initTestCase()
{
    QProcess ruby;
    ruby.start(QStringLiteral("ruby"), {QStringLiteral("-e"), QStringLiteral("require 'jekyll'")});
    if (!ruby.waitForFinished(30000) || ruby.exitStatus() != QProcess::NormalExit || ruby.exitCode() != 0)
        QSKIP("Ruby's jekyll gem is not installed (sudo apt install jekyll): the exact preview cannot be tested");
}

void TestExactPreview::pauseInTypingShowsTheExactBody()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString site = LecternTest::copyExampleSite(dir.path());
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openPath(site + QStringLiteral("/_posts/2025-03-19-lumi-ai-factories.md")));
    QTRY_VERIFY(!window.opening()->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(indicatorText(window).startsWith(QStringLiteral("Exact — Jekyll ")), 30000);
    // Jekyll's blocks take the built-in render's source lines (as many blocks on both sides here):
    // scroll sync and click-to-line still work on the exact body.
    const QString seed = window.preview()->bodyHtml();
    QVERIFY2(seed.contains(QStringLiteral("<ul data-sourcepos=\"3:1-7:0\">")), qPrintable(seed));
    QVERIFY2(!seed.contains(QStringLiteral("<li data-sourcepos")), qPrintable(seed));   // kramdown's own list items

    // A keystroke: the built-in render at once, the exact one after the pause.
    window.document()->setBody(QStringLiteral("\"Quoted\" -- dash\n\n{::comment}\ninternal note\n{:/comment}\n\nVisible.\n"));
    QCOMPARE(indicatorText(window), QStringLiteral("Fast preview"));
    QTRY_VERIFY_WITH_TIMEOUT(indicatorText(window).startsWith(QStringLiteral("Exact — Jekyll ")), 30000);
    const QString body = window.preview()->bodyHtml();
    QVERIFY2(body.contains(QStringLiteral("“Quoted” – dash")), qPrintable(body));
    // kramdown keeps the comment as an HTML comment (as the published page has it): never shown.
    QVERIFY2(!QString(body).remove(QRegularExpression(QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption))
                  .contains(QStringLiteral("internal note")),
             qPrintable(body));

    // File → Export takes the exact body of the text as it is now.
    auto *menu = window.findChild<ExportMenu *>(QStringLiteral("exportMenu"));
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QAction *copy = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Copy as HTML")))
            copy = a;
    }
    QVERIFY(copy);
    copy->trigger();
    const QString html = QGuiApplication::clipboard()->mimeData()->html();
    QVERIFY2(html.contains(QStringLiteral("“Quoted”")) && !html.contains(QStringLiteral("internal note")), qPrintable(html));
}

void TestExactPreview::siteWithPluginsIsAskedFirst_data()
{
    QTest::addColumn<bool>("trust");
    QTest::newRow("Safe Mode: the plugin never runs, the exact preview still comes") << false;
    QTest::newRow("Trust: the plugin runs only after the answer") << true;
}

void TestExactPreview::siteWithPluginsIsAskedFirst()
{
    QFETCH(bool, trust);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString site = LecternTest::copyExampleSite(dir.path());
    const QString marker = dir.filePath(QStringLiteral("plugin-ran"));
    LecternTest::writeFile(site + QStringLiteral("/_plugins/marker.rb"),
                           QByteArrayLiteral("File.write(\"") + marker.toUtf8() + QByteArrayLiteral("\", 'ran')\n"));
    SiteTrust::forget(site);
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openPath(site + QStringLiteral("/_posts/2025-03-19-lumi-ai-factories.md")));
    QTRY_VERIFY(!window.opening()->isBusy());
    auto *exact = window.findChild<ExactPreview *>();
    QVERIFY(exact);
    QTRY_VERIFY(exact->trustQuestion() && exact->trustQuestion()->isVisible());
    // Nothing of the site's runs while the question is open.
    QCOMPARE(exact->renderer()->state(), ExactRenderer::State::Stopped);
    QVERIFY(!QFileInfo::exists(marker));
    QCOMPARE(indicatorText(window), QStringLiteral("Fast preview"));

    QAbstractButton *answer = nullptr;
    for (QAbstractButton *b : exact->trustQuestion()->buttons()) {
        if (b->text().remove(QLatin1Char('&')).startsWith(trust ? QStringLiteral("Trust") : QStringLiteral("Safe")))
            answer = b;
    }
    QVERIFY(answer);
    answer->click();
    QTRY_VERIFY_WITH_TIMEOUT(indicatorText(window).startsWith(QStringLiteral("Exact — Jekyll ")), 30000);
    QCOMPARE(QFileInfo::exists(marker), trust);
    QCOMPARE(SiteTrust::remembered(site), trust ? SiteTrust::Answer::Trusted : SiteTrust::Answer::Untrusted);

    if (!trust) {
        // A plugin's tag in safe mode: the error names the file's line (Liquid counts from the body's
        // first) once, and says why the tag is unknown.
        QSignalSpy messages(exact, &ExactPreview::message);
        window.document()->setBody(QStringLiteral("First line.\n\n{% lectern_plugin_tag %}\n"));
        QVERIFY(messages.wait(30000));
        const QString text = messages.last().first().toString();
        const int line = window.document()->post().bodyFirstLine() + 2;
        QVERIFY2(text.startsWith(QStringLiteral("Exact preview: line %1: ").arg(line)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("lectern_plugin_tag")) && text.count(QStringLiteral("line ")) == 1, qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("safe mode")), qPrintable(text));
    }

    // The answer can be changed in the window: View → Run the Site's Plugins in the Preview.
    QAction *action = exact->trustAction();
    QVERIFY(action->isEnabled());
    QCOMPARE(action->isChecked(), trust);
    if (trust) {
        QTRY_VERIFY_WITH_TIMEOUT(exact->isExactOnScreen(), 30000);
        action->trigger();   // off: safe mode at once, remembered
        QCOMPARE(SiteTrust::remembered(site), SiteTrust::Answer::Untrusted);
        QVERIFY(!action->isChecked());
        // What the plugins helped render leaves the screen at once, and the safe-mode render follows
        // without a keystroke.
        QVERIFY(!exact->isExactOnScreen());
        QCOMPARE(indicatorText(window), QStringLiteral("Fast preview"));
        QTRY_VERIFY_WITH_TIMEOUT(exact->renderer()->state() == ExactRenderer::State::Ready && !exact->renderer()->isTrusted(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(exact->isExactOnScreen(), 30000);
    } else {
        action->trigger();   // on: the question again, nothing runs before the answer
        QTRY_VERIFY(exact->trustQuestion() && exact->trustQuestion()->isVisible());
        QVERIFY(!QFileInfo::exists(marker));
        for (QAbstractButton *b : exact->trustQuestion()->buttons()) {
            if (b->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Trust")))
                b->click();
        }
        QTRY_VERIFY_WITH_TIMEOUT(exact->renderer()->state() == ExactRenderer::State::Ready && exact->renderer()->isTrusted(), 30000);
        QCOMPARE(SiteTrust::remembered(site), SiteTrust::Answer::Trusted);
        QTRY_VERIFY(action->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(marker), 30000);
    }
    SiteTrust::forget(site);
}

void TestExactPreview::siteSassIsCompiledAndReloadedInPlace()
{
    // The sample site's stylesheet as Sass, its body colour from a partial in _sass/, no _site build:
    // only the exact mode's compile can style the page (else the neutral stylesheet is put in).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString site = LecternTest::copyExampleSite(dir.path());
    QFile css(site + QStringLiteral("/assets/css/style.css"));
    QVERIFY(css.open(QIODevice::ReadOnly));
    const QByteArray plain = css.readAll();
    css.close();
    QVERIFY(css.remove());
    LecternTest::writeFile(site + QStringLiteral("/assets/css/style.scss"),
                           "---\n---\n" + plain + "\n@import \"ink\";\nbody { color: $ink; }\n");
    LecternTest::writeFile(site + QStringLiteral("/_sass/_ink.scss"), "$ink: rgb(10, 120, 30);\n");
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openPath(site + QStringLiteral("/_posts/2025-03-19-lumi-ai-factories.md")));
    QTRY_VERIFY(!window.opening()->isBusy());
    auto *exact = window.findChild<ExactPreview *>();
    QVERIFY(exact);
    // No site without code is asked about: safe mode, where Jekyll's built-in Sass converter still runs.
    QTRY_COMPARE_WITH_TIMEOUT(exact->stylesheetUrl(), QStringLiteral("/assets/css/style.css"), 30000);
    QVERIFY(!exact->renderer()->isTrusted());
    QTRY_COMPARE_WITH_TIMEOUT(bodyColour(window), QStringLiteral("rgb(10, 120, 30)"), 15000);

    // An edit of the partial: the stylesheet alone loads again; the page is not reloaded (a marker
    // in its window survives, no load starts) and the scroll position stays.
    QTRY_VERIFY_WITH_TIMEOUT(indicatorText(window).startsWith(QStringLiteral("Exact — Jekyll ")), 30000);
    const QString y = evaluate(window.preview(), QStringLiteral("window.scrollTo(0, 300); window.lecternTestMarker = 'kept'; window.scrollY"));
    QVERIFY2(y.toDouble() > 0, qPrintable(y));
    // The Home card tab, opened once: its page links the same stylesheet, and an edit of the Sass
    // reaches it too (its first load may still show the neutral stylesheet: see the closing note).
    window.previewPane()->showCardTab();
    PreviewView *card = window.previewPane()->cardView();
    QVERIFY(card);
    QTRY_VERIFY_WITH_TIMEOUT(!evaluate(card, QStringLiteral("document.body ? document.body.innerText : ''")).isEmpty(), 15000);
    QSignalSpy loads(window.preview(), &QWebEngineView::loadStarted);
    QSignalSpy cardLoads(card, &QWebEngineView::loadStarted);
    QSignalSpy served(exact, &ExactPreview::stylesheetServed);
    LecternTest::writeFile(site + QStringLiteral("/_sass/_ink.scss"), "$ink: rgb(200, 20, 40);\n");
    QVERIFY(served.wait(15000));
    QTRY_COMPARE_WITH_TIMEOUT(bodyColour(window), QStringLiteral("rgb(200, 20, 40)"), 15000);
    // The card follows without a reload of its own.
    QTRY_COMPARE_WITH_TIMEOUT(evaluate(card, QStringLiteral("getComputedStyle(document.body).color")),
                              QStringLiteral("rgb(200, 20, 40)"), 15000);
    QCOMPARE(cardLoads.count(), 0);
    window.previewPane()->tabs()->setCurrentIndex(PreviewPane::PostTab);   // the post renders while shown
    QCOMPARE(evaluate(window.preview(), QStringLiteral("window.lecternTestMarker")), QStringLiteral("kept"));
    QCOMPARE(evaluate(window.preview(), QStringLiteral("window.scrollY")), y);
    QCOMPARE(loads.count(), 0);
    // One Lectern copy of the link; the neutral stylesheet is gone.
    QCOMPARE(evaluate(window.preview(), QStringLiteral("document.querySelectorAll('link[data-lectern-for]').length")),
             QStringLiteral("1"));
    QCOMPARE(evaluate(window.preview(), QStringLiteral("document.querySelectorAll('link[href*=\"/__lectern/preview.css\"]').length")),
             QStringLiteral("0"));
    // A front matter edit renders the page again, now with the compiled stylesheet counted as found:
    // the page is patched in place (its stylesheets match), not reloaded.
    QSignalSpy statuses(window.preview(), &PreviewView::statusChanged);
    QVERIFY(window.document()->setScalar(QStringLiteral("title"), QStringLiteral("Restyled")));
    QTRY_VERIFY_WITH_TIMEOUT(evaluate(window.preview(), QStringLiteral("document.body.innerText")).contains(QStringLiteral("Restyled")), 15000);
    QVERIFY(!statuses.isEmpty());
    QVERIFY2(statuses.last().value(0).toString().contains(QStringLiteral("Sass compiled by the site's Jekyll")),
             qPrintable(statuses.last().value(0).toString()));
    QCOMPARE(evaluate(window.preview(), QStringLiteral("window.lecternTestMarker")), QStringLiteral("kept"));
    QCOMPARE(bodyColour(window), QStringLiteral("rgb(200, 20, 40)"));
    QCOMPARE(loads.count(), 0);

    // A Sass error is said in the status bar; the last good stylesheet stays on screen.
    QSignalSpy messages(exact, &ExactPreview::message);
    LecternTest::writeFile(site + QStringLiteral("/_sass/_ink.scss"), "$ink: rgb(20, 60, 220)\n}\n");
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(messages.cbegin(), messages.cend(), [](const QList<QVariant> &m) {
                                 return m.value(0).toString().startsWith(QStringLiteral("Site stylesheet not compiled: "));
                             }), 15000);
    QCOMPARE(served.count(), 1);
    QCOMPARE(bodyColour(window), QStringLiteral("rgb(200, 20, 40)"));
}

QTEST_MAIN(TestExactPreview)
#include "tst_exactpreview.moc"
