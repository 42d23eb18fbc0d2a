// SPDX-License-Identifier: GPL-3.0-or-later
#include "editsession.h"
#include "markdowneditor.h"
#include "markdownformatting.h"
#include "postdocument.h"
#include "testsupport.h"

#include <QAction>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace Lectern;

// The formatting keys as the writer sees them: the text before and after, the selection marked
// in both. "|" is the cursor; "«" the selection's anchor and "»" its cursor end.
class TestMarkdownFormatting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formattingKeys_data();
    void formattingKeys();
    void keysInTheEditor_data();
    void keysInTheEditor();
    void formattingIsItsOwnUndoStep();
    void tabOutsideListsMovesFocus();
};

namespace {

struct Marked
{
    QString text;
    qsizetype anchor = 0;
    qsizetype cursor = 0;
};

Marked parse(QString marked)
{
    Marked out;
    const qsizetype bar = marked.indexOf(QLatin1Char('|'));
    if (bar >= 0) {
        marked.remove(bar, 1);
        out.anchor = out.cursor = bar;
    } else {
        out.anchor = marked.indexOf(QChar(0xab));
        marked.remove(out.anchor, 1);
        out.cursor = marked.indexOf(QChar(0xbb));
        marked.remove(out.cursor, 1);
    }
    out.text = marked;
    return out;
}

QString render(QString text, qsizetype anchor, qsizetype cursor)
{
    if (anchor == cursor)
        return text.insert(cursor, QLatin1Char('|'));
    if (anchor < cursor)
        return text.insert(cursor, QChar(0xbb)).insert(anchor, QChar(0xab));
    return text.insert(anchor, QChar(0xab)).insert(cursor, QChar(0xbb));
}

std::optional<TextEdit> run(const QString &key, const Marked &in)
{
    using namespace MarkdownFormatting;
    if (key == QLatin1String("Ctrl+B"))
        return toggleSpan(in.text, in.anchor, in.cursor, Span::Strong);
    if (key == QLatin1String("Ctrl+I"))
        return toggleSpan(in.text, in.anchor, in.cursor, Span::Emphasis);
    if (key == QLatin1String("Ctrl+`"))
        return toggleSpan(in.text, in.anchor, in.cursor, Span::Code);
    if (key.startsWith(QLatin1String("Ctrl+")))
        return toggleHeading(in.text, in.cursor, key.mid(5).toInt());
    if (key == QLatin1String("Enter"))
        return continueBlock(in.text, in.cursor);
    if (key == QLatin1String("Tab"))
        return shiftListItems(in.text, in.anchor, in.cursor, false);
    if (key == QLatin1String("Shift+Tab"))
        return shiftListItems(in.text, in.anchor, in.cursor, true);
    return std::nullopt;
}

const QString kNone = QStringLiteral("(key passed on)");

} // namespace

