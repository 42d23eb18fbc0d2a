// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskstamp.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

namespace Lectern {

namespace {

// Coarsest time resolution of the file systems posts live on (FAT and some network shares: 2 s).
constexpr qint64 kRacyMs = 2000;

} // namespace

DiskStamp DiskStamp::of(const QString &path)
{
    DiskStamp stamp;
    stamp.taken = QDateTime::currentMSecsSinceEpoch();
    const QFileInfo info(path);
    if (!info.isFile())
        return stamp;
    stamp.size = info.size();
    stamp.modified = info.lastModified().toMSecsSinceEpoch();
    stamp.changed = info.metadataChangeTime().toMSecsSinceEpoch();
    return stamp;
}

bool DiskStamp::proves(const DiskStamp &now) const
{
    if (!isValid() || !now.isValid())
        return false;
    if (size != now.size || modified != now.modified || changed != now.changed)
        return false;
    // Taken too soon after the last write: a second write in the same tick would look the same.
    return taken - std::max(modified, changed) > kRacyMs;
}

} // namespace Lectern
