// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 in the real window, through the real actions: the questions it asks before it writes
// anything. New post with unsaved edits asks first (Cancel creates nothing); export save dialogs
// start outside the site and ask before writing into it. The modal dialogs are answered the way a
// user would: found while their exec() runs and their buttons clicked.
#include "exportmenu.h"
#include "exportnoticebar.h"
#include "mainwindow.h"
#include "newpostdialog.h"
#include "postdocument.h"
#include "postopening.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <functional>

using namespace Lectern;

namespace {

// Answers the modal dialogs that open while an action runs, in order. A step gets the visible
// modal widget and returns a note of what it saw (empty: not the dialog it expected, closed unanswered).
class ModalAnswers final : public QObject
{
public:
    using Step = std::function<QString(QWidget *)>;
    explicit ModalAnswers(QList<Step> steps)
        : m_steps(std::move(steps))
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalAnswers::poll);
        m_timer.start(20);
    }
    bool allAnswered() const { return m_steps.isEmpty() && m_failures.isEmpty(); }
    // After the action: later dialogs belong to the next ModalAnswers.
    void stop() { m_timer.stop(); }
    QStringList notes() const { return m_notes; }
    QStringList failures() const { return m_failures; }

private:
    void poll()
    {
        QWidget *w = QApplication::activeModalWidget();
        if (!w || !w->isVisible() || w == m_handled)
            return;
        m_handled = w;
        if (m_steps.isEmpty()) {
            m_failures << QStringLiteral("unexpected dialog: %1").arg(w->windowTitle());
            close(w);
            return;
        }
        const QString note = m_steps.takeFirst()(w);
        if (note.isEmpty()) {
            m_failures << QStringLiteral("not the expected dialog: %1").arg(w->windowTitle());
            close(w);
            return;
        }
        m_notes << note;
    }
    static void close(QWidget *w)
    {
        if (auto *dialog = qobject_cast<QDialog *>(w))
            dialog->reject();
    }

    QList<Step> m_steps;
    QStringList m_notes;
    QStringList m_failures;
    QPointer<QWidget> m_handled;
    QTimer m_timer;
};

ModalAnswers::Step newPostTitled(const QString &title)
{
    return [title](QWidget *w) -> QString {
        auto *dialog = qobject_cast<NewPostDialog *>(w);
        if (!dialog)
            return QString();
        const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
        if (edits.isEmpty())
            return QString();
        edits.first()->setText(title);
        dialog->accept();
        return QStringLiteral("new post dialog");
    };
}

ModalAnswers::Step answer(QMessageBox::StandardButton button)
{
    return [button](QWidget *w) -> QString {
        auto *box = qobject_cast<QMessageBox *>(w);
        if (!box || !box->button(button))
            return QString();
        const QString text = box->text();
        box->button(button)->click();
        return text;
    };
}

// Notes the folder the save dialog starts in, then saves to file.
ModalAnswers::Step saveAs(const QString &file)
{
    return [file](QWidget *w) -> QString {
        auto *dialog = qobject_cast<QFileDialog *>(w);
        if (!dialog)
            return QString();
        const QString start = dialog->directory().absolutePath();
        dialog->selectFile(file);
        static_cast<QDialog *>(dialog)->accept();   // QFileDialog::accept() is protected; QDialog's is public
        return start;
    };
}

QAction *fileAction(MainWindow &window, const QString &textStart)
{
    for (QAction *a : window.menuBar()->actions().first()->menu()->actions()) {
        if (a->text().remove(QLatin1Char('&')).startsWith(textStart))
            return a;
    }
    auto *menu = window.findChild<ExportMenu *>(QStringLiteral("exportMenu"));
    if (!menu)
        return nullptr;
    Q_EMIT menu->aboutToShow();
    for (QAction *a : menu->actions()) {
        if (a->text().remove(QLatin1Char('&')).startsWith(textStart))
            return a;
    }
    return nullptr;
}

QStringList postsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

} // namespace

class TestWindowQuestions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void newPostWithUnsavedEdits_data();
    void newPostWithUnsavedEdits();
    void exportLocation_data();
    void exportLocation();
    void openingSaysWhatJekyllRefuses_data();
    void openingSaysWhatJekyllRefuses();
    void posterGapsStayReadable();
    void toolbarHasTheEverydaySteps();

