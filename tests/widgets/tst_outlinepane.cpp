// SPDX-License-Identifier: GPL-3.0-or-later
// The outline pane (issue 16): the body's headings, not those in code; the section holding the
// cursor is the current item; a click or Enter takes the editor there.
#include "editsession.h"
#include "markdowneditor.h"
#include "outlinepane.h"
#include "postdocument.h"
#include "testsupport.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QToolTip>
#include <QListWidget>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace Lectern;

class TestOutlinePane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheHeadings();
    void currentItemFollowsTheCursor_data();
    void currentItemFollowsTheCursor();
    void clickAndEnterMoveTheEditor();
    void followsTypingAfterAPause();
    void longBodyIsScannedOffTheGuiThread();
    void tooltipGivesTheHeadingsLine();
};

namespace {

const QString kBody = QStringLiteral("Intro line\n"             // 1
                                     "\n"                       // 2
                                     "# Getting started\n"      // 3
                                     "Some text\n"              // 4
                                     "```bash\n"                // 5
                                     "# not a heading\n"        // 6
                                     "```\n"                    // 7
                                     "Setup\n"                  // 8
                                     "-----\n"                  // 9
                                     "more\n"                   // 10
                                     "### Deep *one* ###\n"     // 11
                                     "end\n");                  // 12

struct OutlineWindow
{
    QTemporaryDir dir;
    EditSession session;
    QWidget host;
    MarkdownEditor *editor = nullptr;
    OutlinePane *outline = nullptr;

    explicit OutlineWindow(const QString &body)
    {
        const QString path = dir.filePath(QStringLiteral("2024-01-01-post.md"));
        LecternTest::writeFile(path, "---\ntitle: A\n---\n" + body.toUtf8());
        editor = new MarkdownEditor(&session);
        outline = new OutlinePane(session.document(), editor);
        auto *row = new QHBoxLayout(&host);
        row->addWidget(outline);
        row->addWidget(editor, 1);
        session.document()->load(path, nullptr);
        host.resize(800, 300);
        host.show();
        host.activateWindow();
    }
    bool ready() { return QTest::qWaitForWindowActive(&host) && QTest::qWaitFor([this] { return !editor->isFilling(); }); }
    QStringList items() const
    {
        QStringList out;
        for (int i = 0; i < outline->list()->count(); ++i)
            out << outline->list()->item(i)->text();
        return out;
    }
    void cursorToLine(int line)
    {
        editor->setTextCursor(QTextCursor(editor->document()->findBlockByNumber(line - 1)));
    }
    int cursorLine() const { return editor->textCursor().blockNumber() + 1; }
};

} // namespace

void TestOutlinePane::listsTheHeadings()
{
    OutlineWindow w(kBody);
    QVERIFY(w.ready());
    // Indented by level; the fenced "# not a heading" is not listed.
    QCOMPARE(w.items(), (QStringList {QStringLiteral("Getting started"), QStringLiteral("  Setup"),
                                      QStringLiteral("    Deep *one*")}));
    QCOMPARE(w.outline->list()->item(1)->data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("Setup, heading level 2"));
    QVERIFY(!w.outline->accessibleName().isEmpty());
    QVERIFY(!w.outline->list()->accessibleName().isEmpty());
}

void TestOutlinePane::currentItemFollowsTheCursor_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("row");
    QTest::newRow("above the first heading: none marked") << 1 << -1;
    QTest::newRow("on a heading: that one") << 3 << 0;
    QTest::newRow("inside a code fence: the section around it") << 6 << 0;
    QTest::newRow("on a setext heading's text line") << 8 << 1;
    QTest::newRow("after the last heading") << 12 << 2;
}

void TestOutlinePane::currentItemFollowsTheCursor()
{
    QFETCH(int, line);
    QFETCH(int, row);
    OutlineWindow w(kBody);
    QVERIFY(w.ready());
    w.cursorToLine(10);   // somewhere else first, so the row must move
    w.cursorToLine(line);
    QCOMPARE(w.outline->list()->currentRow(), row);
}

