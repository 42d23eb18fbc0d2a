// SPDX-License-Identifier: GPL-3.0-or-later
#include "editsession.h"
#include "exacttext.h"
#include "findbar.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "rawyamlview.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QToolButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Lectern;

// The find and replace bar, driven by key events on the real editor, bar and YAML view.
class TestFindBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ctrlFOpensTheBarAndTakesTheKeys();
    void typingHighlightsAllMatches_data();
    void typingHighlightsAllMatches();
    void badRegexShowsItsErrorAndHighlightsNothing();
    void f3AndShiftF3MoveTheSelection();
    void replaceAllIsOneUndoStep();
    void replaceReplacesTheSelectedMatchThenSelectsTheNext();
    void replaceWithCaptures_data();
    void replaceWithCaptures();
    void escapeClosesAndGivesTheEditorFocus();
    void editsInTheBodySearchAgain();
    void worksInTheYamlView();
    void yamlErrorMarksStayBesideTheHighlights();
    void hugeBodyCapsTheHighlights();
    void fitsTheEditorColumnInTwoRows_data();
    void fitsTheEditorColumnInTwoRows();
    void statusNeverWidensTheBar();
};

namespace {

// The editor's column in the window's first size on a 1280x800 screen (1152x720), preview shown.
constexpr int kEditorColumnWidth = 290;

// A window holding an editor over a session, the YAML view and the bar, its actions in the window.
struct Window
{
    QTemporaryDir dir;
    EditSession session;
    QWidget host;
    MarkdownEditor *editor = nullptr;
    RawYamlView *yaml = nullptr;
    FindBar *bar = nullptr;

