// SPDX-License-Identifier: GPL-3.0-or-later
// What publisher.cpp (status, publish, pull) and publisherconflicts.cpp (a file changed on both
// sides: reading the versions, resolving) share.
#pragma once

#include "gitstatus.h"

#include <QByteArray>
#include <QFileInfo>
#include <QString>
#include <QStringList>

namespace Lectern::PublisherParts {

// A NUL-separated list of git's -z output, empty entries left out.
inline QStringList nulList(const QByteArray &out)
{
    QStringList list;
    for (const QByteArray &p : out.split('\0')) {
        if (!p.isEmpty())
            list << QString::fromUtf8(p);
    }
    return list;
}

// A post by its suffix: what status() lists and resolveConflict() gives a public URL for.
inline bool isPostFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown") || suffix == QLatin1String("html");
}

// Changed in the work tree or the index, or untracked.
inline bool changed(const GitChange *c)
{
    return c && (c->untracked || c->index != '.' || c->worktree != '.');
}

} // namespace Lectern::PublisherParts
