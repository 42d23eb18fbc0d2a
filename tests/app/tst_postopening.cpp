// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9 in the real window: large and odd posts open off the GUI thread and end up in the editor
// exactly; a second open wins over the first; nothing is saved half-loaded; errors still say
// file:line:col; a post changed on disk reloads silently and keeps the cursor and the scroll.
#include "datefieldeditor.h"
#include "diskchangebar.h"
#include "longlinebar.h"
#include "exacttext.h"
#include "frontmatterform.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "postloader.h"
#include "postlist.h"
#include "postlistmodel.h"
#include "postopening.h"
#include "previewprofile.h"
#include "previewview.h"
#include "testsupport.h"
#include "editsession.h"
#include "windowtestsupport.h"
#include "whenlinebar.h"

#include <QAction>
#include <QApplication>
#include <QDateTimeEdit>
#include <QDialog>
#include <QMessageBox>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QWebEnginePage>
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

// Answers the next modal question or dialog (QMessageBox::warning, DiffDialog::exec) with Cancel or
// reject, and says whether one came. The window stays as the user left it.
struct ModalWatch
{
    bool seen = false;
    void arm()
    {
        QTimer::singleShot(0, qApp, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            seen = true;
            if (auto *box = qobject_cast<QMessageBox *>(modal))
                box->button(QMessageBox::Cancel)->click();
            else if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        });
    }
};

QPushButton *barButton(QWidget *bar, const QString &text)
{
    for (QPushButton *b : bar->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QString previewText(MainWindow &window)
{
    QString text;
    bool done = false;
    window.preview()->page()->toPlainText([&](const QString &t) {
        text = t;
        done = true;
    });
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    return text;
}

// Double-clicks PATH's row in the post list, as a user would.
void doubleClickInList(MainWindow &window, const QString &path)
{
    QTreeView *view = window.postList()->view();
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(PostListModel::PathRole).toString() == path) {
            const QPoint at = view->visualRect(index).center();
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
            QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
            return;
        }
    }
    QFAIL("the post is not in the list");
}

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
    void fileChangedWhileEdited_data();
    void fileChangedWhileEdited();
    void changedDateLeavesEventOnOldDay_data();
    void changedDateLeavesEventOnOldDay();
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

// Issue 15, kind "file changed on disk while edited": every way through the disk-change bar ends
// with a window that can save, switch posts and close, asking only when there are unsaved edits.
enum class BarPath { Reload, ReloadCancelled, KeepMine, DiffThenKeepMine, DiffThenReload, KeepMineThenChangedAgain, DeletedKeepMine };

void TestPostOpening::fileChangedWhileEdited_data()
{
    QTest::addColumn<BarPath>("path");
    QTest::newRow("file changed on disk while edited: Reload, Discard: disk text everywhere, unmodified")
        << BarPath::Reload;
    QTest::newRow("file changed on disk while edited: Reload, Cancel: my text, the bar stays") << BarPath::ReloadCancelled;
    QTest::newRow("file changed on disk while edited: Keep Mine, Save writes mine") << BarPath::KeepMine;
    QTest::newRow("file changed on disk while edited: Show Differences, the bar stays; Keep Mine, Save")
        << BarPath::DiffThenKeepMine;
    QTest::newRow("file changed on disk while edited: Show Differences, then Reload") << BarPath::DiffThenReload;
    QTest::newRow("file changed on disk while edited: Keep Mine, changed again: Save refused, the bar is back")
        << BarPath::KeepMineThenChangedAgain;
    QTest::newRow("file changed on disk while edited: deleted, no Reload; Keep Mine, Save writes it again")
        << BarPath::DeletedKeepMine;
}

