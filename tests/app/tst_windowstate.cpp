// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14 in the real window: closing and starting again brings back the post, the window's
// geometry, the splitter sizes and the preview tab; File → Open Recent lists what was opened and
// opens it; a remembered post that is gone, or settings of another version, open nothing and
// never fail; the recent lists stay short, latest first.
#include "mainwindow.h"
#include "site.h"
#include "outlinepane.h"
#include "postdocument.h"
#include "postopening.h"
#include "previewpane.h"
#include "siteindex.h"
#include "testsupport.h"
#include "windowstate.h"

#include <QAction>
#include <QLabel>
#include <QDirIterator>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Lectern;

namespace {

constexpr int kTimeout = 60000;   // a WebEngine window on a loaded, shared machine
const QString kSeed = QStringLiteral("_posts/2025-03-19-lumi-ai-factories.md");
const QString kOther = QStringLiteral("_posts/2025-06-02-new-gpu-cluster.md");

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        if (it.fileInfo().isDir() ? !QDir().mkpath(target) : !QFile::copy(path, target))
            return false;
    }
    return true;
}

// Opens PATH in WINDOW and waits until it is shown.
bool openAndWait(MainWindow &window, const QString &path)
{
    if (!window.openPath(path))
        return false;
    return QTest::qWaitFor([&] { return !window.opening()->isBusy() && window.document()->path() == path; }, kTimeout);
}

QAction *recentEntry(const WindowState *state, const QString &path)
{
    const QList<QAction *> actions = state->recentMenu()->actions();
    for (QAction *action : actions) {
        if (action->data().toString() == path)
            return action;
    }
    return nullptr;
}

QStringList recentEntryPaths(const WindowState *state)
{
    QStringList paths;
    const QList<QAction *> actions = state->recentMenu()->actions();
    for (QAction *action : actions) {
        if (!action->data().toString().isEmpty())
            paths << action->data().toString();
    }
    return paths;
}

} // namespace

class TestWindowState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void restartBringsTheWindowBack_data();
    void restartBringsTheWindowBack();
    void givenPathWinsOverTheRememberedPost();
    void rememberedPostGone_data();
    void rememberedPostGone();
    void unknownSettingsIgnored_data();
    void unknownSettingsIgnored();
    void recentListKeepsAtMostNLatestFirst();
    void savedUnderANewNameIsRecent();
    void clearRecentEmptiesTheMenu();
    void withoutRestoreNothingIsReadOrWritten();
    void outlineShownOrHiddenStaysSo_data();
    void outlineShownOrHiddenStaysSo();

private:
    QString site() const { return m_dir->path() + QStringLiteral("/site"); }
    QString post(const QString &name) const { return site() + QLatin1Char('/') + name; }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestWindowState::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);   // before the first QSettings: ~/.qttest, not the user's
    QCoreApplication::setOrganizationName(QStringLiteral("LecternTest"));
}

void TestWindowState::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(copyTree(LecternTest::sourcePath(QStringLiteral("examples/site")), site()));
}

void TestWindowState::restartBringsTheWindowBack_data()
{
    QTest::addColumn<bool>("cardTab");
    QTest::newRow("post tab: back on it, and the Home card's web view is never made") << false;
    QTest::newRow("Home card tab: shown again at start") << true;
}

