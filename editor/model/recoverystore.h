// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Lectern {

// Unsaved posts kept beside the app's data (AppDataLocation/recovery/), one JSON file per post,
// written atomically. A running Lectern holds a lock per entry, so entries whose lock is free
// after a crash or kill -9 are the ones to offer back at the next start.
class RecoveryStore final
{
public:
    struct Entry
    {
        QString id;            // file name stem, stable per post path
        QString path;          // the post it belongs to (empty for a post never saved)
        QByteArray diskHash;   // SHA-256 of that file when the edits began (PostDocument::diskHash)
        QByteArray content;    // the whole post: front matter and body, as it would be saved
        QDateTime savedAt;
    };

    explicit RecoveryStore(const QString &dir = defaultDir());

    // AppDataLocation/recovery.
    static QString defaultDir();
    QString dir() const { return m_dir; }
    static QString idForPath(const QString &path);

    bool write(const Entry &entry, QString *error = nullptr) const;
    bool remove(const QString &id) const;
    // Entries no running Lectern holds: left by a crash. Unreadable files are skipped, not removed.
    QList<Entry> orphans() const;
    static bool read(const QString &file, Entry *entry);
    QString fileFor(const QString &id) const;
    QString lockFileFor(const QString &id) const;

private:
    QString m_dir;
};

} // namespace Lectern
