// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "renderwarning.h"

#include <QStringList>
#include <QVariantMap>

namespace Lectern {

class LiquidRenderer;

// A site's _layouts applied as Jekyll does (post -> default ...), plus the neutral built-in pages
// used when a site has no usable layout.
class SiteLayouts final
{
public:
    // Wraps content in layout `name` and the layouts it names in turn. False when the site has no
    // such layout (html untouched).
    static bool apply(LiquidRenderer &liquid, const QString &siteRoot, const QString &name,
                      QVariantMap variables, QString *html);
    static QString builtinPost(const QVariantMap &site, const QVariantMap &page, const QString &bodyHtml,
                               const QStringList &stylesheets);
    static QString builtinCard(const QVariantMap &site, const QVariantMap &page);
    static QString builtinPage(const QString &title, const QString &content, const QStringList &stylesheets);
    // <link rel="stylesheet" href="..."> hrefs in a page, in order.
    static QStringList stylesheetsIn(const QString &html);
    // The site's own CSS files when no layout names them (assets/css/*.css, css/*.css, ...), as hrefs.
    static QStringList siteStylesheets(const QVariantMap &site, const QString &siteRoot);
};

} // namespace Lectern
