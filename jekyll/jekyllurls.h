// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

namespace Lectern {

// URLs as Jekyll builds them: relative_url/absolute_url (filters/url_filters.rb), post permalinks with
// their placeholders and named styles (document.rb url_placeholders, utils.rb PERMALINK_STYLES),
// URL.escape_path (url.rb), {% link %} and {% post_url %} (tags/link.rb, tags/post_url.rb).
// Slugs are Slug::slugify's.
class JekyllUrls final
{
public:
    // site.baseurl with one leading and no trailing "/" ("" when unset); site.url without a trailing "/".
    static QString baseurl(const QVariantMap &site);
    static QString siteUrl(const QVariantMap &site);
    // baseurl + path with a leading slash; "" gives the baseurl alone ("" without one), as Jekyll 4.3's
    // ensure_leading_slash leaves an empty path empty. A URL with a scheme comes back as it is.
    static QString relativeUrl(const QVariantMap &site, const QString &path);
    // A post's slug from its file name (DATE_FILENAME_MATCHER's second capture): "2025-03-19-lumi.md"
    // (or a path ending so) gives "lumi"; a name without a date prefix gives its base name.
    static QString fileNameSlug(const QString &fileName);
    static QString absoluteUrl(const QVariantMap &site, const QString &path);
    // The URL (without baseurl) of a post from its path relative to the site root and front matter;
    // honours `permalink` (front matter first, then site) with Jekyll's placeholders and named styles.
    static QString postUrl(const QVariantMap &site, const QString &relativePath, const QVariantMap &frontMatter);
    // {% post_url name %}: the post in root/_posts (any subfolder) whose name without extension is `name`.
    // Empty when there is none.
    static QString postUrlByName(const QVariantMap &site, const QString &siteRoot, const QString &name);
    // {% link path %}: URL of a site file (post or page); empty when the file does not exist.
    static QString linkTo(const QVariantMap &site, const QString &siteRoot, const QString &relativePath);
};

} // namespace Lectern