void TestOutlinePane::clickAndEnterMoveTheEditor()
{
    OutlineWindow w(kBody);
    QVERIFY(w.ready());
    QSignalSpy chosen(w.outline, &OutlinePane::headingChosen);
    QListWidget *list = w.outline->list();
    w.cursorToLine(1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(2)).center());
    QCOMPARE(w.cursorLine(), 11);
    QCOMPARE(w.editor->textCursor().positionInBlock(), 0);
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toInt(), 11);
    QCOMPARE(list->currentRow(), 2);
    QTRY_VERIFY(w.editor->hasFocus());   // ready to type there

    // Keyboard: focus the list, arrow up to "Setup", Enter.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(w.cursorLine(), 11);   // moving through the list does not move the editor
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(w.cursorLine(), 8);
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(chosen.at(1).at(0).toInt(), 8);
}

void TestOutlinePane::followsTypingAfterAPause()
{
    OutlineWindow w(kBody);
    QVERIFY(w.ready());
    w.editor->setFocus();
    w.cursorToLine(12);
    QTest::keyClick(w.editor, Qt::Key_End);
    QTest::keyClick(w.editor, Qt::Key_Return);
    QTest::keyClicks(w.editor, QStringLiteral("## Added"));
    QVERIFY(w.outline->isStale());   // typed: the scan waits for a pause
    QTRY_COMPARE(w.items().size(), 4);
    QCOMPARE(w.items().last(), QStringLiteral("  Added"));
    QCOMPARE(w.outline->list()->currentRow(), 3);   // the cursor is in the new section
    QCOMPARE(w.outline->headings().last().line, 13);
}

// A body over kScanInlineChars: the scan runs on a pool thread; the pane stays stale until its answer
// is shown, and lines moved by a line typed above reach the headings without rebuilding the items.
void TestOutlinePane::longBodyIsScannedOffTheGuiThread()
{
    QString body;
    for (int i = 0; body.size() <= OutlinePane::kScanInlineChars; ++i)
        body += QStringLiteral("## Part %1\n\nSome words of part %1, long enough to fill the body.\n\n").arg(i);
    OutlineWindow w(body);
    QVERIFY(w.ready());
    QTRY_VERIFY(!w.outline->isStale());
    const int count = w.items().size();
    QVERIFY(count > 500);
    QCOMPARE(w.outline->headings().at(1).line, 5);
    QListWidgetItem *second = w.outline->list()->item(1);
    w.editor->setFocus();
    w.editor->moveCursor(QTextCursor::Start);
    QTest::keyClick(w.editor, Qt::Key_Return);
    QVERIFY(w.outline->isStale());
    QTRY_COMPARE(w.outline->headings().at(1).line, 6);
    QVERIFY(!w.outline->isStale());
    QCOMPARE(w.items().size(), count);
    QCOMPARE(w.outline->list()->item(1), second);   // the same item, not a rebuilt list
    QTest::keyClick(w.editor, Qt::Key_Up);   // the empty line made above
    QTest::keyClicks(w.editor, QStringLiteral("# Top"));
    QTRY_COMPARE(w.items().size(), count + 1);
    QCOMPARE(w.items().first(), QStringLiteral("Top"));
}

// The tooltip names the heading's line as it is now (made when shown, not stored in the item).
void TestOutlinePane::tooltipGivesTheHeadingsLine()
{
    OutlineWindow w(kBody);
    QVERIFY(w.ready());
    QListWidget *list = w.outline->list();
    const QRect second = list->visualItemRect(list->item(1));
    QHelpEvent event(QEvent::ToolTip, second.center(), list->viewport()->mapToGlobal(second.center()));
    QApplication::sendEvent(list->viewport(), &event);
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), QStringLiteral("Line 8"));
}

QTEST_MAIN(TestOutlinePane)
#include "tst_outlinepane.moc"
