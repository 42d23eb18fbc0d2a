// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diskstamp.h"

#include <QByteArray>
#include <QObject>
#include <QThreadPool>

class QFileSystemWatcher;
class QTimer;

namespace Lectern {

class PostDocument;
class PostLoader;

// Notices when the open post changes on disk behind our back (another editor, git pull, a sync
// client). Watchers miss atomic renames, so it also compares the file's hash with the one loaded,
// on check() (app activation, before save) and re-adds the path after every event.
// No local edits: the post reloads silently. Local edits: conflict() lets the user decide.
// The GUI thread never reads a large file: a DiskStamp equal to the loaded one skips the hash,
// and files over kInlineHashBytes are hashed on a worker and judged when it is done.
class DiskWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskWatch)

public:
    enum class Change { Modified, Removed };
    Q_ENUM(Change)

    explicit DiskWatch(PostDocument *document, QObject *parent = nullptr);
    ~DiskWatch() override;

    static constexpr qint64 kInlineHashBytes = 1024 * 1024;

    // Compares the disk with the loaded state; true when it is known to differ now. A large file
    // whose stamp changed is hashed in the background: check() returns false and the signals
    // below report the outcome.
    bool check();
    bool isHashing() const { return m_hashing; }
    // Silent reloads go through loader (off the GUI thread); reloaded() then comes when it is done.
    // Without one (the default) they reread the file synchronously.
    void setLoader(PostLoader *loader);

Q_SIGNALS:
    void aboutToReload();
    void reloaded();
    // Reported once per new disk state, until the document is reloaded or saved.
    void conflict(Lectern::DiskWatch::Change change);
    // A background hash was judged (whatever the outcome); for tests and benchmarks.
    void hashed();

private:
    void rewatch();
    // Acts on the hash of the file now on disk (empty: gone); stamp was taken before reading it.
    bool judge(const QByteArray &now, const DiskStamp &stamp);
    void hashInBackground(const QString &path);

    PostDocument *m_document = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_settle = nullptr;
    QTimer *m_settleStamp = nullptr;
    QByteArray m_reported;
    bool m_reportedValid = false;
    PostLoader *m_loader = nullptr;
    bool m_reloading = false;   // the loader's reload in flight is ours
    QThreadPool m_pool;
    quint64 m_generation = 0;   // bumped on every load and save: older hashes are stale
    bool m_hashing = false;
    bool m_hashAgain = false;   // a check came in while hashing
};

} // namespace Lectern
