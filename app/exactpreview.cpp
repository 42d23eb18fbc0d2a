// SPDX-License-Identifier: GPL-3.0-or-later
#include "exactpreview.h"

#include "exactrenderer.h"
#include "htmlblocks.h"
#include "postdocument.h"
#include "previewscheduler.h"
#include "previewprofile.h"
#include "previewview.h"
#include "site.h"
#include "siteschemehandler.h"
#include "sitetrust.h"
#include "sourcelines.h"

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>

namespace Lectern {

ExactPreview::ExactPreview(PostDocument *document, PreviewScheduler *scheduler, PreviewView *view, Site *site,
                           QWidget *window, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scheduler(scheduler)
    , m_view(view)
    , m_site(site)
    , m_window(window)
    , m_renderer(new ExactRenderer(this))
    , m_indicator(new QLabel)
    , m_idle(new QTimer(this))
    , m_sassWatcher(new QFileSystemWatcher(this))
    , m_sassDelay(new QTimer(this))
{
    m_indicator->setObjectName(QStringLiteral("previewEngine"));
    m_renderer->setBackground(true);   // loading a big site must not take a core from typing
    m_idle->setSingleShot(true);
    m_idle->setInterval(IdleMs);
    connect(m_idle, &QTimer::timeout, this, &ExactPreview::renderNow);
    m_sassDelay->setSingleShot(true);
    m_sassDelay->setInterval(100);
    connect(m_sassDelay, &QTimer::timeout, this, &ExactPreview::compileStylesheet);
    connect(m_sassWatcher, &QFileSystemWatcher::fileChanged, this, &ExactPreview::watchStylesheet);
    connect(m_sassWatcher, &QFileSystemWatcher::directoryChanged, this, &ExactPreview::watchStylesheet);
    connect(m_document, &PostDocument::bodyChanged, this, &ExactPreview::documentEdited);
    connect(m_document, &PostDocument::frontMatterChanged, this, &ExactPreview::documentEdited);
    connect(m_document, &PostDocument::loaded, this, &ExactPreview::documentEdited);
    // A helper that gave up (a crash or hang twice in a row, a gem since installed) gets another
    // start when the user opens a post: the cause may be gone.
    connect(m_document, &PostDocument::loaded, this, &ExactPreview::retryAfterGivingUp);
    m_trustAction = new QAction(tr("Run the Site's &Plugins in the Preview"), this);
    m_trustAction->setObjectName(QStringLiteral("trustSiteAction"));
    m_trustAction->setCheckable(true);
    m_trustAction->setStatusTip(tr("Let the exact preview run the site's own programs (Jekyll plugins); "
                                   "off, it uses Jekyll's safe mode"));
    connect(m_trustAction, &QAction::triggered, this, &ExactPreview::trustToggled);
    connect(m_document, &PostDocument::pathChanged, this, &ExactPreview::documentEdited);
    connect(m_site, &Site::opened, this, &ExactPreview::siteOpened);
    connect(m_renderer, &ExactRenderer::rendered, this, &ExactPreview::onRendered);
    connect(m_renderer, &ExactRenderer::stateChanged, this, &ExactPreview::showIndicator);
    connect(m_renderer, &ExactRenderer::ready, this, [this] {
        renderNow();
        compileStylesheet();
    });
    connect(m_renderer, &ExactRenderer::unavailable, this, [this](const QString &reason) {
        m_inFlight = 0;
        showIndicator();
        if (reason != m_toldReason) {   // a retry that fails the same way is not said again
            m_toldReason = reason;
            m_untold = tr("Fast preview only: %1").arg(reason);
            if (m_view->isShellLoaded() && !m_scheduler->isBusy())
                tellUnavailable();
        }
    });
    // Said after the page shows, so that the preview's own status line does not cover it.
    connect(m_view, &PreviewView::contentUpdated, this, &ExactPreview::tellUnavailable, Qt::QueuedConnection);
    showIndicator();
    if (m_site->isJekyllSite())
        siteOpened();
}

ExactPreview::~ExactPreview()
{
    if (m_question)
        m_question->deleteLater();
    m_renderer->stop();
}

void ExactPreview::siteOpened()
{
    const QString root = m_site->isJekyllSite() ? SiteTrust::keyOf(m_site->root()) : QString();
    if (root == m_root)
        return;
    m_root = root;
    // Read once per site (it reads _config.yml): the trust action, its toggling and error hints use it.
    m_siteHasCode = !root.isEmpty() && SiteTrust::hasSiteCode(root);
    m_renderer->stop();
    m_inFlight = 0;
    dropStylesheet();
    m_exactBody.clear();
    m_exactOnScreen = false;
    m_toldReason.clear();
    if (m_question)
        m_question->deleteLater();
    showIndicator();
    syncTrustAction();
    if (root.isEmpty())
        return;
    // Nothing of the site's runs before the answer: not even `bundle check`, which reads the Gemfile.
    // Without Ruby nothing of the site could run anyway: no question, the start says what to install.
    if (!m_siteHasCode || QStandardPaths::findExecutable(QStringLiteral("ruby")).isEmpty()) {
        startFor(root, false);
        return;
    }
    switch (SiteTrust::remembered(root)) {
    case SiteTrust::Answer::Trusted:
        startFor(root, true);
        break;
    case SiteTrust::Answer::Untrusted:
        startFor(root, false);
        break;
    case SiteTrust::Answer::Unknown:
        askTrust(root);
        break;
    }
}

void ExactPreview::askTrust(const QString &root)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Trust this site's plugins?"),
                                tr("The site %1 comes with programs of its own (Jekyll plugins). Lectern can show your "
                                   "post exactly as the site will, but only by running them, and they run with your "
                                   "rights, like any program you install.\n\n"
                                   "Trust the site only if you know where it comes from. If you choose Safe Mode, the "
                                   "preview runs without them; parts of the page they make may be missing.\n\n"
                                   "Lectern remembers your answer for this site. You can change it at any time in "
                                   "View → Run the Site's Plugins in the Preview.")
                                    .arg(QDir::toNativeSeparators(root)),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("siteTrustQuestion"));
    QPushButton *trust = box->addButton(tr("&Trust and Run Plugins"), QMessageBox::AcceptRole);
    QPushButton *safe = box->addButton(tr("&Safe Mode"), QMessageBox::RejectRole);
    box->setDefaultButton(safe);
    box->setEscapeButton(safe);
    // Application-modal (not window-modal): window managers keep such a dialog above the window
    // (_NET_WM_STATE_MODAL); a window-modal one could be raised behind it, leaving a window that
    // ignores every key with no question in sight (found under openbox).
    box->setWindowModality(Qt::ApplicationModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, trust, root] {
        if (root != m_root)
            return;   // another site was opened meanwhile
        const bool trusted = box->clickedButton() == trust;
        SiteTrust::remember(root, trusted);
        Q_EMIT message(trusted ? tr("Site trusted: its plugins run in the exact preview")
                               : tr("Site not trusted: the exact preview uses Jekyll's safe mode (no plugins)"));
        startFor(root, trusted);
    });
    connect(box, &QObject::destroyed, this, &ExactPreview::syncTrustAction, Qt::QueuedConnection);
    m_question = box;
    // show(), not open() (which makes it window-modal again) nor exec(): the event loop keeps
    // running, the built-in preview meanwhile.
    box->show();
}

