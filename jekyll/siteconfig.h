// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace Lectern {

// A site's _config.yml, read once: the values Liquid sees as `site.*`, URLs and front-matter defaults.
class SiteConfig final
{
public:
    struct Default
    {
        QString path;        // scope path relative to the site root ("" = everywhere)
        QString type;        // scope type: posts, pages, drafts, a collection, or empty for all
        QVariantMap values;
    };

    // Reads root/_config.yml (or _config.yaml). A missing file gives an empty config, not an error;
    // a file that does not parse gives an empty config and a diagnostic.
    static SiteConfig load(const QString &siteRoot);
    // The config file Jekyll reads in siteRoot: _config.yml, else _config.yaml (Configuration#config_files
    // default); empty when neither exists (then siteRoot is no Jekyll site).
    static QString filePath(const QString &siteRoot);

    QString root() const { return m_root; }
    QVariantMap values() const { return m_values; }
    QVariant value(const QString &key) const { return m_values.value(key); }
    QString url() const;       // JekyllUrls::siteUrl
    QString baseurl() const;   // JekyllUrls::baseurl
    QString permalink() const;   // "date" when unset, as Jekyll
    QString timezone() const;
    QList<Default> defaults() const { return m_defaults; }
    // The defaults that apply to a file (path relative to the root) of a type, later scopes winning
    // (Jekyll's FrontmatterDefaults: a scope path matches the file's folder or the file, `*` globs).
    QVariantMap defaultsFor(const QString &relativePath, const QString &type) const;
    // The same from a site's values as Liquid sees them (`site.defaults`), for the renderer.
    static QVariantMap defaultsFor(const QVariantMap &siteValues, const QString &relativePath, const QString &type);
    Diagnostics diagnostics() const { return m_diagnostics; }

private:
    QString m_root;
    QVariantMap m_values;
    QList<Default> m_defaults;
    Diagnostics m_diagnostics;
};

} // namespace Lectern
