// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18 in the real window, with real git: a bare repository as origin, our clone and a
// colleague's. The post list's git column, the status-bar count, and Post → Update from Remote.
#include "conflictdialog.h"
#include "diskchangebar.h"
#include "exacttext.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "postlist.h"
#include "postlistmodel.h"
#include "postopening.h"
#include "previewprofile.h"
#include "publishaction.h"
#include "publishdialog.h"
#include "publisher.h"
#include "publishjob.h"
#include "repostateview.h"
#include "siteindex.h"
#include "testsupport.h"
#include "updateaction.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QItemSelectionModel>
#include <QTreeView>

using namespace Lectern;

namespace {

constexpr int kTimeout = 60000;   // git and the first window on a shared machine

QByteArray git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << "git" << args << "in" << dir << "failed:" << p.readAllStandardError();
        return QByteArray("<git failed>");
    }
    return p.readAllStandardOutput();
}

// The post list's git word for PATH ("<not listed>" when the list has no such row).
QString listedState(MainWindow &window, const QString &path)
{
    PostListModel *model = window.postList()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(PostListModel::PathRole).toString() == path)
            return model->index(row, PostListModel::RepoStateColumn).data().toString();
    }
    return QStringLiteral("<not listed>");
}

// Triggers Publish, expecting it to refuse with a message box: "conflict marker line" when the box
// says so, else the box's text (or "<no refusal>" when the publish dialog opened instead).
QString publishRefusal(PublishAction *publish)
{
    QString text = QStringLiteral("<no refusal>");
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->accept();
        }
    });
    poll.start(20);
    publish->action()->trigger();   // the box's exec() returns once the poll accepts it
    return text.contains(QLatin1String("conflict marker line")) ? QStringLiteral("conflict marker line") : text;
}

