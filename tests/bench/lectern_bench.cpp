// SPDX-License-Identifier: GPL-3.0-or-later
// Preview speed, printed as one JSON object (run by scripts/bench.sh, never by ctest):
// keystroke -> preview updated latency on a 5 KB and a 100 KB post, the longest GUI-thread stall
// while typing into a 1 MB post, render time against raw cmark-gfm, cold start to first paint.
// "Updated" is the page's callback after the content is replaced and layout forced (see ShellScript):
// the DOM holds the new text and is laid out; the compositor's paint of that frame follows and is
// not included (QtWebEngine 6.4 reports no frame presentation to the application).
// The keystroke's render re-parses only the blocks from the edit on (IncrementalMarkdown, kept by the
// scheduler's render function); render_*_ms is a whole render (a fresh function each run).
// Typing pushes only the blocks that changed (HtmlBlocks), so push_*_p50 measures what a keystroke
// at the end costs the page: a result as the render worker hands it over (already cut into blocks)
// to the page's callback. The stall figure comes with stall_1m_idle_max_ms, the same heartbeat with
// nothing to do, because on a loaded or coarse-timer machine the heartbeat alone misses by 10+ ms.
// cold_start_bare_webengine_ms is a child process showing a bare QWebEngineView with a tiny setHtml
// page (process start to loadFinished): the part of the cold start that is WebEngine's, not ours.
// title_keystroke_*: the seed post of examples/site in its site layout, as the app wires it
// (PreviewWiring); per keystroke, PostDocument::setScalar("title", ...) as the form does, to the
// page's callback after the layout's header is patched in place and the body push is laid out;
// title_keystroke_reloads counts page loads meanwhile (0: every keystroke was patched in place).
#include "editsession.h"
#include "htmlblocks.h"
#include "markdowneditor.h"
#include "markdownrenderer.h"
#include "postdocument.h"
#include "previewpane.h"
#include "previewprofile.h"
#include "previewscheduler.h"
#include "previewview.h"
#include "previewwiring.h"
#include "shellscript.h"
#include "siteconfig.h"
#include "sitepaths.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Lectern;

namespace {

QElapsedTimer processClock;

// A post of about `bytes` bytes built from Markdown the corpus uses: headings, lists, emphasis, a table, links.
QString makeBody(int bytes)
{
    const QString block = QStringLiteral(
        "## Seminar %1\n\n"
        "- **When:** Wednesday, March 19, 2025, 11:00am – 12:00pm PDT\n"
        "- **Where:** MDR #1137 Conference Room\n"
        "- _This event is open to the public._\n\n"
        "Malkiewicz is employed at [CSC](https://www.csc.fi/) - IT Center for Science in Finland, has worked for "
        "CSC in managerial and specialist positions since 2011, and is a member of the ~~board~~ Management Group.\n\n"
        "| Item | Room | Time |\n|---|---|---|\n| Talk | 1137 | 11:00 |\n| Q&A | 1137 | 11:45 |\n\n"
        "> He holds a PhD in nuclear physics from the University of Jyväskylä, Finland.\n\n");
    QString body;
    qsizetype utf8 = 0;   // counted per block: re-encoding the growing body was quadratic
    for (int i = 0; utf8 < bytes; ++i) {
        const QString b = block.arg(i);
        body += b;
        utf8 += b.toUtf8().size();
    }
    return body;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    const int i = std::clamp(int(p * (v.size() - 1) + 0.5), 0, int(v.size() - 1));
    return v.at(i);
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// CPU time of the calling (GUI) thread, ns.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

double round2(double v)
{
    return std::round(v * 100) / 100;
}

double rawCmarkMs(const QByteArray &utf8)
{
    cmark_gfm_core_extensions_ensure_registered();
    const int flags = CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES;
    QElapsedTimer t;
    t.start();
    cmark_parser *parser = cmark_parser_new(flags);
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, utf8.constData(), size_t(utf8.size()));
    cmark_node *doc = cmark_parser_finish(parser);
    char *html = cmark_render_html(doc, flags, cmark_parser_get_syntax_extensions(parser));
    free(html);
    cmark_node_free(doc);
    cmark_parser_free(parser);
    return ms(t.nsecsElapsed());
}

// The median of repeated runs of f.
template<typename F>
double medianMs(int runs, F f)
{
    QList<double> v;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        v << ms(t.nsecsElapsed());
    }
    return percentile(v, 0.5);
}

