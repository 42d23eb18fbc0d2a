// SPDX-License-Identifier: GPL-3.0-or-later
#include "postloader.h"

#include "postdocument.h"
#include "savesink.h"

#include <memory>

namespace Lectern {

namespace {

constexpr qsizetype kSpareFrom = 1024 * 1024;   // characters; below this a fresh copy is quick
constexpr qsizetype kSpareRoom = 64 * 1024;     // characters of typing before the spare is too small

} // namespace

PostLoad PostLoad::read(const QString &path)
{
    PostLoad load;
    load.path = path;
    load.diskStamp = DiskStamp::of(path);
    if (!PostFile::load(path, &load.post, &load.error))
        return load;
    load.body = load.post.body();
    load.body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    load.diskHash = SaveSink::hash(load.post.toParts());
    if (load.body.size() > kSpareFrom) {
        load.spare = QString(load.body.size() + kSpareRoom, QLatin1Char(' '));   // writes every page
        load.spare.resize(0);   // keeps the capacity
    }
    load.ok = true;
    return load;
}

PostLoader::PostLoader(PostDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    // Two threads: a superseded read may still be parsing when the next one starts.
    m_pool.setMaxThreadCount(2);
}

PostLoader::~PostLoader()
{
    ++m_generation;
    m_pool.waitForDone();
}

void PostLoader::open(const QString &path)
{
    start(path, false);
}

void PostLoader::reload(Edits edits)
{
    start(m_document->path(), true, edits);
}

void PostLoader::cancel()
{
    ++m_generation;
    m_pendingPath.clear();
}

void PostLoader::start(const QString &path, bool reload, Edits edits)
{
    const quint64 generation = ++m_generation;
    m_pendingPath = path;
    Q_EMIT started(path, reload);
    m_pool.start([this, path, generation, reload, edits] {
        auto load = std::make_shared<PostLoad>(PostLoad::read(path));
        // Queued to this object's (the GUI) thread; the destructor waits for us, so `this` lives.
        QMetaObject::invokeMethod(this, [this, generation, reload, edits, load] { done(generation, reload, edits, *load); },
                                  Qt::QueuedConnection);
    });
}

void PostLoader::done(quint64 generation, bool reload, Edits edits, PostLoad &load)
{
    if (generation != m_generation) {
        Q_EMIT superseded(load.path);   // a newer open or reload is under way; it will report
        return;
    }
    m_pendingPath.clear();
    if (!load.ok) {
        Q_EMIT failed(load.path, load.error, reload);
        return;
    }
    if (reload && edits == Edits::Keep && m_document->isModified()) {
        // Edits arrived while rereading: never drop them for the disk's version.
        Q_EMIT failed(load.path, tr("%1 has unsaved edits; not reloaded").arg(load.path), reload);
        return;
    }
    m_document->adopt(load.path, std::move(load.post), load.body, load.diskHash, load.diskStamp);
    m_document->adoptSpare(std::move(load.spare));
    Q_EMIT finished(load.path, reload);
}

} // namespace Lectern