void ExactPreview::startFor(const QString &root, bool trusted)
{
    // What the last helper rendered (with or without the site's plugins) is not this one's: the
    // built-in render goes back on screen, and the new helper renders again once ready.
    if (m_exactOnScreen)
        m_scheduler->documentChanged();
    m_exactOnScreen = false;
    m_exactBody.clear();
    m_exactBodyOf.clear();
    m_renderer->start(root, trusted);
    showIndicator();
    syncTrustAction();
}

void ExactPreview::syncTrustAction()
{
    const bool code = m_siteHasCode;
    m_trustAction->setEnabled(code && !m_question);
    m_trustAction->setChecked(code && SiteTrust::remembered(m_root) == SiteTrust::Answer::Trusted);
    m_trustAction->setToolTip(code ? m_trustAction->statusTip() : tr("This site has no plugins of its own"));
}

void ExactPreview::trustToggled(bool checked)
{
    if (!m_siteHasCode)
        return;
    if (checked) {
        askTrust(m_root);   // trusting is always the user's explicit answer to the question
        syncTrustAction();
        return;
    }
    SiteTrust::remember(m_root, false);
    Q_EMIT message(tr("Site not trusted: the exact preview uses Jekyll's safe mode (no plugins)"));
    m_toldReason.clear();
    m_inFlight = 0;
    startFor(m_root, false);
}

