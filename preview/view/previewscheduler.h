// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rendersnapshot.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>

class QTimer;

namespace Lectern {
class PostDocument;
}

namespace Lectern {

// Decides when the preview renders and renders on a worker thread (Kate's kpartview timers,
// Qt Creator's skip-while-hidden, ghostwriter's merged requests):
// - a fast timer (0 ms: the changes of one event-loop pass) restarts on each change; a slow one
//   does not, so a long burst still updates;
// - a keystroke on an idle preview renders at once; one render+show cycle at a time: changes
//   during a cycle are merged into one follow-up render when it ends;
// - nothing renders while inactive (preview hidden); the change is remembered and rendered on show;
// - results from before reset() or older than the one shown are dropped.
class PreviewScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewScheduler)

public:
    using SnapshotSource = std::function<RenderSnapshot()>;

    explicit PreviewScheduler(QObject *parent = nullptr);
    ~PreviewScheduler() override;

    // Called on the GUI thread when a render starts; the scheduler stamps the generation.
    void setSnapshotSource(SnapshotSource source);
    // Runs on the worker thread. Defaults to MarkdownRenderer::toHtml on the body (through an
    // IncrementalMarkdown the function keeps: the same HTML, re-parsing only from the edited block).
    void setRenderFunction(RenderFunction render);
    static RenderFunction markdownRenderFunction();
    // Renders DOCUMENT: its edits schedule a render, loading another post resets. Snapshots then
    // carry the root given to setSiteRoot (PreviewWiring sets its own source with the whole site).
    void watch(PostDocument *document);
    void setSiteRoot(const QString &siteRoot) { m_siteRoot = siteRoot; }
    // The document's body, front matter and path, with SITE_ROOT as given: no file-system access,
    // it runs on the GUI thread with every keystroke.
    static RenderSnapshot snapshotOf(const PostDocument &document, const QString &siteRoot = QString());
    // With a view reporting resultShown, the next render waits until the last result is on screen,
    // so pushes never queue up in the page (a 2 s guard covers a view that never answers).
    void setWaitsForShown(bool waits) { m_waitsForShown = waits; }

    bool isActive() const { return m_active; }
    bool isDirty() const { return m_dirty; }
    bool isRendering() const { return m_rendering; }
    // Something is changed, rendering or not yet on screen.
    bool isBusy() const { return m_dirty || m_rendering || m_awaitingShown; }
    quint64 shownGeneration() const { return m_shownGeneration; }
    // Render start to result on screen, of the last cycle that completed (for benchmarks).
    qint64 lastCycleMs() const { return m_lastCycleMs; }

public Q_SLOTS:
    // The post changed: schedule a render.
    void documentChanged();
    // A different post (or none): drop in-flight results and render the new one at once.
    void reset();
    // Renders now (skipping the timers) if anything is dirty and the preview is active.
    void renderNow();
    void setActive(bool active);
    // The view reports the pushed result is on screen; closes the render+paint cycle.
    void resultShown(quint64 generation);

Q_SIGNALS:
    // A fresh result for the view (GUI thread).
    void rendered(const Lectern::RenderResult &result);
    void renderRequested(const Lectern::RenderSnapshot &snapshot, const Lectern::RenderFunction &render);

private:
    void onRendered(const Lectern::RenderResult &result);
    void startTimers();
    void continueIfDirty();

    QThread m_thread;
    QObject *m_worker = nullptr;   // lives in m_thread
    QTimer *m_fast = nullptr;
    QTimer *m_slow = nullptr;
    QTimer *m_shownGuard = nullptr;
    SnapshotSource m_source;
    QString m_siteRoot;           // for watch()'s snapshots
    RenderFunction m_render;
    QElapsedTimer m_cycle;        // render start -> shown
    qint64 m_lastCycleMs = 0;
    quint64 m_generation = 0;     // last generation handed out
    quint64 m_floor = 0;          // results below this were reset away
    quint64 m_shownGeneration = 0;
    bool m_active = true;
    bool m_dirty = false;
    bool m_rendering = false;
    bool m_waitsForShown = false;
    bool m_awaitingShown = false;
};

} // namespace Lectern
