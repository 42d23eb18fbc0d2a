// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcommand.h"
#include "editsession.h"
#include "exacttext.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "testsupport.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTest>
#include <QUndoStack>

using namespace Lectern;

// Typing in the body changes only what was typed: characters the editor shows alike
// (no-break spaces, CRLF line ends) keep their bytes.
class TestMarkdownEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingKeepsUntouchedBytes_data();
    void typingKeepsUntouchedBytes();
    void editsKeepEditorAndBodyInStep_data();
    void editsKeepEditorAndBodyInStep();
    void typingMergesIntoOneUndoStep();
    void undoDoesNotResetTheWholeEditor();
    void overLongLineIsFoldedReadOnly();
    void foldsOnlyLinesOverTheLimit();
    void editAnywayShowsTheExactText();
};

namespace {
// The editor's text as the body should read it, with every kind of line break as '\n'; the body
// may keep a U+2028 or lone CR from the file where the editor shows a line break.
QString shownText(const QTextDocument *document)
{
    return exactText(document);
}

QString asShown(QString body)
{
    for (QChar &c : body) {
        if (c == QChar::LineSeparator || c == QLatin1Char('\r'))
            c = QLatin1Char('\n');
    }
    return body;
}

// Runs one step of a row's edit script: "at:N", "select:N", "type:TEXT", "key:NAME", "paste:TEXT".
void runStep(MarkdownEditor &editor, const QString &step)
{
    const QString arg = step.section(QLatin1Char(':'), 1);
    QTextCursor cursor = editor.textCursor();
    if (step.startsWith(QLatin1String("at:"))) {
        cursor.setPosition(arg.toInt());
        editor.setTextCursor(cursor);
    } else if (step.startsWith(QLatin1String("select:"))) {
        cursor.setPosition(arg.toInt(), QTextCursor::KeepAnchor);
        editor.setTextCursor(cursor);
    } else if (step.startsWith(QLatin1String("type:"))) {
        QTest::keyClicks(&editor, arg);
    } else if (step == QLatin1String("key:Return")) {
        QTest::keyClick(&editor, Qt::Key_Return);
    } else if (step == QLatin1String("key:Shift+Return")) {
        QTest::keyClick(&editor, Qt::Key_Return, Qt::ShiftModifier);
    } else if (step == QLatin1String("key:Backspace")) {
        QTest::keyClick(&editor, Qt::Key_Backspace);
    } else if (step == QLatin1String("key:Delete")) {
        QTest::keyClick(&editor, Qt::Key_Delete);
    } else if (step == QLatin1String("key:Tab")) {
        QTest::keyClick(&editor, Qt::Key_Tab);
    } else if (step.startsWith(QLatin1String("paste:"))) {
        QGuiApplication::clipboard()->setText(arg);
        editor.paste();
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown step ") + step));
    }
}
} // namespace

void TestMarkdownEditor::typingKeepsUntouchedBytes_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("no-break space: stays a no-break space after typing elsewhere")
        << QByteArray("---\ntitle: A\n---\n10\xC2\xA0km walk\n")
        << QByteArray("---\ntitle: A\n---\n10\xC2\xA0km walk\nSee you!");
    QTest::newRow("crlf: typed line ends are written as CRLF")
        << QByteArray("---\r\ntitle: A\r\n---\r\nFirst\r\n")
        << QByteArray("---\r\ntitle: A\r\n---\r\nFirst\r\nSee you!");
    QTest::newRow("non-ASCII: Jyväskylä and 東京 survive")
        << QByteArray("---\ntitle: A\n---\nJyv\xC3\xA4skyl\xC3\xA4 \xE6\x9D\xB1\xE4\xBA\xAC\n")
        << QByteArray("---\ntitle: A\n---\nJyv\xC3\xA4skyl\xC3\xA4 \xE6\x9D\xB1\xE4\xBA\xAC\nSee you!");
}

void TestMarkdownEditor::typingKeepsUntouchedBytes()
{
    QFETCH(QByteArray, original);
    QFETCH(QByteArray, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    LecternTest::writeFile(path, original);
    EditSession session;
    PostDocument &doc = *session.document();
    QString error;
    QVERIFY2(doc.load(path, &error), qPrintable(error));
    MarkdownEditor editor(&session);
    editor.show();
    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, QStringLiteral("See you!"));
    QVERIFY(doc.isModified());
    QVERIFY2(doc.save(&error), qPrintable(error));
    QCOMPARE(LecternTest::readAll(path), expected);
}

