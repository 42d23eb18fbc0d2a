// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QMessageBox;
class QTimer;
class QWidget;

namespace Lectern {

class ExactRenderer;
class PostDocument;
class PreviewScheduler;
class PreviewView;
class Site;
struct ExactResult;

// The preview's exact mode (issue 17): every keystroke still gets the built-in render at once
// (PreviewScheduler, unchanged); when typing pauses for IdleMs, the site's own Jekyll
// (ExactRenderer) renders the unsaved post and its body replaces the built-in one in the shown
// page through the view's block diff (no reload, scroll kept; the page around it, its CSP and
// sanitising rules stay ours: post content runs no script). The indicator in the status bar says
// which render is on screen: "Exact — Jekyll 4.3.1" or "Fast preview".
//
// Trust: for a site with code of its own (SiteTrust::hasSiteCode) the user is asked once, in a
// window-modal box that does not block the event loop; the helper starts only after the answer,
// in Jekyll's safe mode unless trusted. A site without code runs in safe mode without asking.
// Without Ruby, Jekyll or the site's gems, message() says so once with what to install and the
// preview stays on the built-in render.
//
// The site's stylesheet: once the helper is ready, the site's Sass page (the first .scss/.sass page
// with front matter, e.g. assets/css/main.scss) is compiled by Jekyll's own converter (a built-in
// converter, so it runs in safe mode too) and served at its page URL (/assets/css/main.css) by the
// view's scheme handler before any file of the site or of its last build. When that file or anything
// under _sass/ changes on disk it is compiled again and the page loads only that <link> again
// (PreviewView::reloadStylesheet): no reload, no scroll jump. A Sass error keeps the last good CSS
// and says so in the status bar. Only while the exact mode runs; a site without Sass is left alone.
class ExactPreview final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExactPreview)

public:
    static constexpr int IdleMs = 400;

    // WINDOW parents the trust question. None of the pointers is owned.
    ExactPreview(PostDocument *document, PreviewScheduler *scheduler, PreviewView *view, Site *site, QWidget *window,
                 QObject *parent = nullptr);
    ~ExactPreview() override;

    // For the status bar (addPermanentWidget); owned by whoever adds it.
    QLabel *indicator() const { return m_indicator; }
    ExactRenderer *renderer() const { return m_renderer; }
    // The exact body for the document as it is now, or a null string when the last exact render
    // is of other text (or there is none): exports use it when it is not null.
    QString currentBodyHtml() const;
    bool isExactOnScreen() const { return m_exactOnScreen; }
    // The open trust question, if any (for screenshots and tests).
    QMessageBox *trustQuestion() const;
    // View → Run the Site's Plugins in the Preview: checked when the open site is trusted, enabled
    // when it has code of its own (SiteTrust::hasSiteCode). Checking it asks the trust question;
    // unchecking remembers the site as untrusted and restarts the helper in safe mode. The answer
    // given once is changed here, not only in the settings file.
    QAction *trustAction() const { return m_trustAction; }
    // The URL path ("/assets/css/main.css", no baseurl) the compiled stylesheet is served at; empty
    // until the first compile succeeded.
    QString stylesheetUrl() const { return m_sassUrl; }

Q_SIGNALS:
    // A one-time message for the status bar (what to install, the trust answer's effect).
    void message(const QString &text);
    // An exact body reached the page.
    void exactShown();
    // The site's Sass was compiled (again) and is served at URL_PATH; the page was asked to load it.
    void stylesheetServed(const QString &urlPath);

private:
    void siteOpened();
    void startFor(const QString &root, bool trusted);
    void askTrust(const QString &root);
    void trustToggled(bool checked);
    void syncTrustAction();
    void retryAfterGivingUp();
    void documentEdited();
    void renderNow();
    void onRendered(const ExactResult &result);
    void showIndicator();
    void tellUnavailable();
    void compileStylesheet();
    void onStylesheet(const ExactResult &result);
    void watchStylesheet();
    void dropStylesheet();

    PostDocument *m_document = nullptr;
    PreviewScheduler *m_scheduler = nullptr;
    PreviewView *m_view = nullptr;
    Site *m_site = nullptr;
    QWidget *m_window = nullptr;
    ExactRenderer *m_renderer = nullptr;
    QLabel *m_indicator = nullptr;
    QTimer *m_idle = nullptr;
    QPointer<QMessageBox> m_question;
    QAction *m_trustAction = nullptr;
    QString m_root;             // the site the helper runs (or is asked about)
    bool m_siteHasCode = false; // SiteTrust::hasSiteCode(m_root), read when the site opened
    int m_inFlight = 0;         // request id, 0: none
    bool m_again = false;       // an edit came while a request was in flight
    QString m_sentBody;
    QString m_sentFrontMatter;
    QString m_sentPath;
    QString m_exactBody;        // the last exact body and the text it is of
    QString m_exactBodyOf;
    QString m_exactFrontMatterOf;
    QString m_exactPathOf;
    bool m_exactOnScreen = false;
    QString m_toldReason;       // the unavailable reason last said (once per site and reason); empty: none yet
    QString m_untold;           // that message, until the page has shown
    QFileSystemWatcher *m_sassWatcher = nullptr;
    QTimer *m_sassDelay = nullptr;   // gathers the several change signals of one save
    int m_sassInFlight = 0;     // request id of the stylesheet compile, 0: none
    bool m_sassAgain = false;   // Sass changed while a compile was in flight
    QString m_sassPath;         // the Sass page, relative to the root ("assets/css/main.scss")
    QString m_sassUrl;          // where it is served ("/assets/css/main.css")
    QString m_sassHost;         // the scheme handler's host it is served for
};

} // namespace Lectern
