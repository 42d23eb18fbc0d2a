// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewview.h"

#include "htmlblocks.h"
#include "previewpage.h"
#include "previewprofile.h"
#include "previewscheduler.h"
#include "shellscript.h"
#include "siteschemehandler.h"

#include <QAbstractButton>
#include <QChildEvent>
#include <QDesktopServices>
#include <QKeyEvent>
#include <QMessageBox>
#include <QMouseEvent>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>

namespace Lectern {

PreviewView::PreviewView(QWidget *parent, const QString &name)
    : QWebEngineView(parent)
    , m_name(name)
{
    PreviewProfile *profile = PreviewProfile::instance();
    m_page = new PreviewPage(profile->profile(), this);
    setPage(m_page);
    QWebEngineSettings *s = m_page->settings();
    // Post content runs no script; our own pushes run in the application world, which this does not stop.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);   // typing stays in the editor
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    setContextMenuPolicy(Qt::NoContextMenu);   // its Back/Reload/Save entries would navigate or download

    // Our push functions, defined in the application world as each shell document is created: the
    // world and its script are then ready while the page loads, not made by the first push.
    QWebEngineScript library;
    library.setName(QStringLiteral("lectern-push"));
    library.setInjectionPoint(QWebEngineScript::DocumentCreation);
    library.setWorldId(QWebEngineScript::ApplicationWorld);
    library.setRunsOnSubFrames(false);
    library.setSourceCode(ShellScript::library());
    m_page->scripts().insert(library);
    connect(m_page, &QWebEnginePage::loadFinished, this, &PreviewView::onLoadFinished);
    connect(m_page, &PreviewPage::externalLinkClicked, this, &PreviewView::confirmExternalLink);
    connect(profile, &PreviewProfile::remoteContentBlocked, this, [this](const QString &host, const QUrl &url) {
        if (host != m_host || m_remoteNoticed)
            return;
        m_remoteNoticed = true;
        Q_EMIT remoteContentBlocked(url);
    });
    m_host = profile->schemeHandler()->hostForRoot(QString());
    loadShell();
}

PreviewView::~PreviewView()
{
    // Delete the page while we are whole: it runs pending script callbacks, which must find us intact.
    m_destroying = true;
    delete m_page;
}

void PreviewView::follow(PreviewScheduler *scheduler)
{
    connect(scheduler, &PreviewScheduler::rendered, this, &PreviewView::showResult);
    connect(this, &PreviewView::resultShown, scheduler, &PreviewScheduler::resultShown);
    connect(this, &PreviewView::visibilityChanged, scheduler, &PreviewScheduler::setActive);
    scheduler->setWaitsForShown(true);
    scheduler->setActive(isVisible());
}

QUrl PreviewView::shellUrl() const
{
    QUrl url;
    url.setScheme(QString::fromLatin1(SiteSchemeHandler::scheme()));
    url.setHost(m_host);
    url.setPath(SiteSchemeHandler::shellPathFor(m_name));
    // A fresh query per load, so no cache ever answers for a newer body.
    url.setQuery(QStringLiteral("v=%1").arg(m_shellSerial));
    return url;
}

void PreviewView::setSiteRoot(const QString &siteRoot)
{
    const QString host = PreviewProfile::instance()->schemeHandler()->hostForRoot(siteRoot);
    if (host == m_host)
        return;
    m_host = host;
    m_restoreScroll = -1;
    loadShell();
}

void PreviewView::loadShell()
{
    if (m_scrollToTop) {
        m_scrollToTop = false;   // the fresh shell carries the other post: it opens at its start
        m_restoreScroll = -1;
        m_revealLine = 0;
    }
    PreviewProfile *profile = PreviewProfile::instance();
    profile->schemeHandler()->setShellContent(m_host, m_html, profile->isRemoteAllowed(m_host), m_pageHtml, m_name);
    m_hasPending = false;   // the shell carries m_html
    m_pageHasBlocks = false;   // parsed whole by the page: the next push sends all blocks
    m_shellLoaded = false;
    m_awaitingShell = true;
    m_remoteNoticed = false;
    ++m_shellSerial;
    const QUrl url = shellUrl();
    m_page->allowNextLoad(url);
    m_page->load(url);
}

void PreviewView::onLoadFinished(bool ok)
{
    if (!m_awaitingShell || m_page->url() != shellUrl())
        return;   // an earlier load, or a navigation we refused
    m_awaitingShell = false;
    m_page->allowNextLoad(QUrl());
    m_shellLoaded = ok;
    if (!ok) {
        qWarning("preview: the shell page did not load");
        return;
    }
    if (m_restoreScroll > 0)
        m_page->runJavaScript(ShellScript::scrollTo(m_restoreScroll), QWebEngineScript::ApplicationWorld);
    else
        scrollToStart();
    m_restoreScroll = -1;
    if (m_hasPending) {
        pushPending();
        return;
    }
    const quint64 generation = m_generation;
    noticeRemoteContent();
    Q_EMIT contentUpdated();
    Q_EMIT resultShown(generation);
}

void PreviewView::setBodyHtml(const QString &html)
{
    RenderResult result;
    result.html = html;
    result.generation = m_generation + 1;
    showResult(result);
}

void PreviewView::showResult(const RenderResult &result)
{
    if (!result.postPath.isEmpty() && result.postPath != m_postPath) {
        m_scrollToTop = !m_postPath.isEmpty();   // the first post opens at the top anyway
        m_postPath = result.postPath;
    }
    m_html = result.html;
    m_generation = result.generation;
    m_pendingScript = result.pushScript;
    m_blocks = result.blockStarts;
    m_hasPending = true;
    if (!result.status.isEmpty() && result.status != m_status) {
        m_status = result.status;
        Q_EMIT statusChanged(m_status);
    }
    if (!result.siteRoot.isNull()) {
        SiteSchemeHandler *handler = PreviewProfile::instance()->schemeHandler();
        const QString host = handler->hostForRoot(result.siteRoot);
        handler->setBaseUrl(host, result.baseUrl);
        const bool newFrame = result.pageKey != m_pageKey;
        const bool newPage = !result.pageHtml.isNull() || newFrame;
        // The same frame with new page values and a site page shown: patched in place below.
        const bool patch = newPage && !newFrame && !m_pageHtml.isEmpty() && !result.pageHtml.isEmpty();
        if (newPage) {
            m_pageHtml = result.pageHtml;
            m_pageKey = result.pageKey;
        }
        m_pageValuesKey = result.pageValuesKey;
        if (host != m_host) {
            setSiteRoot(result.siteRoot);   // reloads the shell (with m_html) for the new site
        } else if (newPage && (!patch || !m_shellLoaded)) {
            // Site, layout or post changed: a fresh shell from the new page, at the same scroll.
            if (m_shellLoaded)
                reloadShell();
            else
                loadShell();
            return;
        } else if (patch) {
            patchPage();
        }
    }
    if (m_shellLoaded && m_hasPending && m_pagePatches == 0)
        pushPending();
}

// The site page around the body follows the new render in place; the body push waits for it, so
// its callback (contentUpdated, resultShown) means the whole page is up to date.
void PreviewView::patchPage()
{
    ++m_pagePatches;
    const QString page = SiteSchemeHandler::pageWithContentElement(m_pageHtml);
    m_page->runJavaScript(ShellScript::patchPage(page), QWebEngineScript::ApplicationWorld, [this](const QVariant &ok) {
        if (m_destroying)
            return;
        --m_pagePatches;
        if (!ok.toBool()) {
            // Other stylesheets, or the layout moved the body: only a fresh shell shows it right.
            if (m_shellLoaded)
                reloadShell();
            return;
        }
        if (m_pagePatches == 0 && m_shellLoaded && m_hasPending)
            pushPending();
    });
}

// Serves the body inside a fresh shell and puts the scroll position back.
void PreviewView::reloadShell()
{
    m_shellLoaded = false;
    m_page->runJavaScript(ShellScript::scrollY(), QWebEngineScript::ApplicationWorld, [this](const QVariant &y) {
        if (m_destroying)
            return;
        m_restoreScroll = y.toInt();
        loadShell();
    });
}

void PreviewView::scrollToStart()
{
    m_page->runJavaScript(m_scrollsToContent ? ShellScript::scrollToContent() : ShellScript::scrollTo(0),
                          QWebEngineScript::ApplicationWorld);
}

void PreviewView::pushPending()
{
    m_hasPending = false;
    const quint64 generation = m_generation;
    const int expected = m_pushSerial;
    const int serial = ++m_pushSerial;
    QString script;
    bool patch = false;
    // Whether the push can bring a remote source the page has not been searched for: a patch
    // brings only its blocks, and a keystroke's block mostly holds no URL (the search walks the DOM).
    bool mayAddRemote = true;
    if (m_pageHasBlocks && !m_blocks.isEmpty()) {
        // Typing: send only the blocks that differ from what the page holds.
        const HtmlBlocks::Diff diff = HtmlBlocks::diff(m_pageBody, m_pageBlocks, m_html, m_blocks);
        const int newEnd = int(m_blocks.size()) - diff.keptTail;
        const qsizetype base = diff.keptHead < m_blocks.size() ? m_blocks.at(diff.keptHead) : m_html.size();
        const qsizetype end = newEnd < m_blocks.size() ? m_blocks.at(newEnd) : m_html.size();
        // A patch as big as a large body (another post opened) goes the large-body way below:
        // building a multi-megabyte script on the GUI thread stalls it.
        if (end - base <= MaxScriptChars) {
            ShellScript::BlockPatch p;
            p.keptHead = diff.keptHead;
            p.oldCount = int(m_pageBlocks.size());
            p.removed = p.oldCount - diff.keptHead - diff.keptTail;
            p.base = base;
            p.html = m_html.mid(base, end - base);
            p.starts = m_blocks.mid(diff.keptHead, newEnd - diff.keptHead);
            p.lineShift = diff.lineShift;
            p.expectSerial = expected;
            p.serial = serial;
            script = ShellScript::patchBlocks(p);
            patch = true;
            mayAddRemote = p.html.contains(QLatin1String("http"), Qt::CaseInsensitive);
        }
    }
    if (patch) {
        // script holds the patch
    } else if (m_html.size() > MaxScriptChars) {
        PreviewProfile::instance()->schemeHandler()->setPendingBody(m_host, m_html.toUtf8());
        QUrl body = shellUrl();
        body.setPath(SiteSchemeHandler::bodyPath());
        body.setQuery(QStringLiteral("gen=%1").arg(generation));
        script = ShellScript::fetchBody(body, m_blocks, serial);
    } else if (!m_blocks.isEmpty()) {
        script = ShellScript::setBlocks(m_html, m_blocks, serial);
    } else {
        script = m_pendingScript.isEmpty() ? ShellScript::pushBody(m_html, serial) : m_pendingScript;
    }
    m_pendingScript.clear();
    const bool toTop = m_scrollToTop;
    m_scrollToTop = false;
    const int reveal = toTop ? 0 : m_revealLine;
    m_revealLine = 0;
    // Pushes run in the page in the order sent: the next diff is against what this one leaves.
    m_pageBody = m_html;
    m_pageBlocks = m_blocks;
    m_pageHasBlocks = !m_blocks.isEmpty();
    m_page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [this, generation, patch, mayAddRemote](const QVariant &result) {
        if (m_destroying)
            return;
        if (!result.toBool()) {
            if (patch) {
                // The page did not hold what the patch was computed against: send the whole body.
                m_pageHasBlocks = false;
                if (generation == m_generation && m_shellLoaded) {
                    m_hasPending = true;
                    pushPending();
                }
                return;
            }
            if (generation == m_generation && m_html.size() > MaxScriptChars) {
                reloadShell();   // the fetch failed: fall back to a fresh shell
                return;
            }
            qWarning("preview: the shell page did not take the update");
        }
        if (mayAddRemote)
            noticeRemoteContent();
        Q_EMIT contentUpdated();
        Q_EMIT resultShown(generation);
    });
    // Runs in the page after the push above, on the updated DOM.
    if (toTop)
        scrollToStart();
    if (reveal > 0 && !(m_userScrolled.isValid() && m_userScrolled.elapsed() < UserScrollQuietMs))
        m_page->runJavaScript(ShellScript::revealSourceLine(reveal), QWebEngineScript::ApplicationWorld);
}

