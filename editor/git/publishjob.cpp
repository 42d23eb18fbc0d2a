// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishjob.h"

#include <QMetaObject>
#include <QThread>

namespace Lectern {

PublishJob::PublishJob(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Lectern::PublishResult>();
}

PublishJob::~PublishJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool PublishJob::isRunning() const
{
    return m_busy;
}

void PublishJob::cancel()
{
    m_cancel = true;
}

bool PublishJob::start(std::function<PublishResult(Publisher &)> work)
{
    if (m_busy)
        return false;
    // A worker that delivered its result may still be returning: a choice made in the dialog that
    // result opened starts the next run at once.
    if (m_thread)
        m_thread->wait();
    delete m_thread;
    m_busy = true;
    m_cancel = false;
    // The destructor waits for the worker, and a queued call whose context object is gone is
    // dropped, so `this` is alive whenever these run.
    m_thread = QThread::create([this, work] {
        Publisher publisher(&m_cancel, true);
        publisher.progress = [this](const QString &step) {
            QMetaObject::invokeMethod(this, [this, step] { Q_EMIT progress(step); }, Qt::QueuedConnection);
        };
        const PublishResult result = work(publisher);
        QMetaObject::invokeMethod(this, [this, result] {
            m_busy = false;
            Q_EMIT finished(result);
        }, Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

bool PublishJob::startPublish(const QStringList &posts, const QString &message, bool push)
{
    return start([posts, message, push](Publisher &p) { return p.publish(posts, message, push); });
}

bool PublishJob::startResolve(const QString &siteRoot, ConflictChoice choice, const QString &seenUpstream)
{
    return start([siteRoot, choice, seenUpstream](Publisher &p) { return p.resolveConflict(siteRoot, choice, seenUpstream); });
}

bool PublishJob::startPull(const QString &siteRoot)
{
    return start([siteRoot](Publisher &p) { return p.pull(siteRoot); });
}

} // namespace Lectern
