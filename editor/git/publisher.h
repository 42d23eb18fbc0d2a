// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conflictfile.h"
#include "gitstatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Lectern {

class GitRunner;
struct GitResult;

// What a post is to the site's repository (the post list's states, issue 18).
enum class PostState : quint8 {
    New,         // untracked, or added but never committed
    Modified,    // tracked, changed in the work tree or the index
    Unpushed,    // clean, but changed by a commit not on the upstream yet (@{u}..HEAD), or no upstream
    Published,   // tracked, clean, and its last change is on the upstream
    Committed,   // tracked and clean on a detached HEAD: no branch, so whether it is pushed is not known
};
// "new", "modified", "unpushed", "published", "committed" (JSON, CLI)
QString postStateName(PostState state);

struct RepoPost
{
    QString path;        // relative to the repository's top level, '/'-separated
    PostState state = PostState::Published;
};

// The repository a site lives in, as `git status` sees it.
struct RepoStatus
{
    bool isRepo = false;
    QString error;           // why status could not be read (not a repository, git missing)
    QString top;             // absolute top level of the work tree
    QString remote;          // branch.<head>.remote ("" when no upstream)
    QString mergeRef;        // branch.<head>.merge, e.g. "refs/heads/main"
    GitStatus git;
    QList<RepoPost> posts;   // _posts/ and _drafts/ of the site, sorted by path
    int waiting() const;     // posts not published yet (new, modified or unpushed; never committed)
};

// What to do with the files both sides changed (PublishResult::Conflict), docs/publishing.md.
enum class ConflictChoice : quint8 {
    KeepTheirs,   // each file becomes the colleague's version; ours is kept in a copy (PublishResult::kept)
    KeepMine,     // a three-way merge (`git merge-file --ours`): where both changed the same lines ours,
                  // every change only they made kept; committed on top of theirs and pushed (never forced)
    EditMerge,    // the branch moves on top of theirs; each file holds both versions with marker lines
                  // (`git merge-file`, parts changed by one side only are merged) for the user to edit
                  // and publish again; nothing is committed for those files and nothing is pushed
};

struct PublishResult
{
    enum class Outcome : quint8 {
        Published,     // pushed (or pull: fast-forwarded)
        Committed,     // committed, not pushed because push was not asked for
        NothingToDo,   // nothing changed and nothing waiting to be pushed; pull: already up to date
        Refused,       // nothing done: not a repository, detached HEAD, local changes in the way, …
        CommitFailed,  // git commit refused (a hook, signing): nothing committed, output in gitOutput
        Conflict,      // the same file changed on both sides: stopped before integrating; conflicts filled
        PushFailed,    // committed, but fetch/integrate/push failed (offline, rejected, auth): commit kept
        Cancelled,     // stopped on request; git's own atomicity leaves the repository as before the step
        NeedsEditing,  // resolveConflict(EditMerge): the posts hold both versions with markers, to edit
    };
    Outcome outcome = Outcome::Refused;
    QString message;         // one line for the user (translated)
    QString gitOutput;       // git's own output of the failing step (hook output, remote's refusal)
    QStringList committed;   // paths (top-level relative) in the new commit
    QStringList urls;        // public URLs of the posts once pushed
    QList<ConflictFile> conflicts;
    QStringList blocking;    // local changes a pull or an integration would overwrite
    QString upstreamCommit;  // Conflict: the upstream commit the versions were read from (for resolveConflict)
    QStringList kept;        // resolveConflict: absolute paths of the copies of our versions it wrote
    QString keptRef;         // resolveConflict: refs/lectern/kept/… naming our commit as it was before
    QStringList edited;      // EditMerge: absolute paths of the files now holding both versions
};

// Publishing a post through the site's git repository with the user's own `git` (docs/publishing.md).
// Every call runs git processes and waits: call it from lectern-cli or from PublishJob's worker
// thread, never from the GUI thread.
class Publisher final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Publisher)