void TestMarkdownEditor::editsKeepEditorAndBodyInStep_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray head("---\ntitle: A\n---\n");
    QTest::newRow("typing: a word in the middle of a line")
        << head + "One two\nThree\n" << QStringList{QStringLiteral("at:4"), QStringLiteral("type:and ")}
        << head + "One and two\nThree\n";
    QTest::newRow("tab: pasted and existing tabs kept")
        << head + "a\tb\n" << QStringList{QStringLiteral("at:1"), QStringLiteral("paste:\t")} << head + "a\t\tb\n";
    QTest::newRow("enter and shift+enter: both are LF in the body")
        << head + "ab\n" << QStringList{QStringLiteral("at:1"), QStringLiteral("key:Return"), QStringLiteral("key:Shift+Return")}
        << head + "a\n\nb\n";
    QTest::newRow("backspace: joins two lines")
        << head + "ab\ncd\n" << QStringList{QStringLiteral("at:3"), QStringLiteral("key:Backspace")} << head + "abcd\n";
    QTest::newRow("delete: multi-line selection removed")
        << head + "1\n2\n3\n4\n" << QStringList{QStringLiteral("at:2"), QStringLiteral("select:6"), QStringLiteral("key:Delete")}
        << head + "1\n4\n";
    QTest::newRow("paste: CRLF and CR lines become LF, typed over a selection")
        << head + "xyz\n" << QStringList{QStringLiteral("at:1"), QStringLiteral("select:2"), QStringLiteral("paste:P\r\nQ\rR")}
        << head + "xP\nQ\nRz\n";
    QTest::newRow("crlf file: edits at start, middle and end keep CRLF everywhere")
        << QByteArray("---\r\ntitle: A\r\n---\r\nab\r\ncd\r\n")
        << QStringList{QStringLiteral("at:0"), QStringLiteral("type:>"), QStringLiteral("at:4"), QStringLiteral("key:Return"),
                       QStringLiteral("at:8"), QStringLiteral("type:!")}
        << QByteArray("---\r\ntitle: A\r\n---\r\n>ab\r\n\r\ncd\r\n!");
    QTest::newRow("U+2028 in the file: survives typing elsewhere")
        << head + "a\xE2\x80\xA8" "b\nc\n" << QStringList{QStringLiteral("at:6"), QStringLiteral("type:d")}
        << head + "a\xE2\x80\xA8" "b\nc\nd";
    QTest::newRow("no-break space: typing next to it keeps it")
        << head + "10\xC2\xA0km\n" << QStringList{QStringLiteral("at:3"), QStringLiteral("type:5")}
        << head + "10\xC2\xA0" "5km\n";
    QTest::newRow("whole text: select all and type")
        << head + "old\ntext\n" << QStringList{QStringLiteral("at:0"), QStringLiteral("select:9"), QStringLiteral("type:new")}
        << head + "new";
}

void TestMarkdownEditor::editsKeepEditorAndBodyInStep()
{
    QFETCH(QByteArray, original);
    QFETCH(QStringList, steps);
    QFETCH(QByteArray, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    LecternTest::writeFile(path, original);
    EditSession session;
    PostDocument &doc = *session.document();
    QString error;
    QVERIFY2(doc.load(path, &error), qPrintable(error));
    const QByteArray originalBytes = doc.post().toBytes();
    MarkdownEditor editor(&session);
    editor.show();
    for (const QString &step : std::as_const(steps)) {
        runStep(editor, step);
        QCOMPARE(shownText(editor.document()), asShown(doc.body()));
        QVERIFY(!doc.body().contains(QChar::ParagraphSeparator));
        QVERIFY(!doc.body().contains(QLatin1String("\r\n")));
    }
    QCOMPARE(doc.post().toBytes(), expected);

    // Undo everything: the original bytes; redo everything: the edited ones; the editor follows.
    while (session.undoStack()->canUndo()) {
        session.undoStack()->undo();
        QCOMPARE(shownText(editor.document()), asShown(doc.body()));
    }
    QCOMPARE(doc.post().toBytes(), originalBytes);
    while (session.undoStack()->canRedo()) {
        session.undoStack()->redo();
        QCOMPARE(shownText(editor.document()), asShown(doc.body()));
    }
    QCOMPARE(doc.post().toBytes(), expected);
    // Typing after redo still lands in the body at the cursor.
    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, QStringLiteral("Z"));
    QCOMPARE(doc.post().toBytes(), expected + "Z");
}

