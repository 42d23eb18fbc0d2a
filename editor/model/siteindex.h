// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sitescan.h"

#include <QHash>
#include <QSet>
#include <QObject>

#include <atomic>
#include <memory>

class QFileSystemWatcher;
class QThread;

namespace Lectern {

// The posts of one site, kept current. open() lists the files on a worker thread (fast: names and
// dates from file names), then reads their front matter there in batches; the GUI thread only
// receives finished entries. Afterwards a QFileSystemWatcher on the source folders re-reads just
// the folder that changed. Folder watches see files added, removed and replaced (atomic saves);
// in-place edits need a watch per file, which we keep for the first few thousand files only,
// to stay clear of the system's inotify limit.
class SiteIndex final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteIndex)

public:
    explicit SiteIndex(QObject *parent = nullptr);
    ~SiteIndex() override;

    // Starts indexing the site; returns at once. Empty root clears the index.
    void open(const QString &siteRoot);
    // Lists and reads the whole site on the calling thread (posts read on every core), ready on
    // return, with no watches: for lectern-cli and tests. Emits reset() and ready().
    void openNow(const QString &siteRoot);
    QString root() const { return m_root; }
    // True once every file's front matter has been read.
    bool isReady() const { return m_ready; }

    const QList<PostEntry> &entries() const { return m_entries; }
    int indexOf(const QString &path) const { return m_byPath.value(path, -1); }

    // Re-reads one folder now (the watcher calls this; so can code that just wrote a file).
    void refreshFolder(const QString &folder);

Q_SIGNALS:
    void reset();                                 // the whole list was replaced
    void entriesChanged(const QList<int> &rows);  // these rows were re-read
    void entryAdded(int row);                     // appended at row
    void entryRemoved(int row, const QString &path);   // path: the file the row was
    void ready();

private:
    void stopWorker();
    void receiveListing(quint64 generation, const QList<PostEntry> &entries, const QList<SiteScan::Folder> &folders,
                        const QStringList &dirs);
    void receiveRead(quint64 generation, const QList<PostEntry> &entries);
    void receiveDone(quint64 generation, const QStringList &newest);
    void watch(const QString &folder);
    void watchFile(const QString &path);
    void watchFiles(quint64 generation, QStringList files);
    void rebuildPaths();

    QString m_root;
    QString m_timeZone;   // the site's `timezone` (posts' dates are that zone's days, as Jekyll's)
    QList<PostEntry> m_entries;
    QHash<QString, int> m_byPath;
    QSet<QString> m_watchedFiles;
    QList<SiteScan::Folder> m_folders;
    QFileSystemWatcher *m_watcher = nullptr;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_ready = false;
};

} // namespace Lectern
