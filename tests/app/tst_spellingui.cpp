// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: spelling in the real window: underlines in the body and the title, the context menu's
// suggestion (one undo step) and Add to Site Dictionary.
#include "documentspelling.h"
#include "editsession.h"
#include "frontmatterform.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "postopening.h"
#include "spellchecker.h"
#include "spellingservice.h"
#include "spellingwiring.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStyleHints>
#include <QStandardPaths>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Lectern;

namespace {

constexpr int kTimeout = 20000;

// The spell-check underlines Qt lays out in BLOCK, as (start, length).
QList<QPair<int, int>> underlines(const QTextBlock &block)
{
    QList<QPair<int, int>> out;
    for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
        if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
            out.append({r.start, r.length});
    }
    return out;
}

QTextBlock blockWith(QTextDocument *document, const QString &text)
{
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next()) {
        if (b.text().contains(text))
            return b;
    }
    return {};
}

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo &info : source.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir() ? !copyTree(info.filePath(), target) : !QFile::copy(info.filePath(), target))
            return false;
    }
    return true;
}

} // namespace

class TestSpellingUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void underlinesExactlyTheMisspelledWords();
    void underlinesFollowTheirLinesAfterEdits();
    void suggestionReplacesTheWordAsOneUndoStep();
    void addToSiteDictionaryWritesTheListAndClearsTheUnderline();
    void checkSpellingOffClearsTheUnderlines();
    void noDictionaryIsSaidOnceAndNothingUnderlined();
    void ignoreOutlivesALanguageSwitch();
    void languagesAreListedOffTheGuiThread();

private:
    // Right-clicks the editor's viewport at the word, then triggers the menu entry TEXT.
    void chooseFromBodyMenu(const QString &word, const QString &text);

    QTemporaryDir m_config;
    std::unique_ptr<QTemporaryDir> m_site;
    std::unique_ptr<MainWindow> m_window;
    QString m_chosenLabel;   // the text of the entry chooseFromBodyMenu picked
    SpellingWiring *m_spelling = nullptr;
    QString m_post;
};

void TestSpellingUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ENCHANT_CONFIG_DIR", m_config.path().toUtf8());   // never the user's personal dictionary
    // Aspell's provider keeps its own personal list in $HOME/.aspell.<lang>.pws: a temporary home too.
    qputenv("HOME", m_config.path().toUtf8());
    if (SpellChecker::bestLanguage(QStringLiteral("en"), SpellChecker::availableLanguages()).isEmpty())
        QSKIP("no English dictionary for Enchant (install hunspell-en-us)");
}

void TestSpellingUi::init()
{
    m_site = std::make_unique<QTemporaryDir>();
    QVERIFY(copyTree(QStringLiteral(LECTERN_TEST_DATA "/spelling/site"), m_site->path()));
    m_post = m_site->filePath(QStringLiteral("_posts/2025-01-15-typo.md"));
    m_window = std::make_unique<MainWindow>();
    m_spelling = m_window->findChild<SpellingWiring *>();
    QVERIFY(m_spelling);
    m_spelling->checkSpellingAction()->setChecked(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openPath(m_post));
    QVERIFY(QTest::qWaitFor([this] { return !m_window->opening()->isBusy() && m_window->document()->path() == m_post; },
                            kTimeout));
}

void TestSpellingUi::cleanup()
{
    m_window->document()->setModified(false);
    m_window.reset();
    m_site.reset();
}

void TestSpellingUi::underlinesExactlyTheMisspelledWords()
{
    QTextDocument *document = m_window->editor()->document();
    const QTextBlock typo = blockWith(document, QStringLiteral("Our Collaboraiton"));
    QVERIFY(typo.isValid());
    // "Our " then the 13 letters of the typo; nothing else on the line.
    QTRY_COMPARE_WITH_TIMEOUT(underlines(typo), (QList<QPair<int, int>>{{4, 13}}), kTimeout);
    // Code, URLs, e-mail, Liquid, attribute lists and the site's words are not underlined.
    for (const char *text : {"mispeledcode", "int wrogn", "exmaple.org/pagge", "{% include noticce", "{: .notte",
                             "The Lecternish team"})
        QVERIFY2(underlines(blockWith(document, QString::fromUtf8(text))).isEmpty(), text);
    // The title's field underlines its typo too (a QLineEdit: input-method formats).
    auto *title = m_window->form()->titleEdit();
    QVERIFY(title);
    auto *titleSpelling = title->findChild<LineEditSpelling *>();
    QVERIFY(titleSpelling);
    QTRY_COMPARE_WITH_TIMEOUT(titleSpelling->ranges().size(), 1, kTimeout);
    QCOMPARE(titleSpelling->ranges().first().word, QStringLiteral("Collaboraiton"));
    QCOMPARE(titleSpelling->ranges().first().start, 9);
}