void TestPostOpening::fileChangedWhileEdited()
{
    QFETCH(BarPath, path);
    QTemporaryDir dir;
    LecternTest::writeFile(dir.filePath(QStringLiteral("_config.yml")), "title: Lab\n");
    const QString post = dir.filePath(QStringLiteral("_posts/2025-03-19-talk.md"));
    const QString other = dir.filePath(QStringLiteral("_posts/2025-01-02-other.md"));
    const QByteArray original = "---\ntitle: Talk\nlayout: post\n---\nFirst paragraph.\n";
    LecternTest::writeFile(post, original);
    LecternTest::writeFile(other, "---\ntitle: Other\n---\nThe other post.\n");
    MainWindow window;
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(post));
    QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kLoadTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(window.postList()->visiblePaths().size(), 2, 10000);

    // Edit, then another program appends a line (a shell's `echo >>`: same inode, new bytes).
    QTextCursor cursor = window.editor()->textCursor();
    cursor.movePosition(QTextCursor::End);
    window.editor()->setTextCursor(cursor);
    QTest::keyClicks(window.editor(), QStringLiteral("My words."));
    QVERIFY(window.document()->isModified());
    const QByteArray mine = original + "My words.";
    const bool deleted = path == BarPath::DeletedKeepMine;
    const QByteArray theirs = deleted ? QByteArray() : original + "Appended from a shell.\n";
    if (deleted) {
        QVERIFY(QFile::remove(post));
    } else {
        QFile file(post);
        QVERIFY(file.open(QIODevice::Append));
        file.write("Appended from a shell.\n");
    }
    auto *bar = window.findChild<DiskChangeBar *>();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 10000);
    QCOMPARE(barButton(bar, QStringLiteral("Reload"))->isVisible(), !deleted);
    // Saving now is refused and says why; the bar stays.
    saveAction(window)->trigger();
    QVERIFY(window.document()->isModified());
    QCOMPARE(QFileInfo::exists(post), !deleted);
    if (!deleted)
        QVERIFY(LecternTest::readAll(post) == theirs);
    QVERIFY(bar->isVisible());

    ModalWatch modal;
    const auto reload = [&](bool discard) {
        barButton(bar, QStringLiteral("Reload"))->click();
        auto *question = bar->findChild<QMessageBox *>(QStringLiteral("reloadConfirmation"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        question->button(discard ? QMessageBox::Discard : QMessageBox::Cancel)->click();
    };
    const auto showDifferences = [&] {
        modal.arm();
        barButton(bar, QStringLiteral("Show Differences"))->click();
        QVERIFY(modal.seen);
        QVERIFY(bar->isVisible());
        QVERIFY(barButton(bar, QStringLiteral("Reload"))->isEnabled());
        QVERIFY(window.document()->isModified());
    };
    bool expectModified = false;
    QByteArray expectOnDisk;
    switch (path) {
    case BarPath::Reload:
    case BarPath::DiffThenReload:
        if (path == BarPath::DiffThenReload)
            showDifferences();
        reload(true);
        QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kLoadTimeout);
        QTRY_VERIFY2_WITH_TIMEOUT(!bar->isVisible(), qPrintable(window.statusBar()->currentMessage()), 10000);
        QCOMPARE(exactText(window.editor()->document()), QStringLiteral("First paragraph.\nAppended from a shell.\n"));
        QCOMPARE(window.form()->titleEdit()->text(), QStringLiteral("Talk"));
        QVERIFY(!window.editor()->isReadOnly());
        QVERIFY(window.form()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(previewText(window).contains(QStringLiteral("Appended from a shell.")), 20000);
        QVERIFY(!previewText(window).contains(QStringLiteral("My words.")));
        expectOnDisk = theirs;
        break;
    case BarPath::ReloadCancelled:
        reload(false);
        QVERIFY(bar->isVisible());
        QVERIFY(exactText(window.editor()->document()).endsWith(QStringLiteral("My words.")));
        expectModified = true;
        expectOnDisk = theirs;
        break;
    case BarPath::KeepMine:
    case BarPath::DiffThenKeepMine:
    case BarPath::DeletedKeepMine:
        if (path == BarPath::DiffThenKeepMine)
            showDifferences();
        barButton(bar, QStringLiteral("Keep Mine"))->click();
        QVERIFY(!bar->isVisible());
        saveAction(window)->trigger();
        expectOnDisk = mine;
        break;
    case BarPath::KeepMineThenChangedAgain: {
        barButton(bar, QStringLiteral("Keep Mine"))->click();
        QFile file(post);
        QVERIFY(file.open(QIODevice::Append));
        file.write("And again.\n");
        file.close();
        saveAction(window)->trigger();
        QVERIFY2(bar->isVisible(), "a change the user has not seen is not overwritten silently");
        expectModified = true;
        expectOnDisk = theirs + "And again.\n";
        break;
    }
    }
    QCOMPARE(window.document()->isModified(), expectModified);
    QVERIFY(LecternTest::readAll(post) == expectOnDisk);

    // Closing asks only when there are unsaved edits (the question is answered Cancel here).
    modal.seen = false;
    modal.arm();
    const bool closed = window.close();
    QCOMPARE(modal.seen, expectModified);
    QCOMPARE(closed, !expectModified);
    if (closed)
        window.show();
    // Another post opens from the list; with unsaved edits the question comes first.
    if (expectModified)
        return;
    doubleClickInList(window, other);
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->path(), other, kLoadTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kLoadTimeout);
    QCOMPARE(exactText(window.editor()->document()), QStringLiteral("The other post.\n"));
}

// Issue 15, kind "a changed date leaves the event on the old day": changing the date in the form
// offers to move the body's When: line with it; accepting is one undo step on the editor's stack.
enum class WhenAnswer { Update, Keep, DateMovedBack, LineAlreadyElsewhere };