void PreviewView::revealSourceLineAfterUpdate(int line)
{
    m_revealLine = line;
}

void PreviewView::scrollToSourceLine(int line)
{
    if (m_shellLoaded)
        m_page->runJavaScript(ShellScript::scrollToSourceLine(line), QWebEngineScript::ApplicationWorld);
}

void PreviewView::requestSourceLineAt(const QPoint &pos)
{
    const qreal zoom = zoomFactor() > 0 ? zoomFactor() : 1.0;
    m_page->runJavaScript(ShellScript::sourceLineAt(pos.x() / zoom, pos.y() / zoom), QWebEngineScript::ApplicationWorld,
                          [this](const QVariant &line) {
                              if (!m_destroying && line.toInt() > 0)
                                  Q_EMIT sourceLineClicked(line.toInt());
                          });
}

void PreviewView::allowRemoteContent()
{
    PreviewProfile::instance()->setRemoteAllowed(m_host, true);
    reloadShell();
}

void PreviewView::reloadStylesheet(const QString &urlPath)
{
    if (!m_shellLoaded || m_destroying)
        return;
    m_page->runJavaScript(ShellScript::reloadStylesheet(urlPath, ++m_stylesheetVersion), QWebEngineScript::ApplicationWorld);
}

void PreviewView::noticeRemoteContent()
{
    // The page's policy refuses remote images before any request exists, so look for them in the DOM.
    if (m_remoteNoticed || PreviewProfile::instance()->isRemoteAllowed(m_host))
        return;
    m_page->runJavaScript(ShellScript::firstRemoteSource(), QWebEngineScript::ApplicationWorld, [this](const QVariant &url) {
        if (m_destroying || url.toString().isEmpty() || m_remoteNoticed)
            return;
        m_remoteNoticed = true;
        Q_EMIT remoteContentBlocked(QUrl(url.toString()));
    });
}