private:
    QString m_home;
    QString m_site;
    QString m_post;
    QTemporaryDir m_dir;
};

void TestWindowQuestions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // A home of our own: Documents is known and the remembered export folder starts empty.
    m_home = m_dir.filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(m_home + QStringLiteral("/Documents")));
    qputenv("HOME", QFile::encodeName(m_home));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home + QStringLiteral("/.config")));
}

void TestWindowQuestions::init()
{
    QSettings().remove(QStringLiteral("export"));
    static int n = 0;
    m_site = m_dir.filePath(QStringLiteral("site%1").arg(++n));
    QVERIFY(QDir().mkpath(m_site + QStringLiteral("/_posts")));
    QVERIFY(QDir().mkpath(m_site + QStringLiteral("/_drafts")));
    LecternTest::writeFile(m_site + QStringLiteral("/_config.yml"), "title: Lab\nbaseurl: /lab\n");
    m_post = m_site + QStringLiteral("/_posts/2025-01-02-old.md");
    LecternTest::writeFile(m_post, "---\ntitle: Old\ndate: 2025-01-02\n---\nWhen: January 2, 2025, 10:00am CET\n");
}

void TestWindowQuestions::newPostWithUnsavedEdits_data()
{
    QTest::addColumn<bool>("edited");
    QTest::addColumn<int>("button");     // the answer to "unsaved changes?"; 0: no question expected
    QTest::addColumn<bool>("created");
    QTest::newRow("new post with unsaved edits: Cancel at the question creates nothing")
        << true << int(QMessageBox::Cancel) << false;
    QTest::newRow("new post with unsaved edits: Discard creates and opens the new post")
        << true << int(QMessageBox::Discard) << true;
    QTest::newRow("new post with unsaved edits: Save keeps the edits, then creates the new post")
        << true << int(QMessageBox::Save) << true;
    QTest::newRow("new post without edits: no question, created") << false << 0 << true;
}

void TestWindowQuestions::newPostWithUnsavedEdits()
{
    QFETCH(bool, edited);
    QFETCH(int, button);
    QFETCH(bool, created);
    MainWindow window;
    QVERIFY(window.openPath(m_post));
    QTRY_VERIFY(!window.opening()->isBusy());
    QTRY_COMPARE(window.document()->path(), m_post);
    if (edited)
        QVERIFY(window.document()->setScalar(QStringLiteral("title"), QStringLiteral("Changed")));
    QCOMPARE(window.document()->isModified(), edited);
    const QStringList before = postsIn(m_site + QStringLiteral("/_posts"));
    QAction *newPost = fileAction(window, QStringLiteral("New Post"));
    QVERIFY(newPost);
    QCOMPARE(newPost->shortcut(), QKeySequence(QKeySequence::New));

    QList<ModalAnswers::Step> steps{newPostTitled(QStringLiteral("Fresh talk"))};
    if (button != 0)
        steps << answer(QMessageBox::StandardButton(button));
    ModalAnswers answers(steps);
    newPost->trigger();
    answers.stop();
    QVERIFY2(answers.allAnswered(), qPrintable(answers.failures().join(QLatin1Char('\n'))));
    if (button != 0)
        QVERIFY(answers.notes().last().contains(QLatin1String("2025-01-02-old.md")));

    const QStringList after = postsIn(m_site + QStringLiteral("/_posts")) + postsIn(m_site + QStringLiteral("/_drafts"));
    if (!created) {
        QCOMPARE(after, before);   // nothing written anywhere
        QCOMPARE(window.document()->path(), m_post);
        QVERIFY(window.document()->isModified());   // the edits are still there
        QCOMPARE(window.document()->post().frontMatter().scalar(QStringLiteral("title")), QStringLiteral("Changed"));
        return;
    }
    QCOMPARE(after.size(), before.size() + 1);
    QString fresh;
    for (const QString &name : after) {
        if (!before.contains(name))
            fresh = name;
    }
    QVERIFY(fresh.contains(QLatin1String("fresh-talk")));
    QTRY_VERIFY(window.document()->path().endsWith(fresh));
    QTRY_VERIFY(!window.opening()->isBusy());
    QCOMPARE(window.document()->post().frontMatter().scalar(QStringLiteral("title")), QStringLiteral("Fresh talk"));
    const QByteArray old = LecternTest::readAll(m_post);
    QCOMPARE(old.contains("title: Changed"), button == int(QMessageBox::Save));
}

