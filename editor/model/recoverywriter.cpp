// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverywriter.h"

#include "postdocument.h"

#include <QDir>
#include <QLockFile>
#include <QTimer>

namespace Lectern {

RecoveryWriter::RecoveryWriter(PostDocument *document, const QString &storeDir, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(storeDir)
    , m_idle(new QTimer(this))
    , m_max(new QTimer(this))
{
    // Defaults keep kill -9 losses within about two seconds of typing.
    m_idle->setSingleShot(true);
    m_idle->setInterval(1000);
    m_max->setSingleShot(true);
    m_max->setInterval(2000);
    m_pool.setMaxThreadCount(1);
    connect(m_idle, &QTimer::timeout, this, &RecoveryWriter::writeInBackground);
    connect(m_max, &QTimer::timeout, this, &RecoveryWriter::writeInBackground);
    connect(document, &PostDocument::bodyChanged, this, &RecoveryWriter::edited);
    connect(document, &PostDocument::frontMatterChanged, this, &RecoveryWriter::edited);
    connect(document, &PostDocument::modifiedChanged, this, [this](bool modified) {
        if (modified)
            edited();
        else
            documentClean();
    });
    connect(document, &PostDocument::saved, this, &RecoveryWriter::documentClean);
    connect(document, &PostDocument::pathChanged, this, [this] {
        // A new path is a new entry; the old one goes (its text is in the new one at the next write).
        discard();
        if (m_document->isModified())
            edited();
    });
}

RecoveryWriter::~RecoveryWriter()
{
    // A clean exit (not a crash): the editor already asked to save or discard.
    discard();
}

void RecoveryWriter::setDelays(int idleMs, int maxMs)
{
    m_idle->setInterval(idleMs);
    m_max->setInterval(maxMs);
}

void RecoveryWriter::edited()
{
    m_pending = true;
    m_idle->start();
    if (!m_max->isActive())
        m_max->start();
}

void RecoveryWriter::flush()
{
    writeInBackground();
    m_pool.waitForDone();
}

void RecoveryWriter::writeInBackground()
{
    m_idle->stop();
    m_max->stop();
    if (!m_pending || !m_document->isModified())
        return;
    if (m_id.isEmpty()) {
        m_id = RecoveryStore::idForPath(m_document->path());
        QDir().mkpath(m_store.dir());
        m_lock = std::make_unique<QLockFile>(m_store.lockFileFor(m_id));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            // Another live Lectern edits the same post: keep our own entry apart.
            m_id = RecoveryStore::idForPath(QString());
            m_lock = std::make_unique<QLockFile>(m_store.lockFileFor(m_id));
            m_lock->tryLock(0);
        }
    }
    RecoveryStore::Entry entry;
    entry.id = m_id;
    entry.path = m_document->path();
    entry.diskHash = m_document->diskHash();
    entry.content = m_document->post().toBytes();
    entry.savedAt = QDateTime::currentDateTimeUtc();
    m_pending = false;
    const quint64 ticket = ++*m_ticket;
    m_pool.start([this, store = m_store, entry, ticket, tickets = m_ticket] {
        if (tickets->load() != ticket)
            return;   // a newer write or a removal came after us
        QString error;
        const bool ok = store.write(entry, &error);
        // Queued to the GUI thread; discard() and the destructor wait for this task, so `this` lives.
        QMetaObject::invokeMethod(this, [this, ok, error, ticket] {
            if (ok) {
                Q_EMIT written();
            } else if (m_ticket->load() == ticket) {
                m_pending = true;   // try again at the next edit or flush
                Q_EMIT failed(error);
            }
        }, Qt::QueuedConnection);
    });
}

void RecoveryWriter::discard()
{
    m_idle->stop();
    m_max->stop();
    m_pending = false;
    // Removal wins over a write in flight: queued writes are skipped, a running one finishes first.
    ++*m_ticket;
    m_pool.waitForDone();
    if (m_id.isEmpty())
        return;
    m_store.remove(m_id);
    m_lock.reset();   // unlocks and deletes the lock file
    m_id.clear();
}

void RecoveryWriter::documentClean()
{
    discard();
}

} // namespace Lectern
