// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteindex.h"

#include "backgroundpriority.h"
#include "siteconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QSet>
#include <QThread>

#include <algorithm>

namespace Lectern {

namespace {
// Entries the worker reads before handing them over: big enough to keep signals few,
// small enough that titles appear while the rest are read.
constexpr int batchSize = 250;
constexpr int maxFileWatches = 4000;
// inotify watches added per event-loop turn: 4,000 at once held the GUI thread ~100 ms.
constexpr int watchChunk = 400;

// The folder and its subfolders (not symlinked ones: the listing does not read them either).
QStringList foldersUnder(const QString &folder)
{
    QStringList dirs{folder};
    QDirIterator it(folder, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        dirs << it.next();
    return dirs;
}

// The files to watch one by one: the newest posts, which are the ones being edited.
QStringList newestFiles(QList<PostEntry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const PostEntry &a, const PostEntry &b) { return a.date > b.date; });
    QStringList files;
    for (int i = 0; i < entries.size() && files.size() < maxFileWatches; ++i)
        files << entries.at(i).path;
    return files;
}
}

SiteIndex::SiteIndex(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &SiteIndex::refreshFolder);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        m_watchedFiles.remove(path);   // an atomic save replaced the file: its watch is gone
        refreshFolder(QFileInfo(path).absolutePath());
    });
}

SiteIndex::~SiteIndex()
{
    stopWorker();
}

void SiteIndex::stopWorker()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
}

void SiteIndex::openNow(const QString &siteRoot)
{
    open(QString());
    m_root = siteRoot.isEmpty() ? QString() : QDir(siteRoot).absolutePath();
    if (m_root.isEmpty())
        return;
    m_folders = SiteScan::sourceFolders(m_root);
    for (const SiteScan::Folder &f : std::as_const(m_folders))
        m_entries += SiteScan::listFolder(m_root, f);
    m_timeZone = SiteConfig::load(m_root).timezone();
    SiteScan::readAll(&m_entries, m_timeZone);
    rebuildPaths();
    m_ready = true;
    Q_EMIT reset();
    Q_EMIT ready();
}

void SiteIndex::open(const QString &siteRoot)
{
    stopWorker();
    ++m_generation;
    m_root = siteRoot.isEmpty() ? QString() : QDir(siteRoot).absolutePath();
    m_entries.clear();
    m_byPath.clear();
    m_folders.clear();
    m_ready = false;
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_watchedFiles.clear();
    Q_EMIT reset();
    if (m_root.isEmpty())
        return;

    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const quint64 generation = m_generation;
    const QString root = m_root;
    m_worker = QThread::create([this, cancel, generation, root] {
        BackgroundPriority::lowerCurrentThread();   // its readers (SiteScan::readAll) inherit it
        const QString timeZone = SiteConfig::load(root).timezone();
        const QList<SiteScan::Folder> folders = SiteScan::sourceFolders(root);
        QList<PostEntry> entries;
        QStringList dirs;
        for (const SiteScan::Folder &f : folders) {
            entries += SiteScan::listFolder(root, f);
            dirs += foldersUnder(f.path);
        }
        QMetaObject::invokeMethod(this, [this, generation, entries, folders, dirs, timeZone] {
            m_timeZone = generation == m_generation ? timeZone : m_timeZone;
            receiveListing(generation, entries, folders, dirs);
        }, Qt::QueuedConnection);
        for (int start = 0; start < entries.size() && !cancel->load(); start += batchSize) {
            QList<PostEntry> batch = entries.mid(start, batchSize);
            SiteScan::readAll(&batch, timeZone, cancel.get());
            QMetaObject::invokeMethod(this, [this, generation, batch] { receiveRead(generation, batch); },
                                      Qt::QueuedConnection);
        }
        const QStringList files = newestFiles(entries);
        QMetaObject::invokeMethod(this, [this, generation, files] { receiveDone(generation, files); },
                                  Qt::QueuedConnection);
    });
    m_worker->start();
}

void SiteIndex::receiveListing(quint64 generation, const QList<PostEntry> &entries,
                               const QList<SiteScan::Folder> &folders, const QStringList &dirs)
{
    if (generation != m_generation)
        return;
    m_entries = entries;
    m_folders = folders;
    rebuildPaths();
    if (!dirs.isEmpty())
        m_watcher->addPaths(dirs);   // walked on the worker
    Q_EMIT reset();
}

