// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundpriority.h"
#include "htmlblocks.h"
#include "postdocument.h"
#include "previewscheduler.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

using namespace Lectern;

class TestPreviewScheduler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersOffTheGuiThread();
    void staleGenerationIsDropped();
    void overlappingChangesMerge();
    void hiddenPreviewDoesNoWork();
    void snapshotTakesTheSiteGiven();
};

namespace {
// A render function that waits for the test to release it, counting calls.
struct GatedRender
{
    QSemaphore gate;
    QAtomicInt calls = 0;
    RenderFunction function()
    {
        return [this](const RenderSnapshot &s) {
            calls.fetchAndAddOrdered(1);
            gate.acquire();
            RenderResult r;
            r.html = s.body;
            return r;
        };
    }
};

QString body = QStringLiteral("first");
RenderSnapshot snapshot()
{
    RenderSnapshot s;
    s.body = body;
    return s;
}
} // namespace

void TestPreviewScheduler::rendersOffTheGuiThread()
{
    PreviewScheduler scheduler;
    QThread *renderThread = nullptr;
    int renderNice = 0;
    scheduler.setSnapshotSource(snapshot);
    scheduler.setRenderFunction([&](const RenderSnapshot &s) {
        renderThread = QThread::currentThread();
#ifdef Q_OS_LINUX
        renderNice = getpriority(PRIO_PROCESS, 0);
#endif
        RenderResult r;
        r.html = s.body;
        return r;
    });
    QSignalSpy rendered(&scheduler, &PreviewScheduler::rendered);
    QVERIFY(rendered.wait(5000));
    QVERIFY(renderThread != nullptr);
    QVERIFY(renderThread != QThread::currentThread());
#ifdef Q_OS_LINUX
    // The render yields the CPU to typing: its thread runs at a lower priority than the GUI thread.
    QCOMPARE(renderNice, qMin(getpriority(PRIO_PROCESS, 0) + BackgroundPriority::kNice, 19));
#endif
    // The worker also prepared the push: the HTML cut into blocks, or the script when it cannot be cut.
    const RenderResult result = rendered.constLast().at(0).value<RenderResult>();
    QVERIFY(!result.blockStarts.isEmpty() || !result.pushScript.isEmpty());
    QCOMPARE(result.blockStarts, HtmlBlocks::split(result.html));
}

void TestPreviewScheduler::staleGenerationIsDropped()
{
    PreviewScheduler scheduler;
    GatedRender render;
    body = QStringLiteral("old post");
    scheduler.setSnapshotSource(snapshot);
    QSignalSpy rendered(&scheduler, &PreviewScheduler::rendered);
    scheduler.setRenderFunction(render.function());
    QTRY_COMPARE(int(render.calls), 1);   // "old post" is on the render thread
    body = QStringLiteral("new post");
    scheduler.reset();                     // another post was opened meanwhile
    render.gate.release(2);
    QVERIFY(rendered.wait(5000));
    QTRY_COMPARE(int(render.calls), 2);
    QCOMPARE(rendered.size(), 1);
    const RenderResult shown = rendered.first().at(0).value<RenderResult>();
    QCOMPARE(shown.html, QStringLiteral("new post"));
    QCOMPARE(shown.generation, quint64(2));
    QCOMPARE(scheduler.shownGeneration(), quint64(2));
}

void TestPreviewScheduler::overlappingChangesMerge()
{
    PreviewScheduler scheduler;
    GatedRender render;
    body = QStringLiteral("v0");
    scheduler.setSnapshotSource(snapshot);
    QSignalSpy rendered(&scheduler, &PreviewScheduler::rendered);
    scheduler.setRenderFunction(render.function());
    QTRY_COMPARE(int(render.calls), 1);
    for (int i = 1; i <= 20; ++i) {   // a burst of keystrokes while the first render runs
        body = QStringLiteral("v%1").arg(i);
        scheduler.documentChanged();
        QCoreApplication::processEvents();
    }
    render.gate.release(100);
    QTRY_COMPARE(rendered.size(), 2);
    QCOMPARE(int(render.calls), 2);   // twenty changes, one follow-up render
    QCOMPARE(rendered.last().at(0).value<RenderResult>().html, QStringLiteral("v20"));
    QVERIFY(!scheduler.isDirty());
}

void TestPreviewScheduler::hiddenPreviewDoesNoWork()
{
    PreviewScheduler scheduler;
    QAtomicInt calls = 0;
    scheduler.setActive(false);
    body = QStringLiteral("hidden");
    scheduler.setSnapshotSource(snapshot);
    scheduler.setRenderFunction([&](const RenderSnapshot &s) {
        calls.fetchAndAddOrdered(1);
        RenderResult r;
        r.html = s.body;
        return r;
    });
    QSignalSpy rendered(&scheduler, &PreviewScheduler::rendered);
    scheduler.documentChanged();
    scheduler.documentChanged();
    QVERIFY(!rendered.wait(800));   // longer than both timers
    QCOMPARE(int(calls), 0);
    QVERIFY(scheduler.isDirty());
    scheduler.setActive(true);      // shown again: the remembered change renders once
    QVERIFY(rendered.wait(5000));
    QCOMPARE(int(calls), 1);
    QCOMPARE(rendered.first().at(0).value<RenderResult>().html, QStringLiteral("hidden"));
}

void TestPreviewScheduler::snapshotTakesTheSiteGiven()
{
    // The snapshot is taken on the GUI thread per keystroke: the site root is what the app gave,
    // never looked up on disk from the post's path.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("_posts")));
    QFile config(dir.filePath(QStringLiteral("_config.yml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("title: Lab\n");
    config.close();
    const QString path = dir.filePath(QStringLiteral("_posts/2025-01-02-talk.md"));
    QFile post(path);
    QVERIFY(post.open(QIODevice::WriteOnly));
    post.write("---\ntitle: Talk\n---\nHello.\n");
    post.close();
    PostDocument document;
    QString error;
    QVERIFY2(document.load(path, &error), qPrintable(error));

    const RenderSnapshot alone = PreviewScheduler::snapshotOf(document);
    QCOMPARE(alone.siteRoot, QString());
    QCOMPARE(alone.body, QStringLiteral("Hello.\n"));
    QCOMPARE(alone.frontMatter.value(QStringLiteral("title")).toString(), QStringLiteral("Talk"));
    QCOMPARE(alone.postPath, path);
    QCOMPARE(PreviewScheduler::snapshotOf(document, QStringLiteral("/given/root")).siteRoot, QStringLiteral("/given/root"));

    // watch() snapshots carry the root set on the scheduler.
    PreviewScheduler scheduler;
    QString seenRoot;
    scheduler.setRenderFunction([&](const RenderSnapshot &s) {
        seenRoot = s.siteRoot;
        return RenderResult();
    });
    scheduler.setSiteRoot(dir.path());
    scheduler.watch(&document);
    QSignalSpy rendered(&scheduler, &PreviewScheduler::rendered);
    scheduler.reset();
    QVERIFY(rendered.wait(5000));
    QCOMPARE(seenRoot, dir.path());
}

QTEST_GUILESS_MAIN(TestPreviewScheduler)
#include "tst_previewscheduler.moc"
