// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9 in the real window: large and odd posts open off the GUI thread and end up in the editor
// exactly; a second open wins over the first; nothing is saved half-loaded; errors still say
// file:line:col; a post changed on disk reloads silently and keeps the cursor and the scroll.
#include "diskchangebar.h"
#include "longlinebar.h"
#include "exacttext.h"
#include "frontmatterform.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "postloader.h"
#include "postopening.h"
#include "testsupport.h"
#include "windowtestsupport.h"

#include <QAction>
#include <QLineEdit>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

constexpr int kLoadTimeout = 120000;   // a 20 MB post on a loaded, shared machine

QByteArray twentyMegabytes()
{
    QByteArray out = "---\r\ntitle: Big\r\n---\r\n";
    const QByteArray para = QByteArray(1000, 'w') + " \xC3\xA4\xC2\xA0\r\n";   // ä, no-break space
    while (out.size() < 20 * 1024 * 1024)
        out += para;
    return out;
}


using LecternTest::saveAction;

} // namespace

class TestPostOpening final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void opensWholeTextExactly_data();
    void opensWholeTextExactly();
    void secondOpenWins();
    void recoveredTextWinsOverAnOpen();
    void errorsSayWhere_data();
    void errorsSayWhere();
    void diskChange_data();
    void diskChange();
    void overLongLineOpensFoldedAndSavesExactly();
};

void TestPostOpening::opensWholeTextExactly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("20 MB post with CRLF, ä and no-break spaces: whole body, no-op save identical") << twentyMegabytes();
    QTest::newRow("100,000-line body: every line in the editor") << ("---\ntitle: Lines\n---\n" + LecternTest::manyLines(100000));
    QTest::newRow("front matter of 10,000 keys: the form offers the rest as YAML") << LecternTest::manyKeys(10000);
    QTest::newRow("one line of 1 MB: opens folded (see overLongLineOpensFoldedAndSavesExactly)")
        << ("---\ntitle: Wide\n---\n" + QByteArray(1024 * 1024, 'x') + "\n");
    QTest::newRow("small post: opens as before") << QByteArray("---\ntitle: Small\n---\nHello.\n");
}

void TestPostOpening::opensWholeTextExactly()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odd.md"));
    LecternTest::writeFile(path, bytes);
    PostFile expected;
    QVERIFY(PostFile::load(path, &expected, nullptr));
    QString body = expected.body();
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    MainWindow window;
    window.show();
    QVERIFY(window.openPath(path));
    // Busy: the editor takes no typing and Save refuses, so nothing half-loaded is ever written.
    QVERIFY(window.opening()->isBusy());
    QVERIFY(window.editor()->isReadOnly());
    QVERIFY(!window.form()->isEnabled());
    QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Opening odd.md")));
    QAction *save = saveAction(window);
    QVERIFY(save);
    save->trigger();
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Not saved: a post is still opening"));

    QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kLoadTimeout);
    QCOMPARE(window.document()->path(), path);
    QVERIFY(window.form()->isEnabled());
    QVERIFY(!window.document()->isModified());
    if (window.editor()->isFolded()) {
        QVERIFY(window.editor()->isReadOnly());
        QVERIFY(window.findChild<LongLineBar *>()->isVisible());
    } else {
        QVERIFY(!window.editor()->isReadOnly());
        QVERIFY(!window.findChild<LongLineBar *>()->isVisible());
        QVERIFY(exactText(window.editor()->document()) == body);
    }
    QCOMPARE(window.document()->body().size(), body.size());
    if (window.document()->post().frontMatter().keys().size() > 100) {
        QVERIFY(window.form()->findChild<QWidget *>(QStringLiteral("moreKeysButton")));
        QVERIFY(window.form()->editor(QStringLiteral("key_0")));
        QVERIFY(!window.form()->editor(QStringLiteral("key_9999")));
    }
    save->trigger();
    QVERIFY(!window.document()->isModified());
    QVERIFY(LecternTest::readAll(path) == bytes);
}

