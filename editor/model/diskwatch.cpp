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
    const auto fresh = [this] {
        m_reportedValid = false;
        rewatch();
    };
    connect(document, &PostDocument::loaded, this, fresh);
    connect(document, &PostDocument::saved, this, fresh);
    connect(document, &PostDocument::pathChanged, this, fresh);
    rewatch();
}

DiskWatch::~DiskWatch() = default;

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
    if (m_document->path().isEmpty())
        return false;
    const QByteArray now = SaveSink::hashFile(m_document->path());
    if (now == m_document->diskHash()) {
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
        const QByteArray now = SaveSink::hashFile(m_document->path());
        m_reported = now;
        m_reportedValid = true;
        Q_EMIT conflict(now.isEmpty() ? Change::Removed : Change::Modified);
    });
}

} // namespace Lectern