void PreviewView::confirmExternalLink(const QUrl &url)
{
    // Not modal-blocking: the preview keeps updating while the question is open.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Open link"),
                                tr("Open this link in your web browser?\n\n%1").arg(url.toDisplayString()),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("openLinkConfirmation"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [box, url](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            QDesktopServices::openUrl(url);
    });
    box->open();
}

void PreviewView::showEvent(QShowEvent *event)
{
    QWebEngineView::showEvent(event);
    Q_EMIT visibilityChanged(true);
}

void PreviewView::hideEvent(QHideEvent *event)
{
    QWebEngineView::hideEvent(event);
    Q_EMIT visibilityChanged(false);
}

bool PreviewView::event(QEvent *event)
{
    // Mouse input goes to the render widget WebEngine adds as a child; watch it for clicks.
    if (event->type() == QEvent::ChildAdded || event->type() == QEvent::ChildPolished) {
        QObject *child = static_cast<QChildEvent *>(event)->child();
        if (child && child->isWidgetType() && child != m_filtered) {
            child->installEventFilter(this);
            m_filtered = child;
        }
    }
    return QWebEngineView::event(event);
}

bool PreviewView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel || event->type() == QEvent::MouseButtonPress) {
        m_userScrolled.start();
    } else if (event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Home:
        case Qt::Key_End:
        case Qt::Key_Space:
            m_userScrolled.start();
            break;
        default:
            break;
        }
    }
    if (event->type() == QEvent::MouseButtonPress) {
        m_pressPos = static_cast<QMouseEvent *>(event)->position().toPoint();
    } else if (event->type() == QEvent::MouseButtonRelease) {
        const QPoint pos = static_cast<QMouseEvent *>(event)->position().toPoint();
        if ((pos - m_pressPos).manhattanLength() < 4)   // a click, not a text selection
            requestSourceLineAt(pos);
    }
    return QWebEngineView::eventFilter(watched, event);
}

} // namespace Lectern
