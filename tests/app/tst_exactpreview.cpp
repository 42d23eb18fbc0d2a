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
#include "previewview.h"
#include "sitetrust.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

QString indicatorText(MainWindow &window)
{
    auto *label = window.findChild<QLabel *>(QStringLiteral("previewEngine"));
    return label ? label->text() : QString();
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
    SiteTrust::forget(site);
}

QTEST_MAIN(TestExactPreview)
#include "tst_exactpreview.moc"