void ExactPreview::retryAfterGivingUp()
{
    if (m_root.isEmpty() || m_question || m_renderer->state() != ExactRenderer::State::Unavailable)
        return;
    m_inFlight = 0;
    startFor(m_root, m_renderer->isTrusted());
}

void ExactPreview::documentEdited()
{
    // The keystroke's built-in render replaces whatever exact body is shown.
    m_exactOnScreen = false;
    showIndicator();
    if (m_renderer->state() == ExactRenderer::State::Starting || m_renderer->state() == ExactRenderer::State::Ready)
        m_idle->start();
}

void ExactPreview::renderNow()
{
    if (m_renderer->state() != ExactRenderer::State::Ready || m_document->path().isEmpty())
        return;
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_sentPath = m_document->path();
    m_sentBody = m_document->body();
    m_sentFrontMatter = QString::fromUtf8(m_document->post().frontMatter().text());
    if (m_exactOnScreen && m_sentBody == m_exactBodyOf && m_sentFrontMatter == m_exactFrontMatterOf)
        return;
    m_again = false;
    m_inFlight = m_renderer->render(m_sentPath, m_sentFrontMatter, m_sentBody);
}

void ExactPreview::onRendered(const ExactResult &result)
{
    if (result.id != 0 && result.id == m_sassInFlight) {
        onStylesheet(result);
        return;
    }
    if (result.id != m_inFlight)
        return;
    m_inFlight = 0;
    const bool current = m_document->path() == m_sentPath && m_document->body() == m_sentBody
                         && QString::fromUtf8(m_document->post().frontMatter().text()) == m_sentFrontMatter;
    if (result.ok) {
        m_exactBody = result.bodyHtml;
        m_exactBodyOf = m_sentBody;
        m_exactFrontMatterOf = m_sentFrontMatter;
        m_exactPathOf = m_sentPath;
    }
    if (m_again || !current) {
        m_idle->start();   // typing went on: the next pause renders again
        return;
    }
    if (!result.ok) {
        // A Liquid or YAML error: the built-in render (with its own warning) stays on screen.
        const QString error = result.errorInFile(m_document->post().bodyFirstLine());
        QString text = tr("Exact preview: %1").arg(error);
        // In safe mode a plugin's tag is unknown to Jekyll: say why, and where to change it.
        if (!m_renderer->isTrusted() && m_siteHasCode && error.contains(QLatin1String("Unknown tag")))
            text += tr(" (the site's plugins do not run in safe mode: View → Run the Site's Plugins in the Preview)");
        Q_EMIT message(text);
        return;
    }
    if (m_scheduler->isBusy()) {   // the built-in render of this text is still on its way: after it
        QTimer::singleShot(50, this, [this] {
            if (!m_inFlight && !m_exactOnScreen)
                renderNow();
        });
        return;
    }
    // The same generation as the built-in result shown: the scheduler's bookkeeping is unchanged,
    // and the block diff replaces only the blocks that differ.
    RenderResult shown;
    // Jekyll writes no data-sourcepos, which scroll sync and click-to-line read: each top-level
    // element takes its counterpart's in the built-in render of the same text, matched by tag and
    // text, so sync works at once even when the two renders differ in blocks.
    shown.html = SourceLines::copyPositions(result.bodyHtml, m_view->bodyHtml());
    shown.blockStarts = HtmlBlocks::split(shown.html);
    shown.generation = m_scheduler->shownGeneration();
    shown.postPath = m_sentPath;
    m_view->showResult(shown);
    m_exactOnScreen = true;
    showIndicator();
    Q_EMIT exactShown();
}

void ExactPreview::compileStylesheet()
{
    if (m_renderer->state() != ExactRenderer::State::Ready)
        return;
    if (m_sassInFlight) {
        m_sassAgain = true;
        return;
    }
    m_sassAgain = false;
    m_sassInFlight = m_renderer->compileStylesheet(m_sassPath);
}

