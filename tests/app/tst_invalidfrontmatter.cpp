// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 1, in the real window: a post whose front matter does not parse is edited in the
// YAML view, and that edit is the user's text like any other: it marks the post modified, is one
// step on the session's stack with the form and the body, is written as typed by Save (which says
// Jekyll will refuse it, and where), and switching posts asks first.
#include "editsession.h"
#include "frontmatterform.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "postlist.h"
#include "postopening.h"
#include "rawyamlview.h"
#include "testsupport.h"
#include "windowtestsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QUndoStack>

using namespace Lectern;

namespace {

constexpr int kLoadTimeout = 60000;
const QByteArray kBroken = "---\ntitle: \"Still broken\nplace: MDR 1137\n---\nThe body.\n";

using LecternTest::saveAction;

// Types TEXT key by key at the end of line LINE (0-based) of the window's YAML view.
void typeAtEndOfYamlLine(MainWindow &window, int line, const QString &text)
{
    QPlainTextEdit *yaml = window.form()->yamlView()->textEdit();
    QTextCursor cursor(yaml->document()->findBlockByNumber(line));
    cursor.movePosition(QTextCursor::EndOfBlock);
    yaml->setTextCursor(cursor);
    yaml->setFocus();
    QTest::keyClicks(yaml, text);
}

} // namespace

class TestInvalidFrontMatter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void yamlViewEdit_data();
    void yamlViewEdit();
    void breakingTheFrontMatterAsksBeforeSaving();
};

void TestInvalidFrontMatter::yamlViewEdit_data()
{
    QTest::addColumn<QString>("check");
    QTest::newRow("invalid front matter: YAML-view edit marks modified") << QStringLiteral("modified");
    QTest::newRow("invalid front matter: save writes the typed text") << QStringLiteral("save");
    QTest::newRow("invalid front matter: undo restores") << QStringLiteral("undo");
    QTest::newRow("invalid front matter: switching posts asks") << QStringLiteral("switch");
}

void TestInvalidFrontMatter::yamlViewEdit()
{
    QFETCH(QString, check);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("_posts/2025-01-01-broken.md"));
    const QString other = dir.filePath(QStringLiteral("_posts/2025-01-02-other.md"));
    LecternTest::writeFile(path, kBroken);
    LecternTest::writeFile(other, "---\ntitle: Other\n---\nOther body.\n");
    MainWindow window;
    window.show();
    QVERIFY(window.openPath(path));
    QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kLoadTimeout);
    QVERIFY(window.document()->post().isReadOnly());
    QVERIFY(window.form()->isYamlShown());
    QVERIFY(!window.document()->isModified());

    // " # note" typed at the end of the second line, key by key.
    typeAtEndOfYamlLine(window, 1, QStringLiteral(" # note"));
    QPlainTextEdit *yaml = window.form()->yamlView()->textEdit();
    QByteArray typed = kBroken;
    typed.replace("MDR 1137\n", "MDR 1137 # note\n");
    QCOMPARE(window.document()->post().toBytes(), typed);
    QVERIFY(!window.form()->yamlView()->isValid());
    QUndoStack *stack = window.session()->undoStack();

    if (check == QLatin1String("modified")) {
        QVERIFY(window.document()->isModified());
        QVERIFY(window.isWindowModified());
        QCOMPARE(stack->count(), 1);
    } else if (check == QLatin1String("save")) {
        saveAction(window)->trigger();
        QCOMPARE(LecternTest::readAll(path), typed);
        QVERIFY(!window.document()->isModified());
        const QString said = window.statusBar()->currentMessage();
        QVERIFY2(said.contains(QStringLiteral("Jekyll will refuse"))
                     && QRegularExpression(QStringLiteral("broken\\.md:\\d+:\\d+: error: ")).match(said).hasMatch(),
                 qPrintable(said));
    } else if (check == QLatin1String("undo")) {
        // One stack for the YAML view, the form and the body: a body keystroke is the next step.
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QStringLiteral("!"));
        QCOMPARE(stack->count(), 2);
        stack->undo();
        QCOMPARE(window.document()->post().toBytes(), typed);
        yaml->setFocus();
        QTest::keyClick(yaml, Qt::Key_Z, Qt::ControlModifier);   // the YAML view's Ctrl+Z is the session's
        QCOMPARE(window.document()->post().toBytes(), kBroken);
        QCOMPARE(window.form()->yamlView()->text().toUtf8(), window.document()->post().frontMatter().text());
        QVERIFY(!window.document()->isModified());
        QVERIFY(!window.isWindowModified());
    } else if (check == QLatin1String("switch")) {
        QString asked;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                asked = box->text();
                answer.stop();
                box->button(QMessageBox::Cancel)->click();
            }
        });
        answer.start();
        Q_EMIT window.postList()->openRequested(other);
        answer.stop();
        QVERIFY2(asked.contains(QStringLiteral("unsaved changes")), qPrintable(asked));
        QCOMPARE(window.document()->path(), path);   // Cancel: the post and the typing stay
        QCOMPARE(window.document()->post().toBytes(), typed);
        QVERIFY(!window.opening()->isBusy());
    }
}

// Found by a new user: a stray " : [" typed in the YAML view of a good post, then Ctrl+S, wrote a
// file Jekyll refuses with only a status-bar note. Save now asks first (Cancel keeps the edits, saved
// nowhere but the recovery store); once the user chose to write it, later saves do not ask again.
void TestInvalidFrontMatter::breakingTheFrontMatterAsksBeforeSaving()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("_posts/2025-01-01-good.md"));
    const QByteArray good = "---\ntitle: Good\ncategories: [seminar]\n---\nThe body.\n";
    LecternTest::writeFile(path, good);
    MainWindow window;
    window.show();
    QVERIFY(window.openPath(path));
    QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kLoadTimeout);
    QVERIFY(!window.document()->post().isReadOnly());
    QVERIFY(window.form()->setYamlShown(true));
    typeAtEndOfYamlLine(window, 1, QStringLiteral(" : ["));
    QTRY_VERIFY(window.document()->post().isReadOnly());
    const QByteArray broken = window.document()->post().toBytes();
    QVERIFY(broken != good);

    // Answers the next question with BUTTON (by its text); returns what the question said.
    auto saveAnswering = [&](const QString &button) {
        QString asked;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked = box->text() + QLatin1Char('\n') + box->informativeText();
            answer.stop();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(QLatin1Char('&')) == button)
                    b->click();
            }
        });
        answer.start();
        saveAction(window)->trigger();
        answer.stop();
        return asked;
    };
    const QString asked = saveAnswering(QStringLiteral("Cancel"));
    QVERIFY2(asked.contains(QStringLiteral("Jekyll cannot read the front matter"))
                 && QRegularExpression(QStringLiteral("good\\.md:\\d+:\\d+: error: ")).match(asked).hasMatch(),
             qPrintable(asked));
    QCOMPARE(LecternTest::readAll(path), good);   // Cancel: nothing written, the edits kept
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.document()->post().toBytes(), broken);

    QVERIFY(!saveAnswering(QStringLiteral("Save Anyway")).isEmpty());
    QCOMPARE(LecternTest::readAll(path), broken);
    QVERIFY(!window.document()->isModified());

    // The file on disk is refused already: the next save writes without asking.
    window.editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor(), QStringLiteral("!"));
    QVERIFY(saveAnswering(QStringLiteral("Cancel")).isEmpty());
    QVERIFY(LecternTest::readAll(path).endsWith("The body.\n!"));
}

QTEST_MAIN(TestInvalidFrontMatter)
#include "tst_invalidfrontmatter.moc"
