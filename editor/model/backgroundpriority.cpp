// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundpriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#endif

namespace Lectern::BackgroundPriority {

void lowerCurrentThread()
{
#ifdef Q_OS_LINUX
    // PRIO_PROCESS with who 0 is the calling thread: on Linux the nice value is per thread (sched(7)).
    errno = 0;
    const int now = getpriority(PRIO_PROCESS, 0);
    if (now == -1 && errno != 0)
        return;
    (void)setpriority(PRIO_PROCESS, 0, qMin(now + kNice, 19));
#endif
}

void lowerOnStart(QThread *thread)
{
    QObject::connect(thread, &QThread::started, thread, &lowerCurrentThread, Qt::DirectConnection);
}

} // namespace Lectern::BackgroundPriority