// Runs the event loop as the app does (blocking until something happens) until pred holds or
// timeoutMs pass. QTest::qWait/qWaitFor sleep 10 ms between event passes: that held up every
// WebEngine IPC round trip (a 4 s cold start of which ~3.4 s was those sleeps) and showed as
// 10 ms heartbeat gaps in the stall figure.
template<typename F>
bool waitUntil(F pred, int timeoutMs)
{
    if (pred())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setTimerType(Qt::PreciseTimer);
    poll.setInterval(1);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (pred() || clock.elapsed() >= timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return pred();
}

void waitMs(int ms)
{
    QElapsedTimer clock;
    clock.start();
    (void)waitUntil([&] { return clock.elapsed() >= ms; }, ms + 1000);
}

// The editor, scheduler and preview as the app wires them.
struct Rig
{
    EditSession session;
    PostDocument &document = *session.document();
    QSplitter splitter;
    MarkdownEditor *editor = nullptr;
    PreviewView *view = nullptr;
    PreviewScheduler scheduler;

    bool open(const QString &path)
    {
        QString error;
        if (!document.load(path, &error))
            return false;
        editor = new MarkdownEditor(&session);
        view = new PreviewView;
        splitter.addWidget(editor);
        splitter.addWidget(view);
        splitter.resize(1200, 800);
        scheduler.watch(&document);
        view->follow(&scheduler);
        splitter.show();
        scheduler.reset();
        return true;
    }
};

QString writePost(const QTemporaryDir &dir, const QString &name, const QString &body)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write("---\ntitle: Bench\nlayout: post\n---\n" + body.toUtf8());
    return path;
}

// Where a keystroke's time goes, per keystroke (ms): the editor and document taking it (the key
// event returns), until the render starts (timers, snapshot), the render on the worker until its
// result is back on the GUI thread, and from there until the page's callback (diff, push, layout).
struct Phases
{
    QList<double> editor, toRender, render, push;
};

// Makes `count` edits (type(i) makes the i-th), each on an idle preview; per edit, the time until
// the preview shows it.
template<typename Type>
QList<double> editLatencies(PreviewScheduler &scheduler, PreviewView *view, int count, Type type, Phases *phases)
{
    QList<double> latencies;
    QSignalSpy shown(view, &PreviewView::contentUpdated);
    QElapsedTimer t;
    qint64 requested = -1, rendered = -1;
    const QMetaObject::Connection c1 = QObject::connect(&scheduler, &PreviewScheduler::renderRequested, [&] {
        if (requested < 0)
            requested = t.nsecsElapsed();
    });
    const QMetaObject::Connection c2 = QObject::connect(&scheduler, &PreviewScheduler::rendered, [&] {
        if (rendered < 0)
            rendered = t.nsecsElapsed();
    });
    for (int i = 0; i < count; ++i) {
        // Each edit on an idle preview: its own cycle, not the tail of the previous one.
        (void)waitUntil([&] { return !scheduler.isBusy(); }, 10000);
        waitMs(5);
        shown.clear();
        requested = rendered = -1;
        t.start();
        type(i);
        const qint64 typed = t.nsecsElapsed();
        if (!shown.wait(5000))
            continue;
        const qint64 done = t.nsecsElapsed();
        latencies << ms(done);
        if (phases && requested >= 0 && rendered >= requested) {
            phases->editor << ms(typed);
            phases->toRender << ms(requested - typed);
            phases->render << ms(rendered - requested);
            phases->push << ms(done - rendered);
        }
    }
    QObject::disconnect(c1);
    QObject::disconnect(c2);
    return latencies;
}

// Types `count` characters at the end; per keystroke, the time until the preview shows it.
QList<double> keystrokeLatencies(Rig &rig, int count, Phases *phases = nullptr)
{
    rig.editor->moveCursor(QTextCursor::End);
    return editLatencies(rig.scheduler, rig.view, count, [&](int i) { QTest::keyClick(rig.editor, char('a' + i % 26)); },
                         phases);
}

QString phasesText(const Phases &phases, double p)
{
    return QStringLiteral("editor %1, to render %2, render %3, push %4")
        .arg(round2(percentile(phases.editor, p)))
        .arg(round2(percentile(phases.toRender, p)))
        .arg(round2(percentile(phases.render, p)))
        .arg(round2(percentile(phases.push, p)));
}

