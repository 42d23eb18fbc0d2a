// SPDX-License-Identifier: GPL-3.0-or-later
#include "publisher.h"

#include "gitrunner.h"
#include "jekyllurls.h"
#include "postfile.h"
#include "siteconfig.h"
#include "siteimages.h"
#include "sitepaths.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Lectern {

namespace {

QStringList nulList(const QByteArray &out)
{
    QStringList list;
    for (const QByteArray &p : out.split('\0')) {
        if (!p.isEmpty())
            list << QString::fromUtf8(p);
    }
    return list;
}

bool isPostFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("html");
}

bool changed(const GitChange *c)
{
    return c && (c->untracked || c->index != '.' || c->worktree != '.');
}

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
    }
    return QString();
}

int RepoStatus::waiting() const
{
    return int(std::count_if(posts.cbegin(), posts.cend(),
                             [](const RepoPost &p) { return p.state != PostState::Published; }));
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
        result.message = tr("the repository is on a detached HEAD (no branch): switch to the branch the site builds from");
        return result;
    }
    if (rebaseInProgress(status.top)) {
        result.message = tr("a rebase is in progress in %1: finish or abort it first").arg(status.top);
        return result;
    }
    for (const QString &p : posts) {
        const QString abs = QFileInfo(p).absoluteFilePath();
        if (!abs.startsWith(status.top + QLatin1Char('/'))) {
            result.message = tr("%1 is not in the repository %2").arg(p, status.top);
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
                result.message = tr("git add failed: %1").arg(add.message());
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
                    tr("could not fetch from %1 (offline, or the remote refused): %2. The commit is kept; publish again to retry")
                        .arg(status.remote, fetch.message()));
    const int behind = QString::fromUtf8(git({QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD..@{u}")}, top).out.trimmed()).toInt();
    const int ahead = QString::fromUtf8(git({QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("@{u}..HEAD")}, top).out.trimmed()).toInt();
    if (ahead == 0 && behind == 0 && result.committed.isEmpty()) {
        result.outcome = PublishResult::Outcome::NothingToDo;
        result.message = tr("nothing to publish: the post is already on %1").arg(status.git.upstream);
        return result;
    }
    if (behind > 0) {
        const QString base = QString::fromUtf8(git({QStringLiteral("merge-base"), QStringLiteral("HEAD"), QStringLiteral("@{u}")}, top).out.trimmed());
        const QStringList ours = nulList(git({QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("--no-renames"), QStringLiteral("-z"), base, QStringLiteral("HEAD")}, top).out);
        const QStringList theirs = nulList(git({QStringLiteral("diff"), QStringLiteral("--name-only"), QStringLiteral("--no-renames"), QStringLiteral("-z"), base, QStringLiteral("@{u}")}, top).out);
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
            show(QStringLiteral("@{u}"), &c.theirs, &c.inTheirs);
            result.conflicts << c;
        }
        if (!result.conflicts.isEmpty()) {
            result.outcome = PublishResult::Outcome::Conflict;
            result.message = tr("%1 also changed %n file(s) you changed: stopped before integrating; your commit and "
                                "files are as they were and nothing was pushed", nullptr, int(result.conflicts.size()))
                                 .arg(status.git.upstream);
            return result;
        }
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
                        tr("could not put your commit on top of %1: %2; the commit is kept as it was")
                            .arg(status.git.upstream, integrate.message()));
        }
    }
    say(tr("Pushing to %1…").arg(status.remote));
    const GitResult pushed = git({QStringLiteral("push"), status.remote, QStringLiteral("HEAD:") + status.mergeRef}, top);
    if (!pushed.ok())
        return fail(pushed, PublishResult::Outcome::PushFailed,
                    tr("push to %1 failed: %2. The commit is kept; publish again to retry").arg(status.remote, pushed.message()));
    result.outcome = PublishResult::Outcome::Published;
    result.message = tr("published to %1").arg(status.git.upstream);
    return result;
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
        result.message = tr("could not fetch from %1: %2").arg(status.remote, fetch.message());
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
        result.message = tr("not updated: your local changes would be overwritten in %1").arg(result.blocking.join(QStringLiteral(", ")));
        return result;
    }
    say(tr("Updating from %1…").arg(status.git.upstream));
    const GitResult merge = git({QStringLiteral("merge"), QStringLiteral("--ff-only"), QStringLiteral("@{u}")}, status.top);
    if (!merge.ok()) {
        result.outcome = merge.cancelled ? PublishResult::Outcome::Cancelled : PublishResult::Outcome::Refused;
        result.message = tr("could not fast-forward: %1").arg(merge.message());
        result.gitOutput = QString::fromUtf8(merge.err + merge.out);
        return result;
    }
    result.outcome = PublishResult::Outcome::Published;
    result.committed = theirs;
    result.message = tr("updated from %1: %n file(s) changed", nullptr, int(theirs.size())).arg(status.git.upstream);
    return result;
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
