// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskstamp.h"

#include <QDateTime>
#include <QFileInfo>

#include <algorithm>

namespace Lectern {

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

bool DiskStamp::isRacy() const
{
    return isValid() && taken - std::max(modified, changed) <= kRacyMs;
}

bool DiskStamp::proves(const DiskStamp &now) const
{
    if (!isValid() || !now.isValid())
        return false;
    if (size != now.size || modified != now.modified || changed != now.changed)
        return false;
    // Taken too soon after the last write: a second write in the same tick would look the same.
    return !isRacy();
}

} // namespace Lectern