// The post preview in the site's layout, as MainWindow wires it.
struct SiteRig
{
    PostDocument document;
    PreviewPane pane;
    PreviewScheduler scheduler;
    std::unique_ptr<PreviewWiring> wiring;

    bool open(const QString &path)
    {
        scheduler.watch(&document);
        pane.view()->follow(&scheduler);
        wiring = std::make_unique<PreviewWiring>(&document, &scheduler, &pane);
        pane.resize(900, 800);
        pane.show();
        QString error;
        if (!document.load(path, &error))
            return false;
        const QString root = SitePaths::findSiteRoot(path);
        wiring->setSite(root, SiteConfig::load(root).values(), 0);
        return true;
    }
};

QVariant evaluate(PreviewView *view, const QString &script)
{
    QVariant value;
    bool done = false;
    view->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &v) {
        value = v;
        done = true;
    });
    (void)waitUntil([&] { return done; }, 10000);
    return value;
}

} // namespace

// The floor WebEngine itself sets on this machine: a fresh process showing a bare QWebEngineView
// with a tiny setHtml page, process start to loadFinished. Run as a child process of the bench.
int bareWebEngine(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QWebEngineView view;
    view.resize(600, 400);
    QObject::connect(&view, &QWebEngineView::loadFinished, &app, [&] {
        std::printf("%.2f\n", ms(processClock.nsecsElapsed()));
        app.quit();
    });
    view.show();
    view.setHtml(QStringLiteral("<p>Hello</p>"));
    QTimer::singleShot(30000, &app, &QCoreApplication::quit);
    return app.exec();
}

double bareWebEngineMs(const QString &self)
{
    QProcess child;
    child.start(self, {QStringLiteral("--bare-webengine")});
    if (!child.waitForFinished(60000))
        return -1;
    bool ok = false;
    const double v = QString::fromLatin1(child.readAllStandardOutput()).trimmed().toDouble(&ok);
    return ok ? v : -1;
}

