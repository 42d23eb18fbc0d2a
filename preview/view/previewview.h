// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rendersnapshot.h"

#include <QElapsedTimer>
#include <QPoint>
#include <QWebEngineView>

namespace Lectern {

class PreviewPage;
class PreviewScheduler;

// The live preview. Loads the shell page once (through the lectern-site scheme, so the post's
// site files resolve), then pushes each new body into it from the application world; post content
// itself runs no script. A large body is fetched by the page from the scheme handler.
class PreviewView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    // Bodies past this many characters are fetched by the page from the scheme handler: handing
    // a megabyte script to runJavaScript costs the GUI thread tens of milliseconds, and setHtml
    // fails past 2 MB. Should the fetch fail, the shell is reloaded through the scheme with the body.
    static constexpr int MaxScriptChars = 200'000;
    // How long a scroll of the preview by the user keeps it from following the cursor.
    static constexpr int UserScrollQuietMs = 3000;

    // NAME tells apart views showing the same site (the post page, its home card).
    explicit PreviewView(QWidget *parent = nullptr, const QString &name = QStringLiteral("shell"));
    ~PreviewView() override;

    // Shows the scheduler's results and tells it when they are on screen and whether we are visible.
    void follow(PreviewScheduler *scheduler);

    void setSiteRoot(const QString &siteRoot);
    QString host() const { return m_host; }
    QUrl shellUrl() const;
    bool isShellLoaded() const { return m_shellLoaded; }
    QString bodyHtml() const { return m_html; }
    // The whole page the body sits in (empty: the built-in shell) and its key from the render.
    QString pageKey() const { return m_pageKey; }
    // The front matter the shown page was rendered from (RenderResult::pageValuesKey).
    QString pageValuesKey() const { return m_pageValuesKey; }
    // A fresh page (not a reload keeping scroll) opens scrolled to the body, e.g. the card in a listing.
    void setScrollsToContent(bool scrolls) { m_scrollsToContent = scrolls; }

public Q_SLOTS:
    // Replaces the shown body; keeps the scroll position. (A result with blockStarts, as the
    // scheduler's worker makes them, lets later pushes send only the blocks that changed.)
    void setBodyHtml(const QString &html);
    // Shows a render: its body is pushed as above. A result with pageHtml and the page key shown
    // (front matter edited) has the site page around the body patched in place first (pagepatch.js:
    // no reload, scroll kept); with another page key, or when the page cannot be patched (its
    // stylesheets changed), a fresh shell is loaded at the same scroll position. A result of another
    // post (a postPath, not empty, other than the last one given) opens at the top instead (at the body
    // with setScrollsToContent), as a browser opens another page; the cursor is not revealed then. A
    // result without postPath is of the post shown.
    void showResult(const Lectern::RenderResult &result);
    // Scrolls so the block holding this 1-based body line is at the top.
    void scrollToSourceLine(int line);
    // The preview follows the cursor (issue 15): after the next body update reaches the page, the
    // block holding this 1-based body line (the editor's cursor) is scrolled into view if it is
    // outside the viewport (navigate.js: to two thirds of its height; in view: no scroll). Call it
    // on each body edit. The rule for leaving the user alone: no reveal while the user scrolled the
    // preview itself (wheel, scrolling keys, a press in it: scroll bar or text) within the last
    // UserScrollQuietMs; after that the cursor is followed again. Scrolls made by the app
    // (scrollToSourceLine from the editor's scroll sync) do not count as the user's.
    void revealSourceLineAfterUpdate(int line);
    // Finds the body line of the block at this point (view coordinates); emits sourceLineClicked.
    void requestSourceLineAt(const QPoint &pos);
    // Lets remote images load for this site from now on (remembered) and shows them.
    void allowRemoteContent();
    // The site's stylesheet at URL_PATH ("/assets/css/main.css", no baseurl) has new CSS (the site's
    // Sass compiled again, SiteSchemeHandler::setStylesheet): the page loads that <link> again in
    // place (pagepatch.js), never the page: no reload, scroll and page state kept. Before the shell
    // has loaded nothing is done (the page's first load fetches the new CSS).
    void reloadStylesheet(const QString &urlPath);

Q_SIGNALS:
    // The page shows the last body given to it.
    void contentUpdated();
    void resultShown(quint64 generation);
    void sourceLineClicked(int line);
    // A remote image or stylesheet was refused (once per shown page).
    void remoteContentBlocked(const QUrl &url);
    void visibilityChanged(bool visible);
    // A result carried a new status line (which layout and stylesheet the page uses).
    void statusChanged(const QString &status);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadShell();
    void reloadShell();
    void scrollToStart();
    void patchPage();
    void pushPending();
    void onLoadFinished(bool ok);
    void confirmExternalLink(const QUrl &url);
    void noticeRemoteContent();

    PreviewPage *m_page = nullptr;
    QString m_host;
    QString m_name;
    QString m_pageHtml;           // the site page the shell is built from, empty for the built-in one
    QString m_pageKey;
    QString m_pageValuesKey;
    QString m_status;
    QString m_html;               // the body shown, or about to be
    QString m_pendingScript;      // push for m_html not yet sent
    QList<qsizetype> m_blocks;    // m_html cut into blocks; empty: not cut
    // What the page's content holds after the pushes sent so far, as blocks (when m_pageHasBlocks):
    // the next push replaces only the blocks that differ.
    QString m_pageBody;
    QList<qsizetype> m_pageBlocks;
    bool m_pageHasBlocks = false;
    int m_pushSerial = 0;
    int m_pagePatches = 0;          // page patches sent and not answered: the body push waits for them
    quint64 m_generation = 0;     // of m_html
    bool m_hasPending = false;
    bool m_shellLoaded = false;
    bool m_destroying = false;      // the page answers pending scripts with empty values as it dies
    bool m_awaitingShell = false;   // loadFinished for refused navigations must not count
    bool m_remoteNoticed = false;
    bool m_scrollsToContent = false;
    int m_shellSerial = 0;
    int m_stylesheetVersion = 0;    // ?v= of the last stylesheet reload (a new URL each time)
    int m_restoreScroll = -1;
    QString m_postPath;               // of the last result shown
    bool m_scrollToTop = false;       // another post: its first push or shell starts at the top
    QPoint m_pressPos;
    int m_revealLine = 0;             // body line to reveal after the next push; 0: none
    QElapsedTimer m_userScrolled;     // since the user last scrolled the preview (invalid: never)
    QObject *m_filtered = nullptr;
};

} // namespace Lectern
