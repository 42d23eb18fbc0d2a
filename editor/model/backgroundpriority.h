// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QThread;

namespace Lectern::BackgroundPriority {

// Background work (the preview's render, spelling, reading the site's posts, inferring its schema)
// runs at a lower CPU priority than the GUI thread, so that when the machine's cores are all busy the
// kernel runs a keystroke's handling first and the background work in the time left over. It still
// gets every idle core: a lower priority only decides who waits when both want the same core.
//
// On Linux a thread's nice value is its own (sched(7), "The nice value"), and threads it starts
// inherit it (SiteScan::readAll's readers do). Qt's QThread::setPriority cannot lower it: for the
// normal time-sharing policy every QThread::Priority but IdlePriority maps to the one static
// priority 0, and IdlePriority (SCHED_IDLE) would starve the work on a busy machine.
constexpr int kNice = 10;   // as Chromium's background threads; the GUI thread stays at its nice

// Raises the calling thread's nice value by kNice (a lower priority; any thread may lower its own).
// Elsewhere than on Linux, and when the system refuses, the priority stays as it was: nothing is
// reported, the work only loses its place in the queue for the CPU.
void lowerCurrentThread();

// THREAD's started() signal, delivered in the new thread, calls lowerCurrentThread() before the
// thread's event loop runs any work: for a QThread with worker objects, connected before start().
void lowerOnStart(QThread *thread);

} // namespace Lectern::BackgroundPriority