void TestPostOpening::changedDateLeavesEventOnOldDay_data()
{
    QTest::addColumn<WhenAnswer>("answer");
    QTest::addColumn<QString>("whenLine");
    const QString seedWhen = QStringLiteral("- **When:** Wednesday, March 19, 2025, 11:00am – 12:00pm PDT");
    QTest::newRow("changed date, event on the old day: Update rewrites the When: line, one Undo takes it back")
        << WhenAnswer::Update << seedWhen;
    QTest::newRow("changed date, event on the old day: short style (Wed, Mar 19th, 2025) kept")
        << WhenAnswer::Update << QStringLiteral("When: Wed, Mar 19th, 2025 at 3pm CET");
    QTest::newRow("changed date, event on the old day: Keep As Is leaves the line") << WhenAnswer::Keep << seedWhen;
    QTest::newRow("changed date, event on the old day: date moved back, the offer goes")
        << WhenAnswer::DateMovedBack << seedWhen;
    QTest::newRow("changed date, event on the old day: a When: line on another day is not the old day: no offer")
        << WhenAnswer::LineAlreadyElsewhere << QStringLiteral("- **When:** Friday, March 21, 2025, 11:00am PDT");
}

void TestPostOpening::changedDateLeavesEventOnOldDay()
{
    QFETCH(WhenAnswer, answer);
    QFETCH(QString, whenLine);
    QTemporaryDir dir;
    LecternTest::writeFile(dir.filePath(QStringLiteral("_config.yml")), "title: Lab\n");
    const QString path = dir.filePath(QStringLiteral("_posts/2025-03-19-talk.md"));
    const QByteArray original = "---\ntitle: Talk\ndate: 19 March 2025\n---\n\n" + whenLine.toUtf8() + "\n\nAbstract.\n";
    LecternTest::writeFile(path, original);
    MainWindow window;
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(path));
    QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kLoadTimeout);
    auto *bar = window.findChild<WhenLineBar *>();
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());

    // The user steps the day up in the date field: 19 → 20 March.
    auto *date = qobject_cast<DateFieldEditor *>(window.form()->editor(QStringLiteral("date")));
    QVERIFY(date);
    QDateTimeEdit *edit = date->dateEdit();
    edit->setFocus();
    edit->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(edit, Qt::Key_Up);
    QCOMPARE(window.document()->post().frontMatter().scalar(QStringLiteral("date")), QStringLiteral("20 March 2025"));
    const QString body = window.document()->body();
    if (answer == WhenAnswer::LineAlreadyElsewhere) {
        QVERIFY(!bar->isVisible());
        return;
    }
    QVERIFY2(bar->isVisible(), "no offer to move the When: line with the date");
    // Not blocking: typing still goes on elsewhere while the bar is up.
    QVERIFY(!window.editor()->isReadOnly());
    QPushButton *update = bar->findChild<QPushButton *>(QStringLiteral("updateWhenLineButton"));
    QUndoStack *undo = window.session()->undoStack();
    const int steps = undo->count();
    switch (answer) {
    case WhenAnswer::Update: {
        update->click();
        QVERIFY(!bar->isVisible());
        const QString moved = window.document()->body();
        QVERIFY2(!moved.contains(QLatin1String("19")), qPrintable(moved));
        if (whenLine.contains(QLatin1String("Wednesday")))
            QVERIFY2(moved.contains(QLatin1String("Thursday, March 20, 2025, 11:00am")), qPrintable(moved));
        else
            QVERIFY2(moved.contains(QLatin1String("When: Thu, Mar 20th, 2025 at 3pm CET")), qPrintable(moved));
        QCOMPARE(exactText(window.editor()->document()), moved);
        QCOMPARE(undo->count(), steps + 1);
        // One undo takes the line back and leaves the date; the next takes the date back.
        undo->undo();
        QCOMPARE(window.document()->body(), body);
        QCOMPARE(exactText(window.editor()->document()), body);
        QCOMPARE(window.document()->post().frontMatter().scalar(QStringLiteral("date")), QStringLiteral("20 March 2025"));
        undo->redo();
        QCOMPARE(window.document()->body(), moved);
        saveAction(window)->trigger();
        QByteArray expected = original;
        expected.replace("date: 19 March 2025", "date: 20 March 2025");
        expected.replace(body.mid(body.indexOf(QLatin1String("When"))).toUtf8(), moved.mid(moved.indexOf(QLatin1String("When"))).toUtf8());
        QCOMPARE(QString::fromUtf8(LecternTest::readAll(path)), QString::fromUtf8(expected));
        break;
    }
    case WhenAnswer::Keep:
        bar->findChild<QPushButton *>(QStringLiteral("keepWhenLineButton"))->click();
        QVERIFY(!bar->isVisible());
        QCOMPARE(window.document()->body(), body);
        QCOMPARE(undo->count(), steps);
        break;
    case WhenAnswer::DateMovedBack:
        QTest::keyClick(edit, Qt::Key_Down);
        QVERIFY(!bar->isVisible());
        QCOMPARE(window.document()->body(), body);
        break;
    case WhenAnswer::LineAlreadyElsewhere:
        break;
    }
}

int main(int argc, char *argv[])
{
    PreviewProfile::registerSchemes();   // before the application, as app/main.cpp does
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestPostOpening test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_postopening.moc"
