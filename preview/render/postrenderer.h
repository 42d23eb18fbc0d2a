// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "renderwarning.h"

#include <QStringList>
#include <QVariantMap>

namespace Lectern {

class IncrementalMarkdown;

// Everything a render needs, as plain values: no editor model. Immutable once handed to a worker.
struct PostRenderInput
{
    QString siteRoot;     // the Jekyll site folder (_layouts, _includes, _posts); may be empty
    QVariantMap site;     // _config.yml values, with `url` and `baseurl`
    QVariantMap page;     // the post's front matter; `date` may be text or QDateTime
    QString body;         // Markdown body, LF line endings
    QString filePath;     // the post file, absolute or relative to siteRoot (for the date and URL)
};

struct PostRenderResult
{
    // The whole page; the body sits between <!--lectern-body-begin--> and <!--lectern-body-end-->.
    QString pageHtml;
    QString bodyHtml;          // the post content alone, for incremental pushes
    QStringList stylesheets;   // hrefs the page links (as written in the page, baseurl included)
    RenderWarnings warnings;
    bool siteLayout = false;   // true when pageHtml came from the site's _layouts
};

struct CardRenderResult
{
    QString pageHtml;          // the site's listing page holding only this post's card
    QString cardHtml;          // the card alone
    QStringList stylesheets;
    RenderWarnings warnings;
    bool siteInclude = false;  // true when the card came from the site's listing
};

// Renders a post as Jekyll would: Liquid first, then kramdown-flavoured Markdown, then the layouts.
class PostRenderer final
{
public:
    // The page variables Liquid sees: front matter plus date (parsed, else from the file name),
    // url, id, slug, path, categories/tags as lists, layout (site defaults, else "post").
    static QVariantMap pageVariables(const PostRenderInput &input);
    // The body alone (fast path for typing): Liquid (skipped when the body has no '{'), Markdown.
    // INCREMENTAL (optional, kept by the caller between renders) makes the Markdown step re-parse
    // only from the edited block on; the HTML is the same.
    static QString renderBody(const PostRenderInput &input, RenderWarnings *warnings = nullptr,
                              IncrementalMarkdown *incremental = nullptr);
    static PostRenderResult render(const PostRenderInput &input);
    static CardRenderResult renderCard(const PostRenderInput &input);
};

} // namespace Lectern
