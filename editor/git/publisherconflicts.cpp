// SPDX-License-Identifier: GPL-3.0-or-later
// Publisher's half for a file changed on both sides (docs/publishing.md "When a colleague changed
// the same post"): reading the three versions and who changed them, and resolveConflict. Split from
// publisher.cpp, which had grown past 900 lines doing two jobs.
#include "publisher.h"
#include "publisher_p.h"

#include "gitrunner.h"
#include "postchecks.h"
#include "postfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace Lectern {

using namespace PublisherParts;

bool Publisher::hasConflictMarkers(const QByteArray &text)
{
    // The check's own rule (lectern-cli check reports the same lines), so the two never disagree.
    return !PostChecks::conflictMarkers(PostFile::fromBytes(text)).isEmpty();
}

QList<ConflictFile> Publisher::conflictsSince(const QString &top, const QString &base, const QString &upstream) const
{
    QList<ConflictFile> conflicts;
    const QStringList ours = nulList(git({QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("--no-renames"), QStringLiteral("-z"), base, QStringLiteral("HEAD")}, top).out);
    const QStringList theirs = nulList(git({QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("--no-renames"), QStringLiteral("-z"), base, upstream}, top).out);
    for (const QString &path : ours) {
        if (!theirs.contains(path))
            continue;
        ConflictFile c;
        c.path = path;
        auto show = [&](const QString &rev, QByteArray *bytes, bool *exists) {
            const GitResult r = git({QStringLiteral("show"), rev + QStringLiteral(":") + path}, top);
            *exists = r.ok();
            if (r.ok())
                *bytes = r.out;
        };
        show(base, &c.base, &c.inBase);
        show(QStringLiteral("HEAD"), &c.ours, &c.inOurs);
        show(upstream, &c.theirs, &c.inTheirs);
        // Every remote commit that touched the file, newest first, one a line: %an, %aI, %h, %s
        // separated by NUL. All their authors are named (crediting only the newest put Carol's name
        // on Bob's words); the newest commit says when.
        const QList<QByteArray> commits = git({QStringLiteral("log"), QStringLiteral("--format=%an%x00%aI%x00%h%x00%s"),
                                               base + QStringLiteral("..") + upstream, QStringLiteral("--"), path}, top).out.split('\n');
        QStringList newestFirst;
        for (const QByteArray &line : commits) {
            const QList<QByteArray> who = line.split('\0');
            if (who.size() != 4)
                continue;
            const QString author = QString::fromUtf8(who.at(0));
            newestFirst << author;
            if (c.theirCommit.isEmpty()) {
                c.theirAuthor = author;
                c.theirTime = QDateTime::fromString(QString::fromUtf8(who.at(1)), Qt::ISODate);
                c.theirCommit = QString::fromUtf8(who.at(2));
                c.theirSubject = QString::fromUtf8(who.at(3));
            }
        }
        for (auto a = newestFirst.crbegin(); a != newestFirst.crend(); ++a) {
            if (!c.theirAuthors.contains(*a))
                c.theirAuthors << *a;
        }
        c.ourSubject = QString::fromUtf8(git({QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s"),
                                              base + QStringLiteral("..HEAD"), QStringLiteral("--"), path}, top).out.trimmed());
        conflicts << c;
    }
    return conflicts;
}

PublishResult Publisher::conflictResult(const RepoStatus &status, PublishResult result, const QList<ConflictFile> &conflicts,
                                        const QString &upstream) const
{
    result.conflicts = conflicts;
    result.upstreamCommit = upstream;
    result.outcome = PublishResult::Outcome::Conflict;
    result.message = tr("%1 also changed %n file(s) you changed: stopped before integrating; your commit and "
                        "files are as they were and nothing was pushed", nullptr, int(conflicts.size()))
                         .arg(status.git.upstream);
    return result;
}