void TestWindowState::restartBringsTheWindowBack()
{
    QFETCH(bool, cardTab);
    QRect geometry;
    QList<int> sizes;
    {
        MainWindow window;
        QVERIFY(!window.windowState()->restore());   // first start: nothing to reopen
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, post(kSeed)));
        window.setGeometry(60, 50, 1100, 720);
        QTRY_COMPARE(window.geometry(), QRect(60, 50, 1100, 720));
        window.splitter()->setSizes({150, 250, 350, 330});
        sizes = window.splitter()->sizes();
        QVERIFY(sizes != QList<int>({200, 290, 300, 490}));
        if (cardTab)
            window.previewPane()->showCardTab();
        geometry = window.geometry();
        QVERIFY(window.close());   // the real closeEvent path
    }

    MainWindow window;   // a restart
    QVERIFY(window.windowState()->restore());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->path(), post(kSeed), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kTimeout);
    QCOMPARE(window.geometry(), geometry);
    QTRY_COMPARE(window.splitter()->sizes(), sizes);
    QCOMPARE(window.previewPane()->tabs()->currentIndex(), cardTab ? PreviewPane::CardTab : PreviewPane::PostTab);
    QCOMPARE(window.previewPane()->cardView() != nullptr, cardTab);
    QCOMPARE(window.siteIndex()->root(), site());

    // File → Open Recent lists the post and its site; the menu sits in the File menu.
    const WindowState *state = window.windowState();
    QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(state->recentMenu()->menuAction()));
    QCOMPARE(recentEntryPaths(state), QStringList({post(kSeed), site()}));
    QVERIFY(recentEntry(state, post(kSeed))->isEnabled());
    QVERIFY(recentEntry(state, post(kSeed))->text().contains(QStringLiteral("2025-03-19-lumi-ai-factories.md")));

    // Opening an entry: another post, then back to the seed through its entry.
    QVERIFY(openAndWait(window, post(kOther)));
    QCOMPARE(recentEntryPaths(state), QStringList({post(kOther), post(kSeed), site()}));
    recentEntry(state, post(kSeed))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->path(), post(kSeed), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kTimeout);
    QCOMPARE(state->recentPosts(), QStringList({post(kSeed), post(kOther)}));
    // The site entry opens its newest post.
    recentEntry(state, site())->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->path(), post(QStringLiteral("_posts/2025-10-15-research-data-provenance.md")),
                              kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kTimeout);
}

void TestWindowState::givenPathWinsOverTheRememberedPost()
{
    QList<int> sizes;
    {
        MainWindow window;
        window.windowState()->restore();
        // Wide enough for the sizes below: the form pane never gets narrower than its form (the other
        // post's form needs ~280 px; at the default width the panes were squeezed below that).
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(openAndWait(window, post(kSeed)));
        window.splitter()->setSizes({100, 300, 300, 380});
        window.previewPane()->showCardTab();
        // What is on screen when the window closes is what comes back (read here, not right after
        // setSizes: a late layout pass of the first show could still move the panes before close).
        sizes = window.splitter()->sizes();
        QVERIFY(window.close());
    }
    MainWindow window;
    QVERIFY(window.windowState()->restore(post(kOther)));   // `lectern FILE`
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->path(), post(kOther), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kTimeout);
    QVERIFY(sizes.at(1) >= 300);
    QTRY_COMPARE(window.splitter()->sizes(), sizes);
    // Still so once the other post's form has its rows and the site's schema (not a passing moment).
    QTRY_VERIFY_WITH_TIMEOUT(window.site()->isSchemaReady(), kTimeout);
    QTest::qWait(300);
    QCOMPARE(window.splitter()->sizes(), sizes);
    QCOMPARE(window.previewPane()->tabs()->currentIndex(), int(PreviewPane::CardTab));
}

void TestWindowState::rememberedPostGone_data()
{
    QTest::addColumn<bool>("siteGoneToo");
    QTest::addColumn<QString>("message");
    QTest::newRow("post deleted, site still there: nothing opened, the site's posts listed")
        << false << QStringLiteral("choose one from the list");
    QTest::newRow("the whole site deleted: nothing opened") << true << QStringLiteral("nothing opened");
}

