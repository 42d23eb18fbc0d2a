// SPDX-License-Identifier: GPL-3.0-or-later
#include "publisher.h"
#include "publisher_p.h"

#include "frontmatter.h"
#include "gitrunner.h"
#include "jekyllurls.h"
#include "postfile.h"
#include "siteconfig.h"
#include "siteimages.h"
#include "sitepaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <utility>

namespace Lectern {

using namespace PublisherParts;

namespace {

QString kindWord(const PostFile &post)
{
    QStringList words;
    const FrontMatter &fm = post.frontMatter();
    for (const QString &key : {QStringLiteral("category"), QStringLiteral("categories"), QStringLiteral("layout")}) {
        const QVariant v = fm.value(key);
        if (v.typeId() == QMetaType::QVariantList) {
            for (const QVariant &item : v.toList())
                words << item.toString();
        } else {
            words << v.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    for (const QString &w : std::as_const(words)) {
        const QString lower = w.trimmed().toLower();
        if (lower == QLatin1String("seminar") || lower == QLatin1String("seminars"))
            return QStringLiteral("seminar");
        if (lower == QLatin1String("news"))
            return QStringLiteral("news");
    }
    return QStringLiteral("post");
}

} // namespace

QString postStateName(PostState state)
{
    switch (state) {
    case PostState::New: return QStringLiteral("new");
    case PostState::Modified: return QStringLiteral("modified");
    case PostState::Unpushed: return QStringLiteral("unpushed");
    case PostState::Published: return QStringLiteral("published");
    case PostState::Committed: return QStringLiteral("committed");
    }
    return QString();
}

int RepoStatus::waiting() const
{
    return int(std::count_if(posts.cbegin(), posts.cend(),
                             [](const RepoPost &p) {
                                 return p.state != PostState::Published && p.state != PostState::Committed;
                             }));
}

Publisher::Publisher(const std::atomic_bool *cancel, bool noPrompt) : m_cancel(cancel), m_noPrompt(noPrompt) {}

GitResult Publisher::git(const QStringList &args, const QString &dir) const
{
    return GitRunner(dir, m_cancel, m_noPrompt).run(args);
}

GitResult Publisher::gitToEnd(const QStringList &args, const QString &dir) const
{
    return GitRunner(dir, nullptr, m_noPrompt).run(args);
}

void Publisher::say(const QString &what) const
{
    if (progress)
        progress(what);
}

RepoStatus Publisher::status(const QString &siteRoot) const
{
    RepoStatus s;
    if (!QFileInfo(siteRoot).isDir()) {
        // Else git cannot even start there, and QProcess's "chdir: No such file or directory" is all it says.
        s.error = tr("%1: no such folder").arg(QDir::toNativeSeparators(siteRoot));
        return s;
    }
    const GitResult top = git({QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")}, siteRoot);
    if (!top.ok()) {
        s.error = top.started ? tr("%1 is not in a git repository: publishing needs the site's repository")
                                    .arg(QDir::toNativeSeparators(siteRoot))
                              : tr("git could not be run: %1").arg(top.message());
        return s;
    }
    s.isRepo = true;
    s.top = QString::fromUtf8(top.out.trimmed());
    const GitResult st = git({QStringLiteral("status"), QStringLiteral("--porcelain=v2"), QStringLiteral("-z"),
                              QStringLiteral("--branch"), QStringLiteral("--untracked-files=all")}, s.top);
    if (!st.ok()) {
        s.error = st.message();
        return s;
    }
    s.git = GitStatus::parse(st.out);
    if (!s.git.head.isEmpty()) {
        s.remote = QString::fromUtf8(git({QStringLiteral("config"), QStringLiteral("branch.") + s.git.head + QStringLiteral(".remote")}, s.top).out.trimmed());
        s.mergeRef = QString::fromUtf8(git({QStringLiteral("config"), QStringLiteral("branch.") + s.git.head + QStringLiteral(".merge")}, s.top).out.trimmed());
    }
    // The site's posts and drafts, top-level relative.
    const QString prefix = QDir(s.top).relativeFilePath(QDir(siteRoot).absolutePath());
    const QString base = prefix == QLatin1String(".") || prefix.isEmpty() ? QString() : prefix + QLatin1Char('/');
    QSet<QString> paths;
    const GitResult files = git({QStringLiteral("ls-files"), QStringLiteral("-z"), QStringLiteral("--full-name"), QStringLiteral("--"),
                                 base + QStringLiteral("_posts"), base + QStringLiteral("_drafts")}, s.top);
    for (const QString &p : nulList(files.out))
        paths.insert(p);
    for (const GitChange &c : std::as_const(s.git.changes)) {
        if (c.path.startsWith(base + QStringLiteral("_posts/")) || c.path.startsWith(base + QStringLiteral("_drafts/")))
            paths.insert(c.path);
    }
    QSet<QString> unpushed;
    const bool hasUpstream = !s.git.upstream.isEmpty();
    if (hasUpstream && s.git.ahead > 0) {
        const GitResult log = git({QStringLiteral("log"), QStringLiteral("--format="), QStringLiteral("--name-only"), QStringLiteral("-z"),
                                   QStringLiteral("@{u}..HEAD")}, s.top);
        for (const QString &p : nulList(log.out))
            unpushed.insert(p.trimmed());
    }
    QStringList sorted(paths.cbegin(), paths.cend());
    sorted.sort();
    for (const QString &p : std::as_const(sorted)) {
        if (!isPostFile(p))
            continue;
        const GitChange *c = s.git.find(p);
        if (c && c->worktree == 'D' && c->index == '.')
            continue;   // deleted in the work tree: no longer a post of the site
        RepoPost post{p, PostState::Published};
        if (c && (c->untracked || c->index == 'A'))
            post.state = PostState::New;
        else if (changed(c))
            post.state = PostState::Modified;
        else if (s.git.detached)
            post.state = PostState::Committed;   // no branch: "not yet pushed" would be a guess
        else if (!hasUpstream || unpushed.contains(p))
            post.state = PostState::Unpushed;
        s.posts << post;
    }
    return s;
}

QStringList Publisher::filesToCommit(const QStringList &posts, const RepoStatus &status) const
{
    QStringList files;
    const QDir top(status.top);
    auto add = [&](const QString &rel) {
        if (!rel.isEmpty() && !files.contains(rel) && changed(status.git.find(rel)))
            files << rel;
    };
    for (const QString &postPath : posts) {
        const QString abs = QFileInfo(postPath).absoluteFilePath();
        const QString rel = top.relativeFilePath(abs);
        add(rel);
        const GitChange *self = status.git.find(rel);
        if (self && !self->origPath.isEmpty() && !files.contains(self->origPath))
            files << self->origPath;
        // A post renamed in the work tree: git sees a deleted file and a new one.
        const QString slug = JekyllUrls::fileNameSlug(rel);
        const QString name = QFileInfo(rel).fileName();
        const QString folder = QFileInfo(rel).path();
        for (const GitChange &c : status.git.changes) {
            if (c.worktree != 'D' && c.index != 'D')
                continue;
            if (QFileInfo(c.path).path() != folder || !isPostFile(c.path))
                continue;
            const QString oldName = QFileInfo(c.path).fileName();
            if (JekyllUrls::fileNameSlug(c.path) == slug || (oldName.size() > 11 && oldName.left(11) == name.left(11)
                                                             && name.size() > 11 && name.at(4) == QLatin1Char('-')))
                add(c.path);
        }
        PostFile post;
        if (!PostFile::load(abs, &post, nullptr))
            continue;
        QString siteRoot = SitePaths::findSiteRoot(abs);
        if (siteRoot.isEmpty())
            siteRoot = QFileInfo(abs).absolutePath();
        const QString baseurl = SiteConfig::load(siteRoot).baseurl();
        QStringList urls;
        for (const BodyImage &img : SiteImages::bodyImages(post.body()))
            urls << img.url;
        const QVariant image = post.frontMatter().value(QStringLiteral("image"));
        if (image.typeId() == QMetaType::QString)
            urls << image.toString();
        for (const QString &url : std::as_const(urls)) {
            const QString inSite = SiteImages::sitePath(url, baseurl);
            if (inSite.isEmpty())
                continue;
            // A body image without a leading "/" may be relative to the post's own folder.
            for (const QString &candidate : {SiteImages::insideSite(siteRoot, inSite),
                                             url.startsWith(QLatin1Char('/')) ? QString()
                                                 : QFileInfo(abs).dir().absoluteFilePath(url)}) {
                if (!candidate.isEmpty() && QFileInfo::exists(candidate))
                    add(top.relativeFilePath(QFileInfo(candidate).absoluteFilePath()));
            }
        }
    }
    return files;
}

QString Publisher::defaultMessage(const QStringList &posts, const RepoStatus &status) const
{
    if (posts.isEmpty())
        return QString();
    const QString abs = QFileInfo(posts.first()).absoluteFilePath();
    PostFile post;
    QString title;
    QString word = QStringLiteral("post");
    if (PostFile::load(abs, &post, nullptr)) {
        title = post.frontMatter().value(QStringLiteral("title")).toString();
        word = kindWord(post);
    }
    if (title.isEmpty())
        title = QFileInfo(abs).completeBaseName();
    const GitChange *c = status.git.find(QDir(status.top).relativeFilePath(abs));
    const bool isNew = c && (c->untracked || c->index == 'A');
    // Commit messages are not translated: they are the repository's shared history.
    QString message = (isNew ? QStringLiteral("Add ") : QStringLiteral("Update ")) + word + QStringLiteral(": ") + title;
    if (posts.size() > 1)
        message += QStringLiteral(" (and %1 more)").arg(posts.size() - 1);
    return message;
}

bool Publisher::isPost(const QString &path)
{
    // Jekyll reads posts from every _posts and _drafts folder, the site's own or a subfolder's.
    for (QDir dir = QFileInfo(path).absoluteDir();; ) {
        const QString name = dir.dirName();
        if (name == QLatin1String("_posts") || name == QLatin1String("_drafts"))
            return true;
        if (QFileInfo::exists(dir.filePath(QStringLiteral("_config.yml"))) || !dir.cdUp())
            return false;
    }
}

bool Publisher::rebaseInProgress(const QString &top) const
{
    const QString gitDir = QString::fromUtf8(gitToEnd({QStringLiteral("rev-parse"), QStringLiteral("--absolute-git-dir")}, top).out.trimmed());
    return QFileInfo::exists(gitDir + QStringLiteral("/rebase-merge")) || QFileInfo::exists(gitDir + QStringLiteral("/rebase-apply"));
}

PublishResult Publisher::publish(const QStringList &posts, const QString &message, bool push)
{
    PublishResult result;
    if (posts.isEmpty()) {
        result.message = tr("no post to publish");
        return result;
    }
    const QString first = QFileInfo(posts.first()).absoluteFilePath();
    QString siteRoot = SitePaths::findSiteRoot(first);
    if (siteRoot.isEmpty())
        siteRoot = QFileInfo(first).absolutePath();
    say(tr("Reading the repository…"));
    const RepoStatus status = this->status(siteRoot);
    if (!status.isRepo || !status.error.isEmpty()) {
        result.message = status.error;
        return result;
    }
    if (status.git.detached) {
        const QString branch = siteBranch(siteRoot, status);
        result.message = branch.isEmpty()
            ? tr("the repository is on a detached HEAD (no branch): switch to the branch the site builds from")
            : tr("the repository is on a detached HEAD (no branch): switch to the branch the site builds from (git switch %1)")
                  .arg(branch);
        return result;
    }
    if (rebaseInProgress(status.top)) {
        result.message = tr("a rebase is in progress in %1: finish or abort it first").arg(status.top);
        return result;
    }
    for (const QString &p : posts) {
        const QString abs = QFileInfo(p).absoluteFilePath();
        if (!isPost(abs)) {
            result.message = tr("%1 is not a post (posts live in _posts/ or _drafts/)").arg(QDir::toNativeSeparators(p));
            return result;
        }
        if (!abs.startsWith(status.top + QLatin1Char('/'))) {
            result.message = tr("%1 is not in the repository %2").arg(p, status.top);
            return result;
        }
    }
    for (const QString &p : posts) {
        QFile file(p);
        if (file.open(QIODevice::ReadOnly) && hasConflictMarkers(file.readAll())) {
            result.message = tr("%1 still holds both versions between marker lines (<<<<<<< … >>>>>>>): keep what "
                                "should stay, delete the marker lines, then publish again").arg(QDir::toNativeSeparators(p));
            return result;
        }
    }
    if (push && !status.git.upstream.isEmpty()) {
        const QString target = siteBranch(siteRoot, status);
        const QString upstreamBranch = status.mergeRef.section(QLatin1Char('/'), 2);
        if (!target.isEmpty() && upstreamBranch != target) {
            result.message = tr("the branch checked out is “%1” (it publishes to %2), but the site is built from “%3”: "
                                "publishing here would not reach the site. Switch to %3 first (git switch %3), or, "
                                "when the site really builds from %1, say so in .lectern.yml (publish: branch: %1)")
                                 .arg(status.git.head, status.git.upstream, target);
            return result;
        }
    }
    const QStringList files = filesToCommit(posts, status);
    if (!files.isEmpty()) {
        const QString msg = message.isEmpty() ? defaultMessage(posts, status) : message;
        QStringList untracked;
        for (const QString &f : files) {
            const GitChange *c = status.git.find(f);
            if (c && c->untracked)
                untracked << f;
        }
        say(tr("Committing %n file(s)…", nullptr, int(files.size())));
        if (!untracked.isEmpty()) {
            const GitResult add = git(QStringList{QStringLiteral("add"), QStringLiteral("--")} + untracked, status.top);
            if (!add.ok()) {
                result.outcome = add.cancelled ? PublishResult::Outcome::Cancelled : PublishResult::Outcome::CommitFailed;
                result.message = tr("Not published: git add failed (git's reason is below). Nothing was committed.");
                result.gitOutput = QString::fromUtf8(add.err + add.out);
                return result;
            }
        }
        const GitResult commit = git(QStringList{QStringLiteral("commit"), QStringLiteral("-m"), msg, QStringLiteral("--")} + files,
                                     status.top);
        if (!commit.ok()) {
            // Leave the index as it was: the new files go back to untracked.
            if (!untracked.isEmpty())
                gitToEnd(QStringList{QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--")} + untracked, status.top);
            result.outcome = commit.cancelled ? PublishResult::Outcome::Cancelled : PublishResult::Outcome::CommitFailed;
            result.gitOutput = QString::fromUtf8(commit.out + commit.err);
            result.message = commit.cancelled ? tr("cancelled: nothing was committed")
                                              : tr("git commit refused (a hook or signing): nothing was committed");
            return result;
        }
        result.committed = files;
    }
    if (!push) {
        result.outcome = files.isEmpty() ? PublishResult::Outcome::NothingToDo : PublishResult::Outcome::Committed;
        result.message = files.isEmpty() ? tr("nothing to commit") : tr("committed; not pushed (--no-push)");
        return result;
    }
    if (status.git.upstream.isEmpty() || status.remote.isEmpty() || status.mergeRef.isEmpty()) {
        result.outcome = files.isEmpty() ? PublishResult::Outcome::Refused : PublishResult::Outcome::PushFailed;
        result.message = tr("branch %1 has no upstream (no remote branch to publish to): set one with "
                            "`git push -u REMOTE %1`; the commit is kept").arg(status.git.head);
        return result;
    }
    result = integrateAndPush(status, result);
    if (result.outcome == PublishResult::Outcome::Published) {
        for (const QString &p : posts)
            result.urls << publicUrl(p);
    }
    return result;
}

PublishResult Publisher::integrateAndPush(const RepoStatus &status, PublishResult result)
{
    const QString &top = status.top;
    auto fail = [&](const GitResult &r, PublishResult::Outcome outcome, const QString &message) {
        if (r.cancelled && rebaseInProgress(top))
            gitToEnd({QStringLiteral("rebase"), QStringLiteral("--abort")}, top);
        result.outcome = r.cancelled ? PublishResult::Outcome::Cancelled : outcome;
        result.message = r.cancelled ? tr("cancelled; the commit is kept and the repository is as before") : message;
        result.gitOutput = QString::fromUtf8(r.err + r.out);
        return result;
    };
    say(tr("Fetching from %1…").arg(status.remote));
    const GitResult fetch = git({QStringLiteral("fetch"), status.remote}, top);
    if (!fetch.ok())
        return fail(fetch, PublishResult::Outcome::PushFailed,
                    tr("Not pushed: %1. Your commit is kept; Publish again to retry.")
                        .arg(explainRemoteFailure(status.remote, fetch.message(),
                                                  tr("could not fetch from %1").arg(status.remote))));
    const int behind = QString::fromUtf8(git({QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD..@{u}")}, top).out.trimmed()).toInt();
    const int ahead = QString::fromUtf8(git({QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("@{u}..HEAD")}, top).out.trimmed()).toInt();
    if (ahead == 0 && behind == 0 && result.committed.isEmpty()) {
        result.outcome = PublishResult::Outcome::NothingToDo;
        result.message = tr("nothing to publish: the post is already on %1").arg(status.git.upstream);
        return result;
    }
    if (behind > 0) {
        const QString base = QString::fromUtf8(git({QStringLiteral("merge-base"), QStringLiteral("HEAD"), QStringLiteral("@{u}")}, top).out.trimmed());
        const QStringList theirs = nulList(git({QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("--no-renames"), QStringLiteral("-z"), base, QStringLiteral("@{u}")}, top).out);
        const QString upstream = QString::fromUtf8(git({QStringLiteral("rev-parse"), QStringLiteral("@{u}")}, top).out.trimmed());
        const QList<ConflictFile> conflicts = conflictsSince(top, base, upstream);
        if (!conflicts.isEmpty())
            return conflictResult(status, result, conflicts, upstream);
        // Local, uncommitted changes the integration would overwrite.
        const RepoStatus now = this->status(top);
        for (const GitChange &c : now.git.changes) {
            if (theirs.contains(c.path) && changed(&c))
                result.blocking << c.path;
        }
        if (!result.blocking.isEmpty()) {
            result.outcome = PublishResult::Outcome::PushFailed;
            result.message = tr("%1 changed files you have uncommitted changes in (%2): publish or discard them first, then "
                                "publish again; the commit is kept").arg(status.git.upstream, result.blocking.join(QStringLiteral(", ")));
            return result;
        }
        say(tr("Integrating the changes on %1…").arg(status.git.upstream));
        const GitResult integrate = ahead == 0
            ? git({QStringLiteral("merge"), QStringLiteral("--ff-only"), QStringLiteral("@{u}")}, top)
            : git({QStringLiteral("rebase"), QStringLiteral("--autostash"), QStringLiteral("@{u}")}, top);
        if (!integrate.ok()) {
            if (rebaseInProgress(top))
                gitToEnd({QStringLiteral("rebase"), QStringLiteral("--abort")}, top);
            return fail(integrate, PublishResult::Outcome::PushFailed,
                        tr("Not pushed: could not put your commit on top of %1 (git's reason is below). Your commit "
                           "is kept as it was; Publish again to retry.").arg(status.git.upstream));
        }
    }
    say(tr("Pushing to %1…").arg(status.remote));
    const GitResult pushed = git({QStringLiteral("push"), status.remote, QStringLiteral("HEAD:") + status.mergeRef}, top);
    if (!pushed.ok())
        return fail(pushed, PublishResult::Outcome::PushFailed,
                    tr("Not pushed: %1. Your commit is kept; Publish again to retry.")
                        .arg(explainRemoteFailure(status.remote, pushed.message(),
                                                  tr("the push to %1 failed").arg(status.remote))));
    result.outcome = PublishResult::Outcome::Published;
    result.message = tr("published to %1").arg(status.git.upstream);
    return result;
}

QString Publisher::siteBranch(const QString &siteRoot, const RepoStatus &status) const
{
    for (const QString &name : {QStringLiteral(".lectern.yml"), QStringLiteral("_lectern.yml")}) {
        QFile file(QDir(siteRoot).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const FrontMatter yaml(file.readAll(), 1);
        const QString branch = yaml.isValid()
            ? yaml.value(QStringLiteral("publish")).toMap().value(QStringLiteral("branch")).toString().trimmed()
            : QString();
        if (!branch.isEmpty())
            return branch;
    }
    QString remote = status.remote;
    if (remote.isEmpty() && status.git.detached) {
        // No branch, so no branch remote: the one a clone made, or the only one.
        const QStringList remotes = QString::fromUtf8(git({QStringLiteral("remote")}, status.top).out)
                                        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        remote = remotes.contains(QLatin1String("origin")) ? QStringLiteral("origin")
                 : remotes.size() == 1                     ? remotes.first()
                                                           : QString();
    }
    if (status.git.head == QLatin1String("gh-pages") || remote.isEmpty())
        return QString();
    const GitResult head = git({QStringLiteral("symbolic-ref"), QStringLiteral("-q"),
                                QStringLiteral("refs/remotes/") + remote + QStringLiteral("/HEAD")}, status.top);
    const QString prefix = QStringLiteral("refs/remotes/") + remote + QLatin1Char('/');
    const QString ref = QString::fromUtf8(head.out.trimmed());
    return head.ok() && ref.startsWith(prefix) ? ref.mid(prefix.size()) : QString();
}

PublishResult Publisher::pull(const QString &siteRoot)
{
    PublishResult result;
    const RepoStatus status = this->status(siteRoot);
    if (!status.isRepo || !status.error.isEmpty()) {
        result.message = status.error;
        return result;
    }
    if (status.git.detached || status.git.upstream.isEmpty() || status.remote.isEmpty()) {
        result.message = status.git.detached ? tr("the repository is on a detached HEAD (no branch)")
                                             : tr("branch %1 has no upstream to update from").arg(status.git.head);
        return result;
    }
    say(tr("Fetching from %1…").arg(status.remote));
    const GitResult fetch = git({QStringLiteral("fetch"), status.remote}, status.top);
    if (!fetch.ok()) {
        result.outcome = fetch.cancelled ? PublishResult::Outcome::Cancelled : PublishResult::Outcome::PushFailed;
        result.message = tr("Not updated: %1.")
                             .arg(explainRemoteFailure(status.remote, fetch.message(),
                                                       tr("could not fetch from %1").arg(status.remote)));
        result.gitOutput = QString::fromUtf8(fetch.err);
        return result;
    }
    const int behind = QString::fromUtf8(git({QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD..@{u}")}, status.top).out.trimmed()).toInt();
    const int ahead = QString::fromUtf8(git({QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("@{u}..HEAD")}, status.top).out.trimmed()).toInt();
    if (behind == 0) {
        result.outcome = PublishResult::Outcome::NothingToDo;
        result.message = tr("already up to date with %1").arg(status.git.upstream);
        return result;
    }
    if (ahead > 0) {
        result.message = tr("you have %n commit(s) not published yet: publish them first (it integrates %1's changes)",
                            nullptr, ahead).arg(status.git.upstream);
        return result;
    }
    const QStringList theirs = nulList(git({QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("--no-renames"), QStringLiteral("-z"), QStringLiteral("HEAD"), QStringLiteral("@{u}")}, status.top).out);
    for (const GitChange &c : status.git.changes) {
        if (theirs.contains(c.path) && changed(&c))
            result.blocking << c.path;
    }
    if (!result.blocking.isEmpty()) {
        // Who changed them: the way forward is to publish ours, which shows both versions side by side.
        QStringList names, authors;
        for (const QString &b : std::as_const(result.blocking)) {
            names << QFileInfo(b).fileName();
            const QStringList by = QString::fromUtf8(git({QStringLiteral("log"), QStringLiteral("--reverse"), QStringLiteral("--format=%an"),
                                                          QStringLiteral("HEAD..@{u}"), QStringLiteral("--"), b}, status.top).out)
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &a : by) {
                if (!authors.contains(a))
                    authors << a;
            }
        }
        const QString who = authors.isEmpty() ? tr("a colleague") : ConflictFile::names(authors);
        result.message = names.size() == 1
            ? tr("Not updated: %1 was also changed by %2. Publish your version and Lectern will show both side by "
                 "side; nothing was changed.").arg(names.first(), who)
            : tr("Not updated: %1 were also changed by %2. Publish your versions and Lectern will show both side by "
                 "side; nothing was changed.").arg(names.join(QStringLiteral(", ")), who);
        return result;
    }
    say(tr("Updating from %1…").arg(status.git.upstream));
    const GitResult merge = git({QStringLiteral("merge"), QStringLiteral("--ff-only"), QStringLiteral("@{u}")}, status.top);
    if (!merge.ok()) {
        result.outcome = merge.cancelled ? PublishResult::Outcome::Cancelled : PublishResult::Outcome::Refused;
        result.message = tr("Not updated: could not fast-forward (git's reason is below).");
        result.gitOutput = QString::fromUtf8(merge.err + merge.out);
        return result;
    }
    result.outcome = PublishResult::Outcome::Published;
    result.committed = theirs;
    result.message = tr("updated from %1: %n file(s) changed", nullptr, int(theirs.size())).arg(status.git.upstream);
    return result;
}

QString Publisher::explainRemoteFailure(const QString &remote, const QString &gitMessage, const QString &otherwise)
{
    static const char *const signIn[] = {"Authentication failed", "Permission denied (publickey", "could not read Username",
                                         "could not read Password", "terminal prompts disabled",
                                         "Host key verification failed", "HTTP Basic: Access denied"};
    // A remote path that is gone or wrong reads, to the user, as one that cannot be reached.
    static const char *const unreachable[] = {"Could not resolve host", "Connection refused", "Network is unreachable",
                                              "Connection timed out", "No route to host", "Operation timed out",
                                              "does not appear to be a git repository", "Could not read from remote repository"};
    static const char *const rejected[] = {"[rejected]", "[remote rejected]", "non-fast-forward", "fetch first"};
    for (const char *needle : signIn) {
        if (gitMessage.contains(QLatin1String(needle)))
            return tr("git could not sign in to %1 (your SSH key or saved password is missing or was refused; "
                      "check that “git push” works in a terminal, docs/publishing.md)").arg(remote);
    }
    for (const char *needle : unreachable) {
        if (gitMessage.contains(QLatin1String(needle)))
            return tr("%1 cannot be reached (offline, its server does not answer, or its address is wrong)").arg(remote);
    }
    for (const char *needle : rejected) {
        if (gitMessage.contains(QLatin1String(needle)))
            return tr("%1 refused the push (git's reason is below)").arg(remote);
    }
    return otherwise;
}

QString Publisher::publicUrl(const QString &postPath)
{
    const QString abs = QFileInfo(postPath).absoluteFilePath();
    const QString root = SitePaths::findSiteRoot(abs);
    if (root.isEmpty())
        return QString();
    const SiteConfig config = SiteConfig::load(root);
    const QString rel = QDir(root).relativeFilePath(abs);
    QVariantMap fm = config.defaultsFor(rel, QStringLiteral("posts"));
    PostFile post;
    if (PostFile::load(abs, &post, nullptr)) {
        for (const QString &key : post.frontMatter().keys())
            fm.insert(key, post.frontMatter().pageValue(key));
    }
    return JekyllUrls::absoluteUrl(config.values(), JekyllUrls::postUrl(config.values(), rel, fm));
}

} // namespace Lectern
