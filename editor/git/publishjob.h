// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publisher.h"

#include <QObject>

#include <atomic>

class QThread;

namespace Lectern {

// One publish or pull run off the GUI thread: the window starts it and gets finished() on its own
// thread; git runs in a worker QThread, so the window never waits on the network.
class PublishJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishJob)

public:
    explicit PublishJob(QObject *parent = nullptr);
    ~PublishJob() override;   // cancels and waits for the worker (a killed git ends at once)

    // Publisher::publish(POSTS, MESSAGE, PUSH) on the worker. One run at a time: false when busy.
    bool startPublish(const QStringList &posts, const QString &message, bool push = true);
    // Publisher::pull(SITE_ROOT) on the worker.
    bool startPull(const QString &siteRoot);
    // Publisher::resolveConflict(SITE_ROOT, CHOICE, SEEN_UPSTREAM) on the worker.
    bool startResolve(const QString &siteRoot, ConflictChoice choice, const QString &seenUpstream);
    // Kills the running git process; finished() follows with Outcome::Cancelled (or the result of a
    // step that completed meanwhile).
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(const QString &step);
    void finished(const Lectern::PublishResult &result);

private:
    bool start(std::function<PublishResult(Publisher &)> work);

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    bool m_busy = false;   // from start until finished() is emitted (GUI thread only)
};

} // namespace Lectern