void TestWindowState::rememberedPostGone()
{
    QFETCH(bool, siteGoneToo);
    QFETCH(QString, message);
    {
        MainWindow window;
        window.windowState()->restore();
        window.show();
        QVERIFY(openAndWait(window, post(kOther)));
        QVERIFY(openAndWait(window, post(kSeed)));
        QVERIFY(window.close());
    }
    QVERIFY(QFile::remove(post(kSeed)));
    if (siteGoneToo)
        QVERIFY(QDir(site()).removeRecursively());

    MainWindow window;
    QVERIFY(!window.windowState()->restore());
    window.show();
    QVERIFY(window.document()->path().isEmpty());
    QVERIFY(!window.opening()->isBusy());
    // Said in the status bar, and still said once the preview has shown its own status.
    const auto *notice = window.statusBar()->findChild<QLabel *>(QStringLiteral("windowStateNotice"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    const QString shown = notice->text();
    QVERIFY2(shown.contains(QStringLiteral("2025-03-19-lumi-ai-factories.md")) && shown.contains(message), qPrintable(shown));
    QCOMPARE(window.siteIndex()->root(), siteGoneToo ? QString() : site());
    // The gone post stays in Open Recent, disabled; the other post is offered while it exists.
    QAction *gone = recentEntry(window.windowState(), post(kSeed));
    QVERIFY(gone);
    QVERIFY(!gone->isEnabled());
    QCOMPARE(recentEntry(window.windowState(), post(kOther))->isEnabled(), !siteGoneToo);
    // Still nothing opened, and the notice still shown, once the preview has said its own status.
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().startsWith(QStringLiteral("Preview:")), kTimeout);
    QVERIFY(window.document()->path().isEmpty());
    QVERIFY(notice->isVisible());
    // The notice goes once a post opens.
    if (!siteGoneToo) {
        QVERIFY(openAndWait(window, post(kOther)));
        QVERIFY(!notice->isVisible());
    }
}

void TestWindowState::unknownSettingsIgnored_data()
{
    QTest::addColumn<QVariantMap>("overrides");
    QTest::newRow("settings from a future version (2): all ignored")
        << QVariantMap{{QStringLiteral("windowState/version"), 2}};
    QTest::newRow("version is not a number: all ignored")
        << QVariantMap{{QStringLiteral("windowState/version"), QStringLiteral("one")}};
    QTest::newRow("version 1 but every value garbage: each ignored, no crash")
        << QVariantMap{{QStringLiteral("windowState/geometry"), QByteArray("\x01\x02junk")},
                       {QStringLiteral("windowState/splitter"), 5},
                       {QStringLiteral("windowState/previewTab"), QStringLiteral("sideways")},
                       {QStringLiteral("windowState/post"), 42},
                       {QStringLiteral("windowState/site"), QStringLiteral("relative/path")},
                       {QStringLiteral("windowState/recentPosts"), QVariantMap{{QStringLiteral("a"), 1}}},
                       {QStringLiteral("windowState/recentSites"), QStringList{QStringLiteral("not/absolute")}}};
}

void TestWindowState::unknownSettingsIgnored()
{
    QFETCH(QVariantMap, overrides);
    QRect saved;
    {
        MainWindow window;
        window.windowState()->restore();
        window.show();
        QVERIFY(openAndWait(window, post(kSeed)));
        window.setGeometry(70, 40, 900, 650);
        QTRY_COMPARE(window.geometry(), QRect(70, 40, 900, 650));
        window.previewPane()->showCardTab();
        saved = window.geometry();
        QVERIFY(window.close());
    }
    {
        QSettings settings;
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            settings.setValue(it.key(), it.value());
    }

    MainWindow window;
    const QRect fresh = window.geometry();
    QVERIFY(!window.windowState()->restore());
    window.show();
    QVERIFY(window.document()->path().isEmpty());
    QVERIFY(!window.opening()->isBusy());
    QVERIFY(window.windowState()->recentPosts().isEmpty());
    QVERIFY(window.windowState()->recentSites().isEmpty());
    QCOMPARE(window.previewPane()->tabs()->currentIndex(), int(PreviewPane::PostTab));
    QVERIFY(!window.previewPane()->cardView());
    QCOMPARE(window.geometry().size(), fresh.size());
    QVERIFY(window.geometry() != saved);
    // And the window still remembers from now on: this run's state replaces the unknown one.
    QVERIFY(openAndWait(window, post(kOther)));
    QVERIFY(window.close());
    QCOMPARE(QSettings().value(QStringLiteral("windowState/version")).toInt(), WindowState::Version);
    QCOMPARE(QSettings().value(QStringLiteral("windowState/post")).toString(), post(kOther));
}

void TestWindowState::recentListKeepsAtMostNLatestFirst()
{
    const int count = WindowState::MaxRecent + 2;
    QStringList posts;
    for (int i = 0; i < count; ++i) {
        posts << post(QStringLiteral("_posts/2024-01-%1-note-%1.md").arg(i + 1, 2, 10, QLatin1Char('0')));
        LecternTest::writeFile(posts.last(), QStringLiteral("---\ntitle: Note %1\n---\nBody %1.\n").arg(i + 1).toUtf8());
    }
    MainWindow window;
    window.windowState()->restore();
    window.show();
    for (const QString &path : std::as_const(posts))
        QVERIFY(openAndWait(window, path));
    QStringList expected = posts.mid(2);
    std::reverse(expected.begin(), expected.end());
    QCOMPARE(window.windowState()->recentPosts(), expected);
    QCOMPARE(window.windowState()->recentSites(), QStringList{site()});

    // Opening an older one again moves it up, with no second entry.
    QVERIFY(openAndWait(window, posts.at(4)));
    expected.removeAll(posts.at(4));
    expected.prepend(posts.at(4));
    QCOMPARE(window.windowState()->recentPosts(), expected);
    QCOMPARE(recentEntryPaths(window.windowState()), expected + QStringList{site()});
    QVERIFY(recentEntry(window.windowState(), posts.at(4))->text().startsWith(QStringLiteral("&1 ")));

    // The list survives a restart as it was.
    QVERIFY(window.close());
    MainWindow again;
    again.windowState()->restore();
    QCOMPARE(again.windowState()->recentPosts(), expected);
    QTRY_VERIFY_WITH_TIMEOUT(!again.opening()->isBusy(), kTimeout);
}

void TestWindowState::savedUnderANewNameIsRecent()
{
    MainWindow window;
    window.windowState()->restore();
    window.show();
    QVERIFY(openAndWait(window, post(kSeed)));
    const QString copy = post(QStringLiteral("_posts/2025-03-20-lumi-copy.md"));
    QString error;
    QVERIFY2(window.document()->saveAs(copy, &error), qPrintable(error));   // what File → Save As… does
    QCOMPARE(window.windowState()->recentPosts(), QStringList({copy, post(kSeed)}));
    QCOMPARE(recentEntryPaths(window.windowState()).first(), copy);
    QVERIFY(window.close());
    QCOMPARE(QSettings().value(QStringLiteral("windowState/post")).toString(), copy);
}

void TestWindowState::clearRecentEmptiesTheMenu()
{
    MainWindow window;
    window.windowState()->restore();
    window.show();
    QVERIFY(openAndWait(window, post(kSeed)));
    QMenu *menu = window.windowState()->recentMenu();
    QAction *clear = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String("clearRecent"))
            clear = action;
    }
    QVERIFY(clear);
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QVERIFY(window.windowState()->recentPosts().isEmpty());
    QVERIFY(recentEntryPaths(window.windowState()).isEmpty());
    QCOMPARE(QSettings().value(QStringLiteral("windowState/recentPosts")).toStringList(), QStringList());
    // The menu says it is empty; its Clear is disabled.
    const QList<QAction *> actions = menu->actions();
    bool sawEmpty = false;
    for (QAction *action : actions) {
        if (action->objectName() == QLatin1String("clearRecent"))
            QVERIFY(!action->isEnabled());
        sawEmpty = sawEmpty || (!action->isSeparator() && !action->isEnabled() && action->data().isNull()
                                && action->objectName().isEmpty());
    }
    QVERIFY(sawEmpty);
}