void TestMarkdownFormatting::formattingKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    const auto row = [](const char *name, const char *key, const char *before, const char *after) {
        QTest::newRow(name) << QString::fromUtf8(key) << QString::fromUtf8(before) << QString::fromUtf8(after);
    };
    // Spans
    row("Ctrl+B on a word makes it strong, the cursor stays in the word", "Ctrl+B", "a wo|rd here", "a **wo|rd** here");
    row("Ctrl+B on a selection makes it strong, still selected", "Ctrl+B", "a «big word» here", "a **«big word»** here");
    row("Ctrl+B again on the selection removes the markers", "Ctrl+B", "a **«big word»** here", "a «big word» here");
    row("Ctrl+B on a strong word (cursor inside) removes the markers", "Ctrl+B", "a **wo|rd** here", "a wo|rd here");
    row("Ctrl+B with the markers selected too removes them", "Ctrl+B", "a «**word**» here", "a «word» here");
    row("Ctrl+B with trailing space selected keeps the space outside", "Ctrl+B", "«word »next", "**«word»** next");
    row("Ctrl+B with no word inserts a pair, the cursor between", "Ctrl+B", "end |", "end **|**");
    row("Ctrl+B between an empty pair removes it", "Ctrl+B", "end **|**", "end |");
    row("Ctrl+I on a word makes it emphasis with *", "Ctrl+I", "|word", "*|word*");
    row("Ctrl+I on an emphasised word removes it", "Ctrl+I", "*wo|rd*", "wo|rd");
    row("Ctrl+I on an _emphasised_ word removes the underscores", "Ctrl+I", "_wo|rd_ x", "wo|rd x");
    row("Ctrl+I on a strong word makes it strong and emphasis", "Ctrl+I", "**«word»**", "***«word»***");
    row("Ctrl+I on strong emphasis leaves it strong", "Ctrl+I", "***«word»***", "**«word»**");
    row("Ctrl+B on strong emphasis leaves it emphasis", "Ctrl+B", "***wo|rd***", "*wo|rd*");
    row("Ctrl+B on an emphasised word makes it strong too", "Ctrl+B", "*wo|rd*", "***wo|rd***");
    row("Ctrl+` on a word makes it a code span", "Ctrl+`", "call fo|o now", "call `fo|o` now");
    row("Ctrl+` on a code span removes the backticks", "Ctrl+`", "call `«foo()»` now", "call «foo()» now");
    row("Ctrl+B on a non-ASCII word", "Ctrl+B", "in Jyväs|kylä", "in **Jyväs|kylä**");
    // Headings
    row("Ctrl+2 on a line makes it a level-2 heading", "Ctrl+2", "Tit|le\nnext", "## Tit|le\nnext");
    row("Ctrl+2 again removes the heading", "Ctrl+2", "## Tit|le\nnext", "Tit|le\nnext");
    row("Ctrl+1 on a level-3 heading makes it level 1", "Ctrl+1", "a\n### Tit|le", "a\n# Tit|le");
    row("Ctrl+6 on the second line only changes that line", "Ctrl+6", "one\ntw|o\nthree", "one\n###### tw|o\nthree");
    row("Ctrl+3 on an empty line starts a heading", "Ctrl+3", "a\n|\nb", "a\n### |\nb");
    row("Ctrl+4 with the cursor in the marker puts it after the new marker", "Ctrl+4", "#| Title", "#### |Title");
    row("Ctrl+1 on #hashtag (not a heading) adds a heading", "Ctrl+1", "#tag|", "# #tag|");
    // Enter
    row("Enter after a - item starts a new - item", "Enter", "- milk|", "- milk\n- |");
    row("Enter after a * item starts a new * item", "Enter", "* milk|", "* milk\n* |");
    row("Enter after a + item starts a new + item", "Enter", "+ milk|", "+ milk\n+ |");
    row("Enter after item 1. starts item 2.", "Enter", "1. first|", "1. first\n2. |");
    row("Enter after item 9) starts item 10)", "Enter", "9) ninth|", "9) ninth\n10) |");
    row("Enter after a done task item starts an open task item", "Enter", "- [x] done|", "- [x] done\n- [ ] |");
    row("Enter in a nested item keeps its indentation", "Enter", "- a\n  - b|", "- a\n  - b\n  - |");
    row("Enter in the middle of an item moves the rest onto the new one", "Enter", "- milk| and eggs",
        "- milk\n- |and eggs");
    row("Enter on an empty item ends the list: a blank line, then a new paragraph's line", "Enter", "- a\n- |",
        "- a\n\n|");
    row("Enter on an empty numbered item ends the list", "Enter", "1. a\n2. |", "1. a\n\n|");
    row("Enter on an empty task item ends the list", "Enter", "- [ ] a\n- [ ] |", "- [ ] a\n\n|");
    row("Enter on an empty nested item moves it out a level", "Enter", "- a\n  - b\n  - |", "- a\n  - b\n- |");
    row("Enter in a block quote continues the quote", "Enter", "> said|", "> said\n> |");
    row("Enter in a nested quote keeps both levels", "Enter", "> > said|", "> > said\n> > |");
    row("Enter on an empty quote line ends the quote", "Enter", "> a\n> |", "> a\n\n|");
    row("Enter in a list inside a quote continues both", "Enter", "> - a|", "> - a\n> - |");
    row("Enter on an empty item inside a quote keeps the quote", "Enter", "> - a\n> - |", "> - a\n>\n> |");
    row("Enter in a paragraph is an ordinary new line", "Enter", "plain|", "(key passed on)");
    row("Enter before the marker is an ordinary new line", "Enter", "|- a", "(key passed on)");
    row("Enter after a thematic break * * * is an ordinary new line", "Enter", "* * *|", "(key passed on)");
    row("Enter after -word (no space) is an ordinary new line", "Enter", "-word|", "(key passed on)");
    // Tab and Shift+Tab
    row("Tab on a - item indents it by 2 spaces", "Tab", "- a\n- b|", "- a\n  - b|");
    row("Tab on a numbered item indents it by its marker width", "Tab", "1. a\n2. b|", "1. a\n   2. b|");
    row("Tab on item 10. indents it by 4", "Tab", "10. b|", "    10. b|");
    row("Shift+Tab on a nested item outdents it", "Shift+Tab", "- a\n  - b|", "- a\n- b|");
    row("Shift+Tab on a tab-indented item removes the tab", "Shift+Tab", "\t- b|", "- b|");
    row("Shift+Tab on an item at the margin changes nothing", "Shift+Tab", "- b|", "- b|");
    row("Tab on selected items indents each of them", "Tab", "- «a\n- b»\nc", "  - «a\n  - b»\nc");
    row("Tab in a quoted item indents after the quote marker", "Tab", "> - a|", ">   - a|");
    row("Tab in a paragraph is passed on", "Tab", "a|b", "(key passed on)");
}