// A line Qt cannot lay out quickly (a 1 MB data URI) is shown folded and read-only, with a bar; the
// form still edits the post, the save changes only that field, and Edit Anyway shows it exactly.
void TestPostOpening::overLongLineOpensFoldedAndSavesExactly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.md"));
    const QByteArray wide = "![map](data:image/png;base64," + QByteArray(1024 * 1024, 'Q') + ")";
    const QByteArray bytes = "---\ntitle: Wide\nlayout: post\n---\nWhere: room 1\n\n" + wide + "\n\nBio.\n";
    LecternTest::writeFile(path, bytes);
    MainWindow window;
    window.show();
    QVERIFY(window.openPath(path));
    QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kLoadTimeout);
    QVERIFY(window.editor()->isFolded());
    QVERIFY(window.editor()->isReadOnly());
    auto *bar = window.findChild<LongLineBar *>();
    QVERIFY(bar->isVisible());
    const QString said = bar->findChild<QLabel *>()->text();
    QVERIFY2(said.contains(QStringLiteral("Line 3 ")) && said.contains(QLocale().toString(wide.size())), qPrintable(said));

    QLineEdit *title = window.form()->titleEdit();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Wide map"));
    QTest::keyClick(title, Qt::Key_Return);
    saveAction(window)->trigger();
    QVERIFY(!window.document()->isModified());
    QByteArray expected = bytes;
    expected.replace("title: Wide\n", "title: Wide map\n");
    QVERIFY(LecternTest::readAll(path) == expected);

    bar->findChild<QPushButton *>(QStringLiteral("editAnywayButton"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!window.editor()->isFilling(), kLoadTimeout);
    QVERIFY(!window.editor()->isFolded());
    QVERIFY(!bar->isVisible());
    QVERIFY(!window.editor()->isReadOnly());
    QVERIFY(exactText(window.editor()->document()) == window.document()->body());
}

void TestPostOpening::secondOpenWins()
{
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.md"));
    const QString small = dir.filePath(QStringLiteral("small.md"));
    LecternTest::writeFile(big, twentyMegabytes());
    LecternTest::writeFile(small, "---\ntitle: Small\n---\nThe one asked for last.\n");
    MainWindow window;
    window.show();
    QSignalSpy superseded(window.opening()->loader(), &PostLoader::superseded);
    QVERIFY(window.openPath(big));
    QVERIFY(window.openPath(small));
    QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kLoadTimeout);
    // The first read ends later and is dropped: the window keeps showing the last request.
    QTRY_COMPARE_WITH_TIMEOUT(superseded.size(), 1, kLoadTimeout);
    QCOMPARE(superseded.first().first().toString(), big);
    QCoreApplication::processEvents();
    QCOMPARE(window.document()->path(), small);
    QCOMPARE(exactText(window.editor()->document()), QStringLiteral("The one asked for last.\n"));
    QCOMPARE(window.form()->titleEdit()->text(), QStringLiteral("Small"));
    QVERIFY(!window.opening()->isBusy());
}

void TestPostOpening::recoveredTextWinsOverAnOpen()
{
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.md"));
    LecternTest::writeFile(big, twentyMegabytes());
    MainWindow window;
    window.show();
    QSignalSpy superseded(window.opening()->loader(), &PostLoader::superseded);
    QVERIFY(window.openPath(big));
    RecoveryStore::Entry entry;
    entry.id = RecoveryStore::idForPath(QString());
    entry.content = "---\ntitle: Recovered\n---\nTyped before the crash.\n";
    window.restoreRecovered(entry);
    QTRY_COMPARE_WITH_TIMEOUT(superseded.size(), 1, kLoadTimeout);
    QCoreApplication::processEvents();
    QVERIFY(!window.opening()->isBusy());
    QVERIFY(window.document()->isModified());
    QCOMPARE(exactText(window.editor()->document()), QStringLiteral("Typed before the crash.\n"));
    QVERIFY(!window.editor()->isReadOnly());
    QVERIFY(window.form()->isEnabled());
}

