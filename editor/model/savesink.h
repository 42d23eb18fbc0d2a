// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace Lectern {

// Where a post's bytes go when saved. PostDocument writes through PostFile::save (QSaveFile) unless
// a sink is set; tests set one to inject faults root cannot provoke (disk full, permission denied).
class SaveSink
{
public:
    SaveSink() = default;
    virtual ~SaveSink();
    SaveSink(const SaveSink &) = delete;
    SaveSink &operator=(const SaveSink &) = delete;

    // Writes bytes to path atomically; false with the system's reason and the old file untouched.
    virtual bool write(const QString &path, const QByteArray &bytes, QString *error) = 0;

    // SHA-256 of bytes, to tell whether the file on disk is still the one we loaded.
    static QByteArray hash(const QByteArray &bytes);
    // The same for bytes in pieces: hash(parts) == hash(parts.join()).
    static QByteArray hash(const QByteArrayList &parts);
    // Hash of the file at path; empty when it is missing, a folder or unreadable.
    static QByteArray hashFile(const QString &path);
    // A message for a failed save saying what happened in the user's words, that the file on disk
    // is unchanged and the edits are still open. systemError is the low-level reason.
    static QString explain(const QString &path, const QString &systemError);
};

} // namespace Lectern