void TestMarkdownFormatting::formattingKeys()
{
    QFETCH(QString, key);
    QFETCH(QString, before);
    QFETCH(QString, after);
    const Marked in = parse(before);
    const std::optional<TextEdit> edit = run(key, in);
    if (!edit) {
        QCOMPARE(kNone, after);
        return;
    }
    QString text = in.text;
    text.replace(edit->position, edit->length, edit->text);
    QCOMPARE(render(text, edit->anchor, edit->cursor), after);
}

void TestMarkdownFormatting::keysInTheEditor_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Ctrl+B on a word in the editor makes it strong")
        << QStringLiteral("Hello wo|rld\n") << int(Qt::Key_B) << int(Qt::ControlModifier) << QStringLiteral("Hello **world**\n");
    QTest::newRow("Ctrl+I on a word in the editor makes it emphasis")
        << QStringLiteral("Hello wo|rld\n") << int(Qt::Key_I) << int(Qt::ControlModifier) << QStringLiteral("Hello *world*\n");
    QTest::newRow("Ctrl+` on a word in the editor makes it code")
        << QStringLiteral("call fo|o\n") << int(Qt::Key_QuoteLeft) << int(Qt::ControlModifier) << QStringLiteral("call `foo`\n");
    QTest::newRow("Ctrl+2 in the editor makes a heading")
        << QStringLiteral("a\nTit|le\n") << int(Qt::Key_2) << int(Qt::ControlModifier) << QStringLiteral("a\n## Title\n");
    QTest::newRow("Enter in a numbered list in the editor continues it")
        << QStringLiteral("1. a|\n") << int(Qt::Key_Return) << int(Qt::NoModifier) << QStringLiteral("1. a\n2. \n");
    QTest::newRow("Enter on an empty item in the editor ends the list")
        << QStringLiteral("- a\n- |\n") << int(Qt::Key_Return) << int(Qt::NoModifier) << QStringLiteral("- a\n\n\n");
    QTest::newRow("Tab on an item in the editor indents it")
        << QStringLiteral("- a\n- b|\n") << int(Qt::Key_Tab) << int(Qt::NoModifier) << QStringLiteral("- a\n  - b\n");
    QTest::newRow("Shift+Tab on an item in the editor outdents it")
        << QStringLiteral("- a\n  - b|\n") << int(Qt::Key_Backtab) << int(Qt::ShiftModifier) << QStringLiteral("- a\n- b\n");
}

