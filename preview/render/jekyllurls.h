// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

namespace Lectern {

// URLs as Jekyll builds them: relative_url/absolute_url, slugify, post permalinks, {% link %}, {% post_url %}.
class JekyllUrls final
{
public:
    // baseurl + path with a leading slash; "" gives the baseurl alone ("" without one), as Jekyll 4.3's
    // ensure_leading_slash leaves an empty path empty. A URL with a scheme comes back as it is.
    static QString relativeUrl(const QVariantMap &site, const QString &path);
    static QString absoluteUrl(const QVariantMap &site, const QString &path);
    // cased keeps letter case, as Jekyll's :title placeholder does (Utils.slugify cased: true).
    static QString slugify(const QString &text, const QString &mode = QString(), bool cased = false);
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