void ExactPreview::onStylesheet(const ExactResult &result)
{
    m_sassInFlight = 0;
    if (!result.ok) {
        // A site without Sass keeps its files (or the neutral stylesheet) without a word; a Sass error
        // keeps the last good CSS on screen.
        // When the helper itself stopped, that is said once (unavailable()), not as a Sass problem.
        if (!result.error.startsWith(QLatin1String("no Sass stylesheet")) && m_renderer->state() != ExactRenderer::State::Unavailable)
            Q_EMIT message(tr("Site stylesheet not compiled: %1").arg(result.error));
    } else if (!result.url.startsWith(QLatin1Char('/')) || result.path.isEmpty()) {
        Q_EMIT message(tr("Site stylesheet not compiled: Jekyll gave no URL for it"));
    } else {
        SiteSchemeHandler *handler = PreviewProfile::instance()->schemeHandler();
        if (!m_sassHost.isEmpty() && (m_sassHost != m_view->host() || m_sassUrl != result.url))
            handler->setStylesheet(m_sassHost, m_sassUrl, QString());
        const bool first = m_sassPath.isEmpty();
        m_sassPath = result.path;
        m_sassUrl = result.url;
        m_sassHost = m_view->host();
        handler->setStylesheet(m_sassHost, m_sassUrl, result.css);
        if (first)
            watchStylesheet();
        m_view->reloadStylesheet(m_sassUrl);
        Q_EMIT stylesheetServed(m_sassUrl);
    }
    if (m_sassAgain)
        compileStylesheet();
}

void ExactPreview::watchStylesheet()
{
    if (m_root.isEmpty() || m_sassPath.isEmpty())
        return;
    // Saving often replaces a file (write a copy, rename it over): the watch on the old file ends, so
    // the paths are added again on each change; a new partial shows as a change of its folder.
    QStringList paths{QDir(m_root).filePath(m_sassPath)};
    const QString sass = QDir(m_root).filePath(QStringLiteral("_sass"));
    if (QFileInfo(sass).isDir()) {
        paths << sass;
        QDirIterator it(sass, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
    }
    QStringList watched = m_sassWatcher->files() + m_sassWatcher->directories();
    QStringList fresh;
    for (const QString &path : std::as_const(paths)) {
        if (!watched.contains(path) && QFileInfo::exists(path))
            fresh << path;
    }
    if (!fresh.isEmpty())
        m_sassWatcher->addPaths(fresh);
    if (sender() == m_sassWatcher)
        m_sassDelay->start();
}

void ExactPreview::dropStylesheet()
{
    if (!m_sassHost.isEmpty())
        PreviewProfile::instance()->schemeHandler()->setStylesheet(m_sassHost, m_sassUrl, QString());
    const QStringList watched = m_sassWatcher->files() + m_sassWatcher->directories();
    if (!watched.isEmpty())
        m_sassWatcher->removePaths(watched);
    m_sassDelay->stop();
    m_sassInFlight = 0;
    m_sassAgain = false;
    m_sassPath.clear();
    m_sassUrl.clear();
    m_sassHost.clear();
}

void ExactPreview::tellUnavailable()
{
    if (m_untold.isEmpty())
        return;
    Q_EMIT message(m_untold);
    m_untold.clear();
}

QMessageBox *ExactPreview::trustQuestion() const
{
    return m_question.data();
}

QString ExactPreview::currentBodyHtml() const
{
    if (m_exactBody.isEmpty() || m_document->path() != m_exactPathOf || m_document->body() != m_exactBodyOf
        || QString::fromUtf8(m_document->post().frontMatter().text()) != m_exactFrontMatterOf)
        return QString();
    return m_exactBody;
}

void ExactPreview::showIndicator()
{
    QString text = tr("Fast preview");
    QString tip = tr("The built-in renderer: shown at once on each keystroke.");
    switch (m_renderer->state()) {
    case ExactRenderer::State::Ready:
        if (m_exactOnScreen) {
            text = tr("Exact — Jekyll %1").arg(m_renderer->jekyllVersion());
            tip = m_renderer->isTrusted() ? tr("Rendered by the site's own Jekyll, with its plugins.")
                                          : tr("Rendered by the site's own Jekyll in safe mode (no plugins).");
        } else {
            tip = tr("The site's Jekyll renders when typing pauses.");
        }
        break;
    case ExactRenderer::State::Starting:
        tip = tr("The site's Jekyll is loading the site…");
        break;
    case ExactRenderer::State::Unavailable:
        // Says it stays so (the reason's message in the status bar goes at the next keystroke);
        // the reason itself is the tooltip.
        text = tr("Fast preview only");
        tip = m_renderer->unavailableReason();
        break;
    case ExactRenderer::State::Stopped:
        if (m_question)
            tip = tr("Waiting for the answer about the site's plugins.");
        break;
    }
    m_indicator->setText(text);
    m_indicator->setToolTip(tip);
}

} // namespace Lectern