namespace {
struct EditorWindow
{
    QTemporaryDir dir;
    EditSession session;
    MarkdownEditor *editor = nullptr;
    QWidget host;

    explicit EditorWindow(const QString &body)
    {
        const QString path = dir.filePath(QStringLiteral("2024-01-01-post.md"));
        LecternTest::writeFile(path, "---\ntitle: A\n---\n" + body.toUtf8());
        session.document()->load(path, nullptr);
        editor = new MarkdownEditor(&session, &host);
        host.resize(600, 400);
        editor->resize(600, 400);
        host.show();
        host.activateWindow();
        editor->setFocus();
    }
    bool ready() { return QTest::qWaitForWindowActive(&host) && QTest::qWaitFor([this] { return !editor->isFilling(); }); }
    QString body() const { return session.document()->body(); }
    void placeCursor(int at)
    {
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(at);
        editor->setTextCursor(cursor);
    }
};
} // namespace

void TestMarkdownFormatting::keysInTheEditor()
{
    QFETCH(QString, body);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, expected);
    const qsizetype at = body.indexOf(QLatin1Char('|'));
    body.remove(at, 1);
    EditorWindow w(body);
    QVERIFY(w.ready());
    QCOMPARE(w.body(), body);
    w.placeCursor(int(at));
    QTest::keyClick(w.editor, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    QCOMPARE(w.body(), expected);
    QCOMPARE(w.editor->toPlainText(), expected);
    QTest::keyClick(w.editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.body(), body);
    QCOMPARE(w.editor->toPlainText(), body);
}

void TestMarkdownFormatting::formattingIsItsOwnUndoStep()
{
    // Typing a word then Ctrl+B at once, then typing on: each Ctrl+Z undoes one of the three.
    EditorWindow w(QStringLiteral("Say \n"));
    QVERIFY(w.ready());
    w.placeCursor(4);
    QTest::keyClicks(w.editor, QStringLiteral("hello"));
    QCOMPARE(w.body(), QStringLiteral("Say hello\n"));
    QTest::keyClick(w.editor, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(w.body(), QStringLiteral("Say **hello**\n"));
    QTest::keyClicks(w.editor, QStringLiteral("!"));
    QCOMPARE(w.body(), QStringLiteral("Say **hello!**\n"));   // the cursor stays at the word's end, inside the markers
    QTest::keyClick(w.editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.body(), QStringLiteral("Say **hello**\n"));
    QTest::keyClick(w.editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.body(), QStringLiteral("Say hello\n"));
    QTest::keyClick(w.editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.body(), QStringLiteral("Say \n"));
    // The actions are there for a Format menu, named for it.
    QStringList names;
    for (const QAction *action : w.editor->formattingActions())
        names << action->text();
    QCOMPARE(names.first(), QStringLiteral("Bold"));
    QCOMPARE(names.size(), 9);
}

void TestMarkdownFormatting::tabOutsideListsMovesFocus()
{
    EditorWindow w(QStringLiteral("ab\n"));
    auto *next = new QLineEdit(&w.host);   // the next field in the focus chain
    next->move(0, 420);
    next->show();
    QVERIFY(w.ready());
    w.placeCursor(1);
    QTest::keyClick(w.editor, Qt::Key_Tab);
    QCOMPARE(w.body(), QStringLiteral("ab\n"));   // no tab character typed into the post
    QTRY_VERIFY(next->hasFocus());
    QTest::keyClick(next, Qt::Key_Backtab);
    QTRY_VERIFY(w.editor->hasFocus());
    QCOMPARE(w.session.undoStack()->count(), 0);
}

QTEST_MAIN(TestMarkdownFormatting)
#include "tst_markdownformatting.moc"
