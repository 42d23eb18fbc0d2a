// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictfile.h"

#include "gitrunner.h"

#include <QFile>
#include <QTemporaryDir>

#include <utility>

namespace Lectern {

std::optional<QByteArray> mergeVersions(const ConflictFile &c, MergeStyle style, const QString &workDir,
                                        const QString &ourLabel, const QString &baseLabel, const QString &theirLabel)
{
    if (!c.inOurs || !c.inTheirs)
        return std::nullopt;   // one side deleted it: nothing to merge line by line
    QTemporaryDir sides;
    if (!sides.isValid())
        return std::nullopt;
    const QString o = sides.filePath(QStringLiteral("ours")), b = sides.filePath(QStringLiteral("base")),
                  t = sides.filePath(QStringLiteral("theirs"));
    for (const auto &[file, bytes] : {std::pair{o, c.ours}, std::pair{b, c.base}, std::pair{t, c.theirs}}) {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return std::nullopt;
    }
    QStringList args{QStringLiteral("merge-file"), QStringLiteral("-p")};
    if (style == MergeStyle::KeepOurs)
        args << QStringLiteral("--ours");
    else
        args << QStringLiteral("-L") << ourLabel << QStringLiteral("-L") << baseLabel << QStringLiteral("-L") << theirLabel;
    args << o << b << t;
    // The exit code is the number of conflicts left (0 with --ours); a negative one (255 here), an error.
    const GitResult m = GitRunner(workDir).run(args);
    if (!m.started || m.cancelled || m.exitCode < 0 || m.exitCode >= 127)
        return std::nullopt;
    return m.out;
}

} // namespace Lectern