PublishResult Publisher::resolveConflict(const QString &siteRoot, ConflictChoice choice, const QString &seenUpstream)
{
    PublishResult result;
    say(tr("Reading the repository…"));
    const RepoStatus status = this->status(siteRoot);
    if (!status.isRepo || !status.error.isEmpty()) {
        result.message = status.error;
        return result;
    }
    if (status.git.detached || status.git.upstream.isEmpty() || status.remote.isEmpty() || status.mergeRef.isEmpty()) {
        result.message = status.git.detached ? tr("the repository is on a detached HEAD (no branch)")
                                             : tr("branch %1 has no upstream").arg(status.git.head);
        return result;
    }
    const QString top = status.top;
    if (rebaseInProgress(top)) {
        result.message = tr("a rebase is in progress in %1: finish or abort it first").arg(top);
        return result;
    }
    say(tr("Fetching from %1…").arg(status.remote));
    const GitResult fetch = git({QStringLiteral("fetch"), status.remote}, top);
    if (!fetch.ok()) {
        result.outcome = fetch.cancelled ? PublishResult::Outcome::Cancelled : PublishResult::Outcome::PushFailed;
        result.message = tr("Nothing was changed: %1. Choose again when it can be reached.")
                             .arg(explainRemoteFailure(status.remote, fetch.message(),
                                                       tr("could not fetch from %1").arg(status.remote)));
        result.gitOutput = QString::fromUtf8(fetch.err);
        return result;
    }
    const QString upstream = QString::fromUtf8(git({QStringLiteral("rev-parse"), QStringLiteral("@{u}")}, top).out.trimmed());
    const QString base = QString::fromUtf8(git({QStringLiteral("merge-base"), QStringLiteral("HEAD"), upstream}, top).out.trimmed());
    const QList<ConflictFile> conflicts = conflictsSince(top, base, upstream);
    auto cancelled = [this] { return m_cancel && m_cancel->load(); };
    if (cancelled()) {
        // The versions read may be incomplete: decide nothing on them.
        result.outcome = PublishResult::Outcome::Cancelled;
        result.message = tr("cancelled: nothing was changed");
        return result;
    }
    if (conflicts.isEmpty()) {
        // Nothing changed on both sides any more (say, the colleague reverted): an ordinary publish.
        return integrateAndPush(status, result);
    }
    if (!seenUpstream.isEmpty() && seenUpstream != upstream) {
        result = conflictResult(status, result, conflicts, upstream);
        result.message = tr("%1 changed again since you looked: look at the versions again. Nothing was changed")
                             .arg(status.git.upstream);
        return result;
    }
    // They moved (a new date renames a post) or deleted a file we changed: keeping ours would put
    // the old file back beside theirs, and the site would show the post twice under one URL.
    if (choice == ConflictChoice::KeepMine) {
        for (const ConflictFile &c : conflicts) {
            if (c.movedOrDeletedByThem()) {
                result.outcome = PublishResult::Outcome::Refused;
                result.message = ConflictFile::keepMineRefusal(c);
                return result;
            }
        }
    }
    QStringList paths;
    for (const ConflictFile &c : conflicts) {
        paths << c.path;
        if (changed(status.git.find(c.path)))
            result.blocking << c.path;
    }
    if (!result.blocking.isEmpty()) {
        result.message = tr("you have changes not yet committed in %1: publish them first (they become part of your "
                            "version), then choose again. Nothing was changed").arg(result.blocking.join(QStringLiteral(", ")));
        return result;
    }

    // The combined tree: git's own merge for every other file, then the chosen side for ours.
    const GitResult merged = git({QStringLiteral("merge-tree"), QStringLiteral("--write-tree"), QStringLiteral("--name-only"),
                                  QStringLiteral("--no-messages"), QStringLiteral("-z"), QStringLiteral("HEAD"), upstream}, top);
    const QList<QByteArray> mergedOut = merged.out.split('\0');
    if (!merged.started || merged.cancelled || (merged.exitCode != 0 && merged.exitCode != 1) || mergedOut.isEmpty()) {
        result.outcome = merged.cancelled ? PublishResult::Outcome::Cancelled : PublishResult::Outcome::Refused;
        result.message = tr("git could not combine the two versions: %1. Nothing was changed").arg(merged.message());
        return result;
    }
    for (qsizetype i = 1; i < mergedOut.size(); ++i) {
        const QString p = QString::fromUtf8(mergedOut.at(i));
        if (!p.isEmpty() && !paths.contains(p))
            result.blocking << p;
    }
    if (!result.blocking.isEmpty()) {
        result.message = tr("git could not combine %1 either: combine them in a terminal (git rebase @{u}). Nothing was changed")
                             .arg(result.blocking.join(QStringLiteral(", ")));
        return result;
    }
    const bool mine = choice == ConflictChoice::KeepMine;
    QTemporaryDir scratch;
    GitRunner indexed(top, nullptr, m_noPrompt);
    indexed.setEnv(QStringLiteral("GIT_INDEX_FILE"), scratch.filePath(QStringLiteral("index")));
    auto fail = [&](const GitResult &r) {
        result.outcome = PublishResult::Outcome::Refused;
        result.message = tr("git could not combine the two versions: %1. Nothing was changed").arg(r.message());
        return result;
    };
    GitResult r = indexed.run({QStringLiteral("read-tree"), QString::fromUtf8(mergedOut.first())});
    if (!r.ok())
        return fail(r);
    for (const ConflictFile &c : conflicts) {
        const bool exists = mine ? c.inOurs : c.inTheirs;
        if (!exists) {
            r = indexed.run({QStringLiteral("update-index"), QStringLiteral("--force-remove"), QStringLiteral("--"), c.path});
        } else {
            const QString rev = mine ? QStringLiteral("HEAD") : upstream;
            const QString mode = QString::fromUtf8(git({QStringLiteral("ls-tree"), rev, QStringLiteral("--"), c.path}, top).out).section(QLatin1Char(' '), 0, 0);
            // Keep mine is a three-way merge, never our whole file: a change only they made (another
            // paragraph, the title) must not be reverted by it. Ours whole only when git cannot merge
            // (they deleted the file, binary content).
            const QByteArray bytes = mine ? mergeVersions(c, MergeStyle::KeepOurs, top).value_or(c.ours) : c.theirs;
            r = indexed.run({QStringLiteral("hash-object"), QStringLiteral("-w"), QStringLiteral("--stdin")}, bytes);
            if (!r.ok())
                return fail(r);
            r = indexed.run({QStringLiteral("update-index"), QStringLiteral("--add"), QStringLiteral("--cacheinfo"),
                             (mode.isEmpty() ? QStringLiteral("100644") : mode) + QLatin1Char(',') + QString::fromUtf8(r.out.trimmed())
                                 + QLatin1Char(',') + c.path});
        }
        if (!r.ok())
            return fail(r);
    }
    r = indexed.run({QStringLiteral("write-tree")});
    if (!r.ok())
        return fail(r);
    const QString tree = QString::fromUtf8(r.out.trimmed());
    if (cancelled()) {
        result.outcome = PublishResult::Outcome::Cancelled;
        result.message = tr("cancelled: nothing was changed");
        return result;
    }
    // From here on every step runs to its end: a half-moved branch is what cancelling must not leave.
    const bool onlyTheirs = tree == QString::fromUtf8(gitToEnd({QStringLiteral("rev-parse"), upstream + QStringLiteral("^{tree}")}, top).out.trimmed());

    // Nothing lost: a ref to our commit as it is, and copies of our versions before they leave the work tree.
    const QDateTime now = QDateTime::currentDateTime();
    result.keptRef = QStringLiteral("refs/lectern/kept/") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    gitToEnd({QStringLiteral("update-ref"), QStringLiteral("-m"), QStringLiteral("lectern: before resolving a conflict"),
              result.keptRef, QStringLiteral("HEAD")}, top);
    if (!mine) {
        const QDir keptDir(QDir(siteRoot).filePath(QStringLiteral("_lectern-kept")));
        QDir().mkpath(keptDir.path());
        QFile ignore(keptDir.filePath(QStringLiteral(".gitignore")));
        if (!ignore.exists() && ignore.open(QIODevice::WriteOnly))
            ignore.write("# Lectern's copies of your versions after a conflict: never committed.\n*\n");
        for (const ConflictFile &c : conflicts) {
            if (!c.inOurs)
                continue;
            const QFileInfo info(c.path);
            const QString name = info.completeBaseName() + QStringLiteral(" (your version ")
                + now.toString(QStringLiteral("yyyy-MM-dd HHmmss")) + QStringLiteral(").") + info.suffix();
            QFile copy(keptDir.filePath(name));
            if (!copy.open(QIODevice::WriteOnly) || copy.write(c.ours) != c.ours.size() || !copy.flush()) {
                result.outcome = PublishResult::Outcome::Refused;
                result.message = tr("could not keep a copy of your version in %1: %2. Nothing was changed")
                                     .arg(QDir::toNativeSeparators(copy.fileName()), copy.errorString());
                return result;
            }
            result.kept << copy.fileName();
        }
    }

    // Our unpushed commits' subjects, oldest first: the new commit's message.
    const QStringList subjects = QString::fromUtf8(gitToEnd({QStringLiteral("log"), QStringLiteral("--reverse"), QStringLiteral("--format=%s"),
                                                         upstream + QStringLiteral("..HEAD")}, top).out.trimmed())
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    say(tr("Putting your changes on top of %1…").arg(status.git.upstream));
    // The files first (a two-tree read-tree, as git checkout does: it refuses to overwrite uncommitted
    // changes or untracked files), then the branch onto theirs with the index as it is.
    r = gitToEnd({QStringLiteral("read-tree"), QStringLiteral("-m"), QStringLiteral("-u"), QStringLiteral("HEAD"), tree}, top);
    if (!r.ok()) {
        result.outcome = PublishResult::Outcome::Refused;
        result.message = tr("Nothing was changed: could not update your files (git's reason is below).");
        result.gitOutput = QString::fromUtf8(r.err);
        return result;
    }
    gitToEnd({QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--soft"), upstream}, top);
    if (!onlyTheirs) {
        // Commit messages are not translated: they are shared history.
        QString message = subjects.isEmpty() ? QStringLiteral("Keep my version") : subjects.first();
        if (subjects.size() > 1)
            message += QStringLiteral("\n\n") + subjects.mid(1).join(QLatin1Char('\n'));
        const GitResult commit = gitToEnd({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message}, top);
        if (!commit.ok()) {
            // Back to our commit and its files as they were; the copies stay.
            gitToEnd({QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--soft"), result.keptRef}, top);
            gitToEnd({QStringLiteral("read-tree"), QStringLiteral("-m"), QStringLiteral("-u"), tree, QStringLiteral("HEAD")}, top);
            result.outcome = PublishResult::Outcome::CommitFailed;
            result.message = tr("git commit refused (a hook or signing): your commit is as it was and nothing was pushed");
            result.gitOutput = QString::fromUtf8(commit.out + commit.err);
            return result;
        }
        result.committed = paths;
    }
    if (choice == ConflictChoice::EditMerge) {
        for (const ConflictFile &c : conflicts) {
            // Nothing merged (one side deleted it, binary content): theirs stays, ours is in the copy.
            const std::optional<QByteArray> merged = mergeVersions(c, MergeStyle::Markers, top, tr("Your version"),
                                                                   tr("Before both changes"), c.theirVersionLabel());
            if (!merged)
                continue;
            const QString abs = QDir(top).filePath(c.path);
            QFile f(abs);
            if (f.open(QIODevice::WriteOnly) && f.write(*merged) == merged->size())
                result.edited << abs;
        }
        result.outcome = PublishResult::Outcome::NeedsEditing;
        result.message = tr("your version and your colleague's are both in the post now, between marker lines: keep what "
                            "should stay, delete the marker lines, then publish again. Nothing was pushed");
        return result;
    }
    if (onlyTheirs) {
        result.outcome = PublishResult::Outcome::NothingToDo;
        result.message = mine ? tr("your version is the same as on %1: nothing to publish").arg(status.git.upstream)
                              : tr("the post is now your colleague's version, as on %1; nothing of yours was published, "
                                   "and your version is kept in a copy").arg(status.git.upstream);
        return result;
    }
    const PublishResult committed = result;
    result = integrateAndPush(this->status(siteRoot), result);
    result.kept = committed.kept;
    result.keptRef = committed.keptRef;
    if (result.outcome == PublishResult::Outcome::Published) {
        for (const QString &p : paths) {
            if (isPostFile(p))
                result.urls << publicUrl(QDir(top).filePath(p));
        }
        if (!mine)
            // The copies' paths are in `kept`, which the window and lectern-cli list: not in the sentence too.
            result.message = tr("your other changes are published on top of your colleague's version; your version of "
                                "the post is kept in a copy");
        else
            result.message = tr("your version is published on top of your colleague's: where you both changed the same "
                                "lines yours is kept, every other change of theirs stays in the post");
    }
    return result;
}

} // namespace Lectern