int main(int argc, char *argv[])
{
    processClock.start();
    if (argc > 1 && qstrcmp(argv[1], "--bare-webengine") == 0)
        return bareWebEngine(argc, argv);
    PreviewProfile::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const double appReady = ms(processClock.nsecsElapsed());
    QTemporaryDir dir;
    const QString body5k = makeBody(5 * 1024);
    QJsonObject out;

    // Cold start: process start to the first post shown in the preview.
    double coldStart = -1;
    double builtAt = -1, shellAt = -1, renderedAt = -1;
    {
        Rig rig;
        QSignalSpy shown(&rig.scheduler, &PreviewScheduler::rendered);
        QObject::connect(&rig.scheduler, &PreviewScheduler::rendered, [&] {
            if (renderedAt < 0)
                renderedAt = ms(processClock.nsecsElapsed());
        });
        const bool opened = rig.open(writePost(dir, QStringLiteral("cold.md"), body5k));
        builtAt = ms(processClock.nsecsElapsed());
        if (opened) {
            QObject::connect(rig.view, &QWebEngineView::loadFinished, [&] {
                if (shellAt < 0)
                    shellAt = ms(processClock.nsecsElapsed());
            });
            QSignalSpy updated(rig.view, &PreviewView::contentUpdated);
            if (waitUntil([&] { return !shown.isEmpty() && rig.view->isShellLoaded() && !updated.isEmpty()
                                          && rig.scheduler.shownGeneration() > 0; }, 20000)) {
                // The shown generation's push callback is the first paint of the post.
                coldStart = ms(processClock.nsecsElapsed());
            }
        }
    }
    out.insert(QStringLiteral("cold_start_ms"), round2(coldStart));
    // Where the cold start goes: QApplication made, window with editor and preview built (the profile
    // and page created, shell load started), shell page loaded, first render delivered.
    out.insert(QStringLiteral("cold_start_app_ms"), round2(appReady));
    out.insert(QStringLiteral("cold_start_built_ms"), round2(builtAt));
    out.insert(QStringLiteral("cold_start_shell_loaded_ms"), round2(shellAt));
    out.insert(QStringLiteral("cold_start_rendered_ms"), round2(renderedAt));
    out.insert(QStringLiteral("cold_start_bare_webengine_ms"), round2(bareWebEngineMs(QCoreApplication::applicationFilePath())));
    const QString body100k = makeBody(100 * 1024);
    const QString body1m = makeBody(1024 * 1024);

    for (const auto &[name, body] : {std::pair{QStringLiteral("5k"), body5k}, std::pair{QStringLiteral("100k"), body100k}}) {
        Rig rig;
        rig.open(writePost(dir, name + QStringLiteral(".md"), body));
        (void)waitUntil([&] { return rig.scheduler.shownGeneration() > 0 && rig.view->isShellLoaded(); }, 20000);
        waitMs(300);
        Phases phases;
        const QList<double> l = keystrokeLatencies(rig, 60, &phases);
        out.insert(QStringLiteral("latency_%1_phases_p50_ms").arg(name), phasesText(phases, 0.5));
        out.insert(QStringLiteral("latency_%1_phases_p99_ms").arg(name), phasesText(phases, 0.99));
        {
            const QString html = MarkdownRenderer::toHtml(body);
            QList<double> pushes;
            for (int i = 0; i < 20; ++i) {
                // A result as the render worker hands it over (cut into blocks there, off the clock):
                // the push is what typing at the end costs the page.
                RenderResult result;
                result.html = html + QStringLiteral("<p>%1</p>").arg(i);
                result.blockStarts = HtmlBlocks::split(result.html);
                result.generation = 1'000'000 + i;
                QSignalSpy updated(rig.view, &PreviewView::contentUpdated);
                QElapsedTimer t;
                t.start();
                rig.view->showResult(result);
                if (updated.wait(10000))
                    pushes << ms(t.nsecsElapsed());
            }
            out.insert(QStringLiteral("push_%1_p50_ms").arg(name), round2(percentile(pushes, 0.5)));
        }
        out.insert(QStringLiteral("latency_%1_p50_ms").arg(name), round2(percentile(l, 0.5)));
        out.insert(QStringLiteral("latency_%1_p99_ms").arg(name), round2(percentile(l, 0.99)));
        out.insert(QStringLiteral("latency_%1_samples").arg(name), int(l.size()));
    }

    // Title keystrokes on the seed post in its site layout: the header patched in place.
    {
        SiteRig rig;
        const QString seed = QStringLiteral(LECTERN_SOURCE_DIR "/examples/site/_posts/2025-03-19-lumi-ai-factories.md");
        const bool opened = rig.open(seed);
        (void)waitUntil([&] { return opened && rig.scheduler.shownGeneration() > 0 && rig.pane.view()->isShellLoaded()
                                     && !rig.scheduler.isBusy(); }, 30000);
        waitMs(300);
        QSignalSpy loads(rig.pane.view()->page(), &QWebEnginePage::loadStarted);
        QString title = QStringLiteral("A title typed ");
        Phases phases;
        const QList<double> l = editLatencies(rig.scheduler, rig.pane.view(), 60, [&](int i) {
            title += QLatin1Char(char('a' + i % 26));
            (void)rig.document.setScalar(QStringLiteral("title"), title);
        }, &phases);
        out.insert(QStringLiteral("title_keystroke_phases_p50_ms"), phasesText(phases, 0.5));
        out.insert(QStringLiteral("title_keystroke_phases_p99_ms"), phasesText(phases, 0.99));
        (void)waitUntil([&] { return !rig.scheduler.isBusy(); }, 10000);
        const bool headerShown = evaluate(rig.pane.view(), QStringLiteral("document.querySelector('.post-title').textContent"))
                                     .toString() == title;
        out.insert(QStringLiteral("title_keystroke_p50_ms"), round2(percentile(l, 0.5)));
        out.insert(QStringLiteral("title_keystroke_p99_ms"), round2(percentile(l, 0.99)));
        out.insert(QStringLiteral("title_keystroke_samples"), int(l.size()));
        out.insert(QStringLiteral("title_keystroke_reloads"), int(loads.size()));
        out.insert(QStringLiteral("title_keystroke_header_shown"), headerShown);
    }

    // The longest GUI-thread stall while typing into a 1 MB post: the largest gap between ticks of a 1 ms timer.
    {
        Rig rig;
        rig.open(writePost(dir, QStringLiteral("1m.md"), body1m));
        (void)waitUntil([&] { return rig.scheduler.shownGeneration() > 0 && rig.view->isShellLoaded(); }, 30000);
        waitMs(500);
        rig.editor->moveCursor(QTextCursor::End);
        QElapsedTimer clock;
        clock.start();
        qint64 last = clock.nsecsElapsed();
        qint64 longest = 0;
        // The same gaps in the GUI thread's own CPU time: its work, without the other processes of a
        // loaded machine (which the wall-time gap includes).
        qint64 lastCpu = threadCpuNs();
        qint64 longestCpu = 0;
        QTimer heartbeat;
        heartbeat.setTimerType(Qt::PreciseTimer);
        heartbeat.setInterval(1);
        QObject::connect(&heartbeat, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            longest = std::max(longest, now - last);
            last = now;
            const qint64 cpu = threadCpuNs();
            longestCpu = std::max(longestCpu, cpu - lastCpu);
            lastCpu = cpu;
        });
        int typed = 0;
        double longestKey = 0;   // the editor and document handling one keystroke, part of the stall
        QTimer typist;
        typist.setInterval(60);   // a quick typist: ~16 characters a second
        QObject::connect(&typist, &QTimer::timeout, [&] {
            QElapsedTimer k;
            k.start();
            QTest::keyClick(rig.editor, char('a' + typed % 26));
            longestKey = std::max(longestKey, ms(k.nsecsElapsed()));
            ++typed;
        });
        // The same heartbeat with nothing to do: the floor of this measurement on the machine (timer
        // and scheduler granularity, other processes), to read the stall against.
        heartbeat.start();
        waitMs(40 * 60);
        heartbeat.stop();
        out.insert(QStringLiteral("stall_1m_idle_max_ms"), round2(ms(longest) - 1.0));
        out.insert(QStringLiteral("stall_1m_idle_max_cpu_ms"), round2(ms(longestCpu)));
        longest = 0;
        longestCpu = 0;
        last = clock.nsecsElapsed();
        lastCpu = threadCpuNs();
        heartbeat.start();
        typist.start();
        (void)waitUntil([&] { return typed >= 40; }, 30000);
        typist.stop();
        (void)waitUntil([&] { return !rig.scheduler.isDirty() && !rig.scheduler.isRendering(); }, 10000);
        waitMs(500);
        heartbeat.stop();
        out.insert(QStringLiteral("stall_1m_max_ms"), round2(ms(longest) - 1.0));
        out.insert(QStringLiteral("stall_1m_max_cpu_ms"), round2(ms(longestCpu)));
        out.insert(QStringLiteral("stall_1m_keystrokes"), typed);
        out.insert(QStringLiteral("stall_1m_editor_keystroke_max_ms"), round2(longestKey));
        // The GUI-thread part of one preview update: handing a 1 MB post's HTML to the page
        // (stored for the scheme handler; the page fetches it), against a runJavaScript carrying it.
        const QString html = MarkdownRenderer::toHtml(body1m);
        const QString script = ShellScript::pushBody(html);
        out.insert(QStringLiteral("push_1m_gui_call_ms"), round2(medianMs(5, [&] { rig.view->setBodyHtml(html); })));
        out.insert(QStringLiteral("push_1m_gui_call_runjavascript_ms"), round2(medianMs(5, [&] {
            rig.view->page()->runJavaScript(script, QWebEngineScript::ApplicationWorld);
        })));
    }

    // Render time against raw cmark-gfm on the same text (medians).
    {
        for (const auto &[name, body] : {std::pair{QStringLiteral("5k"), body5k}, std::pair{QStringLiteral("100k"), body100k},
                                          std::pair{QStringLiteral("1m"), body1m}}) {
            RenderSnapshot s;
            s.body = body;
            const QByteArray utf8 = body.toUtf8();
            const int runs = name == QLatin1String("1m") ? 15 : 60;
            const double raw = medianMs(runs, [&] { rawCmarkMs(utf8); });
            // A fresh function each run: the whole body rendered, not the last parse reused.
            const double ours = medianMs(runs, [&] { (void)PreviewScheduler::markdownRenderFunction()(s); });
            out.insert(QStringLiteral("cmark_raw_%1_ms").arg(name), round2(raw));
            out.insert(QStringLiteral("render_%1_ms").arg(name), round2(ours));
            out.insert(QStringLiteral("render_ratio_%1").arg(name), round2(ours / raw));
            // The worker's other part of a keystroke: cutting the HTML into blocks for the push.
            const QString html = MarkdownRenderer::toHtml(body);
            out.insert(QStringLiteral("split_%1_ms").arg(name), round2(medianMs(runs, [&] { (void)HtmlBlocks::split(html); })));
        }
    }

    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