QString labelText(MainWindow &window)
{
    auto *label = window.findChild<QLabel *>(QStringLiteral("repoStatus"));
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestRepoState : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    QString us() const { return m_dir->filePath(QStringLiteral("us")); }
    QString them() const { return m_dir->filePath(QStringLiteral("them")); }
    QString first() const { return us() + QStringLiteral("/_posts/2025-01-01-first.md"); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        static QTemporaryDir config;
        QVERIFY(config.isValid());
        const QString global = config.filePath(QStringLiteral("gitconfig"));
        LecternTest::writeFile(global, "[user]\n\tname = Test User\n\temail = test@example.org\n[init]\n\tdefaultBranch = main\n");
        qputenv("GIT_CONFIG_GLOBAL", global.toUtf8());
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qputenv("GIT_TERMINAL_PROMPT", "0");
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        const QString remote = m_dir->filePath(QStringLiteral("remote.git"));
        git(m_dir->path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"),
                            QStringLiteral("main"), remote});
        const QString seed = m_dir->filePath(QStringLiteral("seed"));
        git(m_dir->path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"), seed});
        LecternTest::writeFile(seed + QStringLiteral("/_config.yml"), "title: Lab\nurl: https://example.org\n");
        LecternTest::writeFile(seed + QStringLiteral("/_posts/2025-01-01-first.md"),
                               "---\ntitle: First\n---\nOur words as they were.\n");
        git(seed, {QStringLiteral("add"), QStringLiteral(".")});
        git(seed, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("seed")});
        git(seed, {QStringLiteral("push"), QStringLiteral("-q"), remote, QStringLiteral("main")});
        for (const QString &clone : {us(), them()})
            git(m_dir->path(), {QStringLiteral("clone"), QStringLiteral("-q"), remote, clone});
        QVERIFY(QFileInfo::exists(first()));
    }

    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
    }

    void newPostThenPublished()
    {
        const QString fresh = us() + QStringLiteral("/_posts/2025-02-01-fresh.md");
        LecternTest::writeFile(fresh, "---\ntitle: Fresh\n---\nNot in git yet.\n");
        MainWindow window;
        window.show();
        QVERIFY(window.openPath(fresh));
        QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(listedState(window, fresh), QStringLiteral("New"), kTimeout);
        QCOMPARE(listedState(window, first()), QStringLiteral("Published"));
        QVERIFY(!window.postList()->view()->isColumnHidden(PostListModel::RepoStateColumn));
        QTRY_COMPARE_WITH_TIMEOUT(labelText(window), QStringLiteral("main · 1 post waiting to be published"), kTimeout);

        // Published as lectern-cli would (the dialog's path is PublishAction's), then the window looks again.
        const PublishResult result = Publisher().publish({fresh}, QStringLiteral("Add post: Fresh"));
        QCOMPARE(int(result.outcome), int(PublishResult::Outcome::Published));
        auto *view = window.findChild<RepoStateView *>();
        QVERIFY(view);
        view->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(listedState(window, fresh), QStringLiteral("Published"), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(window), QStringLiteral("main · all posts published"), kTimeout);
    }

    // Post → Publish…: the check's warnings are listed for acceptance, then the dialog runs the job.
    void publishDialogShowsWarnings()
    {
        const QString fresh = us() + QStringLiteral("/_posts/2025-02-01-fresh.md");
        LecternTest::writeFile(fresh, "---\ntitle: Fresh\n---\nA picture: ![](https://example.org/x.png)\n");
        MainWindow window;
        window.show();
        QVERIFY(window.openPath(fresh));
        QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(listedState(window, fresh), QStringLiteral("New"), kTimeout);
        auto *publish = window.findChild<PublishAction *>();
        QVERIFY(publish);
        publish->action()->trigger();
        PublishDialog *dialog = publish->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kTimeout);
        QCOMPARE(dialog->warningList()->count(), 1);
        QVERIFY2(dialog->warningList()->item(0)->text().startsWith(QLatin1String("2025-02-01-fresh.md:4:")),
                 qPrintable(dialog->warningList()->item(0)->text()));
        QCOMPARE(dialog->message(), QStringLiteral("Add post: Fresh"));
        QSignalSpy finished(publish, &PublishAction::finished);
        QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
        QVERIFY(!publish->action()->isEnabled());
        QVERIFY(finished.wait(kTimeout));
        const auto result = finished.at(0).at(0).value<PublishResult>();
        QVERIFY2(result.outcome == PublishResult::Outcome::Published, qPrintable(result.message));
        QTRY_VERIFY_WITH_TIMEOUT(!publish->dialog(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(listedState(window, fresh), QStringLiteral("Published"), kTimeout);
        QCOMPARE(git(m_dir->filePath(QStringLiteral("remote.git")), {QStringLiteral("log"), QStringLiteral("-1"),
                                                                      QStringLiteral("--format=%s"), QStringLiteral("main")}),
                 QByteArray("Add post: Fresh\n"));
    }

    // Cancel while git runs (a slow pre-commit hook stands for a slow step): nothing is committed.
    // Without the cancel the hook ends after 5 s and the commit is made: the outcome tells.
    void publishCancelled()
    {
        const QString fresh = us() + QStringLiteral("/_posts/2025-02-01-fresh.md");
        LecternTest::writeFile(fresh, "---\ntitle: Fresh\n---\nNot in git yet.\n");
        const QString hook = us() + QStringLiteral("/.git/hooks/pre-commit");
        LecternTest::writeFile(hook, "#!/bin/sh\nexec sleep 5\n");
        QFile::setPermissions(hook, QFile::permissions(hook) | QFile::ExeOwner);
        MainWindow window;
        window.show();
        QVERIFY(window.openPath(fresh));
        QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kTimeout);
        auto *publish = window.findChild<PublishAction *>();
        publish->action()->trigger();
        PublishDialog *dialog = publish->dialog();
        QVERIFY(dialog);
        QSignalSpy finished(publish, &PublishAction::finished);
        QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QVERIFY(dialog->cancelButton()->isEnabled());
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kTimeout));
        const auto result = finished.at(0).at(0).value<PublishResult>();
        QVERIFY2(result.outcome == PublishResult::Outcome::Cancelled, qPrintable(result.message));
        QTRY_COMPARE_WITH_TIMEOUT(listedState(window, fresh), QStringLiteral("New"), kTimeout);
        QCOMPARE(git(us(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}), QByteArray("seed\n"));
    }

    // Issue 18's two-person session in the window: Ada (them) publishes first; our Publish stops on
    // the conflict and shows ConflictDialog; each choice does what its button says.
    void conflictChoices_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("Keep Ada's Version: the post reloads as hers, ours in a copy") << int(ConflictChoice::KeepTheirs);
        QTest::newRow("Keep My Version: ours pushed on top of hers") << int(ConflictChoice::KeepMine);
        QTest::newRow("Edit Both in the Post: the editor shows both with markers") << int(ConflictChoice::EditMerge);
    }
    void conflictChoices()
    {
        QFETCH(int, choice);
        const QString remote = m_dir->filePath(QStringLiteral("remote.git"));
        git(them(), {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Ada")});
        LecternTest::writeFile(them() + QStringLiteral("/_posts/2025-01-01-first.md"), "---\ntitle: First\n---\nAda's words.\n");
        git(them(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("Ada's fix")});
        git(them(), {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
        const QByteArray adas = git(remote, {QStringLiteral("rev-parse"), QStringLiteral("main")}).trimmed();

        MainWindow window;
        window.show();
        QVERIFY(window.openPath(first()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kTimeout);
        window.editor()->setFocus();
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QStringLiteral("Mine."));
        auto *publish = window.findChild<PublishAction *>();
        QSignalSpy finished(publish, &PublishAction::finished);
        publish->action()->trigger();   // saves first
        QVERIFY(publish->dialog());
        QTest::mouseClick(publish->dialog()->publishButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kTimeout));
        QCOMPARE(int(finished.at(0).at(0).value<PublishResult>().outcome), int(PublishResult::Outcome::Conflict));
        ConflictDialog *dialog = publish->conflictDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kTimeout);
        QCOMPARE(dialog->keepTheirsButton()->text(), QStringLiteral("Keep Ada's Version"));
        QCOMPARE(git(remote, {QStringLiteral("rev-parse"), QStringLiteral("main")}).trimmed(), adas);

        QTest::mouseClick(ConflictChoice(choice) == ConflictChoice::KeepTheirs ? dialog->keepTheirsButton()
                          : ConflictChoice(choice) == ConflictChoice::KeepMine ? dialog->keepMineButton()
                                                                               : dialog->editButton(),
                          Qt::LeftButton);
        QVERIFY(finished.wait(kTimeout));
        const auto result = finished.at(1).at(0).value<PublishResult>();
        const QString mine = QStringLiteral("Our words as they were.\nMine.");
        switch (ConflictChoice(choice)) {
        case ConflictChoice::KeepTheirs:
            QVERIFY2(result.outcome == PublishResult::Outcome::NothingToDo, qPrintable(result.message));
            QTRY_COMPARE_WITH_TIMEOUT(exactText(window.editor()->document()), QStringLiteral("Ada's words.\n"), kTimeout);
            QVERIFY(!window.document()->isModified());
            QVERIFY(QString::fromUtf8(LecternTest::readAll(result.kept.value(0))).contains(mine));
            // Nothing was published: the report says what happened, and names the copy once.
            QCOMPARE(PublishAction::reportTitle(result), QStringLiteral("Their Version Kept"));
            QVERIFY2(PublishAction::reportText(result).count(QFileInfo(result.kept.value(0)).fileName()) == 1,
                     qPrintable(PublishAction::reportText(result)));
            break;
        case ConflictChoice::KeepMine:
            QVERIFY2(result.outcome == PublishResult::Outcome::Published, qPrintable(result.message));
            QVERIFY(QString::fromUtf8(git(remote, {QStringLiteral("show"), QStringLiteral("main:_posts/2025-01-01-first.md")})).contains(mine));
            QCOMPARE(git(remote, {QStringLiteral("rev-parse"), QStringLiteral("main~1")}).trimmed(), adas);
            QVERIFY(exactText(window.editor()->document()).contains(mine));
            QCOMPARE(PublishAction::reportTitle(result), QStringLiteral("Published"));
            break;
        case ConflictChoice::EditMerge:
            QVERIFY2(result.outcome == PublishResult::Outcome::NeedsEditing, qPrintable(result.message));
            QTRY_VERIFY_WITH_TIMEOUT(exactText(window.editor()->document()).contains(QLatin1String("<<<<<<< Your version\n")), kTimeout);
            QVERIFY(exactText(window.editor()->document()).contains(QLatin1String(">>>>>>> Ada's version\n")));
            QCOMPARE(git(remote, {QStringLiteral("rev-parse"), QStringLiteral("main")}).trimmed(), adas);
            QTRY_VERIFY_WITH_TIMEOUT(!publish->conflictDialog(), kTimeout);
            // Publish again with the markers still in: refused by the check, before the message is asked for.
            QCOMPARE(publishRefusal(publish), QStringLiteral("conflict marker line"));
            QVERIFY(!publish->dialog());
            break;
        }
        QTRY_VERIFY_WITH_TIMEOUT(!publish->conflictDialog(), kTimeout);
    }

    // Post → Publish Selected…: two posts selected in the list go out in one commit.
    void publishSelectedInOneCommit()
    {
        const QString a = us() + QStringLiteral("/_posts/2025-02-01-a.md");
        const QString b = us() + QStringLiteral("/_posts/2025-02-02-b.md");
        LecternTest::writeFile(a, "---\ntitle: A\n---\nA.\n");
        LecternTest::writeFile(b, "---\ntitle: B\n---\nB.\n");
        MainWindow window;
        window.show();
        QVERIFY(window.openPath(first()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(listedState(window, b), QStringLiteral("New"), kTimeout);
        QTreeView *view = window.postList()->view();
        view->clearSelection();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex i = view->model()->index(row, 0);
            const QString p = i.data(PostListModel::PathRole).toString();
            if (p == a || p == b)
                view->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QCOMPARE(window.postList()->selectedPaths(), (QStringList{a, b}));
        auto *publish = window.findChild<PublishAction *>();
        publish->selectedAction()->trigger();
        PublishDialog *dialog = publish->dialog();
        QVERIFY(dialog);
        auto *posts = dialog->findChild<QLabel *>(QStringLiteral("publishPosts"));
        QVERIFY(posts && posts->isVisibleTo(dialog));
        QVERIFY2(posts->text().contains(QLatin1String("2 posts, in one commit")), qPrintable(posts->text()));
        QCOMPARE(dialog->message(), QStringLiteral("Add post: A (and 1 more)"));
        QSignalSpy finished(publish, &PublishAction::finished);
        QTest::mouseClick(dialog->publishButton(), Qt::LeftButton);
        QVERIFY(finished.wait(kTimeout));
        QVERIFY2(finished.at(0).at(0).value<PublishResult>().outcome == PublishResult::Outcome::Published,
                 qPrintable(finished.at(0).at(0).value<PublishResult>().message));
        const QString remote = m_dir->filePath(QStringLiteral("remote.git"));
        QCOMPARE(git(remote, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--name-only"), QStringLiteral("--format=%s"),
                              QStringLiteral("main")}),
                 QByteArray("Add post: A (and 1 more)\n\n_posts/2025-02-01-a.md\n_posts/2025-02-02-b.md\n"));
    }

    // A detached HEAD (a commit checked out in a terminal): no post is "Not yet pushed" and the
    // status bar does not count posts waiting; it says how to get back to the site's branch.
    void detachedHead()
    {
        git(us(), {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("--detach"), QStringLiteral("HEAD")});
        MainWindow window;
        window.show();
        QVERIFY(window.openPath(first()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(window), QStringLiteral("detached HEAD: switch to the branch the site builds from (main)"),
                                  kTimeout);
        QCOMPARE(listedState(window, first()), QStringLiteral("Committed"));
    }

    void notARepository()
    {
        QTemporaryDir plain;
        const QString post = plain.filePath(QStringLiteral("_posts/2025-01-01-loose.md"));
        LecternTest::writeFile(plain.filePath(QStringLiteral("_config.yml")), "title: Loose\n");
        LecternTest::writeFile(post, "---\ntitle: Loose\n---\nNo git here.\n");
        MainWindow window;
        window.show();
        auto *view = window.findChild<RepoStateView *>();
        QVERIFY(view);
        QSignalSpy updated(view, &RepoStateView::updated);
        QVERIFY(window.openPath(post));
        QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() > 0 && window.siteIndex()->isReady(), kTimeout);
        view->refresh();
        QVERIFY(updated.wait(kTimeout));
        QVERIFY(!view->status().isRepo);
        QCOMPARE(listedState(window, post), QString());
        QVERIFY(window.postList()->view()->isColumnHidden(PostListModel::RepoStateColumn));
        QCOMPARE(labelText(window), QString());
        // Publish…, Publish Selected… and Update from Remote could only refuse: disabled, saying why.
        auto *publish = window.findChild<PublishAction *>();
        auto *update = window.findChild<UpdateAction *>();
        for (QAction *action : {publish->action(), publish->selectedAction(), update->action()}) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
            QVERIFY2(action->statusTip().contains(QLatin1String("is not in a git repository: publishing needs the site's repository")),
                     qPrintable(action->statusTip()));
            QCOMPARE(action->toolTip(), action->statusTip());
        }
    }

    // In a git work tree the three actions are there to use.
    void actionsEnabledInARepository()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openPath(first()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(window), QStringLiteral("main · all posts published"), kTimeout);
        auto *publish = window.findChild<PublishAction *>();
        auto *update = window.findChild<UpdateAction *>();
        for (QAction *action : {publish->action(), publish->selectedAction(), update->action()}) {
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
            QVERIFY2(!action->statusTip().contains(QLatin1String("git repository")), qPrintable(action->statusTip()));
        }
    }

    // The open post unmodified: Update shows the colleague's text at once.
    void updateFromRemote()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openPath(first()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(window), QStringLiteral("main · all posts published"), kTimeout);

        LecternTest::writeFile(them() + QStringLiteral("/_posts/2025-01-01-first.md"),
                               "---\ntitle: First\n---\nTheir words, fixed.\n");
        git(them(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-am"), QStringLiteral("fix")});
        git(them(), {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
        // Status never fetches; after a fetch (here a terminal's) the label says the remote moved.
        git(us(), {QStringLiteral("fetch"), QStringLiteral("-q")});
        window.findChild<RepoStateView *>()->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(labelText(window), QStringLiteral("main · all posts published · remote has new changes"),
                                  kTimeout);

        auto *update = window.findChild<UpdateAction *>();
        QVERIFY(update);
        QSignalSpy finished(update, &UpdateAction::finished);
        update->action()->trigger();
        QVERIFY(!update->action()->isEnabled());   // running on the worker, the window goes on
        QVERIFY(finished.wait(kTimeout));
        const auto result = finished.at(0).at(0).value<PublishResult>();
        QVERIFY2(result.outcome == PublishResult::Outcome::Published, qPrintable(result.message));
        QCOMPARE(LecternTest::readAll(first()), QByteArray("---\ntitle: First\n---\nTheir words, fixed.\n"));

        auto *bar = window.findChild<DiskChangeBar *>();
        QVERIFY(bar);
        QTRY_COMPARE_WITH_TIMEOUT(exactText(window.editor()->document()), QStringLiteral("Their words, fixed.\n"), kTimeout);
        QVERIFY(!window.document()->isModified());
        QVERIFY(!bar->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(labelText(window), QStringLiteral("main · all posts published"), kTimeout);
    }

    // Update with unsaved edits in the open post asks to save them first. Pulling under them let the
    // disk-change bar's Keep Mine and a later Publish silently undo Ada's change to the same post.
    // Saved, they are a change git protects: when Ada changed the same post the pull stops, naming
    // her, and Publish then shows both versions side by side.
    void updateWithUnsavedEdits_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("samePost");
        QTest::newRow("Ada changed another post: Save and Update saves, pulls, the post stays ours")
            << QStringLiteral("save") << false;
        QTest::newRow("Ada changed the same post: saved, the pull stops naming her, Publish shows both")
            << QStringLiteral("save") << true;
        QTest::newRow("Cancel: nothing saved, nothing pulled") << QStringLiteral("cancel") << true;
    }
    void updateWithUnsavedEdits()
    {
        QFETCH(QString, answer);
        QFETCH(bool, samePost);
        const QByteArray seed = LecternTest::readAll(first());
        git(them(), {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Ada")});
        const QString theirPost = them() + (samePost ? QStringLiteral("/_posts/2025-01-01-first.md") : QStringLiteral("/_posts/2025-01-05-ada.md"));
        LecternTest::writeFile(theirPost, samePost ? "---\ntitle: First\n---\nAda's words.\n" : "---\ntitle: Ada\n---\nAda's post.\n");
        git(them(), {QStringLiteral("add"), QStringLiteral("-A")});
        git(them(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Ada's change")});
        git(them(), {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});

        MainWindow window;
        window.show();
        QVERIFY(window.openPath(first()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.opening()->isBusy(), kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(labelText(window), QStringLiteral("main · all posts published"), kTimeout);
        window.editor()->setFocus();
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QStringLiteral("Mine."));
        QVERIFY(window.document()->isModified());

        auto *update = window.findChild<UpdateAction *>();
        QSignalSpy finished(update, &UpdateAction::finished);
        update->action()->trigger();
        QMessageBox *question = update->saveQuestion();
        QVERIFY(question);
        QTRY_VERIFY_WITH_TIMEOUT(question->isVisible(), kTimeout);
        QCOMPARE(question->text(), QStringLiteral("“2025-01-01-first.md” has unsaved changes. Save them before updating? If a "
                                                  "colleague changed the same post, Publish will show both versions side by side."));
        QVERIFY(question->defaultButton());
        QCOMPARE(question->defaultButton()->text(), QStringLiteral("&Save and Update"));
        QVERIFY(!update->job()->isRunning());   // nothing pulled while the question is open
        if (answer == QLatin1String("cancel")) {
            question->button(QMessageBox::Cancel)->click();
            QTRY_VERIFY_WITH_TIMEOUT(!update->saveQuestion(), kTimeout);
            QVERIFY(window.document()->isModified());
            QCOMPARE(LecternTest::readAll(first()), seed);
            QVERIFY(!update->job()->isRunning());
            QCOMPARE(finished.size(), 0);
            return;
        }
        question->defaultButton()->click();
        QVERIFY(finished.wait(kTimeout));
        const auto result = finished.at(0).at(0).value<PublishResult>();
        QVERIFY(!window.document()->isModified());
        QVERIFY(LecternTest::readAll(first()).contains("Mine."));
        if (!samePost) {
            QVERIFY2(result.outcome == PublishResult::Outcome::Published, qPrintable(result.message));
            QCOMPARE(LecternTest::readAll(us() + QStringLiteral("/_posts/2025-01-05-ada.md")), QByteArray("---\ntitle: Ada\n---\nAda's post.\n"));
            QVERIFY(exactText(window.editor()->document()).contains(QLatin1String("Mine.")));
            QVERIFY(!window.findChild<DiskChangeBar *>()->isVisible());
            return;
        }
        QCOMPARE(int(result.outcome), int(PublishResult::Outcome::Refused));
        QCOMPARE(result.message, QStringLiteral("Not updated: 2025-01-01-first.md was also changed by Ada. Publish your version and "
                                                "Lectern will show both side by side; nothing was changed."));
        QVERIFY(LecternTest::readAll(first()).contains("Our words as they were."));

        // Publish: the conflict view, with both versions side by side.
        auto *publish = window.findChild<PublishAction *>();
        QSignalSpy published(publish, &PublishAction::finished);
        publish->action()->trigger();
        QVERIFY(publish->dialog());
        QTest::mouseClick(publish->dialog()->publishButton(), Qt::LeftButton);
        QVERIFY(published.wait(kTimeout));
        QCOMPARE(int(published.at(0).at(0).value<PublishResult>().outcome), int(PublishResult::Outcome::Conflict));
        ConflictDialog *dialog = publish->conflictDialog();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kTimeout);
        const auto *ours = dialog->findChild<QPlainTextEdit *>(QStringLiteral("conflictOurs"));
        const auto *theirs = dialog->findChild<QPlainTextEdit *>(QStringLiteral("conflictTheirs"));
        QVERIFY(ours && theirs);
        QVERIFY2(ours->toPlainText().contains(QLatin1String("+ Mine.")), qPrintable(ours->toPlainText()));
        QVERIFY2(theirs->toPlainText().contains(QLatin1String("+ Ada's words.")), qPrintable(theirs->toPlainText()));
        QCOMPARE(dialog->keepTheirsButton()->text(), QStringLiteral("Keep Ada's Version"));
        QTest::mouseClick(dialog->laterButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!publish->conflictDialog(), kTimeout);
    }
};

int main(int argc, char *argv[])
{
    PreviewProfile::registerSchemes();   // before the application, as app/main.cpp does
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestRepoState test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_repostate.moc"
