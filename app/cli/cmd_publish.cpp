// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include "publisher.h"
#include "sitepaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Lectern::Cli {

int runCheck(const QStringList &args, Io &io);

namespace {

QString siteOrFolder(const QString &path)
{
    const QString root = SitePaths::findSiteRoot(path);
    return root.isEmpty() ? QFileInfo(path).absoluteFilePath() : root;
}

int exitCodeOf(const PublishResult &r)
{
    switch (r.outcome) {
    case PublishResult::Outcome::Published:
    case PublishResult::Outcome::Committed:
    case PublishResult::Outcome::NothingToDo:
        return Ok;
    case PublishResult::Outcome::Refused:
        return BadInput;
    case PublishResult::Outcome::Conflict:
    case PublishResult::Outcome::NeedsEditing:
        return StoppedOnConflict;
    case PublishResult::Outcome::CommitFailed:
    case PublishResult::Outcome::PushFailed:
    case PublishResult::Outcome::Cancelled:
        return GitFailed;
    }
    return GitFailed;
}

void report(const PublishResult &r, const QString &top, Io &io)
{
    QTextStream &stream = exitCodeOf(r) == Ok ? io.out : io.err;
    stream << r.message << Qt::endl;
    if (!r.gitOutput.trimmed().isEmpty())
        io.err << r.gitOutput.trimmed() << Qt::endl;
    for (const QString &b : r.blocking)
        io.err << QDir(top).filePath(b) << ": " << tr("local changes in the way") << Qt::endl;
    for (const ConflictFile &c : r.conflicts) {
        io.err << QDir(top).filePath(c.path) << ": " << tr("changed on both sides") << Qt::endl;
        if (!c.theirAuthors.isEmpty())
            io.err << tr("Changed on the remote by %1; the newest change: %2, %3 “%4”")
                          .arg(c.theirNames(), c.theirTime.toString(Qt::ISODate), c.theirCommit, c.theirSubject)
                   << Qt::endl;
        auto side = [&](const QString &name, bool exists, const QByteArray &bytes) {
            io.err << "=== " << name << (exists ? QString() : tr(" (no such file)")) << " ===" << Qt::endl
                   << QString::fromUtf8(bytes);
            if (!bytes.isEmpty() && !bytes.endsWith('\n'))
                io.err << Qt::endl;
        };
        side(tr("base (common ancestor)"), c.inBase, c.base);
        side(tr("ours (your commit)"), c.inOurs, c.ours);
        side(c.theirAuthors.isEmpty() ? tr("theirs (on the remote)")
                                      : tr("theirs (on the remote, by %1)").arg(c.theirAuthors.join(QStringLiteral(", "))),
             c.inTheirs, c.theirs);
    }
    if (!r.conflicts.isEmpty()) {
        io.err << Qt::endl << tr("Nothing was pushed. Run the same command again with one choice:") << Qt::endl
               << "  --keep-theirs  " << tr("the file becomes your colleague's version; yours is kept in a copy in _lectern-kept/")
               << Qt::endl
               << "  --keep-mine    " << tr("where you both changed the same lines yours is kept, every other change of theirs stays; "
                                                 "committed on top of theirs and published")
               << Qt::endl
               << "  --edit-merge   " << tr("both versions go into the file between marker lines: edit it, then publish again")
               << Qt::endl;
    }
    for (const QString &kept : r.kept)
        io.err << QDir::toNativeSeparators(kept) << ": " << tr("your version, kept") << Qt::endl;
    for (const QString &edited : r.edited)
        io.err << QDir::toNativeSeparators(edited) << ": " << tr("both versions, to edit") << Qt::endl;
    for (const QString &url : r.urls)
        io.out << url << Qt::endl;
}

} // namespace

