// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16 in the real window: View shows and hides the panes and zooms the editor; Help lists
// the shortcuts from the actions themselves; F6 / Shift+F6 and Ctrl+Shift+1…4 move the keyboard
// focus between the panes, each of which a screen reader can name; the status bar counts the
// body's (or the selection's) words, characters and reading time.
#include "bodycounts.h"
#include "mainwindow.h"
#include "markdownrenderer.h"
#include "markdowneditor.h"
#include "outlinepane.h"
#include "postlist.h"
#include "postdocument.h"
#include "postopening.h"
#include "testsupport.h"
#include "viewmenus.h"

#include <QAccessible>
#include <QAction>
#include <QListWidget>
#include <QMenuBar>
#include <QTextBlock>
#include <QDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextBoundaryFinder>
#include <QTextDocumentFragment>
#include <QTest>

#include <memory>

using namespace Lectern;

namespace {

constexpr int kTimeout = 60000;   // a WebEngine window on a loaded, shared machine

QString seedPost()
{
    return LecternTest::sourcePath(QStringLiteral("examples/site/_posts/2025-03-19-lumi-ai-factories.md"));
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name) : QString();
}

} // namespace

class TestViewMenus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void viewActionsHideAndShowPanes();
    void hidingBothTextPanesIsRefused();
    void zoomChangesTheEditorFontAndResetRestoresIt();
    void shortcutsDialogListsSaveWithItsKey();
    void f6WalksThePanesInOrder();
    void ctrlShiftNumberFocusesAPane_data();
    void ctrlShiftNumberFocusesAPane();
    void countsOfText_data();
    void countsOfText();
    void countsOnlyWhatTheReaderSees_data();
    void countsOnlyWhatTheReaderSees();
    void statusBarCountsTheBodyAndTheSelection();
    void outlineAndLinkInTheWindow();
    void ctrlYRedoesLikeCtrlShiftZ();

private:
    std::unique_ptr<MainWindow> m_window;
    ViewMenus *m_menus = nullptr;
};

void TestViewMenus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestViewMenus::init()
{
    m_window = std::make_unique<MainWindow>();
    m_menus = m_window->findChild<ViewMenus *>();
    QVERIFY(m_menus);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openPath(seedPost()));
    QVERIFY(QTest::qWaitFor([this] { return !m_window->opening()->isBusy() && m_window->document()->path() == seedPost(); },
                            kTimeout));
}

void TestViewMenus::cleanup()
{
    m_window->document()->setModified(false);   // never asks to save; nothing is written
    m_window.reset();
}

void TestViewMenus::viewActionsHideAndShowPanes()
{
    for (int i = 0; i < ViewMenus::PaneCount; ++i) {
        const auto pane = ViewMenus::Pane(i);
        QAction *action = m_menus->paneAction(pane);
        QVERIFY(action->isCheckable());
        QVERIFY(action->isChecked());
        action->trigger();
        QVERIFY2(!m_menus->pane(pane)->isVisible(), qPrintable(action->text()));
        QVERIFY(!action->isChecked());
        action->trigger();
        QVERIFY2(m_menus->pane(pane)->isVisible(), qPrintable(action->text()));
        QVERIFY(action->isChecked());
    }
    // A pane hidden some other way (a restored splitter, another part of the window): its View
    // action follows.
    m_menus->pane(ViewMenus::PreviewPane)->hide();
    QVERIFY(!m_menus->paneAction(ViewMenus::PreviewPane)->isChecked());
    m_menus->pane(ViewMenus::PreviewPane)->show();
    QVERIFY(m_menus->paneAction(ViewMenus::PreviewPane)->isChecked());
}

void TestViewMenus::hidingBothTextPanesIsRefused()
{
    const QString body = m_window->document()->body();
    m_menus->paneAction(ViewMenus::EditorPane)->trigger();
    QVERIFY(!m_menus->pane(ViewMenus::EditorPane)->isVisible());
    m_menus->paneAction(ViewMenus::FormPane)->trigger();   // the last text pane
    QVERIFY(m_menus->pane(ViewMenus::FormPane)->isVisible());
    QVERIFY(m_menus->paneAction(ViewMenus::FormPane)->isChecked());
    QVERIFY(!m_window->statusBar()->currentMessage().isEmpty());
    // Going to the hidden editor shows it again, with its text.
    m_menus->focusPane(ViewMenus::EditorPane);
    QVERIFY(m_menus->pane(ViewMenus::EditorPane)->isVisible());
    QVERIFY(m_menus->paneAction(ViewMenus::EditorPane)->isChecked());
    QCOMPARE(m_window->editor()->toPlainText(), body);
}