public:
    // CANCEL (may be null): when it becomes true, the running git process is killed and the call
    // returns Cancelled (an interrupted rebase is aborted first). NO_PROMPT: GIT_TERMINAL_PROMPT=0.
    explicit Publisher(const std::atomic_bool *cancel = nullptr, bool noPrompt = false);

    // Called with a short description before each step ("Fetching from origin…").
    std::function<void(const QString &)> progress;

    // The repository holding SITE_ROOT (absolute) and its posts' states. Reads only (git status, ls-files, log).
    // Not a repository: isRepo false and error says why ("FOLDER: no such folder", "… is not in a git
    // repository…", "git could not be run: …").
    RepoStatus status(const QString &siteRoot) const;

    // The files publishing POSTS (absolute paths) must commit: each post, the site images it shows
    // (SiteImages::bodyImages and the `image:` value, resolved with the site's baseurl), and the old
    // name of a renamed post (a staged rename's origin, or a deleted post in the same folder with the
    // same slug or the same date), each only when new or changed. Top-level relative.
    QStringList filesToCommit(const QStringList &posts, const RepoStatus &status) const;

    // "Add seminar: TITLE" for a post git does not know yet, "Update news: TITLE" for a changed one; the
    // word is the post's category (categories) or layout when one is "seminar(s)" or "news", else "post".
    // Several posts: the first's, then " (and N more)".
    QString defaultMessage(const QStringList &posts, const RepoStatus &status) const;

    // Commits filesToCommit(POSTS) with MESSAGE (author, hooks and signing from git's configuration;
    // never --no-verify), then, when PUSH: fetches; when the upstream moved, fast-forwards or rebases
    // our unpushed commits onto it unless a file changed on both sides (then Conflict, nothing
    // touched); pushes HEAD to the upstream branch (never forced). Run again after PushFailed, it
    // pushes the commit kept. Checks (lectern-cli check) are the caller's: run them before.
    // Refused, naming it, when one of POSTS is not a post (isPost).
    PublishResult publish(const QStringList &posts, const QString &message, bool push = true);

    // True when PATH is in a _posts or _drafts folder (the site's or a subfolder's, as Jekyll reads
    // them; the search stops at the folder holding _config.yml): _config.yml or index.html is not.
    static bool isPost(const QString &path);

    // After publish() stopped on Conflict: fetches, and when the upstream is still SEEN_UPSTREAM
    // (PublishResult::upstreamCommit; empty: not checked) applies CHOICE to every file changed on both
    // sides since the merge base (see ConflictChoice). Our commit is first named by a ref
    // (refs/lectern/kept/YYYYMMDD-HHMMSS, keptRef) and, for KeepTheirs and EditMerge, our version of
    // each file is copied to SITE_ROOT/_lectern-kept/ (a folder Jekyll skips and git ignores through
    // its own .gitignore), so nothing is lost. Changes of ours in other files stay and are committed
    // on top of theirs, the new commit made by `git commit` (hooks, signing). The files move with a
    // two-tree `git read-tree -m -u` (as git checkout: never over uncommitted changes or untracked
    // files), then the branch with `git reset --soft` onto theirs. Outcomes: Published (pushed), NothingToDo
    // (KeepTheirs with nothing else of ours), NeedsEditing (EditMerge), Conflict again (with fresh
    // versions and nothing changed) when the upstream moved since SEEN_UPSTREAM, Refused when a
    // conflicting file has uncommitted changes or git could not combine another file, PushFailed/
    // CommitFailed as publish().
    PublishResult resolveConflict(const QString &siteRoot, ConflictChoice choice, const QString &seenUpstream = QString());

    // The branch the site is built from, for the check that publishing reaches the site: `.lectern.yml`
    // `publish: branch:`; else "" when the current branch is gh-pages (GitHub Pages builds from it);
    // else the remote's default branch (refs/remotes/REMOTE/HEAD, set by git clone; REMOTE is the
    // branch's remote, or on a detached HEAD "origin" or the only remote); "" when unknown.
    QString siteBranch(const QString &siteRoot, const RepoStatus &status) const;

    // True when TEXT (a post's bytes) still holds a block of git's conflict marker lines, as EditMerge
    // writes them (PostChecks::conflictMarkers: outside fenced code): publish() refuses such a post.
    static bool hasConflictMarkers(const QByteArray &text);

    // Why a fetch or push with REMOTE failed, as a clause for a sentence ("Not pushed: CLAUSE. …"),
    // for a user who does not read git's English. GIT_MESSAGE is git's stderr (LC_ALL=C): "git could
    // not sign in to REMOTE (…)" when git, ssh or the credential helper refused or had no credentials
    // ("Authentication failed", "Permission denied (publickey", "could not read Username", "terminal
    // prompts disabled", "Host key verification failed"); "REMOTE cannot be reached (…)" when the host is
    // unknown or does not answer, or the remote repository is not there; "REMOTE refused the push (…)"
    // when git reports a rejected ref; else OTHERWISE. Git's own words are never in it: callers put them
    // in PublishResult::gitOutput, shown once, after the sentence.
    static QString explainRemoteFailure(const QString &remote, const QString &gitMessage, const QString &otherwise);

    // Fetches and fast-forwards (`git merge --ff-only`); Refused when local changes are in files the
    // upstream changed (blocking lists them; the message names them and their remote authors and says
    // to publish, which shows both versions), or when there are unpushed commits (publish first).
    PublishResult pull(const QString &siteRoot);

    // The public URL of POST (absolute path): site url + baseurl + its permalink (JekyllUrls).
    static QString publicUrl(const QString &post);

private:
    GitResult git(const QStringList &args, const QString &dir) const;
    // For the clean-up after a failure or a cancel: runs to the end whatever the cancel flag says.
    GitResult gitToEnd(const QStringList &args, const QString &dir) const;
    void say(const QString &what) const;
    PublishResult integrateAndPush(const RepoStatus &status, PublishResult result);
    bool rebaseInProgress(const QString &top) const;
    // The files changed both in BASE..HEAD and BASE..UPSTREAM (by name, no rename detection), with
    // their three versions and who changed them.
    QList<ConflictFile> conflictsSince(const QString &top, const QString &base, const QString &upstream) const;
    PublishResult conflictResult(const RepoStatus &status, PublishResult result, const QList<ConflictFile> &conflicts,
                                 const QString &upstream) const;

    const std::atomic_bool *m_cancel = nullptr;
    bool m_noPrompt = false;
};

} // namespace Lectern

Q_DECLARE_METATYPE(Lectern::PublishResult)
Q_DECLARE_METATYPE(Lectern::ConflictChoice)