// status SITE [--json]: branch, upstream, ahead/behind and each post's state (docs/publishing.md).
int runStatus(const QStringList &args, Io &io)
{
    QStringList positional;
    bool json = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--json"))
            json = true;
        else
            positional << a;
    }
    if (positional.size() != 1) {
        io.err << tr("usage: lectern-cli status SITE [--json]") << Qt::endl;
        return BadInput;
    }
    const RepoStatus s = Publisher().status(siteOrFolder(positional.first()));
    if (!s.isRepo || !s.error.isEmpty()) {
        io.err << s.error << Qt::endl;
        return BadInput;
    }
    if (json) {
        QJsonArray posts;
        for (const RepoPost &p : s.posts)
            posts.append(QJsonObject{{QStringLiteral("path"), p.path}, {QStringLiteral("state"), postStateName(p.state)}});
        const QJsonObject o{{QStringLiteral("branch"), s.git.head},
                            {QStringLiteral("detached"), s.git.detached},
                            {QStringLiteral("upstream"), s.git.upstream},
                            {QStringLiteral("ahead"), s.git.ahead},
                            {QStringLiteral("behind"), s.git.behind},
                            {QStringLiteral("waiting"), s.waiting()},
                            {QStringLiteral("posts"), posts}};
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    const QString siteBranch = s.git.detached ? Publisher().siteBranch(siteOrFolder(positional.first()), s) : QString();
    if (s.git.detached)
        io.out << (siteBranch.isEmpty() ? tr("detached HEAD (no branch): switch to the branch the site builds from")
                                        : tr("detached HEAD (no branch): switch to the branch the site builds from (%1)").arg(siteBranch))
               << Qt::endl;
    else
        io.out << tr("branch %1").arg(s.git.head)
               << (s.git.upstream.isEmpty() ? tr(", no upstream")
                                            : tr(", upstream %1 (ahead %2, behind %3)")
                                                  .arg(s.git.upstream).arg(s.git.ahead).arg(s.git.behind))
               << Qt::endl;
    for (const RepoPost &p : s.posts)
        io.out << postStateName(p.state) << '\t' << p.path << Qt::endl;
    if (!s.git.detached)   // no branch: nothing waits to be published from here
        io.out << QCoreApplication::translate("lectern-cli", "%n post(s) waiting to be published", nullptr, s.waiting())
               << Qt::endl;
    return Ok;
}

// publish FILE... [-m MESSAGE] [--no-push]: check, commit the posts and the files they need, integrate
// the remote's changes, push, print the public URLs. Exit 4 when stopped on a conflict.
int runPublish(const QStringList &args, Io &io)
{
    QStringList files;
    QString message;
    bool push = true;
    std::optional<ConflictChoice> choice;
    bool twoChoices = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("-m") || a == QLatin1String("--message")) {
            if (i + 1 >= args.size()) {
                files.clear();
                break;
            }
            message = args.at(++i);
        } else if (a == QLatin1String("--no-push")) {
            push = false;
        } else if (a == QLatin1String("--keep-theirs") || a == QLatin1String("--keep-mine") || a == QLatin1String("--edit-merge")) {
            twoChoices = twoChoices || choice.has_value();
            choice = a == QLatin1String("--keep-theirs") ? ConflictChoice::KeepTheirs
                : a == QLatin1String("--keep-mine")      ? ConflictChoice::KeepMine
                                                         : ConflictChoice::EditMerge;
        } else if (a.startsWith(QLatin1Char('-'))) {
            files.clear();
            break;
        } else {
            files << a;
        }
    }
    if (files.isEmpty() || twoChoices || (choice && !push)) {
        io.err << tr("usage: lectern-cli publish FILE... [-m MESSAGE] [--no-push] [--keep-theirs|--keep-mine|--edit-merge]")
               << Qt::endl;
        return BadInput;
    }
    for (const QString &f : files) {
        if (!Publisher::isPost(f)) {
            // Before the checks, which would read _config.yml as a post and say nothing useful.
            io.err << tr("%1 is not a post (posts live in _posts/ or _drafts/)").arg(QDir::toNativeSeparators(f)) << Qt::endl;
            return BadInput;
        }
    }
    // The same checks as `check`: errors block, warnings are printed and accepted.
    const int checked = runCheck(files, io);
    if (checked != Ok) {
        if (checked == CheckFailed)
            io.err << tr("not published: fix the errors above first") << Qt::endl;
        return checked;
    }
    Publisher publisher;
    publisher.progress = [&io](const QString &step) { io.err << step << Qt::endl; };
    PublishResult r = publisher.publish(files, message, push);
    // The choice applies to what this run found; nothing is decided without it (exit 4 shows the versions).
    if (r.outcome == PublishResult::Outcome::Conflict && choice)
        r = publisher.resolveConflict(siteOrFolder(files.first()), *choice, r.upstreamCommit);
    const QString top = publisher.status(siteOrFolder(files.first())).top;
    report(r, top, io);
    return exitCodeOf(r);
}

// pull SITE: fetch and fast-forward only.
int runPull(const QStringList &args, Io &io)
{
    if (args.size() != 1) {
        io.err << tr("usage: lectern-cli pull SITE") << Qt::endl;
        return BadInput;
    }
    Publisher publisher;
    publisher.progress = [&io](const QString &step) { io.err << step << Qt::endl; };
    const QString root = siteOrFolder(args.first());
    const PublishResult r = publisher.pull(root);
    report(r, publisher.status(root).top, io);
    return exitCodeOf(r);
}

} // namespace Lectern::Cli