// The worker cuts the text into lines: blocks added above, and a soft line break (U+2028, Shift+Enter)
// inside a block, keep each underline on its own block and column.
void TestSpellingUi::underlinesFollowTheirLinesAfterEdits()
{
    MarkdownEditor *editor = m_window->editor();
    QTextDocument *document = editor->document();
    QTRY_COMPARE_WITH_TIMEOUT(underlines(blockWith(document, QStringLiteral("Our Collaboraiton"))),
                              (QList<QPair<int, int>>{{4, 13}}), kTimeout);
    QSignalSpy checked(m_spelling->bodySpelling(), &DocumentSpelling::checked);
    QTextCursor cursor(document);
    cursor.insertText(QStringLiteral("Frist line") + QChar(QChar::LineSeparator) + QStringLiteral("then a wrnog word\n\n"));
    QVERIFY(checked.wait(kTimeout));
    const QTextBlock first = document->firstBlock();
    QVERIFY(first.text().startsWith(QStringLiteral("Frist")));
    // "Frist" at 0; "wrnog" after "Frist line", the U+2028 and "then a ".
    QTRY_COMPARE_WITH_TIMEOUT(underlines(first), (QList<QPair<int, int>>{{0, 5}, {18, 5}}), kTimeout);
    QCOMPARE(underlines(blockWith(document, QStringLiteral("Our Collaboraiton"))), (QList<QPair<int, int>>{{4, 13}}));
    QCOMPARE(underlines(first.next()), (QList<QPair<int, int>>{}));
}

void TestSpellingUi::chooseFromBodyMenu(const QString &word, const QString &text)
{
    MarkdownEditor *editor = m_window->editor();
    QTextCursor cursor(editor->document());
    cursor.setPosition(blockWith(editor->document(), word).position() + 6);
    const QPoint at = editor->cursorRect(cursor).center();
    bool triggered = false;
    QString seen;
    // The menu runs its own loop: find it once it is up and pick the entry.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        poll->stop();
        for (QAction *action : menu->actions()) {
            seen += action->text() + QLatin1Char('|');
            if (action->text() == text || action->objectName() == text) {   // "edit-undo": Qt's standard entry
                m_chosenLabel = action->text();
                triggered = action->isEnabled();
                menu->close();
                action->trigger();
                return;
            }
        }
        menu->close();
    });
    poll->start(20);
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, editor->viewport()->mapToGlobal(at));
    QApplication::sendEvent(editor->viewport(), &event);
    delete poll;
    QVERIFY2(triggered, qPrintable(QStringLiteral("no \"%1\" in the menu: %2").arg(text, seen)));
}

