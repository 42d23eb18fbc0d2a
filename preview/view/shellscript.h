// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace Lectern::ShellScript {

// The page's functions live in resources/preview/*.js (blocks.js: body pushes, pagepatch.js: the
// site page around the body, navigate.js: scrolling and clicks); the view defines them in the
// shell's application world as each shell document is created. What is built here are the calls,
// with their arguments as JSON, run in QWebEngineScript::ApplicationWorld.

// The functions, as one script: the resources read once (they are compiled in, so never missing).
QString library();
// Each push carries a serial the page keeps, so a later patch can check it was computed against
// what the page shows. All end by forcing layout: the callback fires once the page is laid out.

// Gives the content element this HTML (keeping the top-level nodes that did not change). The DOM is
// what innerHTML would give.
QString pushBody(const QString &html, int serial = 0);
// The same with the HTML cut into blocks (HtmlBlocks::split), so later pushes can be patches.
QString setBlocks(const QString &html, const QList<qsizetype> &blocks, int serial);
// Like pushBody (or setBlocks when BLOCKS is not empty), fetching the HTML from URL (our scheme)
// so megabytes never pass through a script.
QString fetchBody(const QUrl &url, const QList<qsizetype> &blocks = {}, int serial = 0);

struct BlockPatch
{
    int keptHead = 0;
    int removed = 0;        // old blocks replaced
    int oldCount = 0;       // blocks the page must hold
    QString html;           // the new blocks' HTML
    QList<qsizetype> starts;   // where each new block starts, less base
    qsizetype base = 0;
    int lineShift = 0;
    int expectSerial = 0;   // the push the page must show
    int serial = 0;
};
// Replaces a range of blocks; false in the page when it does not hold expectSerial.
QString patchBlocks(const BlockPatch &patch);
// Puts SHELL_PAGE (a site page made into a shell, SiteSchemeHandler::pageWithContentElement)
// into the shown page in place, leaving the body alone; false in the page when it cannot (another
// set of stylesheets, the body moved in the layout): then the page must be loaded afresh.
QString patchPage(const QString &shellPage);
// Loads the site's stylesheet at URL_PATH ("/assets/css/main.css", no baseurl) again in place, as
// VERSION (pagepatch.js, lecternReloadStylesheet); the number of <link>s matched.
QString reloadStylesheet(const QString &urlPath, int version);
QString scrollY();
QString scrollTo(int y);
// Scrolls the content's first element to the top, less a margin (the content element itself may have no box).
QString scrollToContent();
// Scrolls so the block holding editor line `line` (1-based) sits at the top, interpolating inside it.
QString scrollToSourceLine(int line);
// Scrolls the block holding editor line `line` into view when it is outside the viewport
// (navigate.js, lecternRevealSourceLine); the scroll position after it.
QString revealSourceLine(int line);
// The first http(s) image, media or stylesheet URL in the content, or "".
QString firstRemoteSource();
// The source line of the block under CSS pixel (x, y), or 0.
QString sourceLineAt(double x, double y);

} // namespace Lectern::ShellScript
