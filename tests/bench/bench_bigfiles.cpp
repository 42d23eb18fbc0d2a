// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9's large and odd files through the real window, offscreen: how long the GUI thread is
// blocked at most (gaps between ticks of a 5 ms timer) and how long until the post is shown and
// editable. Prints a Markdown section for docs/BENCHMARKS.md.
// BENCH_BIGFILES_SHOT=FILE.png grabs the window while the 20 MB post is still opening.
// BENCH_BIGFILES_GAPS=1 prints each stall over 50 ms with its CLOCK_MONOTONIC end, for perf (with
// BENCH_GAPS_CPU_MS=N, also each gap of N ms or more of GUI-thread CPU).
#include "editcommand.h"
#include "editsession.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "markdownhighlighter.h"
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
#include <QKeyEvent>
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

// A Markdown body of about `bytes` bytes with every construct the highlighter knows, as posts use them.
QByteArray markdownBody(qsizetype bytes)
{
    const QByteArray block =
        "## Seminar %1 {#seminar-%1}\n\n"
        "- **When:** Wednesday, March 19, 2025, 11:00am - 12:00pm PDT\n"
        "- **Where:** MDR #1137 Conference Room\n"
        "- _This event is open to the public._\n\n"
        "Malkiewicz is employed at [CSC](https://www.csc.fi/) - IT Center for Science in Finland, has worked for "
        "CSC in ~~managerial~~ and `specialist` positions since 2011, see {{ site.baseurl }}/people/.\n"
        "{: .lead}\n\n"
        "| Item | Room | Time |\n|---|---|---|\n| Talk | 1137 | 11:00 |\n| Q&amp;A | 1137 | 11:45 |\n\n"
        "> He holds a PhD in nuclear physics from the <abbr title=\"University\">Univ.</abbr> of Jyvaskyla.\n\n"
        "```python\nfor node in range(512):\n    run(node, \"*args*\")\n```\n\n"
        "{% comment %}\nNotes for the editor, %1.\n{% endcomment %}\n"
        "![Speaker photo](/images/news/speaker-%1.jpg)\n\n";
    QByteArray body;
    for (int i = 0; body.size() < bytes; ++i)
        body += QByteArray(block).replace("%1", QByteArray::number(i));
    return body;
}

// A key typed as the window system delivers it (press and release, to the focus widget).
void typeKey(QWidget *widget, int key, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(widget, &release);
}

struct HighlightRun
{
    qint64 shownMs = 0;         // open request until the editor is filled and editable
    qint64 highlightedMs = 0;   // ... and every line highlighted
    qint64 openStall = 0;
    qint64 openStallCpu = 0;
    int keystrokes = 0;
    qint64 typingStall = 0;     // longest gap while typing words in the middle of the body
    qint64 typingStallCpu = 0;
    qint64 fenceStallCpu = 0;
    qint64 highlightCpuMs = 0;  // GUI-thread CPU from shown to highlighted (the idle chunks, and the rest)
    double keystrokeMs = 0;     // longest single keystroke's handling (key event to return)
    double keystrokeCpuMs = 0;  // the same in GUI-thread CPU time
    qint64 fenceStall = 0;      // longest gap while typing ~~~ + Enter at the top and deleting it again
    qint64 fenceRecolourMs = 0; // the fence typed until the whole body below it is re-coloured
};

