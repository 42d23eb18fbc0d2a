// SPDX-License-Identifier: GPL-3.0-or-later
#include "exacttext.h"
#include "frontmattercommand.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "testsupport.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
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
    PostDocument doc;
    QString error;
    QVERIFY2(doc.load(path, &error), qPrintable(error));
    MarkdownEditor editor(&doc);
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
    QTest::newRow("tab: typed and existing tabs kept")
        << head + "a\tb\n" << QStringList{QStringLiteral("at:1"), QStringLiteral("key:Tab")} << head + "a\t\tb\n";
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
    PostDocument doc;
    QString error;
    QVERIFY2(doc.load(path, &error), qPrintable(error));
    const QByteArray originalBytes = doc.post().toBytes();
    QUndoStack stack;
    MarkdownEditor editor(&doc);
    editor.setUndoStack(&stack);
    editor.show();
    for (const QString &step : std::as_const(steps)) {
        runStep(editor, step);
        QCOMPARE(shownText(editor.document()), asShown(doc.body()));
        QVERIFY(!doc.body().contains(QChar::ParagraphSeparator));
        QVERIFY(!doc.body().contains(QLatin1String("\r\n")));
    }
    QCOMPARE(doc.post().toBytes(), expected);

    // Undo everything: the original bytes; redo everything: the edited ones; the editor follows.
    while (stack.canUndo()) {
        stack.undo();
        QCOMPARE(shownText(editor.document()), asShown(doc.body()));
    }
    QCOMPARE(doc.post().toBytes(), originalBytes);
    while (stack.canRedo()) {
        stack.redo();
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
    PostDocument doc;
    QVERIFY(doc.load(path, nullptr));
    QUndoStack stack;
    MarkdownEditor editor(&doc);
    editor.setUndoStack(&stack);
    editor.show();
    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, QStringLiteral("World"));
    QTest::keyClick(&editor, Qt::Key_Backspace);
    QTest::keyClicks(&editor, QStringLiteral("d!"));
    QCOMPARE(doc.body(), QStringLiteral("Hello\nWorld!"));
    QCOMPARE(stack.count(), 1);
    const auto *step = static_cast<const BodyCommand *>(stack.command(0));
    // One small step: it holds what was typed, not copies of the post.
    QCOMPARE(step->position(), 6);
    QCOMPARE(step->removed(), QString());
    QCOMPARE(step->inserted(), QStringLiteral("World!"));
    stack.undo();
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
    PostDocument doc;
    QVERIFY(doc.load(path, nullptr));
    QUndoStack stack;
    MarkdownEditor editor(&doc);
    editor.setUndoStack(&stack);
    editor.show();
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(9);
    editor.setTextCursor(cursor);
    QTest::keyClicks(&editor, QStringLiteral("XY"));
    QCOMPARE(doc.body(), QStringLiteral("first\nsecXYond\nthird\n"));
    QSignalSpy changes(editor.document(), &QTextDocument::contentsChange);
    stack.undo();
    QCOMPARE(doc.body(), QStringLiteral("first\nsecond\nthird\n"));
    QCOMPARE(editor.textCursor().position(), 9);
    QVERIFY(!changes.isEmpty());
    for (const QList<QVariant> &change : std::as_const(changes)) {
        QCOMPARE(change.at(0).toInt(), 9);
        QVERIFY(change.at(1).toInt() <= 2 && change.at(2).toInt() <= 2);
    }
    stack.redo();
    QCOMPARE(exactText(editor.document()), QStringLiteral("first\nsecXYond\nthird\n"));
    QCOMPARE(editor.textCursor().position(), 11);
}

QTEST_MAIN(TestMarkdownEditor)
#include "tst_markdowneditor.moc"