void TestPostOpening::errorsSayWhere_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    QTest::newRow("NUL byte: refused with file:line") << QByteArrayLiteral("---\ntitle: A\n---\nab\0c\n") << QStringLiteral(":4: binary file");
    QTest::newRow("invalid UTF-8: refused with file:line:col") << QByteArray("---\ntitle: A\n---\nabc\xFF\n")
                                                              << QStringLiteral(":4:4: not valid UTF-8");
}

void TestPostOpening::errorsSayWhere()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.md"));
    const QString bad = dir.filePath(QStringLiteral("bad.md"));
    LecternTest::writeFile(good, "---\ntitle: Good\n---\nStill here.\n");
    LecternTest::writeFile(bad, bytes);
    MainWindow window;
    window.show();
    QVERIFY(window.openPath(good));
    QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kLoadTimeout);
    QVERIFY(window.openPath(bad));
    QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kLoadTimeout);
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.startsWith(bad + where), qPrintable(message));
    // The post that was open stays open and editable.
    QCOMPARE(window.document()->path(), good);
    QCOMPARE(exactText(window.editor()->document()), QStringLiteral("Still here.\n"));
    QVERIFY(!window.editor()->isReadOnly());
    QVERIFY(window.form()->isEnabled());
}

void TestPostOpening::diskChange_data()
{
    QTest::addColumn<bool>("localEdits");
    QTest::newRow("no local edits: reloads silently, keeps cursor and scroll") << false;
    QTest::newRow("local edits: no reload, the bar asks") << true;
}

void TestPostOpening::diskChange()
{
    QFETCH(bool, localEdits);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    QByteArray mine = "---\ntitle: Mine\n---\n";
    QByteArray theirs = "---\ntitle: Theirs\n---\n";
    for (int i = 0; i < 400; ++i) {
        mine += "Paragraph " + QByteArray::number(i) + " as it was.\n";
        theirs += "Paragraph " + QByteArray::number(i) + (i == 1 ? " changed by git.\n" : " as it was.\n");
    }
    LecternTest::writeFile(path, mine);
    MainWindow window;
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(path));
    QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kLoadTimeout);

    MarkdownEditor *editor = window.editor();
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(int(editor->document()->characterCount() / 2));
    editor->setTextCursor(cursor);
    QScrollBar *scroll = editor->verticalScrollBar();
    QVERIFY(scroll->maximum() > 100);
    scroll->setValue(scroll->maximum() / 2);
    const int position = editor->textCursor().position();
    const int scrolled = scroll->value();
    if (localEdits)
        QTest::keyClicks(editor, QStringLiteral("my words "));
    const QString shownBefore = exactText(editor->document());
    auto *bar = window.findChild<DiskChangeBar *>();
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());

    QSaveFile file(path);   // how git replaces a file: a new inode renamed over the old one
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(theirs);
    QVERIFY(file.commit());

    if (localEdits) {
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
        QCOMPARE(exactText(editor->document()), shownBefore);
        QVERIFY(window.document()->isModified());
        QVERIFY(window.document()->body().contains(QLatin1String("my words ")));
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(exactText(editor->document()).contains(QLatin1String("changed by git")), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kLoadTimeout);
    QCOMPARE(window.form()->titleEdit()->text(), QStringLiteral("Theirs"));
    QVERIFY(!window.document()->isModified());
    QVERIFY(!bar->isVisible());
    QCOMPARE(editor->textCursor().position(), position);
    QCOMPARE(scroll->value(), scrolled);
    QVERIFY(!editor->isReadOnly());
}

QTEST_MAIN(TestPostOpening)
#include "tst_postopening.moc"