void TestWindowQuestions::exportLocation_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("folder");     // where the user saves: "site:…" in the site, "home:…" in the home folder
    QTest::addColumn<int>("button");         // the answer to "save into the site?"; 0: no question expected
    QTest::addColumn<bool>("written");
    const QString snippet = QStringLiteral("Save HTML Snippet");
    const QString calendar = QStringLiteral("Save Calendar Event");
    QTest::newRow("export lands in the site: snippet starts in Documents, saved there without a question")
        << snippet << QStringLiteral("home:Documents") << 0 << true;
    QTest::newRow("export lands in the site: snippet into _posts/ asks first, Cancel writes nothing")
        << snippet << QStringLiteral("site:_posts") << int(QMessageBox::Cancel) << false;
    QTest::newRow("export lands in the site: calendar into _drafts/ asks first, Cancel writes nothing")
        << calendar << QStringLiteral("site:_drafts") << int(QMessageBox::Cancel) << false;
    QTest::newRow("export lands in the site: calendar into the site's top folder asks, Save writes it")
        << calendar << QStringLiteral("site:") << int(QMessageBox::Save) << true;
    QTest::newRow("export lands in the site: snippet into a site subfolder (assets/) asks first")
        << snippet << QStringLiteral("site:assets") << int(QMessageBox::Cancel) << false;
    QTest::newRow("export lands in the site: into the build output _site/, no question")
        << snippet << QStringLiteral("site:_site") << 0 << true;
}

// The user keeps the proposed file name and picks the folder (the dialog's own pending selection of
// that name then agrees with ours).
void TestWindowQuestions::exportLocation()
{
    QFETCH(QString, action);
    QFETCH(QString, folder);
    QFETCH(int, button);
    QFETCH(bool, written);
    const QString suffix = action.contains(QLatin1String("Calendar")) ? QStringLiteral(".ics") : QStringLiteral(".html");
    const QString dir = QDir::cleanPath((folder.startsWith(QLatin1String("site:")) ? m_site : m_home) + QLatin1Char('/')
                                        + folder.mid(5));
    const QString file = dir + QStringLiteral("/2025-01-02-old") + suffix;
    QVERIFY(QDir().mkpath(dir));
    QFile::remove(file);
    MainWindow window;
    QVERIFY(window.openPath(m_post));
    QTRY_VERIFY(!window.opening()->isBusy());
    QTRY_COMPARE(window.document()->path(), m_post);
    QAction *save = fileAction(window, action);
    QVERIFY(save);
    QVERIFY(save->isEnabled());

    // The first export starts in Documents: never in the post's _posts/.
    QList<ModalAnswers::Step> steps{saveAs(file)};
    if (button != 0)
        steps << answer(QMessageBox::StandardButton(button));
    ModalAnswers answers(steps);
    save->trigger();
    answers.stop();
    QVERIFY2(answers.allAnswered(), qPrintable(answers.failures().join(QLatin1Char('\n'))));
    QCOMPARE(answers.notes().first(), QDir(m_home + QStringLiteral("/Documents")).absolutePath());
    if (button != 0)
        QVERIFY(answers.notes().last().contains(QLatin1String("Jekyll")));
    QVERIFY2(QFileInfo::exists(file) == written, qPrintable(window.statusBar()->currentMessage()));

    // The next export starts where the last one was saved, unless that is in the site's sources.
    const bool inSources = folder.startsWith(QLatin1String("site:")) && folder != QLatin1String("site:_site");
    const QString next = m_home + QStringLiteral("/Documents/again/2025-01-02-old.html");
    QVERIFY(QDir().mkpath(QFileInfo(next).absolutePath()));
    QFile::remove(next);
    ModalAnswers again({saveAs(next)});
    fileAction(window, QStringLiteral("Save HTML Snippet"))->trigger();
    again.stop();
    QVERIFY2(again.allAnswered(), qPrintable(again.failures().join(QLatin1Char('\n'))));
    QCOMPARE(again.notes().first(), written && !inSources ? dir : QDir(m_home + QStringLiteral("/Documents")).absolutePath());
    QVERIFY2(QFileInfo::exists(next), qPrintable(window.statusBar()->currentMessage()));
}

