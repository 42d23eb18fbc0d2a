// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskwatch.h"

#include "postdocument.h"
#include "postloader.h"
#include "savesink.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace Lectern {

DiskWatch::DiskWatch(PostDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
    , m_settleStamp(new QTimer(this))
{
    // Writers touch a file several times in a row (truncate, write, rename): look once they settle.
    m_settle->setSingleShot(true);
    m_settle->setInterval(150);
    connect(m_settle, &QTimer::timeout, this, [this] {
        rewatch();
        check();
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    // A stamp taken just after the file was written (our own save, or a post saved a moment ago)
    // proves nothing yet: look once more when it has settled, so later checks and saves need not
    // hash the file.
    m_settleStamp->setSingleShot(true);
    m_settleStamp->setInterval(int(DiskStamp::kRacyMs) + 200);
    connect(m_settleStamp, &QTimer::timeout, this, [this] { check(); });
    const auto fresh = [this] {
        m_reportedValid = false;
        ++m_generation;
        rewatch();
        if (m_document->diskStamp().isRacy())
            m_settleStamp->start();
    };
    connect(document, &PostDocument::loaded, this, fresh);
    connect(document, &PostDocument::saved, this, fresh);
    connect(document, &PostDocument::pathChanged, this, fresh);
    m_pool.setMaxThreadCount(1);
    rewatch();
}

// Waits for a hash in flight: the worker never outlives the watch it reports to.
DiskWatch::~DiskWatch()
{
    ++m_generation;
    m_pool.waitForDone();
}

void DiskWatch::rewatch()
{
    const QString path = m_document->path();
    const QStringList old = m_watcher->files() + m_watcher->directories();
    if (!old.isEmpty())
        m_watcher->removePaths(old);
    if (path.isEmpty())
        return;
    // The folder too: after a rename or delete the file's own watch is gone.
    const QFileInfo info(path);
    if (info.exists())
        m_watcher->addPath(path);
    if (QFileInfo::exists(info.absolutePath()))
        m_watcher->addPath(info.absolutePath());
}

bool DiskWatch::check()
{
    const QString path = m_document->path();
    if (path.isEmpty())
        return false;
    const DiskStamp stamp = DiskStamp::of(path);
    if (m_document->diskStamp().proves(stamp)) {
        m_reportedValid = false;
        return false;
    }
    if (stamp.size > kInlineHashBytes || m_hashing) {
        hashInBackground(path);
        return false;
    }
    return judge(SaveSink::hashFile(path), stamp);
}

void DiskWatch::hashInBackground(const QString &path)
{
    if (m_hashing) {
        m_hashAgain = true;
        return;
    }
    m_hashing = true;
    const quint64 generation = m_generation;
    m_pool.start([this, path, generation] {
        const DiskStamp stamp = DiskStamp::of(path);
        const QByteArray hash = SaveSink::hashFile(path);
        // Queued to the GUI thread; the destructor waits for us, so `this` lives.
        QMetaObject::invokeMethod(
            this,
            [this, path, generation, stamp, hash] {
                m_hashing = false;
                // Loaded or saved meanwhile: the hash may be of the old file; look again.
                const bool stale = generation != m_generation || path != m_document->path();
                if (!stale)
                    judge(hash, stamp);
                if (std::exchange(m_hashAgain, false) || stale)
                    check();
                Q_EMIT hashed();
            },
            Qt::QueuedConnection);
    });
}

bool DiskWatch::judge(const QByteArray &now, const DiskStamp &stamp)
{
    if (now == m_document->diskHash()) {
        m_document->confirmDisk(stamp);   // later checks can trust the stamp once it is not racy
        m_reportedValid = false;
        return false;
    }
    if (m_reportedValid && now == m_reported)
        return true;
    if (!m_document->isModified() && !now.isEmpty() && m_loader) {
        if (!m_loader->isBusy()) {
            Q_EMIT aboutToReload();
            m_loader->reload();
            m_reloading = true;
        }
        return true;
    }
    if (!m_document->isModified() && !now.isEmpty()) {
        Q_EMIT aboutToReload();
        QString error;
        if (m_document->reload(&error)) {
            Q_EMIT reloaded();
            return true;
        }
    }
    m_reported = now;
    m_reportedValid = true;
    Q_EMIT conflict(now.isEmpty() ? Change::Removed : Change::Modified);
    return true;
}

void DiskWatch::setLoader(PostLoader *loader)
{
    m_loader = loader;
    connect(loader, &PostLoader::started, this, [this] { m_reloading = false; });
    connect(loader, &PostLoader::finished, this, [this] {
        if (!std::exchange(m_reloading, false))
            return;
        Q_EMIT reloaded();
        check();   // it may have changed again while we read it
    });
    connect(loader, &PostLoader::failed, this, [this] {
        if (!std::exchange(m_reloading, false))
            return;
        // The file is there but could not be reread (or edits arrived): let the user decide.
        const bool gone = !DiskStamp::of(m_document->path()).isValid();
        m_reported = gone ? QByteArray() : SaveSink::hashFile(m_document->path());
        m_reportedValid = true;
        Q_EMIT conflict(gone ? Change::Removed : Change::Modified);
    });
}

} // namespace Lectern
