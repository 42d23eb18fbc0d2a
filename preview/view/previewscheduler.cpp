// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewscheduler.h"

#include "backgroundpriority.h"
#include "htmlblocks.h"
#include "incrementalmarkdown.h"
#include "markdownrenderer.h"
#include "postdocument.h"
#include "previewview.h"
#include "shellscript.h"

#include <QTimer>

namespace Lectern {

namespace {
// A change when nothing is rendering or waiting to be shown renders at once (a 0 ms fast timer merges
// the changes of one event-loop pass, e.g. a paste); changes during a cycle merge into one follow-up
// that starts when the cycle ends, so a slow post is rate-limited by its own cycle, never by a guess.
// Waiting longer after a slow cycle (up to 250 ms before) only delayed the next keystroke's preview.
constexpr int SlowMs = 600;

class RenderWorker final : public QObject
{
public:
    using QObject::QObject;
    void render(const RenderSnapshot &snapshot, const RenderFunction &render, PreviewScheduler *scheduler,
                void (PreviewScheduler::*deliver)(const RenderResult &))
    {
        RenderResult result = render(snapshot);
        result.generation = snapshot.generation;
        result.siteRoot = snapshot.siteRoot;
        result.postPath = snapshot.postPath;
        result.blockStarts = HtmlBlocks::split(result.html);
        if (result.blockStarts.isEmpty() && result.html.size() <= PreviewView::MaxScriptChars)
            result.pushScript = ShellScript::pushBody(result.html);
        QMetaObject::invokeMethod(scheduler, [scheduler, deliver, result] { (scheduler->*deliver)(result); },
                                  Qt::QueuedConnection);
    }
};
} // namespace

PreviewScheduler::PreviewScheduler(QObject *parent)
    : QObject(parent)
    , m_fast(new QTimer(this))
    , m_slow(new QTimer(this))
    , m_shownGuard(new QTimer(this))
    , m_render(markdownRenderFunction())
{
    qRegisterMetaType<RenderSnapshot>();
    qRegisterMetaType<RenderResult>();
    qRegisterMetaType<RenderFunction>();
    m_fast->setSingleShot(true);
    m_slow->setSingleShot(true);
    m_slow->setInterval(SlowMs);
    connect(m_fast, &QTimer::timeout, this, &PreviewScheduler::renderNow);
    connect(m_slow, &QTimer::timeout, this, &PreviewScheduler::renderNow);
    m_shownGuard->setSingleShot(true);
    m_shownGuard->setInterval(2000);
    connect(m_shownGuard, &QTimer::timeout, this, [this] {
        m_awaitingShown = false;
        continueIfDirty();
    });

    auto *worker = new RenderWorker;
    worker->moveToThread(&m_thread);
    m_worker = worker;
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    // Queued: the worker runs the render function on its thread and queues the result back to us;
    // the result dies unanswered if we are gone, because the thread is joined in our destructor.
    connect(this, &PreviewScheduler::renderRequested, worker,
            [this, worker](const RenderSnapshot &snapshot, const RenderFunction &render) {
                worker->render(snapshot, render, this, &PreviewScheduler::onRendered);
            });
    m_thread.setObjectName(QStringLiteral("lectern-render"));
    BackgroundPriority::lowerOnStart(&m_thread);   // typing goes first; the render takes what is left
    m_thread.start();
}

PreviewScheduler::~PreviewScheduler()
{
    m_thread.quit();
    m_thread.wait();
}

void PreviewScheduler::setSnapshotSource(SnapshotSource source)
{
    m_source = std::move(source);
}

void PreviewScheduler::setRenderFunction(RenderFunction render)
{
    m_render = render ? std::move(render) : markdownRenderFunction();
    documentChanged();
}

RenderFunction PreviewScheduler::markdownRenderFunction()
{
    // Each function keeps the last body's parse: a keystroke re-parses only the blocks from the edit on.
    auto markdown = std::make_shared<IncrementalMarkdown>();
    return [markdown](const RenderSnapshot &snapshot) {
        RenderResult result;
        result.html = markdown->toHtml(snapshot.body);
        return result;
    };
}

void PreviewScheduler::watch(PostDocument *document)
{
    setSnapshotSource([this, document] { return snapshotOf(*document, m_siteRoot); });
    connect(document, &PostDocument::bodyChanged, this, &PreviewScheduler::documentChanged);
    connect(document, &PostDocument::frontMatterChanged, this, &PreviewScheduler::documentChanged);
    connect(document, &PostDocument::loaded, this, &PreviewScheduler::reset);
}

RenderSnapshot PreviewScheduler::snapshotOf(const PostDocument &document, const QString &siteRoot)
{
    RenderSnapshot snapshot;
    snapshot.body = document.body();   // implicitly shared: the copy is taken only if the editor writes
    const FrontMatter &frontMatter = document.post().frontMatter();
    const QStringList keys = frontMatter.keys();
    // As Jekyll's page sees them: Psych reads an unquoted `date: 2025-03-19 10:00:00` as a Time in UTC;
    // the renderer converts a QDateTime to the site's zone as Jekyll does.
    for (const QString &key : keys)
        snapshot.frontMatter.insert(key, frontMatter.pageValue(key));
    snapshot.postPath = document.path();
    snapshot.siteRoot = siteRoot;
    return snapshot;
}

void PreviewScheduler::documentChanged()
{
    m_dirty = true;
    if (m_active)
        startTimers();
}

void PreviewScheduler::reset()
{
    m_floor = m_generation + 1;
    m_shownGeneration = 0;
    m_awaitingShown = false;
    m_dirty = true;
    m_fast->stop();
    m_slow->stop();
    if (m_active && !m_rendering)
        renderNow();
}

void PreviewScheduler::startTimers()
{
    m_fast->setInterval(0);
    m_fast->start();
    if (!m_slow->isActive())
        m_slow->start();
}

void PreviewScheduler::renderNow()
{
    m_fast->stop();
    m_slow->stop();
    if (!m_active || !m_dirty || !m_source)
        return;
    if (m_rendering || m_awaitingShown)
        return;   // merged: onRendered starts one more render for everything that changed meanwhile
    RenderSnapshot snapshot = m_source();
    snapshot.generation = ++m_generation;
    m_dirty = false;
    m_rendering = true;
    m_cycle.start();
    Q_EMIT renderRequested(snapshot, m_render);
}

void PreviewScheduler::onRendered(const RenderResult &result)
{
    m_rendering = false;
    const bool stale = result.generation < m_floor || result.generation <= m_shownGeneration;
    if (!stale) {
        m_shownGeneration = result.generation;
        if (m_waitsForShown) {
            m_awaitingShown = true;
            m_shownGuard->start();
        }
        Q_EMIT rendered(result);
    }
    continueIfDirty();
}

void PreviewScheduler::continueIfDirty()
{
    // A change during the cycle found us busy: render it now unless a timer is still waiting for it.
    if (m_dirty && m_active && !m_fast->isActive() && !m_slow->isActive())
        renderNow();
}

void PreviewScheduler::resultShown(quint64 generation)
{
    if (generation != m_shownGeneration)
        return;
    if (generation == m_generation && m_cycle.isValid())
        m_lastCycleMs = m_cycle.elapsed();
    m_shownGuard->stop();
    m_awaitingShown = false;
    continueIfDirty();
}

void PreviewScheduler::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (!active) {
        m_fast->stop();
        m_slow->stop();
    } else if (m_dirty) {
        renderNow();
    }
}

} // namespace Lectern