void TestSpellingUi::suggestionReplacesTheWordAsOneUndoStep()
{
    QTextDocument *document = m_window->editor()->document();
    QTRY_VERIFY_WITH_TIMEOUT(!underlines(blockWith(document, QStringLiteral("Our Collaboraiton"))).isEmpty(), kTimeout);
    const int steps = m_window->session()->undoStack()->index();
    chooseFromBodyMenu(QStringLiteral("Our Collaboraiton"), QStringLiteral("Collaboration"));
    QVERIFY(m_window->document()->body().contains(QStringLiteral("Our Collaboration with the lab")));
    QCOMPARE(m_window->session()->undoStack()->index(), steps + 1);
    QTRY_VERIFY_WITH_TIMEOUT(underlines(blockWith(document, QStringLiteral("Our Collaboration"))).isEmpty(), kTimeout);
    // The menu's own Undo steps the session's stack (the editor's own history is off), and shows its
    // key like Redo (Qt leaves out the key of a sequence the window's own Undo action has).
    QGuiApplication::styleHints()->setShowShortcutsInContextMenus(true);
    chooseFromBodyMenu(QStringLiteral("Our Collaboration"), QStringLiteral("edit-undo"));
    QVERIFY2(m_chosenLabel.endsWith(QLatin1Char('\t') + QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
             qPrintable(m_chosenLabel));
    QVERIFY(m_window->document()->body().contains(QStringLiteral("Our Collaboraiton with the lab")));
    QCOMPARE(document->toPlainText(), m_window->document()->body());
    chooseFromBodyMenu(QStringLiteral("Our Collaboraiton"), QStringLiteral("edit-redo"));
    QVERIFY(m_window->document()->body().contains(QStringLiteral("Our Collaboration with the lab")));
}

void TestSpellingUi::addToSiteDictionaryWritesTheListAndClearsTheUnderline()
{
    QTextDocument *document = m_window->editor()->document();
    QTRY_VERIFY_WITH_TIMEOUT(!underlines(blockWith(document, QStringLiteral("Our Collaboraiton"))).isEmpty(), kTimeout);
    chooseFromBodyMenu(QStringLiteral("Our Collaboraiton"), QStringLiteral("Add to Site Dictionary"));
    QFile words(m_site->filePath(QStringLiteral(".lectern/words.txt")));
    QVERIFY(words.open(QIODevice::ReadOnly));
    QCOMPARE(words.readAll(), QByteArrayLiteral("Collaboraiton\nLecternish\nZorbleflux\n"));
    QTRY_VERIFY_WITH_TIMEOUT(underlines(blockWith(document, QStringLiteral("Our Collaboraiton"))).isEmpty(), kTimeout);
    QVERIFY(!m_window->document()->isModified());   // the post itself is not edited
}

void TestSpellingUi::checkSpellingOffClearsTheUnderlines()
{
    QTextDocument *document = m_window->editor()->document();
    QTRY_VERIFY_WITH_TIMEOUT(!underlines(blockWith(document, QStringLiteral("Our Collaboraiton"))).isEmpty(), kTimeout);
    m_spelling->checkSpellingAction()->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(underlines(blockWith(document, QStringLiteral("Our Collaboraiton"))).isEmpty(), kTimeout);
    m_spelling->checkSpellingAction()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(!underlines(blockWith(document, QStringLiteral("Our Collaboraiton"))).isEmpty(), kTimeout);
}

void TestSpellingUi::noDictionaryIsSaidOnceAndNothingUnderlined()
{
    const QString path = m_site->filePath(QStringLiteral("_posts/2025-01-16-xx.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: Wrold\nlang: xx\n---\nOur Collaboraiton in xx.\n");
    file.close();
    QTextDocument *document = m_window->editor()->document();
    QTRY_VERIFY_WITH_TIMEOUT(!underlines(blockWith(document, QStringLiteral("Our Collaboraiton"))).isEmpty(), kTimeout);
    // The window shows the service's messages in its status bar (other panes' messages may follow it there).
    QSignalSpy said(m_spelling->service(), &SpellingService::message);
    QVERIFY(m_window->openPath(path));
    QVERIFY(QTest::qWaitFor([&] { return !m_window->opening()->isBusy() && m_window->document()->path() == path; },
                            kTimeout));
    QTRY_COMPARE_WITH_TIMEOUT(said.size(), 1, kTimeout);
    QVERIFY2(said.at(0).at(0).toString().startsWith(QStringLiteral("No spelling dictionary for \"xx\"")),
             qPrintable(said.at(0).at(0).toString()));
    QVERIFY(m_spelling->service()->language().isEmpty());
    QVERIFY(!m_spelling->service()->isActive());
    QVERIFY(m_spelling->missingLabel()->isVisible());   // and it stays said in the status bar
    QTRY_VERIFY_WITH_TIMEOUT(underlines(blockWith(document, QStringLiteral("Our Collaboraiton"))).isEmpty(), kTimeout);
    // Said once: the post opened again says nothing new.
    m_window->document()->setModified(false);
    QVERIFY(m_window->openPath(m_post));
    QVERIFY(QTest::qWaitFor([&] { return !m_window->opening()->isBusy() && m_window->document()->path() == m_post; },
                            kTimeout));
    QVERIFY(m_window->openPath(path));
    QVERIFY(QTest::qWaitFor([&] { return !m_window->opening()->isBusy() && m_window->document()->path() == path; },
                            kTimeout));
    QCOMPARE(said.size(), 1);
    m_window->document()->setModified(false);
    QVERIFY(m_window->openPath(m_post));
    QVERIFY(QTest::qWaitFor([&] { return !m_window->opening()->isBusy() && m_window->document()->path() == m_post; },
                            kTimeout));
    QVERIFY(!m_spelling->missingLabel()->isVisible());
}

void TestSpellingUi::ignoreOutlivesALanguageSwitch()
{
    // Issue 16 leftover: Ignore is for the session, not for the dictionary loaded at the time.
    QTRY_VERIFY_WITH_TIMEOUT(m_spelling->service()->hasLanguageList(), kTimeout);
    if (SpellChecker::bestLanguage(QStringLiteral("en_GB"), m_spelling->service()->availableLanguages()) != QLatin1String("en_GB"))
        QSKIP("no en_GB dictionary to switch to (install aspell-en or hunspell-en-gb)");
    QTextDocument *document = m_window->editor()->document();
    QTRY_VERIFY_WITH_TIMEOUT(!underlines(blockWith(document, QStringLiteral("Our Collaboraiton"))).isEmpty(), kTimeout);
    chooseFromBodyMenu(QStringLiteral("Our Collaboraiton"), QStringLiteral("Ignore \"Collaboraiton\""));
    QTRY_VERIFY_WITH_TIMEOUT(underlines(blockWith(document, QStringLiteral("Our Collaboraiton"))).isEmpty(), kTimeout);

    QAction *british = nullptr;
    for (QAction *action : m_spelling->menu()->actions()) {
        if (action->data().toString() == QLatin1String("en_GB"))
            british = action;
    }
    QVERIFY2(british, "View → Spelling lists en_GB");
    british->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_spelling->service()->language(), QStringLiteral("en_GB"), kTimeout);
    // A new typo is underlined once the body was checked in en_GB: the ignored word still is not.
    MarkdownEditor *editor = m_window->editor();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("Anothr line."));
    QTRY_VERIFY_WITH_TIMEOUT(!underlines(blockWith(document, QStringLiteral("Anothr line"))).isEmpty(), kTimeout);
    QVERIFY(underlines(blockWith(document, QStringLiteral("Our Collaboraiton"))).isEmpty());
    QVERIFY(m_window->form()->titleEdit()->findChild<LineEditSpelling *>()->ranges().isEmpty());
}