void TestViewMenus::zoomChangesTheEditorFontAndResetRestoresIt()
{
    const qreal base = m_window->editor()->font().pointSizeF();
    QVERIFY(base > 0);
    m_menus->zoomInAction()->trigger();
    m_menus->zoomInAction()->trigger();
    QCOMPARE(m_window->editor()->font().pointSizeF(), base + 2);
    m_menus->zoomOutAction()->trigger();
    QCOMPARE(m_window->editor()->font().pointSizeF(), base + 1);
    QCOMPARE(m_menus->zoomInAction()->shortcut(), QKeySequence(QKeySequence::ZoomIn));
    QCOMPARE(m_menus->resetZoomAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
    m_menus->resetZoomAction()->trigger();
    QCOMPARE(m_window->editor()->font().pointSizeF(), base);
    for (int i = 0; i < 100; ++i)
        m_menus->zoomOutAction()->trigger();
    QCOMPARE(m_window->editor()->font().pointSizeF(), ViewMenus::kMinZoom);   // still readable
}

void TestViewMenus::shortcutsDialogListsSaveWithItsKey()
{
    std::unique_ptr<QDialog> dialog(m_menus->shortcutsDialog());
    auto *table = dialog->findChild<QTableWidget *>();
    QVERIFY(table);
    QHash<QString, QString> keys;
    for (int row = 0; row < table->rowCount(); ++row)
        keys.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    QCOMPARE(keys.value(QStringLiteral("Save")), QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    QCOMPARE(keys.value(QStringLiteral("Next Pane")), QKeySequence(Qt::Key_F6).toString(QKeySequence::NativeText));
    QVERIFY(keys.contains(QStringLiteral("Zoom In")));
    QVERIFY(!keys.contains(QStringLiteral("About Lectern")));   // no shortcut, not listed
}

void TestViewMenus::f6WalksThePanesInOrder()
{
    const QList<ViewMenus::Pane> order = {ViewMenus::FormPane, ViewMenus::EditorPane, ViewMenus::PreviewPane,
                                          ViewMenus::PostListPane, ViewMenus::FormPane};
    m_menus->focusPane(ViewMenus::PostListPane);
    QTRY_COMPARE(m_menus->paneOf(m_window->focusWidget()), ViewMenus::PostListPane);
    for (const ViewMenus::Pane pane : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
        QTRY_COMPARE(m_menus->paneOf(m_window->focusWidget()), pane);
    }
    // Shift+F6 goes back; a hidden pane is skipped.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_COMPARE(m_menus->paneOf(m_window->focusWidget()), ViewMenus::PostListPane);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_COMPARE(m_menus->paneOf(m_window->focusWidget()), ViewMenus::PreviewPane);
    m_menus->paneAction(ViewMenus::FormPane)->trigger();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_COMPARE(m_menus->paneOf(m_window->focusWidget()), ViewMenus::PostListPane);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_COMPARE(m_menus->paneOf(m_window->focusWidget()), ViewMenus::EditorPane);

    const QStringList names = {QStringLiteral("Post list"), QStringLiteral("Front matter form"),
                               QStringLiteral("Markdown editor"), QStringLiteral("Preview")};
    for (int i = 0; i < ViewMenus::PaneCount; ++i)
        QCOMPARE(accessibleName(m_menus->pane(ViewMenus::Pane(i))), names.at(i));
    QCOMPARE(accessibleName(m_window->editor()), QStringLiteral("Markdown editor"));
}

void TestViewMenus::ctrlShiftNumberFocusesAPane_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("pane");
    QTest::newRow("Ctrl+Shift+1: the post list") << int(Qt::Key_1) << int(ViewMenus::PostListPane);
    QTest::newRow("Ctrl+Shift+2: the form") << int(Qt::Key_2) << int(ViewMenus::FormPane);
    QTest::newRow("Ctrl+Shift+3: the editor itself, ready to type") << int(Qt::Key_3) << int(ViewMenus::EditorPane);
    QTest::newRow("Ctrl+Shift+4: the preview") << int(Qt::Key_4) << int(ViewMenus::PreviewPane);
}

void TestViewMenus::ctrlShiftNumberFocusesAPane()
{
    QFETCH(int, key);
    QFETCH(int, pane);
    // Start elsewhere: the pane before it.
    m_menus->focusPane(ViewMenus::Pane((pane + ViewMenus::PaneCount - 1) % ViewMenus::PaneCount));
    QTRY_VERIFY(m_menus->paneOf(m_window->focusWidget()) != pane);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_menus->paneOf(m_window->focusWidget()), ViewMenus::Pane(pane));
    if (pane == ViewMenus::EditorPane)
        QCOMPARE(m_window->focusWidget(), m_window->editor());
}

