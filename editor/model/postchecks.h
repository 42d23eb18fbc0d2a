// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QStringList>

namespace Lectern {

class PostFile;

// Checks of a whole post (front matter and body) that need no schema: what `lectern-cli check`
// adds to the YAML and schema checks, and what the post list's Problems filter shows.
namespace PostChecks {

// Template text never replaced: "[to fill: …]" anywhere in the file (resources/templates/*.md),
// a front-matter value that is just "to fill", a `title` left "" and an image key (imageKeys, top
// level) left "": Liquid counts "" as set, so `{% if page.image %}` shows a broken image (a null,
// `image:`, is nil and unset: not reported). Warnings, one per place, at the file's 1-based line and column.
Diagnostics placeholders(const PostFile &post, const QStringList &imageKeys = {QStringLiteral("image")});

// Root-relative links in the body ("/images/x.jpg" in a Markdown link, image or reference
// definition, or a raw HTML src/href/srcset/poster) in a site whose baseurl is not empty: Jekyll
// serves the site under baseurl, so such a URL is a 404 on the published site. Warnings with the
// fix ({{ site.baseurl }}/… or relative_url). Fenced code blocks and code spans are skipped;
// "//host/…" is not root-relative. baseurl: _config.yml's, e.g. "/lab" (empty: nothing to check).
Diagnostics rootRelativeLinks(const PostFile &post, const QString &baseurl);

// Images over SiteImages::kLargeImage (1 MB): the front-matter IMAGE_KEYS (top level) and the
// body's ![…](…) and <img src>, resolved inside SITE_ROOT with SiteImages::sitePath (BASEURL,
// {{ site.baseurl }} and relative_url understood). Remote URLs, files that do not exist and paths
// that leave the site are skipped (reads only each file's size). Warnings at the URL's line and column.
Diagnostics largeImages(const PostFile &post, const QString &siteRoot, const QString &baseurl,
                        const QStringList &imageKeys = {QStringLiteral("image")});

// Body images without alt text, which screen readers announce as just "image" (WCAG 2.1, 1.1.1):
// ![](x.png) or ![ ](x.png), and <img> without an alt attribute (alt="" marks a decorative image
// and is fine). Warnings at the URL's line and column.
Diagnostics imagesWithoutAlt(const PostFile &post);

// Conflict marker lines left in the post: a line starting "<<<<<<< " (or just "<<<<<<<"), later a line
// "=======", later one starting ">>>>>>> " (diff3's "||||||| …" inside counts too), as `git merge-file`
// and Lectern's Edit Both in the Post write them. Errors, one at column 1 of each marker line:
// published, they would show on the site with both versions. Only a complete block counts, so a
// setext heading's "=======" underline or a sentence quoting one marker is not reported; lines inside
// fenced code blocks of the body are examples and skipped; front-matter lines are checked too.
Diagnostics conflictMarkers(const PostFile &post);

} // namespace PostChecks

} // namespace Lectern
