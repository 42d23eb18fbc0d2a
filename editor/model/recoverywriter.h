// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recoverystore.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

class QLockFile;
class QTimer;

namespace Lectern {

class PostDocument;

// Autosaves a document's unsaved state to the recovery store, never over the post: shortly after
// the last edit (idle delay) and, while typing goes on, at least every maxDelay, so a crash or
// kill -9 loses at most that much. A save, a clean reload or the writer's end removes the entry.
// The JSON and the file are written on a worker from a copy of the post's bytes, so autosaving a
// 20 MB post never stalls typing (issue 9).
class RecoveryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryWriter)

public:
    explicit RecoveryWriter(PostDocument *document, const QString &storeDir = RecoveryStore::defaultDir(),
                            QObject *parent = nullptr);
    ~RecoveryWriter() override;

    void setDelays(int idleMs, int maxMs);
    QString entryId() const { return m_id; }
    // Writes now if there are unsaved edits and waits until the file is written (app deactivation).
    void flush();
    // The document closed cleanly: forget its entry.
    void discard();

Q_SIGNALS:
    void written();
    void failed(const QString &error);

private:
    void edited();
    void documentClean();
    // Queues a write of the document as it is now.
    void writeInBackground();

    PostDocument *m_document = nullptr;
    RecoveryStore m_store;
    QString m_id;
    std::unique_ptr<QLockFile> m_lock;
    QTimer *m_idle = nullptr;
    QTimer *m_max = nullptr;
    bool m_pending = false;
    QThreadPool m_pool;   // one thread: writes land in the order they were made
    // Every queued write and every discard() takes a new ticket; a write whose ticket is no longer
    // the newest is skipped, so an older write never lands after a newer one or after a removal.
    std::shared_ptr<std::atomic<quint64>> m_ticket = std::make_shared<std::atomic<quint64>>(0);
};

} // namespace Lectern