    explicit Window(const QByteArray &body)
    {
        const QString path = dir.filePath(QStringLiteral("2024-01-01-post.md"));
        LecternTest::writeFile(path, "---\ntitle: A\n---\n" + body);
        session.document()->load(path, nullptr);
        auto *layout = new QVBoxLayout(&host);
        yaml = new RawYamlView;
        editor = new MarkdownEditor(&session);
        bar = new FindBar;
        layout->addWidget(yaml);
        layout->addWidget(editor);
        layout->addWidget(bar);
        bar->addTarget(editor);
        bar->addTarget(yaml->textEdit());
        bar->setUndoStack(session.undoStack());
        host.addActions({bar->findAction(), bar->replaceAction(), bar->findNextAction(), bar->findPreviousAction()});
        host.resize(800, 600);
        host.show();
        host.activateWindow();
        editor->setFocus();
    }
    bool ready() { return QTest::qWaitForWindowActive(&host) && QTest::qWaitFor([this] { return !editor->isFilling(); }); }
    QString body() const { return session.document()->body(); }
    QWidget *focus() const { return QApplication::focusWidget(); }
    QString status() const { return bar->findChild<QLabel *>(QStringLiteral("findStatus"))->text(); }
    void click(const char *button) const
    {
        QTest::mouseClick(bar->findChild<QPushButton *>(QLatin1String(button)), Qt::LeftButton);
    }
    // Opens the bar with Ctrl+F (or Ctrl+H) in the editor and types PATTERN into the field.
    void find(const QString &pattern, bool replace = false)
    {
        QTest::keyClick(editor, replace ? Qt::Key_H : Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(focus(), pattern);
    }
};

} // namespace

void TestFindBar::ctrlFOpensTheBarAndTakesTheKeys()
{
    Window w("Some cats.\n");
    QVERIFY(w.ready());
    QVERIFY(!w.bar->isVisible());
    QTest::keyClick(w.editor, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(w.bar->isVisible());
    QCOMPARE(w.focus(), w.bar->searchField());
    QTest::keyClicks(w.focus(), QStringLiteral("cat"));
    QCOMPARE(w.bar->searchField()->text(), QStringLiteral("cat"));
    QCOMPARE(w.body(), QStringLiteral("Some cats.\n"));
    QCOMPARE(w.session.undoStack()->count(), 0);
}

void TestFindBar::typingHighlightsAllMatches_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("matchCase");
    QTest::addColumn<bool>("wholeWords");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<int>("count");

    const QByteArray cats = "Cat cat category CAT.\n";
    QTest::newRow("any case: 'cat' finds Cat, cat, category and CAT") << cats << "cat" << false << false << false << 4;
    QTest::newRow("match case: 'cat' skips 'Cat' and 'CAT'") << cats << "cat" << true << false << false << 2;
    QTest::newRow("whole words: 'cat' does not match 'category'") << cats << "cat" << false << true << false << 3;
    QTest::newRow("whole words and case: only the lower-case word") << cats << "cat" << true << true << false << 1;
    QTest::newRow("regex: 'c.t' finds cat, cut and cot but not c, line break, t") << QByteArray("cat cut cot c\nt\n") << "c.t" << false
                                                                                 << false << true << 3;
    QTest::newRow("regex off: 'c.t' is looked for literally") << QByteArray("cat c.t\n") << "c.t" << false << false << false << 1;
    QTest::newRow("regex: '^#' finds the start of each heading line") << QByteArray("# A\ntext #\n## B\n") << "^#" << false << false << true
                                                                      << 2;
    QTest::newRow("regex and whole words: '\\d+' skips digits inside words") << QByteArray("12 a34 56\n") << "\\d+" << false << true
                                                                              << true << 2;
    QTest::newRow("a word that is not there says No matches") << cats << "dog" << false << false << false << 0;
    QTest::newRow("no-break spaces and line breaks: the text as typed") << QByteArray("a\xc2\xa0" "b\na b\n") << "a\xc2\xa0" "b" << false
                                                                        << false << false << 1;
}

void TestFindBar::typingHighlightsAllMatches()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, pattern);
    QFETCH(bool, matchCase);
    QFETCH(bool, wholeWords);
    QFETCH(bool, regex);
    QFETCH(int, count);
    Window w(body);
    QVERIFY(w.ready());
    w.bar->caseSensitiveBox()->setChecked(matchCase);
    w.bar->wholeWordsBox()->setChecked(wholeWords);
    w.bar->regexBox()->setChecked(regex);
    w.find(pattern);
    QCOMPARE(w.bar->matchCount(), count);
    // Every match highlighted, and the selected one once more on top.
    QCOMPARE(w.editor->extraSelections().size(), count == 0 ? 0 : count + 1);
    QCOMPARE(w.status(), count == 0 ? QStringLiteral("No matches") : QStringLiteral("1 of %1").arg(count));
    QCOMPARE(w.body(), QString::fromUtf8(body));   // highlighting never touches the text
}

void TestFindBar::badRegexShowsItsErrorAndHighlightsNothing()
{
    Window w("cat (cat\n");
    QVERIFY(w.ready());
    w.bar->regexBox()->setChecked(true);
    w.find(QStringLiteral("(cat"));
    const QRegularExpression bad(QStringLiteral("(cat"));
    QVERIFY(!bad.isValid());
    QVERIFY2(w.status().contains(bad.errorString()), qPrintable(w.status()));
    QVERIFY2(w.status().contains(QString::number(bad.patternErrorOffset() + 1)), qPrintable(w.status()));
    QVERIFY(w.bar->findChild<QLabel *>(QStringLiteral("findStatus"))->styleSheet().contains(QStringLiteral("#b00020")));
    QCOMPARE(w.bar->matchCount(), 0);
    QCOMPARE(w.editor->extraSelections().size(), 0);
    // Fixing the pattern finds again.
    QTest::keyClick(w.focus(), Qt::Key_Home);
    QTest::keyClick(w.focus(), Qt::Key_Backslash);
    QCOMPARE(w.bar->matchCount(), 1);
    QCOMPARE(w.status(), QStringLiteral("1 of 1"));
}