void TestViewMenus::countsOfText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("words");
    QTest::addColumn<qsizetype>("characters");
    QTest::addColumn<qsizetype>("minutes");
    QTest::newRow("empty: nothing, no reading time") << QString() << qsizetype(0) << qsizetype(0) << qsizetype(0);
    QTest::newRow("punctuation and an apostrophe: 4 words")
        << QStringLiteral("Hello, world! Don't panic.") << qsizetype(4) << qsizetype(26) << qsizetype(1);
    QTest::newRow("Markdown marks are not words; line breaks are not characters")
        << QStringLiteral("# Title\n\n* **bold** item\n> quote") << qsizetype(4) << qsizetype(29) << qsizetype(1);
    QTest::newRow("an emoji with a skin tone and an accent are one character each")
        << QStringLiteral("caf\u00e9 \U0001F44D\U0001F3FD") << qsizetype(1) << qsizetype(6) << qsizetype(1);
    QTest::newRow("numbers are words") << QStringLiteral("Room 42, 2025") << qsizetype(3) << qsizetype(13)
                                       << qsizetype(1);
    QTest::newRow("200 words: 1 min") << QStringLiteral("word ").repeated(200) << qsizetype(200) << qsizetype(1000)
                                      << qsizetype(1);
    QTest::newRow("201 words: 2 min, rounded up") << QStringLiteral("word ").repeated(201) << qsizetype(201)
                                                  << qsizetype(1005) << qsizetype(2);
}

void TestViewMenus::countsOfText()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, words);
    QFETCH(qsizetype, characters);
    QFETCH(qsizetype, minutes);
    const BodyCounts::Counts counts = BodyCounts::count(text);
    QCOMPARE(counts.words, words);
    QCOMPARE(counts.characters, characters);
    QCOMPARE(counts.minutes, minutes);
}

// Issue 16 leftover: URLs, Liquid, HTML tags and attribute lists were counted as words.
void TestViewMenus::countsOnlyWhatTheReaderSees_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("words");
    QTest::newRow("a link counts its text, not its URL or title")
        << QStringLiteral("See [the page](https://example.org/a/b-c \"Its title\") now.") << qsizetype(4);
    QTest::newRow("a link to a post through Liquid counts its text")
        << QStringLiteral("[Read more]({{ site.baseurl }}{% post_url 2025-01-01-x %})") << qsizetype(2);
    QTest::newRow("an image counts nothing, not even its alt text")
        << QStringLiteral("Before ![A diagram of things](/images/x.png \"t\") after.") << qsizetype(2);
    QTest::newRow("Liquid output and tags count nothing")
        << QStringLiteral("Hello {{ site.title | upcase }} and {% include note.html text=\"x y\" %} bye") << qsizetype(3);
    QTest::newRow("HTML tags and attributes count nothing, the text between them does")
        << QStringLiteral("<span class=\"note big\">Two words</span><br/>") << qsizetype(2);
    QTest::newRow("an HTML comment counts nothing") << QStringLiteral("Seen <!-- not\nseen at all --> too") << qsizetype(2);
    QTest::newRow("kramdown attribute lists and comments count nothing")
        << QStringLiteral("A paragraph.\n{: .lead #intro}\n{::comment}\nhidden words\n{:/comment}\n## Heading {#top}")
        << qsizetype(3);
    QTest::newRow("a fence's info string is not a word; the code is read")
        << QStringLiteral("```python\nprint(x)\n```") << qsizetype(2);
    QTest::newRow("a URL shown as text is one word")
        << QStringLiteral("Visit https://example.org/a/b?x=1 or <https://lumi.eu/x> today") << qsizetype(5);
    QTest::newRow("underscore emphasis counts its words, snake_case one")
        << QStringLiteral("_This event_ is __open__ to snake_case readers") << qsizetype(7);
    QTest::newRow("a reference definition counts nothing")
        << QStringLiteral("[Docs][1] here\n\n[1]: https://example.org/docs \"The docs\"") << qsizetype(2);
    QTest::newRow("a selection's paragraph separators are line breaks")
        << QStringLiteral("```js\u2029code\u2029```") << qsizetype(1);
}

