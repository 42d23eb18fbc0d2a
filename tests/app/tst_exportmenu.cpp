// SPDX-License-Identifier: GPL-3.0-or-later
// File → Export in the real window: the clipboard gets both e-mail parts, the status bar confirms.
#include "exportmenu.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QMenuBar>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace Lectern;

class TestExportMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyForEmailPutsHtmlAndText();
    void copyAsHtmlIsAbsolute();

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
    QAction *copy = action(window, QStringLiteral("Copy as HTML"));
    QVERIFY(copy);
    copy->trigger();
    const QString html = QGuiApplication::clipboard()->mimeData()->html();
    QVERIFY(html.contains(QLatin1String("src=\"https://scitech.example.org/lab/images/news/malkiewicz-seminar.jpg\"")));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Copied as HTML"));
}

QTEST_MAIN(TestExportMenu)
#include "tst_exportmenu.moc"