void TestFindBar::f3AndShiftF3MoveTheSelection()
{
    Window w("one cat two cat three cat\n");
    QVERIFY(w.ready());
    w.find(QStringLiteral("cat"));
    QCOMPARE(w.editor->textCursor().selectionStart(), 4);
    QCOMPARE(w.editor->textCursor().selectedText(), QStringLiteral("cat"));
    QTest::keyClick(w.focus(), Qt::Key_F3);
    QCOMPARE(w.editor->textCursor().selectionStart(), 12);
    QCOMPARE(w.status(), QStringLiteral("2 of 3"));
    QTest::keyClick(w.focus(), Qt::Key_Return);   // Enter in the field: next too
    QCOMPARE(w.editor->textCursor().selectionStart(), 22);
    QTest::keyClick(w.focus(), Qt::Key_F3);   // wraps round
    QCOMPARE(w.status(), QStringLiteral("1 of 3"));
    QTest::keyClick(w.focus(), Qt::Key_F3, Qt::ShiftModifier);   // and back
    QCOMPARE(w.editor->textCursor().selectionStart(), 22);
    QCOMPARE(w.status(), QStringLiteral("3 of 3"));
    QTest::keyClick(w.focus(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(w.status(), QStringLiteral("2 of 3"));
    // From the editor too, with the bar open or closed.
    w.editor->setFocus();
    QTest::keyClick(w.editor, Qt::Key_F3);
    QCOMPARE(w.status(), QStringLiteral("3 of 3"));
    QCOMPARE(w.body(), QStringLiteral("one cat two cat three cat\n"));
}

void TestFindBar::replaceAllIsOneUndoStep()
{
    const QString before = QStringLiteral("cat and Cat and category\nthe cat\n");
    Window w(before.toUtf8());
    QVERIFY(w.ready());
    // Typed just before, touching a match: Replace All still does not merge into the typing.
    QTest::keyClick(w.editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(w.editor, QStringLiteral("cat"));
    const QString typed = before + QStringLiteral("cat");
    QCOMPARE(w.body(), typed);
    w.find(QStringLiteral("cat"), true);
    QVERIFY(w.bar->replaceField()->isVisible());
    w.bar->replaceField()->setFocus();
    QTest::keyClicks(w.focus(), QStringLiteral("dog"));
    const int steps = w.session.undoStack()->count();
    w.click("replaceAllButton");
    QCOMPARE(w.body(), QStringLiteral("dog and dog and dogegory\nthe dog\ndog"));
    QCOMPARE(exactText(w.editor->document()), w.body());
    QCOMPARE(w.session.undoStack()->count(), steps + 1);
    QCOMPARE(w.status(), QStringLiteral("Matches replaced: 5"));
    QCOMPARE(w.session.undoStack()->undoText(), QStringLiteral("Replace All"));
    w.editor->setFocus();
    QTest::keyClick(w.editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.body(), typed);
    QCOMPARE(exactText(w.editor->document()), typed);
    QTest::keyClick(w.editor, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.body(), before);
}

void TestFindBar::replaceReplacesTheSelectedMatchThenSelectsTheNext()
{
    Window w("cat cat cat\n");
    QVERIFY(w.ready());
    w.find(QStringLiteral("cat"), true);
    w.bar->replaceField()->setFocus();
    QTest::keyClicks(w.focus(), QStringLiteral("cow"));
    QTest::keyClick(w.focus(), Qt::Key_Return);
    QCOMPARE(w.body(), QStringLiteral("cow cat cat\n"));
    QCOMPARE(w.editor->textCursor().selectionStart(), 4);
    QTRY_COMPARE(w.status(), QStringLiteral("1 of 2"));
    w.click("replaceButton");
    QCOMPARE(w.body(), QStringLiteral("cow cow cat\n"));
    QCOMPARE(w.editor->textCursor().selectionStart(), 8);
}

void TestFindBar::replaceWithCaptures_data()
{
    QTest::addColumn<bool>("regex");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("after");

    const QString pattern = QStringLiteral("(\\w+)@(\\w+)");
    QTest::newRow("\\2 and \\1 swap the captures (sed, Perl)") << true << pattern << "\\2 at \\1" << "b at a, y at x\n";
    QTest::newRow("$2 and $1 swap the captures (JavaScript)") << true << pattern << "$2 at $1" << "b at a, y at x\n";
    QTest::newRow("\\0 is the whole match") << true << pattern << "<\\0>" << "<a@b>, <x@y>\n";
    QTest::newRow("\\\\ and $$ are a backslash and a dollar") << true << pattern << "\\\\$$" << "\\$, \\$\n";
    QTest::newRow("\\n puts a line break") << true << pattern << "$1\\n$2" << "a\nb, x\ny\n";
    QTest::newRow("without regex, $1 is just text") << false << "a@b" << "$1" << "$1, x@y\n";
}

void TestFindBar::replaceWithCaptures()
{
    QFETCH(bool, regex);
    QFETCH(QString, pattern);
    QFETCH(QString, replacement);
    QFETCH(QString, after);
    Window w("a@b, x@y\n");
    QVERIFY(w.ready());
    w.bar->regexBox()->setChecked(regex);
    w.find(pattern, true);
    w.bar->replaceField()->setFocus();
    QTest::keyClicks(w.focus(), replacement);
    w.click("replaceAllButton");
    QCOMPARE(w.body(), after);
}

void TestFindBar::escapeClosesAndGivesTheEditorFocus()
{
    Window w("cat cat\n");
    QVERIFY(w.ready());
    w.find(QStringLiteral("cat"));
    QCOMPARE(w.editor->extraSelections().size(), 3);
    QTest::keyClick(w.focus(), Qt::Key_Escape);
    QVERIFY(!w.bar->isVisible());
    QCOMPARE(w.focus(), w.editor);
    QCOMPARE(w.editor->extraSelections().size(), 0);
    QTest::keyClicks(w.editor, QStringLiteral("x"));   // the keys go to the post again
    QCOMPARE(w.body(), QStringLiteral("x cat\n"));   // typed over the selected first match
}

void TestFindBar::editsInTheBodySearchAgain()
{
    Window w("cat\n");
    QVERIFY(w.ready());
    w.find(QStringLiteral("cat"));
    QCOMPARE(w.bar->matchCount(), 1);
    w.editor->setFocus();
    QTest::keyClick(w.editor, Qt::Key_End);
    QTest::keyClicks(w.editor, QStringLiteral(" cat"));
    QCOMPARE(w.body(), QStringLiteral("cat cat\n"));
    QTRY_COMPARE(w.bar->matchCount(), 2);
}

void TestFindBar::worksInTheYamlView()
{
    Window w("a cat in the body\n");
    QVERIFY(w.ready());
    w.yaml->setText(QStringLiteral("title: cat\ntags: [cat, dog]\n"));
    QSignalSpy edited(w.yaml, &RawYamlView::textEdited);
    w.yaml->textEdit()->setFocus();
    QTest::keyClick(w.yaml->textEdit(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(w.focus(), w.bar->searchField());
    QTest::keyClicks(w.focus(), QStringLiteral("cat"));
    QCOMPARE(w.bar->target(), w.yaml->textEdit());
    QCOMPARE(w.bar->matchCount(), 2);
    QCOMPARE(w.yaml->textEdit()->extraSelections().size(), 3);
    QCOMPARE(w.editor->extraSelections().size(), 0);
    QCOMPARE(w.yaml->textEdit()->textCursor().selectedText(), QStringLiteral("cat"));
    QTest::keyClick(w.focus(), Qt::Key_H, Qt::ControlModifier);
    w.bar->replaceField()->setFocus();
    QTest::keyClicks(w.focus(), QStringLiteral("owl"));
    w.click("replaceAllButton");
    QCOMPARE(w.yaml->text(), QStringLiteral("title: owl\ntags: [owl, dog]\n"));
    QCOMPARE(edited.size(), 1);   // one edit, so one step for the form
    QCOMPARE(w.body(), QStringLiteral("a cat in the body\n"));
    QTest::keyClick(w.focus(), Qt::Key_Escape);
    QCOMPARE(w.focus(), w.yaml->textEdit());
}

void TestFindBar::yamlErrorMarksStayBesideTheHighlights()
{
    Window w("body\n");
    QVERIFY(w.ready());
    w.yaml->setText(QStringLiteral("title: [cat\ntags: cat\n"));   // does not parse: the view marks the line
    QVERIFY(!w.yaml->isValid());
    const qsizetype marks = w.yaml->textEdit()->extraSelections().size();
    QVERIFY(marks > 0);
    w.yaml->textEdit()->setFocus();
    QTest::keyClick(w.yaml->textEdit(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(w.focus(), QStringLiteral("cat"));
    QCOMPARE(w.bar->matchCount(), 2);
    QCOMPARE(w.yaml->textEdit()->extraSelections().size(), marks + 3);
    QTest::keyClick(w.focus(), Qt::Key_Escape);
    QCOMPARE(w.yaml->textEdit()->extraSelections().size(), marks);
}

void TestFindBar::hugeBodyCapsTheHighlights()
{
    QByteArray body;
    for (int i = 0; i < 50000; ++i)
        body += "a cat sat on the mat\n";   // 1 MB, 50,000 cats
    Window w(body);
    QVERIFY(w.ready());
    w.find(QStringLiteral("cat"));
    QCOMPARE(w.bar->matchCount(), FindBar::kMaxHighlights);
    QCOMPARE(w.status(), QStringLiteral("1 of more than %1").arg(FindBar::kMaxHighlights));
    // Highlighted: the matches on screen (one a line) and the selected one.
    const int onScreen = int(w.editor->extraSelections().size());
    QVERIFY2(onScreen > 5 && onScreen < 200, qPrintable(QString::number(onScreen)));
    // F3 goes on past the highlighted ones.
    QTextCursor last = w.editor->textCursor();
    last.setPosition(int(w.body().size()) - 30);
    w.editor->setTextCursor(last);
    QTest::keyClick(w.editor, Qt::Key_F3);
    QCOMPARE(w.editor->textCursor().selectionStart(), w.body().size() - 21 + 2);
    QCOMPARE(w.status(), QStringLiteral("More than %1 matches").arg(FindBar::kMaxHighlights));
    QCOMPARE(w.editor->extraSelections().size(), 1);   // the selected one, past the counted ones
    // Scrolled to the start: the matches there are highlighted.
    QTest::keyClick(w.editor, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(w.editor->extraSelections().size(), onScreen - 1);
    QCOMPARE(w.editor->extraSelections().constFirst().cursor.selectionStart(), 2);
    // Replace All is not capped.
    QTest::keyClick(w.editor, Qt::Key_H, Qt::ControlModifier);
    w.bar->replaceField()->setFocus();
    QTest::keyClicks(w.focus(), QStringLiteral("dog"));
    w.click("replaceAllButton");
    QVERIFY(!w.body().contains(QStringLiteral("cat")));
    QCOMPARE(w.body().count(QStringLiteral("dog")), 50000);
}

void TestFindBar::fitsTheEditorColumnInTwoRows_data()
{
    QTest::addColumn<bool>("replace");
    QTest::addColumn<int>("rows");
    QTest::newRow("find (Ctrl+F): one row") << false << 1;
    QTest::newRow("find and replace (Ctrl+H): two rows") << true << 2;
}

void TestFindBar::fitsTheEditorColumnInTwoRows()
{
    // Issue 16 leftover: in the editor's column of a window on a 1280x800 screen, labels and buttons
    // were cut short ("No matches", the replace field) over three rows. As Kate's bar: the options are toggles on the
    // find row, the replace row holds its field and buttons; nothing narrower than it needs.
    QFETCH(bool, replace);
    QFETCH(int, rows);
    Window w("Some cats and a cat.\n");
    QVERIFY(w.ready());
    w.host.resize(kEditorColumnWidth, 600);
    w.find(QStringLiteral("cat"), replace);
    QTRY_COMPARE(w.status(), QStringLiteral("1 of 2"));
    QTRY_COMPARE(w.bar->width(), kEditorColumnWidth - 2 * w.host.layout()->contentsMargins().left());
    QLabel *status = w.bar->findChild<QLabel *>(QStringLiteral("findStatus"));
    QTRY_VERIFY(status->width() >= status->sizeHint().width() || status->width() == 0);   // laid out again
    QSet<int> rowCentres;
    for (QWidget *child : w.bar->findChildren<QWidget *>()) {
        if (!child->isVisible() || child->parentWidget() != w.bar)
            continue;
        rowCentres.insert(child->geometry().center().y() / w.bar->searchField()->height());   // the row it is on
        if (qobject_cast<QAbstractButton *>(child) || qobject_cast<QLabel *>(child))
            QVERIFY2(child->width() >= child->sizeHint().width(),
                     qPrintable(QStringLiteral("%1 \"%2\": %3 px of %4").arg(QLatin1String(child->metaObject()->className()),
                                child->accessibleName().isEmpty() ? child->objectName() : child->accessibleName())
                                .arg(child->width()).arg(child->sizeHint().width())));
    }
    QCOMPARE(rowCentres.size(), rows);
    for (QToolButton *option : {w.bar->caseSensitiveBox(), w.bar->wholeWordsBox(), w.bar->regexBox()}) {
        QVERIFY(option->isCheckable());
        QVERIFY(!option->toolTip().isEmpty());
        QCOMPARE(option->geometry().center().y() / w.bar->searchField()->height(), 0);
    }
    // The option keys still work from the field.
    QTest::keyClick(w.bar->searchField(), Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(w.bar->caseSensitiveBox()->isChecked());   // a shortcut clicks the button after a moment
}

// Found by a new user: the editor's and preview's edges jumped while they used the bar, as its
// status changed from "1 of 2" to "Matches replaced: 2" to "Matches: 2": the bar's minimum width
// followed the text, and the window's splitter made the editor's column that wide. The status now
// takes the room the row has (clipped text whole in its tooltip); the bar's minimum stays put.
void TestFindBar::statusNeverWidensTheBar()
{
    Window w("Some cats and a cat.\n");
    QVERIFY(w.ready());
    w.host.resize(kEditorColumnWidth, 600);
    w.find(QStringLiteral("cat"), true);
    QTRY_COMPARE(w.status(), QStringLiteral("1 of 2"));
    const int minimum = w.bar->minimumSizeHint().width();
    QVERIFY2(minimum <= kEditorColumnWidth, qPrintable(QString::number(minimum)));
    QLabel *status = w.bar->findChild<QLabel *>(QStringLiteral("findStatus"));
    QTRY_VERIFY(status->width() >= status->sizeHint().width());   // short texts are shown whole

    QTest::keyClicks(w.bar->replaceField(), QStringLiteral("dog"));
    w.click("replaceAllButton");
    QTRY_COMPARE(w.status(), QStringLiteral("Matches replaced: 2"));
    QCOMPARE(w.bar->minimumSizeHint().width(), minimum);
    QCOMPARE(status->toolTip(), QStringLiteral("Matches replaced: 2"));

    // A pattern's error is the longest text the status shows.
    QTest::mouseClick(w.bar->regexBox(), Qt::LeftButton);
    w.bar->searchField()->selectAll();
    QTest::keyClicks(w.bar->searchField(), QStringLiteral("(unclosed [group"));
    QTRY_VERIFY(status->text().size() > 20);
    QCOMPARE(w.bar->minimumSizeHint().width(), minimum);
    QCOMPARE(status->toolTip(), status->text());
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