void SiteIndex::watchFiles(quint64 generation, QStringList files)
{
    // After the list is shown, a chunk per event-loop turn (one addPaths call per chunk: one by one
    // costs ~100 ms per 1,000). Old posts still update through folder watches on atomic saves.
    if (generation != m_generation || files.isEmpty())
        return;
    const QStringList chunk = files.mid(0, watchChunk);
    files.remove(0, chunk.size());
    QStringList fresh;
    for (const QString &f : chunk) {
        if (!m_watchedFiles.contains(f) && m_byPath.contains(f))
            fresh << f;
    }
    if (!fresh.isEmpty()) {
        const QStringList failed = m_watcher->addPaths(fresh);
        for (const QString &f : std::as_const(fresh))
            m_watchedFiles.insert(f);
        for (const QString &f : failed)
            m_watchedFiles.remove(f);
    }
    if (!files.isEmpty())
        QMetaObject::invokeMethod(this, [this, generation, files] { watchFiles(generation, files); }, Qt::QueuedConnection);
}

void SiteIndex::receiveRead(quint64 generation, const QList<PostEntry> &entries)
{
    if (generation != m_generation)
        return;
    QList<int> rows;
    for (const PostEntry &e : entries) {
        const int row = indexOf(e.path);
        // A file the watcher re-read meanwhile is newer than the worker's copy.
        if (row < 0 || m_entries.at(row).read)
            continue;
        m_entries[row] = e;
        rows << row;
    }
    if (!rows.isEmpty())
        Q_EMIT entriesChanged(rows);
}

void SiteIndex::receiveDone(quint64 generation, const QStringList &newest)
{
    if (generation != m_generation)
        return;
    m_ready = true;
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    watchFiles(generation, newest);
    Q_EMIT ready();
}

void SiteIndex::watch(const QString &folder)
{
    QStringList dirs = foldersUnder(folder);
    const QStringList watched = m_watcher->directories();
    dirs.removeIf([&watched](const QString &d) { return watched.contains(d); });
    if (!dirs.isEmpty())
        m_watcher->addPaths(dirs);
}

void SiteIndex::watchFile(const QString &path)
{
    if (m_watchedFiles.size() >= maxFileWatches || m_watchedFiles.contains(path))
        return;
    if (m_watcher->addPath(path))
        m_watchedFiles.insert(path);
}

void SiteIndex::rebuildPaths()
{
    m_byPath.clear();
    m_byPath.reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i)
        m_byPath.insert(m_entries.at(i).path, i);
}

void SiteIndex::refreshFolder(const QString &folder)
{
    const QString dir = QDir(folder).absolutePath();
    // The source folder this directory belongs to gives the collection and categories.
    const SiteScan::Folder *owner = nullptr;
    for (const SiteScan::Folder &f : std::as_const(m_folders)) {
        if (dir == f.path || dir.startsWith(f.path + QLatin1Char('/')))
            owner = &f;
    }
    if (!owner || (dir != owner->path && QFileInfo(dir).isSymLink()))
        return;
    SiteScan::Folder here = *owner;
    here.path = dir;
    QList<PostEntry> onDisk = QFileInfo(dir).isDir() ? SiteScan::listFolder(m_root, here, false) : QList<PostEntry>();
    QSet<QString> present;
    QList<int> changed;
    for (PostEntry &e : onDisk) {
        present.insert(e.path);
        watchFile(e.path);
        const int row = indexOf(e.path);
        if (row >= 0 && m_entries.at(row).read && m_entries.at(row).size == e.size
            && m_entries.at(row).modified == e.modified)
            continue;
        SiteScan::read(&e, m_timeZone);
        if (row >= 0) {
            m_entries[row] = e;
            changed << row;
        } else {
            m_entries.append(e);
            m_byPath.insert(e.path, m_entries.size() - 1);
            Q_EMIT entryAdded(m_entries.size() - 1);
        }
    }
    if (!changed.isEmpty())
        Q_EMIT entriesChanged(changed);
    // Files gone from this folder (not from its subfolders, which have their own watch).
    for (int row = m_entries.size() - 1; row >= 0; --row) {
        const QString &path = m_entries.at(row).path;
        if (path.section(QLatin1Char('/'), 0, -2) == dir && !present.contains(path)) {
            const QString gone = path;
            m_watchedFiles.remove(gone);
            m_entries.removeAt(row);
            rebuildPaths();
            Q_EMIT entryRemoved(row, gone);
        }
    }
    // A new subfolder (e.g. _posts/2026/, maybe with folders inside) gets watches and its files.
    if (QFileInfo(dir).isDir()) {
        const QStringList watched = m_watcher->directories();
        const QFileInfoList subdirs = QDir(dir).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        for (const QFileInfo &sub : subdirs) {
            if (watched.contains(sub.absoluteFilePath()))
                continue;
            QStringList tree{sub.absoluteFilePath()};
            QDirIterator it(sub.absoluteFilePath(), QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                tree << it.next();
            watch(sub.absoluteFilePath());
            for (const QString &d : std::as_const(tree))
                refreshFolder(d);
        }
    }
}

} // namespace Lectern