// Issue 16: typing in a 1 MB Markdown body through the real window, highlighting off (the
// highlighter detached, as before it existed) and on.
HighlightRun typeInMarkdownBody(MainWindow &window, const QString &path, bool highlighting)
{
    HighlightRun r;
    MarkdownEditor *editor = window.editor();
    MarkdownHighlighter *highlighter = editor->highlighter();
    highlighter->setDocument(highlighting ? editor->document() : nullptr);
    spin(300);
    StallMeter meter;
    QElapsedTimer clock;
    meter.start();
    clock.start();
    window.openPath(path);
    while ((window.opening()->isBusy() || editor->isFilling()) && clock.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    r.shownMs = clock.elapsed();
    const qint64 cpuAtShown = threadCpuMs();
    while (highlighter->isBusy() && clock.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    r.highlightedMs = clock.elapsed();
    r.highlightCpuMs = threadCpuMs() - cpuAtShown;
    r.openStall = meter.longest();
    r.openStallCpu = meter.longestCpu();
    spin(2000);   // the preview's first render of the post

    // Words typed in the middle of the body, a quick typist's pace (60 ms a key).
    QTextCursor middle(editor->document()->findBlockByNumber(editor->document()->blockCount() / 2));
    editor->setTextCursor(middle);
    const QString words = QStringLiteral("typing a few words into the middle of a long post ");
    meter.start();
    QTimer typist;
    typist.setInterval(60);
    QObject::connect(&typist, &QTimer::timeout, [&] {
        QElapsedTimer k;
        k.start();
        timespec cpu0{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu0);
        const QChar c = words.at(r.keystrokes % words.size());
        typeKey(editor, c == u' ' ? int(Qt::Key_Space) : int(Qt::Key_A) + (c.unicode() - u'a'), QString(c));
        r.keystrokeMs = std::max(r.keystrokeMs, k.nsecsElapsed() / 1e6);
        timespec cpu1{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu1);
        r.keystrokeCpuMs = std::max(r.keystrokeCpuMs, (cpu1.tv_sec - cpu0.tv_sec) * 1e3 + (cpu1.tv_nsec - cpu0.tv_nsec) / 1e6);
        ++r.keystrokes;
    });
    typist.start();
    while (r.keystrokes < 40 && clock.elapsed() < 240000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    typist.stop();
    spin(500);
    r.typingStall = meter.longest();
    r.typingStallCpu = meter.longestCpu();

    // The worst case for a highlighter: a fence opened at the top turns the whole body into code,
    // and deleting it turns it back. A ~~~ fence: the body's own ``` fences cannot close it.
    editor->moveCursor(QTextCursor::Start);
    meter.start();
    QElapsedTimer fence;
    for (int i = 0; i < 3; ++i) {
        if (i == 2)
            fence.start();   // the third ~ opens the fence: the whole body below becomes code
        typeKey(editor, Qt::Key_AsciiTilde, QStringLiteral("~"));
        if (i < 2)
            spin(60);
    }
    while (highlighter->isBusy() && fence.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    r.fenceRecolourMs = fence.elapsed();
    spin(60);
    typeKey(editor, Qt::Key_Return, QStringLiteral("\r"));
    spin(300);
    for (int i = 0; i < 4; ++i) {
        typeKey(editor, Qt::Key_Backspace, QString());
        spin(60);
    }
    while (highlighter->isBusy() && fence.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    spin(500);
    r.fenceStall = meter.longest();
    r.fenceStallCpu = meter.longestCpu();
    highlighter->setDocument(editor->document());
    return r;
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

    if (only.isEmpty() || only.contains(QLatin1String("highlight"))) {
        out << "### Typing in a 1 MB Markdown body, highlighting off and on (issue 16)\n\n"
            << "A 1 MB body of headings, lists, emphasis, links, a table, a quote, a fenced block, Liquid, a Liquid "
               "comment, kramdown attribute lists and images, opened in the window (\"shown\": filled in and editable; "
               "\"highlighted\": every line coloured; longest stall over both, wall and GUI-thread CPU ms). Then 40 "
               "characters typed in the middle at 60 ms a key (longest stall, longest keystroke's handling), and ~~~ + "
               "Enter typed at the top and deleted again, which turns the whole body into code and back (longest stall; "
               "ms from the third ~ until the last line is re-coloured). Stalls: wall ms and, in brackets, the GUI "
               "thread's CPU ms over the same gap (its own work, without the machine's load). \"off\" has the highlighter detached, as before "
               "it existed.\n\n"
            << "| highlighting | shown ms | highlighted ms (GUI CPU after shown) | longest stall, open ms | keystrokes "
               "| longest stall, typing ms | longest keystroke ms (CPU) | longest stall, fence at the top ms | fence re-coloured ms |\n"
            << "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n";
        const QByteArray post = "---\ntitle: Markdown\n---\n" + markdownBody(1024 * 1024);
        for (const bool highlighting : {false, true}) {
            const QString path = dir.filePath(highlighting ? QStringLiteral("md_on.md") : QStringLiteral("md_off.md"));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(post) != post.size())
                return 2;
            file.close();
            const HighlightRun r = typeInMarkdownBody(window, path, highlighting);
            out << "| " << (highlighting ? "on" : "off") << " | " << r.shownMs << " | "
                << (highlighting ? QStringLiteral("%1 (%2)").arg(r.highlightedMs).arg(r.highlightCpuMs) : QStringLiteral("-"))
                << " | " << r.openStall << " (" << r.openStallCpu << ") | " << r.keystrokes << " | " << r.typingStall << " ("
                << r.typingStallCpu << ") | " << QString::number(r.keystrokeMs, 'f', 1) << " ("
                << QString::number(r.keystrokeCpuMs, 'f', 1) << ") | " << r.fenceStall << " ("
                << r.fenceStallCpu << ") | " << (highlighting ? QString::number(r.fenceRecolourMs) : QStringLiteral("-")) << " |\n";
            out.flush();
        }
        out << "\n";
    }
    return 0;
}
