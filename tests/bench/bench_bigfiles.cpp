// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9's large and odd files through the real window, offscreen: how long the GUI thread is
// blocked at most (gaps between ticks of a 5 ms timer) and how long until the post is shown and
// editable. Prints a Markdown section for docs/BENCHMARKS.md.
// BENCH_BIGFILES_SHOT=FILE.png grabs the window while the 20 MB post is still opening.
// BENCH_BIGFILES_GAPS=1 prints each stall over 50 ms with its CLOCK_MONOTONIC end, for perf.
#include "editcommand.h"
#include "editsession.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "postopening.h"
#include "previewprofile.h"
#include "exacttext.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Lectern;

namespace {

struct Case
{
    QString name;
    QByteArray bytes;
};

QList<Case> cases()
{
    QByteArray twenty = "---\r\ntitle: Big\r\n---\r\n";
    const QByteArray para = QByteArray(1000, 'w') + "\r\n";
    while (twenty.size() < 20 * 1024 * 1024)
        twenty += para;
    QByteArray lines = "---\ntitle: Lines\n---\n";
    for (int i = 0; i < 100000; ++i)
        lines += "Line " + QByteArray::number(i) + " of a very long seminar report.\n";
    QByteArray keys = "---\n";
    for (int i = 0; i < 10000; ++i)
        keys += "key_" + QByteArray::number(i) + ": value " + QByteArray::number(i) + "\n";
    keys += "---\nBody.\n";
    const QByteArray wide = "---\ntitle: Wide\n---\n" + QByteArray(1024 * 1024, 'x') + "\n";
    return {{QStringLiteral("20 MB post (CRLF)"), twenty},
            {QStringLiteral("100,000-line body"), lines},
            {QStringLiteral("10,000 front-matter keys"), keys},
            {QStringLiteral("one line of 1 MB"), wide}};
}

// CPU time of the calling (GUI) thread in ms: unlike wall time it does not grow while other
// processes on a shared machine hold the CPU.
qint64 threadCpuMs()
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
            if (gap > 50 && m_traceGaps) {
                // To line up with `perf record -k CLOCK_MONOTONIC`: which work was it?
                timespec ts{};
                clock_gettime(CLOCK_MONOTONIC, &ts);
                std::fprintf(stderr, "stall of %lld ms ending at %ld.%09ld\n", static_cast<long long>(gap),
                             static_cast<long>(ts.tv_sec), ts.tv_nsec);
            }
            m_longest = std::max(m_longest, gap);
            const qint64 cpu = threadCpuMs();
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
    bool m_traceGaps = qEnvironmentVariableIsSet("BENCH_BIGFILES_GAPS");
};

void spin(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace

int main(int argc, char *argv[])
{
    PreviewProfile::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QByteArray shot = qgetenv("BENCH_BIGFILES_SHOT");

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    spin(1500);   // the preview's shell page loads once

    QAction *saveAction = nullptr;   // File > Save, as Ctrl+S runs it
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Save))
            saveAction = action;
    }
    QTextStream out(stdout);
    out << "## bench_bigfiles (issue 9: large and odd files through the real window)\n\n"
        << "Longest GUI-thread stall = longest gap between ticks of a 5 ms timer, from the open request until "
           "the post is shown and editable (\"open\") and during the 2 s after (\"after\": preview and the rest); "
           "wall time, and in brackets the GUI thread's own CPU time over the same gap (its work, without the "
           "machine's load).\n\n"
        << "Then one character is typed at the start of the body (\"keystroke\": longest stall in the 500 ms after; "
           "a folded body is read-only, so the title is edited instead) and the post is saved (\"save\": how long "
           "the Save call holds the GUI thread). \"folded\": a line over 100,000 characters is shown in read-only rows "
           "(MarkdownEditor::kLongLine); the document keeps the exact text.\n\n"
        << "| file | bytes | openPath() call ms | fully loaded ms | longest stall, open ms | longest stall, after ms | editor text exact "
           "| keystroke stall ms | save ms | saved exactly |\n"
        << "|---|---:|---:|---:|---:|---:|---|---:|---:|---|\n";
    // An argument picks the cases whose name contains it (e.g. "keys"); several are separated by "|".
    const QStringList only = argc > 1 ? QString::fromLocal8Bit(argv[1]).split(QLatin1Char('|')) : QStringList();
    for (const Case &c : cases()) {
        if (!only.isEmpty() && std::none_of(only.cbegin(), only.cend(), [&](const QString &o) { return c.name.contains(o); }))
            continue;
        const QString path = dir.filePath(c.name.left(6).simplified().replace(QLatin1Char(' '), QLatin1Char('_'))
                                          + QStringLiteral(".md"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(c.bytes) != c.bytes.size())
            return 2;
        file.close();
        StallMeter meter;
        QElapsedTimer total;
        meter.start();
        total.start();
        window.openPath(path);
        const qint64 callMs = total.elapsed();
        bool grabbed = shot.isEmpty() || !c.name.startsWith(QLatin1String("20 MB"));
        while (window.opening()->isBusy() && total.elapsed() < 120000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (!grabbed && total.elapsed() > 400) {
                window.grab().save(QString::fromLocal8Bit(shot));
                grabbed = true;
            }
        }
        const qint64 loadedMs = total.elapsed();
        const qint64 openStall = meter.longest();
        const qint64 openCpu = meter.longestCpu();
        meter.start();
        spin(2000);
        const qint64 afterStall = meter.longest();
        const qint64 afterCpu = meter.longestCpu();
        // Folded (an over-long line): read-only rows; the document holds the exact text.
        const bool folded = window.editor()->isFolded();
        const bool exact = (folded || exactText(window.editor()->document()) == window.document()->body())
                           && window.document()->path() == path;
        meter.start();
        if (folded) {
            window.session()->push(FrontMatterCommand::setScalar(window.session(), QStringLiteral("title"),
                                                                  QStringLiteral("Edited"), QString()));   // the form's way
        } else {
            QTextCursor cursor(window.editor()->document());
            cursor.insertText(QStringLiteral("x"));
        }
        spin(500);
        const qint64 keyStall = meter.longest();
        QElapsedTimer saveClock;
        saveClock.start();
        const bool saved = saveAction && (saveAction->trigger(), !window.document()->isModified());
        const qint64 saveMs = saveClock.elapsed();
        QFile written(path);
        const bool savedExactly = saved && written.open(QIODevice::ReadOnly) && written.readAll() == window.document()->post().toBytes()
                                  && (folded ? window.document()->post().toBytes().contains("title: Edited")
                                             : window.document()->body().startsWith(QLatin1Char('x')));
        out << "| " << c.name << " | " << c.bytes.size() << " | " << callMs << " | " << loadedMs << " | " << openStall << " (" << openCpu
            << ") | " << afterStall << " (" << afterCpu << ") | " << (!exact ? "NO" : folded ? "folded" : "yes") << " | " << keyStall
            << (folded ? " (title)" : "") << " | " << saveMs << " | " << (savedExactly ? "yes" : "NO") << " |\n";
        out.flush();
    }
    out << "\n";
    return 0;
}
