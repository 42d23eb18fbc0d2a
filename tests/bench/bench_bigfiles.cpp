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
#include "benchsupport.h"

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
using namespace LecternBench;

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
