// SPDX-License-Identifier: GPL-3.0-or-later
// What the GUI benchmarks share: a stall meter on the GUI thread and an event-loop spin that runs
// the loop as the application does (QTest::qWait sleeps between passes and hides stalls).
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace LecternBench {

// CPU time of the calling (GUI) thread in ms: unlike wall time it does not grow while other
// processes on a shared machine hold the CPU.
inline qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// Longest gap between ticks of a 5 ms timer: the longest the GUI thread could not react, in wall
// time and in the GUI thread's own CPU time (its longest piece of work, free of machine load).
class StallMeter final
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 gap = m_clock.restart();
            const qint64 cpu = threadCpuMs();
            if (m_traceGaps && (gap > 50 || cpu - m_lastCpu >= m_traceCpuMs)) {
                // To line up with `perf record -k CLOCK_MONOTONIC`: which work was it?
                timespec ts{};
                clock_gettime(CLOCK_MONOTONIC, &ts);
                std::fprintf(stderr, "stall of %lld ms (cpu %lld ms) ending at %ld.%09ld\n", static_cast<long long>(gap),
                             static_cast<long long>(cpu - m_lastCpu), static_cast<long>(ts.tv_sec), ts.tv_nsec);
            }
            m_longest = std::max(m_longest, gap);
            m_longestCpu = std::max(m_longestCpu, cpu - m_lastCpu);
            m_lastCpu = cpu;
        });
    }
    void start()
    {
        m_longest = 0;
        m_longestCpu = 0;
        m_lastCpu = threadCpuMs();
        m_clock.start();
        m_timer.start();
    }
    qint64 longest() const { return std::max(m_longest, m_clock.elapsed()); }
    qint64 longestCpu() const { return std::max(m_longestCpu, threadCpuMs() - m_lastCpu); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    qint64 m_longestCpu = 0;
    qint64 m_lastCpu = 0;
    bool m_traceGaps = qEnvironmentVariableIsSet("BENCH_BIGFILES_GAPS") || qEnvironmentVariableIsSet("BENCH_GAPS");
    // BENCH_GAPS_CPU_MS=N also prints each gap whose GUI-thread CPU time is N ms or more.
    qint64 m_traceCpuMs = qEnvironmentVariableIsSet("BENCH_GAPS_CPU_MS") ? qEnvironmentVariableIntValue("BENCH_GAPS_CPU_MS") : 1 << 30;
};

inline void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace LecternBench
