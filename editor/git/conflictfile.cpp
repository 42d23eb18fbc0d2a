// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictfile.h"

#include "gitrunner.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <utility>

namespace Lectern {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Lectern::ConflictFile", text, nullptr, n);
}

} // namespace

QString ConflictFile::names(const QStringList &authors)
{
    switch (authors.size()) {
    case 0:
        return QString();
    case 1:
        return authors.first();
    case 2:
        return tr("%1 and %2").arg(authors.at(0), authors.at(1));
    default:
        return tr("%1 and %n others", int(authors.size() - 1)).arg(authors.first());
    }
}

QString ConflictFile::keepMineRefusal(const ConflictFile &c)
{
    const QString who = c.theirNames().isEmpty() ? tr("A colleague") : c.theirNames();
    return tr("%1 moved or deleted %2 on the remote (a new date renames a post). Keeping your version would put the "
              "old file back beside theirs, and the site would show the post twice. Keep their version instead (yours "
              "is kept in a copy, to carry your changes over). Nothing was changed")
        .arg(who, c.path);
}

QStringList ConflictFile::authorsOf(const QList<ConflictFile> &conflicts)
{
    QStringList all;
    for (const ConflictFile &c : conflicts) {
        for (const QString &a : c.theirAuthors) {
            if (!all.contains(a))
                all << a;
        }
    }
    return all;
}

QString ConflictFile::theirNames() const
{
    return names(theirAuthors);
}

QString ConflictFile::theirVersionLabel() const
{
    if (theirAuthors.isEmpty())
        return tr("Your colleague's version");
    if (theirAuthors.size() == 1)
        return tr("%1's version").arg(theirAuthors.first());
    return tr("Their version (%1)").arg(theirAuthors.join(QStringLiteral(", ")));
}

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
