// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export in the real window: the clipboard gets both e-mail parts, the status bar confirms.
#include "exportmenu.h"
#include "mainwindow.h"
#include "poster.h"
#include "postopening.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class TestExportMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyForEmailPutsHtmlAndText();
    void copyAsHtmlIsAbsolute();
    void copyAsHtmlShowsRenderWarning();
    void posterAndSharingImageAreOffered();
    void pdfPaperFollowsLocale_data();
    void pdfPaperFollowsLocale();

private:
    QAction *action(MainWindow &window, const QString &textStart);
};

QAction *TestExportMenu::action(MainWindow &window, const QString &textStart)
{
    auto *menu = window.findChild<ExportMenu *>(QStringLiteral("exportMenu"));
    if (!menu)
        return nullptr;
    Q_EMIT menu->aboutToShow();
    for (QAction *a : menu->actions()) {
        if (a->text().remove(QLatin1Char('&')).startsWith(textStart))
            return a;
    }
    return nullptr;
}

void TestExportMenu::copyForEmailPutsHtmlAndText()
{
    MainWindow window;
    QVERIFY(window.openPath(LecternTest::sourcePath(QStringLiteral("examples/site/_posts/2025-03-19-lumi-ai-factories.md"))));
    QTRY_VERIFY(!window.opening()->isBusy());   // posts are read off the GUI thread
    QAction *copy = action(window, QStringLiteral("Copy for E-mail"));
    QVERIFY(copy);
    QVERIFY(copy->isEnabled());
    copy->trigger();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime);
    QVERIFY(mime->hasHtml());
    QVERIFY(mime->hasText());
    QVERIFY(mime->html().contains(QLatin1String("<li style=\"")));
    QVERIFY(!mime->html().contains(QLatin1String("<style")));
    QVERIFY(mime->text().startsWith(QLatin1String("# Supporting Research Infrastructure")));
    QVERIFY(!mime->text().contains(QLatin1Char('<')));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Copied for e-mail: paste into a message"));
}

void TestExportMenu::copyAsHtmlIsAbsolute()
{
    MainWindow window;
    QVERIFY(window.openPath(LecternTest::sourcePath(QStringLiteral("examples/site/_posts/2025-03-19-lumi-ai-factories.md"))));
    QTRY_VERIFY(!window.opening()->isBusy());   // posts are read off the GUI thread
    QAction *copy = action(window, QStringLiteral("Copy as HTML"));
    QVERIFY(copy);
    copy->trigger();
    const QString html = QGuiApplication::clipboard()->mimeData()->html();
    QVERIFY(html.contains(QLatin1String("src=\"https://scitech.example.org/lab/images/news/malkiewicz-seminar.jpg\"")));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Copied as HTML"));
}

// Liquid the renderer cannot evaluate: the status bar names the file, line and column.
void TestExportMenu::copyAsHtmlShowsRenderWarning()
{
    QTemporaryDir site;
    QVERIFY(site.isValid());
    QVERIFY(QDir(site.path()).mkdir(QStringLiteral("_posts")));
    QVERIFY(QFile::copy(LecternTest::sourcePath(QStringLiteral("examples/site/_config.yml")),
                        site.filePath(QStringLiteral("_config.yml"))));
    const QString post = site.filePath(QStringLiteral("_posts/2025-04-01-broken-bits.md"));
    QVERIFY(QFile::copy(LecternTest::dataPath(QStringLiteral("export/warnings.md")), post));
    MainWindow window;
    QVERIFY(window.openPath(post));
    QTRY_VERIFY(!window.opening()->isBusy());   // posts are read off the GUI thread
    QAction *copy = action(window, QStringLiteral("Copy as HTML"));
    QVERIFY(copy);
    copy->trigger();
    const QString html = QGuiApplication::clipboard()->mimeData()->html();
    QVERIFY2(html.contains(QLatin1String("href=\"https://scitech.example.org/lab/blog/other-post/\"")), qPrintable(html));
    QCOMPARE(window.statusBar()->currentMessage(),
             QStringLiteral("Copied as HTML (2025-04-01-broken-bits.md:5:22: {% include %}: no file "
                            "'_includes/speaker.html' in the site)"));
}

void TestExportMenu::posterAndSharingImageAreOffered()
{
    MainWindow window;
    QVERIFY(window.openPath(LecternTest::sourcePath(QStringLiteral("examples/site/_posts/2025-03-19-lumi-ai-factories.md"))));
    QTRY_VERIFY(!window.opening()->isBusy());
    for (const QString &name : {QStringLiteral("Poster (PDF)…"), QStringLiteral("Sharing Image…")}) {
        QAction *a = action(window, name);
        QVERIFY2(a, qPrintable(name));
        QVERIFY(a->isEnabled());
    }
    QVERIFY(!action(window, QStringLiteral("Save PDF")));   // the flyer is gone
}

void TestExportMenu::pdfPaperFollowsLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("paper");
    QTest::newRow("en_US: Letter") << QStringLiteral("en_US") << int(QPageSize::Letter);
    QTest::newRow("en_CA: Letter") << QStringLiteral("en_CA") << int(QPageSize::Letter);
    QTest::newRow("de_DE: A4") << QStringLiteral("de_DE") << int(QPageSize::A4);
    QTest::newRow("fi_FI: A4") << QStringLiteral("fi_FI") << int(QPageSize::A4);
    QTest::newRow("C: A4") << QStringLiteral("C") << int(QPageSize::A4);
}

void TestExportMenu::pdfPaperFollowsLocale()
{
    QFETCH(QString, locale);
    QFETCH(int, paper);
    QCOMPARE(int(Poster::pageLayoutFor(QLocale(locale)).pageSize().id()), paper);
}

QTEST_MAIN(TestExportMenu)
#include "tst_exportmenu.moc"
