// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Lectern {

// One changed path of `git status --porcelain=v2 -z` (git-status(1), "Porcelain Format Version 2").
struct GitChange
{
    QString path;        // relative to the repository's top level, '/'-separated
    QString origPath;    // a staged rename or copy: the old path ("" otherwise)
    char index = '.';    // X: the staged state (M A D R C U or '.')
    char worktree = '.'; // Y: the work tree's state against the index ('.' unchanged)
    bool untracked = false;
    bool unmerged = false;
};

// The `--branch` headers and the entries of porcelain v2 output.
struct GitStatus
{
    QString head;             // branch name; "" when detached (git prints "(detached)")
    bool detached = false;
    QString oid;              // commit id of HEAD; "" on an unborn branch ("(initial)")
    QString upstream;         // "origin/main"; "" when none is set
    int ahead = 0;            // commits in HEAD not in the upstream
    int behind = 0;           // commits in the upstream not in HEAD (as of the last fetch)
    QList<GitChange> changes; // ignored files left out

    // Parses `git status --porcelain=v2 -z --branch` output. Lines it does not know are skipped
    // (the format promises new headers may appear).
    static GitStatus parse(const QByteArray &porcelainV2z);
    const GitChange *find(const QString &path) const;
};

} // namespace Lectern
