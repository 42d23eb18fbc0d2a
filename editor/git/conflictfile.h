// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Lectern {

// One file both sides changed: the three versions, read with `git show REV:path` (the work tree is
// not touched). A side where the file does not exist has exists… false and empty bytes.
struct ConflictFile
{
    QString path;            // relative to the top level
    QByteArray base, ours, theirs;
    bool inBase = false, inOurs = false, inTheirs = false;
    // Who changed it on the remote: every author of the commits in base..upstream that touch the
    // path, oldest first, each once (names as their git configuration writes them); then the newest
    // of those commits.
    QStringList theirAuthors;
    QString theirAuthor;     // the newest commit's author
    QDateTime theirTime;     // its author date, with its offset
    QString theirSubject;    // the first line of its message
    QString theirCommit;     // its abbreviated hash
    QString ourSubject;      // the same for our newest unpushed commit touching it

    // Who changed it on the remote, for a sentence: names(theirAuthors); "" when not known.
    QString theirNames() const;
    // The remote side's name beside "Your version" (marker lines, the conflict view's columns):
    // "Ada's version", "Their version (Bob Baker, Carol Chen)"; "Your colleague's version" when not known.
    QString theirVersionLabel() const;

    // True when they moved or deleted the file we changed (in the base and ours, not theirs): Keep My
    // Version is refused then, since our old file would come back beside their moved one (the same
    // post twice on the site). keepMineRefusal() says so and what to choose instead (translated).
    bool movedOrDeletedByThem() const { return inBase && inOurs && !inTheirs; }
    static QString keepMineRefusal(const ConflictFile &c);

    // AUTHORS for a sentence: "Ada", "Bob Baker and Carol Chen", "Bob Baker and 2 others" (the
    // first and a count from three on); "" for none. Translated.
    static QString names(const QStringList &authors);
    // Every file's theirAuthors, in order, each once.
    static QStringList authorsOf(const QList<ConflictFile> &conflicts);
};

// The two ways the three versions of a file are combined line by line with `git merge-file`
// (xdiff's three-way merge: a part changed by one side only is taken from that side).
enum class MergeStyle : quint8 {
    KeepOurs,   // where both changed the same lines, ours (`--ours`): every change only they made stays
    Markers,    // where both changed the same lines, both between <<<<<<< / ======= / >>>>>>> lines
};

// CONFLICT's base, ours and theirs merged by `git merge-file -p` run in WORK_DIR (the repository, so
// merge.conflictStyle applies); OUR_LABEL, BASE_LABEL and THEIR_LABEL name the marker lines
// (Markers). A file missing from the base (both created it) is merged against an empty base. Empty
// (no value) when git could not merge: a side missing, binary content, or git not runnable.
std::optional<QByteArray> mergeVersions(const ConflictFile &conflict, MergeStyle style, const QString &workDir,
                                        const QString &ourLabel = QString(), const QString &baseLabel = QString(),
                                        const QString &theirLabel = QString());

} // namespace Lectern
