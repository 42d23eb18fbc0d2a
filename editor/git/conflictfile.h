// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Lectern {

// One file both sides changed: the three versions, read with `git show REV:path` (the work tree is
// not touched). A side where the file does not exist has exists… false and empty bytes.
struct ConflictFile
{
    QString path;            // relative to the top level
    QByteArray base, ours, theirs;
    bool inBase = false, inOurs = false, inTheirs = false;
    // Who changed it on the remote: the newest commit in base..upstream that touches the path.
    QString theirAuthor;     // author name, as git's configuration of the colleague wrote it
    QDateTime theirTime;     // author date, with its offset
    QString theirSubject;    // first line of that commit's message
    QString theirCommit;     // abbreviated hash
    QString ourSubject;      // the same for our newest unpushed commit touching it
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