void TestSpellingUi::languagesAreListedOffTheGuiThread()
{
    // Issue 16 leftover: listing Enchant's dictionaries took ~12 ms of the GUI thread while the window
    // was built. The service asks its worker; a language asked for meanwhile is resolved on arrival.
    SpellingService service;
    QSignalSpy listed(&service, &SpellingService::availableLanguagesChanged);
    QVERIFY(!service.hasLanguageList());
    QVERIFY(service.availableLanguages().isEmpty());
    service.setLanguage(QStringLiteral("en"), QString());
    QVERIFY(service.language().isEmpty());
    QVERIFY(listed.wait(kTimeout));
    QCOMPARE(service.availableLanguages(), SpellChecker::availableLanguages());
    QTRY_COMPARE_WITH_TIMEOUT(service.language(), QStringLiteral("en_US"), kTimeout);

    // View → Spelling offers each dictionary once the list is in, and nothing says it is still looking.
    QTRY_VERIFY_WITH_TIMEOUT(m_spelling->service()->hasLanguageList(), kTimeout);
    QStringList offered;
    for (QAction *action : m_spelling->menu()->actions()) {
        if (!action->data().toString().isEmpty())
            offered << action->data().toString();
        QVERIFY2(action->isEnabled() || action->isSeparator(), qPrintable(action->text()));
    }
    QCOMPARE(offered, SpellChecker::availableLanguages());
}

QTEST_MAIN(TestSpellingUi)
#include "tst_spellingui.moc"
