// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>

namespace Lectern {

// What the render thread sees: an immutable copy of the post taken on the GUI thread.
struct RenderSnapshot
{
    quint64 generation = 0;
    QString body;              // Markdown body, LF line endings (lines match the editor's)
    QVariantMap frontMatter;   // the post's front matter as plain values
    QString siteRoot;          // absolute site folder, empty when the post is outside a site
    QString postPath;
    QVariantMap site;          // the site's _config.yml values (filled by the app), empty without a site
    // Names the site's state the app gave (root, config values, and a generation bumped when
    // _config.yml, _layouts/ or _includes/ change); part of the page key, so it changes the page.
    QString siteKey;
    QString shownPageKey;      // the page the view shows now (PreviewView::pageKey), for whole-page renders
    QString shownPageValuesKey;   // the front matter it was rendered from (PreviewView::pageValuesKey)
    // URL paths ("/assets/css/main.css", no baseurl) the view's scheme handler serves compiled CSS
    // for (the site's Sass, SiteSchemeHandler::setStylesheet): a layout linking one has its stylesheet.
    QStringList compiledStylesheets;
};

// What comes back: the body HTML for the preview's content element.
struct RenderResult
{
    quint64 generation = 0;
    QString html;
    QString siteRoot;     // copied from the snapshot by the scheduler: where the page's files come from
    QString postPath;     // copied from the snapshot by the scheduler: another post opens at the top; empty: the same
    QString pushScript;   // filled by the scheduler's worker so the GUI thread does not escape megabytes
    QList<qsizetype> blockStarts;   // html cut into blocks (HtmlBlocks::split) by the worker; empty: not cut
    // A whole page around the body (site layout), set only when it differs from the page shown.
    // Its body region, between the renderer's markers, may be left empty (the body is html).
    // With the page key the view shows, the view patches the page in place around its body;
    // with another key it loads a new shell built from it.
    QString pageHtml;
    // Names the page's frame: the site (siteKey), layout and post; not the front matter, whose
    // edits are patched in place. A different key reloads the shell.
    QString pageKey;
    QString pageValuesKey;   // names the front matter the page was rendered from; kept by the view
    QString baseUrl;      // the site's baseurl, stripped from the page's URLs when serving files
    QString status;       // one line for the status bar: which layout and stylesheet the page uses
};

// Runs on the render thread; must touch nothing but the snapshot.
using RenderFunction = std::function<RenderResult(const RenderSnapshot &)>;

} // namespace Lectern

Q_DECLARE_METATYPE(Lectern::RenderSnapshot)
Q_DECLARE_METATYPE(Lectern::RenderResult)
Q_DECLARE_METATYPE(Lectern::RenderFunction)