void TestWindowQuestions::openingSaysWhatJekyllRefuses_data()
{
    QTest::addColumn<QByteArray>("frontMatter");
    QTest::addColumn<QString>("where");
    QTest::newRow("Jekyll refuses: a symbol title, status bar says file:line:col")
        << QByteArray("title: :P a lighthearted talk\n") << QStringLiteral("2025-01-02-old.md:2:8: error:");
    QTest::newRow("Jekyll refuses: a !ruby/object tag in a list, status bar says file:line:col")
        << QByteArray("title: T\ntags:\n  - !ruby/object:Foo {}\n") << QStringLiteral("2025-01-02-old.md:4:5: error:");
}

// The editor tells the user on opening, where `lectern-cli check` would.
void TestWindowQuestions::openingSaysWhatJekyllRefuses()
{
    QFETCH(QByteArray, frontMatter);
    QFETCH(QString, where);
    LecternTest::writeFile(m_post, "---\n" + frontMatter + "---\nBody\n");
    MainWindow window;
    QVERIFY(window.openPath(m_post));
    QTRY_VERIFY(!window.opening()->isBusy());
    QTRY_VERIFY2(window.statusBar()->currentMessage().startsWith(where), qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("Jekyll")));
}

// What a poster could not fill is a list, too long for the status bar (cut by its widgets, gone after
// seconds): it stays above the editor until closed or another post opens (issue 19).
void TestWindowQuestions::posterGapsStayReadable()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(window.openPath(m_post));
    QTRY_VERIFY(!window.opening()->isBusy());
    auto *bar = window.findChild<ExportNoticeBar *>(QStringLiteral("exportNoticeBar"));
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());
    QAction *poster = fileAction(window, QStringLiteral("Poster (PDF)"));
    QVERIFY(poster);
    const QString file = m_home + QStringLiteral("/Documents/2025-01-02-old.pdf");
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    QFile::remove(file);
    ModalAnswers answers({saveAs(file)});
    poster->trigger();
    answers.stop();
    QVERIFY2(answers.allAnswered(), qPrintable(answers.failures().join(QLatin1Char('\n'))));
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 20000);
    const QString text = bar->plainText();
    QVERIFY2(QFileInfo::exists(file), qPrintable(text));
    QVERIFY2(text.startsWith(QStringLiteral("Poster saved: 2025-01-02-old.pdf\n")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("no speaker")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("no place")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("no featured image")), qPrintable(text));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Poster saved: 2025-01-02-old.pdf: see the notes above the editor"));
    // Closed by its button; another post (here the same one again) would hide it too.
    auto *close = bar->findChild<QAbstractButton *>(QStringLiteral("closeExportNotice"));
    QVERIFY(close);
    close->click();
    QVERIFY(!bar->isVisible());
    // A later export with nothing to say clears the last one's notes: they would be stale.
    QVERIFY(QFile::remove(file));   // no "replace it?" question this time
    ModalAnswers again({saveAs(file)});
    poster->trigger();
    again.stop();
    QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible(), 20000);
    QAction *copy = fileAction(window, QStringLiteral("Copy as HTML"));
    QVERIFY(copy);
    copy->trigger();
    QVERIFY(!bar->isVisible());
}

// Issue 18: Publish… is in the Post menu and on the toolbar, with the other everyday steps.
void TestWindowQuestions::toolbarHasTheEverydaySteps()
{
    MainWindow window;
    window.show();
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    QStringList names;
    for (QAction *action : bar->actions()) {
        if (!action->isSeparator())
            names << action->text().remove(QLatin1Char('&'));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("New Post…"), QStringLiteral("Open…"), QStringLiteral("Save"),
                                 QStringLiteral("Publish…"), QStringLiteral("Update from Remote")}));
    for (QAction *action : bar->actions())
        QVERIFY(action->isSeparator() || !action->icon().isNull());
}

QTEST_MAIN(TestWindowQuestions)
#include "tst_windowquestions.moc"