void TestMarkdownEditor::typingMergesIntoOneUndoStep()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    LecternTest::writeFile(path, "---\ntitle: A\n---\nHello\n");
    EditSession session;
    PostDocument &doc = *session.document();
    QVERIFY(doc.load(path, nullptr));
    MarkdownEditor editor(&session);
    editor.show();
    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, QStringLiteral("World"));
    QTest::keyClick(&editor, Qt::Key_Backspace);
    QTest::keyClicks(&editor, QStringLiteral("d!"));
    QCOMPARE(doc.body(), QStringLiteral("Hello\nWorld!"));
    QCOMPARE(session.undoStack()->count(), 1);
    const auto *step = static_cast<const BodyCommand *>(session.undoStack()->command(0));
    // One small step: it holds what was typed, not copies of the post.
    QCOMPARE(step->position(), 6);
    QCOMPARE(step->removed(), QString());
    QCOMPARE(step->inserted(), QStringLiteral("World!"));
    session.undoStack()->undo();
    QCOMPARE(doc.body(), QStringLiteral("Hello\n"));
    QCOMPARE(exactText(editor.document()), QStringLiteral("Hello\n"));
}

void TestMarkdownEditor::undoDoesNotResetTheWholeEditor()
{
    // Undo replaces only the changed range (no setPlainText of the whole post, which loses the scroll
    // position and costs a megabyte post tens of milliseconds) and puts the cursor where the change was.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    LecternTest::writeFile(path, "---\ntitle: A\n---\nfirst\nsecond\nthird\n");
    EditSession session;
    PostDocument &doc = *session.document();
    QVERIFY(doc.load(path, nullptr));
    MarkdownEditor editor(&session);
    editor.show();
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(9);
    editor.setTextCursor(cursor);
    QTest::keyClicks(&editor, QStringLiteral("XY"));
    QCOMPARE(doc.body(), QStringLiteral("first\nsecXYond\nthird\n"));
    QSignalSpy changes(editor.document(), &QTextDocument::contentsChange);
    session.undoStack()->undo();
    QCOMPARE(doc.body(), QStringLiteral("first\nsecond\nthird\n"));
    QCOMPARE(editor.textCursor().position(), 9);
    QVERIFY(!changes.isEmpty());
    for (const QList<QVariant> &change : std::as_const(changes)) {
        QCOMPARE(change.at(0).toInt(), 9);
        QVERIFY(change.at(1).toInt() <= 2 && change.at(2).toInt() <= 2);
    }
    session.undoStack()->redo();
    QCOMPARE(exactText(editor.document()), QStringLiteral("first\nsecXYond\nthird\n"));
    QCOMPARE(editor.textCursor().position(), 11);
}

namespace {

// A body with an over-long line 3 (a pasted image as a data URI) between short ones; an emoji
// straddles the first row boundary, so a fold that split UTF-16 pairs would break it.
QString foldableBody(qsizetype longLine)
{
    QString wide = QStringLiteral("![logo](data:image/png;base64,");
    wide += QString(MarkdownEditor::kFoldRow - 1 - wide.size(), QLatin1Char('A'));
    wide += QString::fromUtf8("\xF0\x9F\x98\x80");   // U+1F600 at kFoldRow - 1 and kFoldRow
    wide += QString(longLine - wide.size() - 1, QLatin1Char('B')) + QLatin1Char(')');
    return QStringLiteral("When: today\n\n") + wide + QStringLiteral("\n\nSpeaker: Ada\n");
}

void waitUntilShown(MarkdownEditor &editor)
{
    QTRY_VERIFY_WITH_TIMEOUT(!editor.isFilling(), 30000);
}

} // namespace