// --self-test and --screenshot never call restore(): such a window neither reads nor writes settings.
void TestWindowState::withoutRestoreNothingIsReadOrWritten()
{
    QSettings().setValue(QStringLiteral("windowState/version"), WindowState::Version);
    QSettings().setValue(QStringLiteral("windowState/previewTab"), QStringLiteral("card"));
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.windowState()->isRemembering());
        QCOMPARE(window.previewPane()->tabs()->currentIndex(), int(PreviewPane::PostTab));
        QVERIFY(openAndWait(window, post(kSeed)));
        QCOMPARE(window.windowState()->recentPosts(), QStringList{post(kSeed)});   // still offered in this run
        QVERIFY(window.close());
    }
    QSettings settings;
    QCOMPARE(settings.allKeys().size(), 2);
    QVERIFY(!settings.contains(QStringLiteral("windowState/post")));
    QVERIFY(!settings.contains(QStringLiteral("windowState/recentPosts")));
}

void TestWindowState::outlineShownOrHiddenStaysSo_data()
{
    QTest::addColumn<bool>("shown");
    QTest::newRow("hidden with View → Outline: hidden after a restart") << false;
    QTest::newRow("left shown: shown after a restart") << true;
}

void TestWindowState::outlineShownOrHiddenStaysSo()
{
    QFETCH(bool, shown);
    {
        MainWindow window;
        window.windowState()->restore();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.outline()->isVisible());   // first start: shown
        window.outlineAction()->setChecked(shown);
        QCOMPARE(window.outline()->isVisible(), shown);
        QVERIFY(window.close());
    }
    MainWindow window;
    window.windowState()->restore();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.outlineAction()->isChecked(), shown);
    QCOMPARE(window.outline()->isVisible(), shown);
}

QTEST_MAIN(TestWindowState)
#include "tst_windowstate.moc"