void TestViewMenus::countsOnlyWhatTheReaderSees()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, words);
    QCOMPARE(BodyCounts::count(text).words, words);
}

void TestViewMenus::statusBarCountsTheBodyAndTheSelection()
{
    auto *label = m_window->statusBar()->findChild<BodyCounts *>();
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QTRY_COMPARE(label->text(), BodyCounts::describe(BodyCounts::count(m_window->document()->body()), false));
    // The seed post counts as many words as its rendered page shows (what ghostwriter counts).
    const QString shown = QTextDocumentFragment::fromHtml(MarkdownRenderer::toHtml(m_window->document()->body())).toPlainText();
    qsizetype renderedWords = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, shown);
    for (qsizetype at = 0; at >= 0 && at < shown.size(); at = finder.toNextBoundary()) {
        if (finder.boundaryReasons() & QTextBoundaryFinder::StartOfItem)
            ++renderedWords;
    }
    QVERIFY(renderedWords > 100);
    QCOMPARE(BodyCounts::count(m_window->document()->body()).words, renderedWords);
    MarkdownEditor *editor = m_window->editor();
    editor->setFocus();
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Hello, world! Don't panic."));
    QCOMPARE(m_window->document()->body(), QStringLiteral("Hello, world! Don't panic."));
    QVERIFY(label->isPending());   // debounced: not recounted per keystroke
    QTRY_COMPARE(label->text(), QStringLiteral("Words: 4 · Characters: 26 · 1 min read"));
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(7);
    cursor.setPosition(19, QTextCursor::KeepAnchor);   // "world! Don't"
    editor->setTextCursor(cursor);
    QTRY_COMPARE(label->text(), QStringLiteral("Selected words: 2 · characters: 12 · 1 min read"));
}

// The outline sits under the post list, View → Outline shows and hides it; a heading clicked moves
// the editor there; Format → Link… is Ctrl+K.
void TestViewMenus::outlineAndLinkInTheWindow()
{
    OutlinePane *outline = m_window->outline();
    QVERIFY(outline->isVisible());
    QCOMPARE(m_menus->paneOf(outline->list()), ViewMenus::PostListPane);   // F6 reaches it with the post list
    QTRY_COMPARE(outline->list()->count(), 1);
    QCOMPARE(outline->list()->item(0)->text(), QStringLiteral("  Bio:"));
    QListWidget *list = outline->list();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QCOMPARE(m_window->editor()->textCursor().block().text(), QStringLiteral("## Bio:"));
    QCOMPARE(list->currentRow(), 0);

    QMenu *view = nullptr;
    QMenu *format = nullptr;
    for (QAction *menu : m_window->menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&View"))
            view = menu->menu();
        if (menu->text() == QStringLiteral("F&ormat"))
            format = menu->menu();
    }
    QVERIFY(view && format);
    QVERIFY(view->actions().contains(m_window->outlineAction()));
    m_window->outlineAction()->trigger();
    QVERIFY(!outline->isVisible());
    QVERIFY(m_window->postList()->isVisible());
    m_window->outlineAction()->trigger();
    QVERIFY(outline->isVisible());

    QVERIFY(format->actions().contains(m_window->linkAction()));
    QCOMPARE(m_window->linkAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));
}

// Word-processor users redo with Ctrl+Y; the platform's Ctrl+Shift+Z works too. Both step the
// session's one stack, from the editor.
void TestViewMenus::ctrlYRedoesLikeCtrlShiftZ()
{
    MarkdownEditor *editor = m_window->editor();
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    editor->moveCursor(QTextCursor::End);
    const QString before = m_window->document()->body();
    QTest::keyClicks(editor, QStringLiteral("Redo me"));
    const QString typed = m_window->document()->body();
    QVERIFY(typed.endsWith(QLatin1String("Redo me")));
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->document()->body(), before);
    QTest::keyClick(editor, Qt::Key_Y, Qt::ControlModifier);
    QCOMPARE(m_window->document()->body(), typed);
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->document()->body(), before);
    QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->document()->body(), typed);
}

QTEST_MAIN(TestViewMenus)
#include "tst_viewmenus.moc"