void TestMarkdownEditor::overLongLineIsFoldedReadOnly()
{
    EditSession session;
    PostDocument &doc = *session.document();
    const QString body = foldableBody(250000);
    doc.setBody(body);
    MarkdownEditor editor(&session);
    editor.show();
    waitUntilShown(editor);
    QVERIFY(editor.isFolded());
    QCOMPARE(editor.longestFoldedLine(), 3);
    QCOMPARE(editor.longestFoldedLength(), 250000);
    editor.setEditable(true);   // as PostOpening does once a post is open
    QVERIFY(editor.isReadOnly());

    // Rows of at most kFoldRow characters; joined again they are the line, character for character.
    const QTextDocument *shown = editor.document();
    const int rows = 26;   // 250,000 characters, the first row one short to keep the emoji whole
    QCOMPARE(shown->blockCount(), 6 + rows - 1);
    QString joined;
    for (int block = 2; block < 2 + rows; ++block) {
        const QString row = shown->findBlockByNumber(block).text();
        QVERIFY(row.size() <= MarkdownEditor::kFoldRow);
        joined += row;
    }
    QCOMPARE(joined, body.section(QLatin1Char('\n'), 2, 2));
    QCOMPARE(shown->findBlockByNumber(2).text().size(), MarkdownEditor::kFoldRow - 1);
    QCOMPARE(shown->findBlockByNumber(2 + rows + 1).text(), QStringLiteral("Speaker: Ada"));

    // The preview's line numbers: every row is line 3; the lines after it keep their numbers.
    QCOMPARE(editor.bodyLineOfBlock(0), 1);
    QCOMPARE(editor.bodyLineOfBlock(2), 3);
    QCOMPARE(editor.bodyLineOfBlock(2 + rows - 1), 3);
    QCOMPARE(editor.bodyLineOfBlock(2 + rows + 1), 5);
    QCOMPARE(editor.blockOfBodyLine(3), 2);
    QCOMPARE(editor.blockOfBodyLine(5), 2 + rows + 1);

    // Typing and pasting change nothing: the shown rows are not the body.
    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, QStringLiteral("typed"));
    QGuiApplication::clipboard()->setText(QStringLiteral("pasted"));
    editor.paste();
    QCOMPARE(doc.body(), body);
}

void TestMarkdownEditor::foldsOnlyLinesOverTheLimit()
{
    EditSession session;
    PostDocument &doc = *session.document();
    doc.setBody(foldableBody(MarkdownEditor::kLongLine));
    MarkdownEditor editor(&session);
    editor.show();
    waitUntilShown(editor);
    QVERIFY(!editor.isFolded());
    QCOMPARE(exactText(editor.document()), doc.body());
    QCOMPARE(editor.bodyLineOfBlock(2), 3);
    QCOMPARE(editor.bodyLineOfBlock(4), 5);

    QSignalSpy folding(&editor, &MarkdownEditor::foldingChanged);   // the bar follows it
    doc.setBody(foldableBody(MarkdownEditor::kLongLine + 1));
    Q_EMIT doc.loaded();   // as a load does
    waitUntilShown(editor);
    QVERIFY(editor.isFolded());
    QCOMPARE(folding.size(), 1);
}

void TestMarkdownEditor::editAnywayShowsTheExactText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.md"));
    const QByteArray bytes = "---\ntitle: Wide\n---\n" + foldableBody(150000).toUtf8();
    LecternTest::writeFile(path, bytes);
    EditSession session;
    PostDocument &doc = *session.document();
    QVERIFY(doc.load(path, nullptr));
    MarkdownEditor editor(&session);
    editor.show();
    waitUntilShown(editor);
    QVERIFY(editor.isFolded());

    editor.editExactText();
    waitUntilShown(editor);
    QVERIFY(!editor.isFolded());
    QVERIFY(!editor.isReadOnly());
    QCOMPARE(exactText(editor.document()), doc.body());
    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, QStringLiteral("Bio."));
    QVERIFY(doc.body().endsWith(QStringLiteral("Speaker: Ada\nBio.")));

    // A reload of the same post stays exact; another post folds again.
    QVERIFY(doc.reload(nullptr));
    waitUntilShown(editor);
    QVERIFY(!editor.isFolded());
    const QString other = dir.filePath(QStringLiteral("other.md"));
    LecternTest::writeFile(other, bytes);
    QVERIFY(doc.load(other, nullptr));
    waitUntilShown(editor);
    QVERIFY(editor.isFolded());
    QVERIFY(editor.isReadOnly());
}

QTEST_MAIN(TestMarkdownEditor)
#include "tst_markdowneditor.moc"
