// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace Lectern {

// What the file system says of a file without reading it: size, modification and status-change
// times. A later stamp equal to this one proves the file unchanged, so the disk checks (on focus,
// on watcher events, before save) need not hash megabytes on the GUI thread. Any write or rename
// over the file moves its status-change time, which no program can set back.
// Like git's index, a stamp taken while the file's times were still within the file system's
// time resolution of "now" proves nothing ("racy"): a second write in the same tick keeps them.
struct DiskStamp
{
    qint64 size = -1;      // -1: no stamp (missing file, a folder, or never taken)
    qint64 modified = 0;   // ms since the epoch
    qint64 changed = 0;    // status change (ctime), ms since the epoch
    qint64 taken = 0;      // when the stamp was taken, ms since the epoch

    // The file at path now; no stamp when it is missing or not a regular file.
    static DiskStamp of(const QString &path);

    bool isValid() const { return size >= 0; }
    // Taken within the time resolution of the file's last change: equal stamps prove nothing.
    bool isRacy() const;
    static constexpr qint64 kRacyMs = 2000;   // FAT and some network shares keep 2 s times
    // True when now shows the same file as this stamp and this stamp was not racy.
    bool proves(const DiskStamp &now) const;
};

} // namespace Lectern
