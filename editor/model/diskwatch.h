// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>

class QFileSystemWatcher;
class QTimer;

namespace Lectern {

class PostDocument;
class PostLoader;

// Notices when the open post changes on disk behind our back (another editor, git pull, a sync
// client). Watchers miss atomic renames, so it also compares the file's hash with the one loaded,
// on check() (app activation, before save) and re-adds the path after every event.
// No local edits: the post reloads silently. Local edits: conflict() lets the user decide.
class DiskWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskWatch)

public:
    enum class Change { Modified, Removed };
    Q_ENUM(Change)

    explicit DiskWatch(PostDocument *document, QObject *parent = nullptr);
    ~DiskWatch() override;

    // Compares the disk with the loaded state now; returns true when it differs.
    bool check();
    // Silent reloads go through loader (off the GUI thread); reloaded() then comes when it is done.
    // Without one (the default) they reread the file synchronously.
    void setLoader(PostLoader *loader);

Q_SIGNALS:
    void aboutToReload();
    void reloaded();
    // Reported once per new disk state, until the document is reloaded or saved.
    void conflict(Lectern::DiskWatch::Change change);

private:
    void rewatch();

    PostDocument *m_document = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_settle = nullptr;
    QByteArray m_reported;
    bool m_reportedValid = false;
    PostLoader *m_loader = nullptr;
    bool m_reloading = false;   // the loader's reload in flight is ours
};

} // namespace Lectern
