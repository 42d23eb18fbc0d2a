// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing with real git: a bare repository as origin and two clones, "us" and a colleague "them".
#include "gitstatus.h"
#include "publisher.h"
#include "publishjob.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

const QByteArray kConfig = "title: Lab\nurl: https://example.org\nbaseurl: /lab\n";
const QByteArray kFirst = "---\ntitle: First\ncategories: news\n---\nline one\nline two\nline three\n";

} // namespace

class TestPublisher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    QString path(const QString &rel) const { return m_dir->filePath(rel); }
    QString us() const { return path(QStringLiteral("us")); }
    QString them() const { return path(QStringLiteral("them")); }

    static QByteArray git(const QString &dir, const QStringList &args, int expectedExit = 0)
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        p.start(QStringLiteral("git"), args);
        if (!p.waitForFinished(60000) || p.exitCode() != expectedExit) {
            qWarning() << "git" << args << "in" << dir << "exited" << p.exitCode() << p.readAllStandardError();
            return QByteArray("<git failed>");
        }
        return p.readAllStandardOutput();
    }
    static void write(const QString &file, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    static QByteArray read(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }
    QByteArray remoteFile(const QString &rel) const
    {
        return git(path(QStringLiteral("remote.git")), {QStringLiteral("show"), QStringLiteral("main:") + rel});
    }
    QByteArray remoteHead() const
    {
        return git(path(QStringLiteral("remote.git")), {QStringLiteral("rev-parse"), QStringLiteral("main")}).trimmed();
    }
    // The colleague commits BYTES at REL and pushes.
    void theyPush(const QString &rel, const QByteArray &bytes)
    {
        write(them() + QLatin1Char('/') + rel, bytes);
        git(them(), {QStringLiteral("add"), rel});
        git(them(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("their change")});
        git(them(), {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"), QStringLiteral("main")});
    }
    static void hook(const QString &clone, const QString &name, const QByteArray &script)
    {
        const QString file = clone + QStringLiteral("/.git/hooks/") + name;
        write(file, "#!/bin/sh\n" + script);
        QFile::setPermissions(file, QFile::permissions(file) | QFile::ExeOwner);
    }
    QString post(const QString &name) const { return us() + QStringLiteral("/_posts/") + name; }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        static QTemporaryDir config;
        QVERIFY(config.isValid());
        const QString global = config.filePath(QStringLiteral("gitconfig"));
        write(global, "[user]\n\tname = Test User\n\temail = test@example.org\n[init]\n\tdefaultBranch = main\n"
                      "[advice]\n\tdetachedHead = false\n");
        qputenv("GIT_CONFIG_GLOBAL", global.toUtf8());
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
        qputenv("GIT_TERMINAL_PROMPT", "0");
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        git(m_dir->path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"),
                            QStringLiteral("main"), QStringLiteral("remote.git")});
        const QString seed = path(QStringLiteral("seed"));
        git(m_dir->path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"), seed});
        write(seed + QStringLiteral("/_config.yml"), kConfig);
        write(seed + QStringLiteral("/_posts/2025-01-01-first.md"), kFirst);
        write(seed + QStringLiteral("/_posts/2025-01-02-second.md"), "---\ntitle: Second\n---\nbody\n");
        git(seed, {QStringLiteral("add"), QStringLiteral(".")});
        git(seed, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("seed")});
        git(seed, {QStringLiteral("push"), QStringLiteral("-q"), path(QStringLiteral("remote.git")), QStringLiteral("main")});
        for (const QString &clone : {us(), them()})
            git(m_dir->path(), {QStringLiteral("clone"), QStringLiteral("-q"), path(QStringLiteral("remote.git")), clone});
        QVERIFY(QFileInfo::exists(us() + QStringLiteral("/_config.yml")));
    }

    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
    }

    void parsesPorcelainV2()
    {
        const QByteArray text = QByteArrayLiteral("# branch.oid 1234\0# branch.head main\0# branch.upstream origin/main\0"
                                                  "# branch.ab +2 -3\0"
                                                  "1 .M N... 100644 100644 100644 aaa bbb _posts/with space.md\0"
                                                  "2 R. N... 100644 100644 100644 aaa bbb R100 _posts/new.md\0_posts/old.md\0"
                                                  "? images/ü.png\0");
        const GitStatus s = GitStatus::parse(text);
        QCOMPARE(s.head, QStringLiteral("main"));
        QCOMPARE(s.upstream, QStringLiteral("origin/main"));
        QCOMPARE(s.ahead, 2);
        QCOMPARE(s.behind, 3);
        QCOMPARE(s.changes.size(), 3);
        QCOMPARE(s.changes.at(0).path, QStringLiteral("_posts/with space.md"));
        QCOMPARE(s.changes.at(0).worktree, 'M');
        QCOMPARE(s.changes.at(1).origPath, QStringLiteral("_posts/old.md"));
        QCOMPARE(s.changes.at(1).index, 'R');
        QCOMPARE(s.changes.at(2).path, QString::fromUtf8("images/ü.png"));
        QVERIFY(s.changes.at(2).untracked);
        QVERIFY(GitStatus::parse(QByteArrayLiteral("# branch.oid abc\0# branch.head (detached)\0")).detached);
    }

    void statusKnowsEachPostsState()
    {
        write(post(QStringLiteral("2025-01-02-second.md")), "---\ntitle: Second\n---\nbody changed\n");
        write(post(QStringLiteral("2025-03-01-third.md")), "---\ntitle: Third\n---\n");
        write(post(QStringLiteral("2025-03-02-fourth.md")), "---\ntitle: Fourth\n---\n");
        git(us(), {QStringLiteral("add"), QStringLiteral("_posts/2025-03-02-fourth.md")});
        git(us(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("fourth")});
        const RepoStatus s = Publisher().status(us());
        QVERIFY2(s.isRepo, qPrintable(s.error));
        QCOMPARE(s.git.head, QStringLiteral("main"));
        QCOMPARE(s.git.upstream, QStringLiteral("origin/main"));
        QCOMPARE(s.git.ahead, 1);
        QMap<QString, QString> states;
        for (const RepoPost &p : s.posts)
            states.insert(p.path, postStateName(p.state));
        const QMap<QString, QString> expected{{QStringLiteral("_posts/2025-01-01-first.md"), QStringLiteral("published")},
                                              {QStringLiteral("_posts/2025-01-02-second.md"), QStringLiteral("modified")},
                                              {QStringLiteral("_posts/2025-03-01-third.md"), QStringLiteral("new")},
                                              {QStringLiteral("_posts/2025-03-02-fourth.md"), QStringLiteral("unpushed")}};
        QCOMPARE(states, expected);
        QCOMPARE(s.waiting(), 3);
    }

    // On a detached HEAD (a commit checked out, no branch) nothing can be said to wait to be
    // published: clean posts are "committed", not "unpushed", and the way back names the site's branch.
    void detachedHeadClaimsNothingWaiting()
    {
        git(us(), {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("--detach"), QStringLiteral("HEAD")});
        write(post(QStringLiteral("2025-01-02-second.md")), "---\ntitle: Second\n---\nbody changed\n");
        Publisher publisher;
        const RepoStatus s = publisher.status(us());
        QVERIFY(s.git.detached);
        QMap<QString, QString> states;
        for (const RepoPost &p : s.posts)
            states.insert(p.path, postStateName(p.state));
        const QMap<QString, QString> expected{{QStringLiteral("_posts/2025-01-01-first.md"), QStringLiteral("committed")},
                                              {QStringLiteral("_posts/2025-01-02-second.md"), QStringLiteral("modified")}};
        QCOMPARE(states, expected);
        QCOMPARE(s.waiting(), 1);
        QCOMPARE(publisher.siteBranch(us(), s), QStringLiteral("main"));
        const PublishResult r = publisher.publish({post(QStringLiteral("2025-01-02-second.md"))}, QStringLiteral("x"));
        QCOMPARE(int(r.outcome), int(PublishResult::Outcome::Refused));
        QVERIFY2(r.message.contains(QLatin1String("(git switch main)")), qPrintable(r.message));
    }

    void notARepository()
    {
        QTemporaryDir plain;
        const RepoStatus s = Publisher().status(plain.path());
        QVERIFY(!s.isRepo);
        QVERIFY2(s.error.contains(QLatin1String("not in a git repository")), qPrintable(s.error));
        // A folder that is not there: said so, not "git could not be run: chdir: …".
        const QString missing = plain.filePath(QStringLiteral("nowhere"));
        QCOMPARE(Publisher().status(missing).error, missing + QStringLiteral(": no such folder"));
    }

    void refusesWhatIsNotAPost()
    {
        QVERIFY(Publisher::isPost(post(QStringLiteral("2025-01-01-first.md"))));
        QVERIFY(Publisher::isPost(us() + QStringLiteral("/_drafts/idea.md")));
        QVERIFY(Publisher::isPost(us() + QStringLiteral("/seminars/_posts/2025-01-01-talk.md")));   // a subfolder's posts
        write(us() + QStringLiteral("/_config.yml"), kConfig + "# changed\n");
        const PublishResult r = Publisher().publish({us() + QStringLiteral("/_config.yml")}, QStringLiteral("x"));
        QCOMPARE(int(r.outcome), int(PublishResult::Outcome::Refused));
        QCOMPARE(r.message, us() + QStringLiteral("/_config.yml is not a post (posts live in _posts/ or _drafts/)"));
        QCOMPARE(git(us(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}), QByteArray("seed\n"));
    }

    void defaultMessage_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("tracked");
        QTest::addColumn<QString>("expected");
        QTest::newRow("new post in category seminar: Add seminar")
            << QByteArray("---\ntitle: Graphs\ncategory: seminar\n---\n") << false << QStringLiteral("Add seminar: Graphs");
        QTest::newRow("changed post with categories [news]: Update news")
            << QByteArray("---\ntitle: Prize\ncategories: [news]\n---\n") << true << QStringLiteral("Update news: Prize");
        QTest::newRow("layout seminars counts as seminar")
            << QByteArray("---\ntitle: Talk\nlayout: seminars\n---\n") << false << QStringLiteral("Add seminar: Talk");
        QTest::newRow("neither: post") << QByteArray("---\ntitle: Misc\n---\n") << false << QStringLiteral("Add post: Misc");
    }
    void defaultMessage()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, tracked);
        QFETCH(QString, expected);
        const QString file = post(QStringLiteral("2025-05-05-x.md"));
        write(file, "---\ntitle: Old\n---\n");
        if (tracked) {
            git(us(), {QStringLiteral("add"), file});
            git(us(), {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("x")});
        }
        write(file, text);
        Publisher publisher;
        QCOMPARE(publisher.defaultMessage({file}, publisher.status(us())), expected);
    }

    void publishesThePostAndItsNewImageOnly()
    {
        const QByteArray image("\x89PNG\r\n\x1a\nnot really", 18);
        write(us() + QStringLiteral("/images/pic.png"), image);
        const QByteArray text = "---\ntitle: Graphs\ncategory: seminar\n---\n![A graph]({{ site.baseurl }}/images/pic.png)\n";
        const QString file = post(QStringLiteral("2025-02-01-graphs.md"));
        write(file, text);
        write(post(QStringLiteral("2025-01-01-first.md")), "---\ntitle: First\n---\nunfinished edit\n");
        write(us() + QStringLiteral("/notes.txt"), "private\n");
        const PublishResult r = Publisher().publish({file}, QString());
        QCOMPARE(int(r.outcome), int(PublishResult::Outcome::Published));
        QCOMPARE(r.committed, (QStringList{QStringLiteral("_posts/2025-02-01-graphs.md"), QStringLiteral("images/pic.png")}));
        QCOMPARE(remoteFile(QStringLiteral("_posts/2025-02-01-graphs.md")), text);
        QCOMPARE(remoteFile(QStringLiteral("images/pic.png")), image);
        QCOMPARE(remoteFile(QStringLiteral("_posts/2025-01-01-first.md")), kFirst);
        QCOMPARE(git(path(QStringLiteral("remote.git")), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s|%an")}),
                 QByteArray("Add seminar: Graphs|Test User\n"));
        // The other edits stay local and uncommitted.
        QCOMPARE(read(post(QStringLiteral("2025-01-01-first.md"))), QByteArray("---\ntitle: First\n---\nunfinished edit\n"));
        QCOMPARE(git(us(), {QStringLiteral("status"), QStringLiteral("--porcelain")}),
                 QByteArray(" M _posts/2025-01-01-first.md\n?? notes.txt\n"));
        QCOMPARE(r.urls, QStringList{QStringLiteral("https://example.org/lab/seminar/2025/02/01/graphs.html")});
    }

    void integratesAColleaguesOtherPost()
    {
        const QByteArray theirs = "---\ntitle: Theirs\n---\nx\n";
        theyPush(QStringLiteral("_posts/2025-02-02-theirs.md"), theirs);
        const QByteArray ours = "---\ntitle: Ours\n---\ny\n";
        write(post(QStringLiteral("2025-02-03-ours.md")), ours);
        // An unrelated edit in progress survives the rebase (autostash) uncommitted, byte for byte.
        const QByteArray draft = "---\ntitle: Second\n---\nhalf-written\n";
        write(post(QStringLiteral("2025-01-02-second.md")), draft);
        const PublishResult r = Publisher().publish({post(QStringLiteral("2025-02-03-ours.md"))}, QStringLiteral("Add post: Ours"));
        QVERIFY2(r.outcome == PublishResult::Outcome::Published, qPrintable(r.message + r.gitOutput));
        QCOMPARE(remoteFile(QStringLiteral("_posts/2025-02-02-theirs.md")), theirs);
        QCOMPARE(remoteFile(QStringLiteral("_posts/2025-02-03-ours.md")), ours);
        // Linear: our commit on top of theirs, no merge commit.
        QCOMPARE(git(path(QStringLiteral("remote.git")), {QStringLiteral("log"), QStringLiteral("--format=%s"), QStringLiteral("main")}),
                 QByteArray("Add post: Ours\ntheir change\nseed\n"));
        QCOMPARE(read(post(QStringLiteral("2025-01-02-second.md"))), draft);
        QCOMPARE(git(us(), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray(" M _posts/2025-01-02-second.md\n"));
    }

    void stopsWhenTheRemoteChangedAFileWeAreStillEditing()
    {
        theyPush(QStringLiteral("_posts/2025-01-02-second.md"), "---\ntitle: Second\n---\ntheirs\n");
        const QByteArray draft = "---\ntitle: Second\n---\nmy unfinished edit\n";
        write(post(QStringLiteral("2025-01-02-second.md")), draft);
        write(post(QStringLiteral("2025-02-04-mine.md")), "---\ntitle: Mine\n---\n");
        const QByteArray remoteBefore = remoteHead();
        const PublishResult r = Publisher().publish({post(QStringLiteral("2025-02-04-mine.md"))}, QStringLiteral("mine"));
        QCOMPARE(int(r.outcome), int(PublishResult::Outcome::PushFailed));
        QCOMPARE(r.blocking, QStringList{QStringLiteral("_posts/2025-01-02-second.md")});
        QCOMPARE(read(post(QStringLiteral("2025-01-02-second.md"))), draft);
        QCOMPARE(git(us(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}), QByteArray("mine\n"));
        QCOMPARE(remoteHead(), remoteBefore);
    }

    void stopsWhenBothChangedTheSameFile_data()
    {
        QTest::addColumn<QString>("rel");
        QTest::addColumn<bool>("inBase");
        QTest::newRow("both edited the same post") << QStringLiteral("_posts/2025-01-01-first.md") << true;
        QTest::newRow("both added a post with the same file name") << QStringLiteral("_posts/2025-04-04-same.md") << false;
    }
    void stopsWhenBothChangedTheSameFile()
    {
        QFETCH(QString, rel);
        QFETCH(bool, inBase);
        const QByteArray theirs = "---\ntitle: First\n---\ntheir line\n";
        const QByteArray ours = "---\ntitle: First\n---\nour line\n";
        theyPush(rel, theirs);
        const QByteArray remoteBefore = remoteHead();
        const QString file = us() + QLatin1Char('/') + rel;
        write(file, ours);
        const PublishResult r = Publisher().publish({file}, QStringLiteral("ours"));
        QCOMPARE(int(r.outcome), int(PublishResult::Outcome::Conflict));
        QCOMPARE(r.conflicts.size(), 1);
        const ConflictFile &c = r.conflicts.first();
        QCOMPARE(c.path, rel);
        QCOMPARE(c.ours, ours);
        QCOMPARE(c.theirs, theirs);
        QCOMPARE(c.inBase, inBase);
        QCOMPARE(c.base, inBase ? kFirst : QByteArray());
        // Nothing lost, nothing left: our commit and file as they were, no rebase, remote unchanged.
        QCOMPARE(read(file), ours);
        QCOMPARE(git(us(), {QStringLiteral("show"), QStringLiteral("HEAD:") + rel}), ours);
        QCOMPARE(git(us(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}), QByteArray("ours\n"));
        QCOMPARE(git(us(), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray());
        QVERIFY(!QFileInfo::exists(us() + QStringLiteral("/.git/rebase-merge")));
        QCOMPARE(remoteHead(), remoteBefore);
    }

    // Issue 18's two-person walkthrough: Ada (them) and we both change the first post; Ada publishes
    // first, ours stops on the conflict, then each of the three choices. Checked each time: the
    // remote's history only grows (Ada's commit stays an ancestor: never a force push) and nothing of
    // ours is lost (in the post, in the remote, or in the kept copy and ref).
    void twoPeopleEditTheSamePost_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("keep theirs: the post becomes Ada's, ours kept in a copy") << int(ConflictChoice::KeepTheirs);
        QTest::newRow("keep mine: ours where both changed, Ada's title kept, on top of Ada's and pushed") << int(ConflictChoice::KeepMine);
        QTest::newRow("edit the merge: both in the post with markers, edited, published") << int(ConflictChoice::EditMerge);
    }
    void twoPeopleEditTheSamePost()
    {
        QFETCH(int, choice);
        const QString rel = QStringLiteral("_posts/2025-01-01-first.md");
        const QByteArray adas = "---\ntitle: First (fixed)\ncategories: news\n---\nline one\nline two, as Ada says\nline three\n";
        const QByteArray ours = "---\ntitle: First\ncategories: news\n---\nline one\nline two, as we say\nline three\n";
        git(them(), {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Ada")});
        write(them() + QLatin1Char('/') + rel, adas);
        const PublishResult a = Publisher().publish({them() + QLatin1Char('/') + rel}, QStringLiteral("Ada's fix"));
        QVERIFY2(a.outcome == PublishResult::Outcome::Published, qPrintable(a.message + a.gitOutput));
        const QByteArray adaCommit = remoteHead();

        const QString file = us() + QLatin1Char('/') + rel;
        write(file, ours);
        Publisher publisher;
        const PublishResult b = publisher.publish({file}, QStringLiteral("Our edit"));
        QCOMPARE(int(b.outcome), int(PublishResult::Outcome::Conflict));
        QCOMPARE(b.conflicts.size(), 1);
        const ConflictFile &c = b.conflicts.first();
        QCOMPARE(c.theirAuthor, QStringLiteral("Ada"));
        QCOMPARE(c.theirSubject, QStringLiteral("Ada's fix"));
        QVERIFY(c.theirTime.isValid());
        QVERIFY(adaCommit.startsWith(c.theirCommit.toLatin1()));
        QCOMPARE(c.ourSubject, QStringLiteral("Our edit"));
        QCOMPARE(b.upstreamCommit.toLatin1(), adaCommit);
        QCOMPARE(remoteHead(), adaCommit);
        const QByteArray ourCommit = git(us(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).trimmed();

        const PublishResult r = publisher.resolveConflict(us(), ConflictChoice(choice), b.upstreamCommit);
        // Our commit stays named, whatever the choice.
        QVERIFY2(r.keptRef.startsWith(QLatin1String("refs/lectern/kept/")), qPrintable(r.keptRef));
        QCOMPARE(git(us(), {QStringLiteral("rev-parse"), r.keptRef}).trimmed(), ourCommit);
        const QString remote = path(QStringLiteral("remote.git"));
        switch (ConflictChoice(choice)) {
        case ConflictChoice::KeepTheirs: {
            QVERIFY2(r.outcome == PublishResult::Outcome::NothingToDo, qPrintable(r.message + r.gitOutput));
            QCOMPARE(read(file), adas);
            QCOMPARE(remoteHead(), adaCommit);
            QCOMPARE(r.kept.size(), 1);
            QVERIFY2(r.kept.first().startsWith(us() + QStringLiteral("/_lectern-kept/2025-01-01-first (your version ")),
                     qPrintable(r.kept.first()));
            QCOMPARE(read(r.kept.first()), ours);
            // In sync with the remote, and the copy is never offered to git.
            QCOMPARE(git(us(), {QStringLiteral("status"), QStringLiteral("--porcelain"), QStringLiteral("--branch")}),
                     QByteArray("## main...origin/main\n"));
            break;
        }
        case ConflictChoice::KeepMine: {
            QVERIFY2(r.outcome == PublishResult::Outcome::Published, qPrintable(r.message + r.gitOutput));
            // Our line two, where both changed it; Ada's title, which only she changed.
            const QByteArray merged = "---\ntitle: First (fixed)\ncategories: news\n---\nline one\nline two, as we say\nline three\n";
            QCOMPARE(read(file), merged);
            QCOMPARE(remoteFile(rel), merged);
            QCOMPARE(git(remote, {QStringLiteral("log"), QStringLiteral("--format=%s|%an"), QStringLiteral("main")}),
                     QByteArray("Our edit|Test User\nAda's fix|Ada\nseed|Test User\n"));
            QVERIFY(r.kept.isEmpty());
            QCOMPARE(r.urls, QStringList{QStringLiteral("https://example.org/lab/news/2025/01/01/first.html")});
            break;
        }
        case ConflictChoice::EditMerge: {
            QVERIFY2(r.outcome == PublishResult::Outcome::NeedsEditing, qPrintable(r.message + r.gitOutput));
            QCOMPARE(r.edited, QStringList{file});
            const QByteArray both = read(file);
            // The title changed on Ada's side only: merged; the second line changed on both: marked.
            QCOMPARE(both, QByteArray("---\ntitle: First (fixed)\ncategories: news\n---\nline one\n"
                                      "<<<<<<< Your version\nline two, as we say\n=======\nline two, as Ada says\n"
                                      ">>>>>>> Ada's version\nline three\n"));
            QCOMPARE(remoteHead(), adaCommit);
            QCOMPARE(read(r.kept.value(0)), ours);
            // Publishing the post with its markers still in is refused; once edited, it goes on top.
            PublishResult again = publisher.publish({file}, QStringLiteral("Our edit, with Ada's"));
            QCOMPARE(int(again.outcome), int(PublishResult::Outcome::Refused));
            QVERIFY2(again.message.contains(QLatin1String("marker lines")), qPrintable(again.message));
            const QByteArray edited = "---\ntitle: First (fixed)\ncategories: news\n---\nline one\nline two, as we both say\nline three\n";
            write(file, edited);
            again = publisher.publish({file}, QStringLiteral("Our edit, with Ada's"));
            QVERIFY2(again.outcome == PublishResult::Outcome::Published, qPrintable(again.message + again.gitOutput));
            QCOMPARE(remoteFile(rel), edited);
            QCOMPARE(git(remote, {QStringLiteral("log"), QStringLiteral("--format=%s"), QStringLiteral("main")}),
                     QByteArray("Our edit, with Ada's\nAda's fix\nseed\n"));
            break;
        }
        }
        // Never forced: Ada's commit is still in the remote's branch.
        QCOMPARE(git(remote, {QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"), QString::fromLatin1(adaCommit),
                              QStringLiteral("main")}), QByteArray());
    }

    // The user test's repro: Bob changes the title, line 15 and the footer and publishes; Alice
    // changes only line 15. Keep My Version takes her line 15 and nothing else of hers: Bob's title
    // and footer, which she never touched, stay in what is pushed.
    void keepMineKeepsTheirChangesElsewhere()
    {
        const QString rel = QStringLiteral("_posts/2025-03-03-long.md");
        auto postWith = [](const QByteArray &title, const QByteArray &line15, const QByteArray &footer) -> QByteArray {
            QByteArray text = "---\ntitle: " + title + "\n---\n";
            for (int i = 1; i <= 20; ++i)
                text += (i == 15 ? line15 : "Line " + QByteArray::number(i) + '.') + '\n';
            return text + footer + '\n';
        };
        const QByteArray base = postWith("Seminar", "Line 15.", "Contact: the lab office.");
        theyPush(rel, base);
        git(us(), {QStringLiteral("pull"), QStringLiteral("-q")});
        git(them(), {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Bob Baker")});
        write(them() + QLatin1Char('/') + rel, postWith("Seminar on graphs", "Line 15, as Bob wrote it.", "Contact: Bob Baker."));
        const PublishResult bob = Publisher().publish({them() + QLatin1Char('/') + rel}, QStringLiteral("Bob's edit"));
        QVERIFY2(bob.outcome == PublishResult::Outcome::Published, qPrintable(bob.message + bob.gitOutput));
        const QByteArray bobsCommit = remoteHead();

        const QString file = us() + QLatin1Char('/') + rel;
        write(file, postWith("Seminar", "Line 15, as Alice wrote it.", "Contact: the lab office."));
        Publisher publisher;
        const PublishResult alice = publisher.publish({file}, QStringLiteral("Alice's edit"));
        QCOMPARE(int(alice.outcome), int(PublishResult::Outcome::Conflict));
        const PublishResult r = publisher.resolveConflict(us(), ConflictChoice::KeepMine, alice.upstreamCommit);
        QVERIFY2(r.outcome == PublishResult::Outcome::Published, qPrintable(r.message + r.gitOutput));
        const QByteArray expected = postWith("Seminar on graphs", "Line 15, as Alice wrote it.", "Contact: Bob Baker.");
        QCOMPARE(remoteFile(rel), expected);
        QCOMPARE(read(file), expected);
        QCOMPARE(git(us(), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray());
        QCOMPARE(git(path(QStringLiteral("remote.git")), {QStringLiteral("rev-parse"), QStringLiteral("main~1")}).trimmed(), bobsCommit);
    }

    // Bob moved the post to a new date (git mv: a new file name) while Alice edited the old file:
    // Keep My Version would put the old file back beside his, the same post twice on the site. It is
    // refused, nothing moves; Keep Their Version still works and keeps Alice's text in a copy.
    void keepMineRefusedWhenTheyMovedThePost()
    {
        const QString rel = QStringLiteral("_posts/2025-01-01-first.md");
        const QString moved = QStringLiteral("_posts/2025-01-02-first.md");
        git(them(), {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Bob Baker")});
        git(them(), {QStringLiteral("mv"), rel, moved});
        write(them() + QLatin1Char('/') + moved, "---\ntitle: First\ndate: 2025-01-02\n---\nBob's line.\n");
        git(them(), {QStringLiteral("commit"), QStringLiteral("-qam"), QStringLiteral("Move to the 2nd")});
        git(them(), {QStringLiteral("push"), QStringLiteral("-q")});
        const QByteArray bobsCommit = remoteHead();

        const QString file = us() + QLatin1Char('/') + rel;
        write(file, "---\ntitle: First\n---\nAlice's line.\n");
        Publisher publisher;
        const PublishResult alice = publisher.publish({file}, QStringLiteral("Alice's edit"));
        QCOMPARE(int(alice.outcome), int(PublishResult::Outcome::Conflict));
        QCOMPARE(alice.conflicts.size(), 1);
        QVERIFY(alice.conflicts.first().movedOrDeletedByThem());
        const QByteArray ours = git(us(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        const PublishResult mine = publisher.resolveConflict(us(), ConflictChoice::KeepMine, alice.upstreamCommit);
        QCOMPARE(int(mine.outcome), int(PublishResult::Outcome::Refused));
        QVERIFY2(mine.message.contains(QLatin1String("moved or deleted")) && mine.message.contains(QLatin1String("Bob Baker")),
                 qPrintable(mine.message));
        QCOMPARE(remoteHead(), bobsCommit);
        QCOMPARE(git(us(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), ours);
        QCOMPARE(read(file), QByteArray("---\ntitle: First\n---\nAlice's line.\n"));

        const PublishResult theirs = publisher.resolveConflict(us(), ConflictChoice::KeepTheirs, alice.upstreamCommit);
        QVERIFY2(theirs.outcome != PublishResult::Outcome::Refused, qPrintable(theirs.message + theirs.gitOutput));
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(QFileInfo::exists(us() + QLatin1Char('/') + moved));
        QCOMPARE(remoteHead(), bobsCommit);
        QCOMPARE(theirs.kept.size(), 1);
        QCOMPARE(read(theirs.kept.first()), QByteArray("---\ntitle: First\n---\nAlice's line.\n"));
    }

    // Bob, then Carol, changed the post on the remote: both are named, in the order they published,
    // and the marker line of Edit Both names both; the newest commit (Carol's) says when.
    void namesEveryColleagueWhoChangedIt()
    {
        const QString rel = QStringLiteral("_posts/2025-01-01-first.md");
        const QString theirs = them() + QLatin1Char('/') + rel;
        git(them(), {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Bob Baker")});
        theyPush(rel, "---\ntitle: First\ncategories: news\n---\nline one\nline two, as Bob says\nline three\n");
        git(them(), {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Carol Chen")});
        theyPush(rel, "---\ntitle: First (Carol)\ncategories: news\n---\nline one\nline two, as Bob says\nline three\n");
        QVERIFY(QFileInfo::exists(theirs));
        const QString file = us() + QLatin1Char('/') + rel;
        write(file, "---\ntitle: First\ncategories: news\n---\nline one\nline two, as we say\nline three\n");
        Publisher publisher;
        const PublishResult b = publisher.publish({file}, QStringLiteral("Our edit"));
        QCOMPARE(int(b.outcome), int(PublishResult::Outcome::Conflict));
        const ConflictFile &c = b.conflicts.first();
        QCOMPARE(c.theirAuthors, (QStringList{QStringLiteral("Bob Baker"), QStringLiteral("Carol Chen")}));
        QCOMPARE(c.theirAuthor, QStringLiteral("Carol Chen"));
        QCOMPARE(c.theirNames(), QStringLiteral("Bob Baker and Carol Chen"));
        const PublishResult r = publisher.resolveConflict(us(), ConflictChoice::EditMerge, b.upstreamCommit);
        QVERIFY2(r.outcome == PublishResult::Outcome::NeedsEditing, qPrintable(r.message + r.gitOutput));
        QCOMPARE(read(file), QByteArray("---\ntitle: First (Carol)\ncategories: news\n---\nline one\n"
                                        "<<<<<<< Your version\nline two, as we say\n=======\nline two, as Bob says\n"
                                        ">>>>>>> Their version (Bob Baker, Carol Chen)\nline three\n"));
    }

    // Our other unpushed post goes out with Ada's version of the shared one.
    void keepTheirsStillPublishesOurOtherPost()
    {
        const QString rel = QStringLiteral("_posts/2025-01-01-first.md");
        const QByteArray adas = "---\ntitle: First\n---\nAda's\n";
        theyPush(rel, adas);
        const QByteArray other = "---\ntitle: Other\n---\nours only\n";
        write(post(QStringLiteral("2025-08-01-other.md")), other);
        Publisher publisher;
        QCOMPARE(int(publisher.publish({post(QStringLiteral("2025-08-01-other.md"))}, QStringLiteral("Add other"), false).outcome),
                 int(PublishResult::Outcome::Committed));
        write(us() + QLatin1Char('/') + rel, "---\ntitle: First\n---\nours\n");
        const PublishResult b = publisher.publish({us() + QLatin1Char('/') + rel}, QStringLiteral("Our edit"));
        QCOMPARE(int(b.outcome), int(PublishResult::Outcome::Conflict));
        const PublishResult r = publisher.resolveConflict(us(), ConflictChoice::KeepTheirs, b.upstreamCommit);
        QVERIFY2(r.outcome == PublishResult::Outcome::Published, qPrintable(r.message + r.gitOutput));
        QCOMPARE(remoteFile(rel), adas);
        QCOMPARE(remoteFile(QStringLiteral("_posts/2025-08-01-other.md")), other);
        QCOMPARE(read(r.kept.value(0)), QByteArray("---\ntitle: First\n---\nours\n"));
        QCOMPARE(git(path(QStringLiteral("remote.git")), {QStringLiteral("log"), QStringLiteral("--format=%s"), QStringLiteral("main")}),
                 QByteArray("Add other\ntheir change\nseed\n"));
    }

    // The colleague publishes again while we look at the versions: nothing is done, fresh versions shown.
    void resolveRefusesWhenTheRemoteMovedAgain()
    {
        const QString rel = QStringLiteral("_posts/2025-01-01-first.md");
        theyPush(rel, "---\ntitle: First\n---\ntheirs 1\n");
        write(us() + QLatin1Char('/') + rel, "---\ntitle: First\n---\nours\n");
        Publisher publisher;
        const PublishResult b = publisher.publish({us() + QLatin1Char('/') + rel}, QStringLiteral("Our edit"));
        QCOMPARE(int(b.outcome), int(PublishResult::Outcome::Conflict));
        theyPush(rel, "---\ntitle: First\n---\ntheirs 2\n");
        const QByteArray head = git(us(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        const PublishResult r = publisher.resolveConflict(us(), ConflictChoice::KeepMine, b.upstreamCommit);
        QCOMPARE(int(r.outcome), int(PublishResult::Outcome::Conflict));
        QCOMPARE(r.conflicts.value(0).theirs, QByteArray("---\ntitle: First\n---\ntheirs 2\n"));
        QCOMPARE(remoteFile(rel), QByteArray("---\ntitle: First\n---\ntheirs 2\n"));
        QCOMPARE(git(us(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
        QVERIFY(r.keptRef.isEmpty());
    }

    void conflictMarkers_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("git's markers around two versions") << QByteArray("a\n<<<<<<< Your version\nb\n=======\nc\n>>>>>>> Ada's version\n") << true;
        QTest::newRow("markers from the first byte") << QByteArray("<<<<<<< x\n=======\n>>>>>>> y\n") << true;
        QTest::newRow("an opening marker alone (text about git)") << QByteArray("write <<<<<<< like this\n<<<<<<< x\n") << false;
        QTest::newRow("markers inside a line are text") << QByteArray("a <<<<<<< b\nc >>>>>>> d\n") << false;
        QTest::newRow("markers in a fenced code block are an example")
            << QByteArray("---\ntitle: Git\n---\n```\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> x\n```\n") << false;
    }
    void conflictMarkers()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, expected);
        QCOMPARE(Publisher::hasConflictMarkers(text), expected);
    }

    // Issue 18: "a branch the site does not build from" is named, and nothing is committed or pushed.
    void refusesABranchTheSiteDoesNotBuildFrom_data()
    {
        QTest::addColumn<QByteArray>("lecternYml");
        QTest::addColumn<bool>("refused");
        QTest::newRow("feature branch, site builds from origin's default (main): refused") << QByteArray() << true;
        QTest::newRow(".lectern.yml publish: branch: names the feature branch: published") << QByteArray("publish:\n  branch: feature\n") << false;
    }
    void refusesABranchTheSiteDoesNotBuildFrom()
    {
        QFETCH(QByteArray, lecternYml);
        QFETCH(bool, refused);
        git(us(), {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("-c"), QStringLiteral("feature")});
        git(us(), {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("-u"), QStringLiteral("origin"), QStringLiteral("feature")});
        if (!lecternYml.isEmpty())
            write(us() + QStringLiteral("/.lectern.yml"), lecternYml);
        const QString file = post(QStringLiteral("2025-09-01-branch.md"));
        write(file, "---\ntitle: Branch\n---\n");
        const QByteArray head = git(us(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        Publisher publisher;
        QCOMPARE(publisher.siteBranch(us(), publisher.status(us())), refused ? QStringLiteral("main") : QStringLiteral("feature"));
        const PublishResult r = publisher.publish({file}, QStringLiteral("Add post: Branch"));
        if (refused) {
            QCOMPARE(int(r.outcome), int(PublishResult::Outcome::Refused));
            QVERIFY2(r.message.contains(QStringLiteral("“feature”")) && r.message.contains(QStringLiteral("built from “main”")),
                     qPrintable(r.message));
            QCOMPARE(git(us(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
        } else {
            QVERIFY2(r.outcome == PublishResult::Outcome::Published, qPrintable(r.message + r.gitOutput));
            QCOMPARE(git(path(QStringLiteral("remote.git")), {QStringLiteral("show"), QStringLiteral("feature:_posts/2025-09-01-branch.md")}),
                     QByteArray("---\ntitle: Branch\n---\n"));
        }
    }

    void offlineCommitThenRetryPushes()
    {
        const QString remote = path(QStringLiteral("remote.git"));
        QVERIFY(QDir().rename(remote, path(QStringLiteral("away.git"))));
        const QByteArray text = "---\ntitle: Offline\n---\nwritten on a train\n";
        const QString file = post(QStringLiteral("2025-06-01-offline.md"));
        write(file, text);
        PublishResult r = Publisher().publish({file}, QStringLiteral("Add post: Offline"));
        QCOMPARE(int(r.outcome), int(PublishResult::Outcome::PushFailed));
        // The key sentence first, git's own words once, after it (the user test saw them twice and "exists..").
        QCOMPARE(r.message, QStringLiteral("Not pushed: origin cannot be reached (offline, its server does not answer, or its address is wrong). "
                                           "Your commit is kept; Publish again to retry."));
        QVERIFY2(r.gitOutput.contains(QLatin1String("does not appear to be a git repository")), qPrintable(r.gitOutput));
        QCOMPARE(r.gitOutput.count(QLatin1String("does not appear to be a git repository")), 1);
        QCOMPARE(git(us(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}), QByteArray("Add post: Offline\n"));
        QCOMPARE(git(us(), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray());
        QCOMPARE(postStateName(Publisher().status(us()).posts.last().state), QStringLiteral("unpushed"));

        QVERIFY(QDir().rename(path(QStringLiteral("away.git")), remote));
        r = Publisher().publish({file}, QString());
        QVERIFY2(r.outcome == PublishResult::Outcome::Published, qPrintable(r.message + r.gitOutput));
        QVERIFY(r.committed.isEmpty());
        QCOMPARE(remoteFile(QStringLiteral("_posts/2025-06-01-offline.md")), text);
        QCOMPARE(git(remote, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("main")}), QByteArray("2\n"));
    }

    // The remote refuses our key, or its host is unknown: the message says so in words, git's own
    // line is in gitOutput (shown once, after it), and the commit is kept for the retry. git runs the user's own ssh, which a
    // script stands in for here (core.sshCommand), so the test needs no network.
    void remoteFailureIsExplained_data()
    {
        QTest::addColumn<QByteArray>("sshSays");
        QTest::addColumn<QString>("explained");
        QTest::newRow("ssh key refused: could not sign in")
            << QByteArray("git@example.invalid: Permission denied (publickey).") << QStringLiteral("could not sign in to origin");
        QTest::newRow("unknown host: cannot be reached")
            << QByteArray("ssh: Could not resolve hostname example.invalid: Name or service not known")
            << QStringLiteral("origin cannot be reached");
    }
    void remoteFailureIsExplained()
    {
        QFETCH(QByteArray, sshSays);
        QFETCH(QString, explained);
        const QString fakeSsh = path(QStringLiteral("fake-ssh"));
        write(fakeSsh, "#!/bin/sh\necho '" + sshSays + "' >&2\nexit 255\n");
        QVERIFY(QFile::setPermissions(fakeSsh, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        git(us(), {QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                   QStringLiteral("ssh://git@example.invalid/site.git")});
        git(us(), {QStringLiteral("config"), QStringLiteral("core.sshCommand"), fakeSsh});
        const QString file = post(QStringLiteral("2025-06-03-keys.md"));
        write(file, "---\ntitle: Keys\n---\nbody\n");
        const PublishResult r = Publisher().publish({file}, QStringLiteral("Add post: Keys"));
        QCOMPARE(int(r.outcome), int(PublishResult::Outcome::PushFailed));
        QVERIFY2(r.message.startsWith(QLatin1String("Not pushed: ")), qPrintable(r.message));
        QVERIFY2(r.message.contains(explained), qPrintable(r.message));
        QVERIFY2(r.message.endsWith(QLatin1String(". Your commit is kept; Publish again to retry.")), qPrintable(r.message));
        // git's own words once, after the sentence, not inside it.
        QVERIFY2(!r.message.contains(QString::fromUtf8(sshSays)), qPrintable(r.message));
        QCOMPARE(r.gitOutput.count(QString::fromUtf8(sshSays)), 1);
        QCOMPARE(git(us(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}), QByteArray("Add post: Keys\n"));
    }

    void pushFailingMidwayKeepsTheCommitAndRetrySucceeds()
    {
        // The remote goes away once the push has started (the pre-push hook runs after git has
        // connected); git's push is atomic per ref, so the remote keeps its old state.
        hook(us(), QStringLiteral("pre-push"), "mv \"$2\" \"$2.away\"; exit 1\n");
        const QString file = post(QStringLiteral("2025-06-02-midway.md"));
        write(file, "---\ntitle: Midway\n---\n");
        const QByteArray before = git(path(QStringLiteral("remote.git")), {QStringLiteral("rev-parse"), QStringLiteral("main")});
        PublishResult r = Publisher().publish({file}, QStringLiteral("Add post: Midway"));
        QCOMPARE(int(r.outcome), int(PublishResult::Outcome::PushFailed));
        QVERIFY2(r.message.contains(QLatin1String("push to origin failed")), qPrintable(r.message));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("remote.git"))));
        QVERIFY(QDir().rename(path(QStringLiteral("remote.git.away")), path(QStringLiteral("remote.git"))));
        QCOMPARE(remoteHead() + '\n', before);
        QCOMPARE(git(us(), {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s")}), QByteArray("Add post: Midway\n"));
        QFile::remove(us() + QStringLiteral("/.git/hooks/pre-push"));
        r = Publisher().publish({file}, QString());
        QVERIFY2(r.outcome == PublishResult::Outcome::Published, qPrintable(r.message + r.gitOutput));
        QCOMPARE(remoteFile(QStringLiteral("_posts/2025-06-02-midway.md")), QByteArray("---\ntitle: Midway\n---\n"));
    }

    void rejectingHookIsReportedAndNothingCommitted()
    {
        hook(us(), QStringLiteral("pre-commit"), "echo 'spell check failed: teh' >&2\nexit 1\n");
        const QString file = post(QStringLiteral("2025-06-03-hook.md"));
        write(file, "---\ntitle: Hook\n---\nteh\n");
        const QByteArray head = git(us(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        const PublishResult r = Publisher().publish({file}, QStringLiteral("x"));
        QCOMPARE(int(r.outcome), int(PublishResult::Outcome::CommitFailed));
        QVERIFY2(r.gitOutput.contains(QLatin1String("spell check failed: teh")), qPrintable(r.gitOutput));
        QCOMPARE(git(us(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
        QCOMPARE(git(us(), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray("?? _posts/2025-06-03-hook.md\n"));
    }

    void pullFastForwardsOrRefuses_data()
    {
        QTest::addColumn<bool>("localEdit");
        QTest::newRow("clean: fast-forwards") << false;
        QTest::newRow("local change to the same post: refuses, file untouched") << true;
    }
    void pullFastForwardsOrRefuses()
    {
        QFETCH(bool, localEdit);
        const QByteArray theirs = "---\ntitle: First\n---\nupdated by them\n";
        theyPush(QStringLiteral("_posts/2025-01-01-first.md"), theirs);
        const QString file = post(QStringLiteral("2025-01-01-first.md"));
        const QByteArray mine = "---\ntitle: First\n---\nmine, unsaved to git\n";
        if (localEdit)
            write(file, mine);
        const PublishResult r = Publisher().pull(us());
        if (localEdit) {
            QCOMPARE(int(r.outcome), int(PublishResult::Outcome::Refused));
            QCOMPARE(r.blocking, QStringList{QStringLiteral("_posts/2025-01-01-first.md")});
            QCOMPARE(r.message, QStringLiteral("Not updated: 2025-01-01-first.md was also changed by Test User. Publish your "
                                               "version and Lectern will show both side by side; nothing was changed."));
            QCOMPARE(read(file), mine);
        } else {
            QCOMPARE(int(r.outcome), int(PublishResult::Outcome::Published));
            QCOMPARE(read(file), theirs);
        }
    }

    void jobRunsOffTheCallingThread()
    {
        const QString file = post(QStringLiteral("2025-07-01-async.md"));
        write(file, "---\ntitle: Async\n---\n");
        PublishJob job;
        QSignalSpy finished(&job, &PublishJob::finished);
        QSignalSpy progress(&job, &PublishJob::progress);
        QVERIFY(job.startPublish({file}, QStringLiteral("Add post: Async")));
        QVERIFY(job.isRunning());
        QVERIFY(!job.startPull(us()));
        QVERIFY(finished.wait(30000));
        const auto r = finished.first().first().value<PublishResult>();
        QCOMPARE(int(r.outcome), int(PublishResult::Outcome::Published));
        QVERIFY(progress.size() >= 3);
        QCOMPARE(remoteFile(QStringLiteral("_posts/2025-07-01-async.md")), QByteArray("---\ntitle: Async\n---\n"));
    }
    void cancelLeavesNothingHalfDone()
    {
        // A slow pre-commit hook stands for a slow step; cancelling ends git, which removes its lock.
        hook(us(), QStringLiteral("pre-commit"), "sleep 3\n");
        const QString file = post(QStringLiteral("2025-07-02-cancel.md"));
        write(file, "---\ntitle: Cancel\n---\n");
        const QByteArray head = git(us(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
        PublishJob job;
        QSignalSpy finished(&job, &PublishJob::finished);
        QSignalSpy progress(&job, &PublishJob::progress);
        QVERIFY(job.startPublish({file}, QStringLiteral("x")));
        QTRY_VERIFY(!progress.isEmpty() && progress.last().first().toString().startsWith(QLatin1String("Committing")));
        job.cancel();
        QVERIFY(finished.wait(10000));
        const auto r = finished.first().first().value<PublishResult>();
        QCOMPARE(int(r.outcome), int(PublishResult::Outcome::Cancelled));
        QCOMPARE(git(us(), {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}), head);
        QVERIFY(!QFileInfo::exists(us() + QStringLiteral("/.git/index.lock")));
        QCOMPARE(git(us(), {QStringLiteral("status"), QStringLiteral("--porcelain")}), QByteArray("?? _posts/2025-07-02-cancel.md\n"));
    }

    void publishesARenamedPostWithItsOldNameGone()
    {
        QVERIFY(QFile::rename(post(QStringLiteral("2025-01-01-first.md")), post(QStringLiteral("2025-01-03-first.md"))));
        const PublishResult r = Publisher().publish({post(QStringLiteral("2025-01-03-first.md"))}, QStringLiteral("Move first"));
        QVERIFY2(r.outcome == PublishResult::Outcome::Published, qPrintable(r.message + r.gitOutput));
        QCOMPARE(r.committed, (QStringList{QStringLiteral("_posts/2025-01-03-first.md"), QStringLiteral("_posts/2025-01-01-first.md")}));
        QCOMPARE(remoteFile(QStringLiteral("_posts/2025-01-03-first.md")), kFirst);
        QCOMPARE(git(path(QStringLiteral("remote.git")), {QStringLiteral("ls-tree"), QStringLiteral("--name-only"), QStringLiteral("main"), QStringLiteral("_posts/")}),
                 QByteArray("_posts/2025-01-02-second.md\n_posts/2025-01-03-first.md\n"));
    }
};

QTEST_GUILESS_MAIN(TestPublisher)
#include "tst_publisher.moc"
