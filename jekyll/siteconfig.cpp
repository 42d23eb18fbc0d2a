// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteconfig.h"

#include "frontmattertext.h"
#include "jekyllurls.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Lectern {

namespace {

QList<SiteConfig::Default> defaultsOf(const QVariantMap &values)
{
    QList<SiteConfig::Default> out;
    const QVariantList defaults = values.value(QStringLiteral("defaults")).toList();
    for (const QVariant &entry : defaults) {
        const QVariantMap map = entry.toMap();
        const QVariantMap scope = map.value(QStringLiteral("scope")).toMap();
        SiteConfig::Default d;
        d.path = scope.value(QStringLiteral("path")).toString();
        d.type = scope.value(QStringLiteral("type")).toString();
        d.values = map.value(QStringLiteral("values")).toMap();
        out.append(d);
    }
    return out;
}

QVariantMap applicable(const QList<SiteConfig::Default> &defaults, const QString &relativePath, const QString &type)
{
    QVariantMap merged;
    for (const SiteConfig::Default &d : defaults) {
        QString scopePath = d.path;
        while (scopePath.startsWith(QLatin1String("./")))
            scopePath.remove(0, 2);
        const bool pathMatches = scopePath.isEmpty() || relativePath == scopePath
                                 || relativePath.startsWith(scopePath + QLatin1Char('/'))
                                 || (scopePath.contains(QLatin1Char('*'))
                                     && QDir::match(scopePath, relativePath));
        const bool typeMatches = d.type.isEmpty() || d.type == type;
        if (pathMatches && typeMatches) {
            for (auto it = d.values.cbegin(); it != d.values.cend(); ++it)
                merged.insert(it.key(), it.value());
        }
    }
    return merged;
}

} // namespace

QString SiteConfig::filePath(const QString &siteRoot)
{
    const QDir dir(siteRoot);
    for (const QString &name : {QStringLiteral("_config.yml"), QStringLiteral("_config.yaml")}) {
        const QString path = dir.filePath(name);
        if (QFileInfo::exists(path))
            return path;
    }
    return QString();
}

SiteConfig SiteConfig::load(const QString &siteRoot)
{
    SiteConfig config;
    config.m_root = QDir(siteRoot).absolutePath();
    QFile file(filePath(siteRoot));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly))
        return config;
    // _config.yml is a YAML map like front matter: the same reader serves both. Scalars stay text,
    // as the editor's front-matter model reads them.
    FrontMatterText::YamlError error;
    const QVariant root = FrontMatterText::fromYaml(QString::fromUtf8(file.readAll()),
                                                    FrontMatterText::Scalars::Text, &error);
    if (!error.message.isEmpty() || (root.isValid() && root.typeId() != QMetaType::QVariantMap
                                     && !root.toString().isEmpty())) {
        Diagnostic d;
        d.line = error.line + 1;
        d.column = error.message.isEmpty() ? 0 : error.column + 1;
        d.message = error.message.isEmpty()
            ? QCoreApplication::translate("Lectern::SiteConfig", "_config.yml must be a list of \"key: value\" lines")
            : QCoreApplication::translate("Lectern::SiteConfig", "invalid YAML: %1").arg(error.message);
        config.m_diagnostics.append(d);
        return config;
    }
    config.m_values = root.toMap();
    config.m_defaults = defaultsOf(config.m_values);
    return config;
}

QString SiteConfig::url() const
{
    return JekyllUrls::siteUrl(m_values);
}

QString SiteConfig::baseurl() const
{
    return JekyllUrls::baseurl(m_values);
}

QString SiteConfig::permalink() const
{
    const QString p = m_values.value(QStringLiteral("permalink")).toString();
    return p.isEmpty() ? QStringLiteral("date") : p;
}

QString SiteConfig::timezone() const
{
    return m_values.value(QStringLiteral("timezone")).toString();
}

QVariantMap SiteConfig::defaultsFor(const QString &relativePath, const QString &type) const
{
    return applicable(m_defaults, relativePath, type);
}

QVariantMap SiteConfig::defaultsFor(const QVariantMap &siteValues, const QString &relativePath, const QString &type)
{
    return applicable(defaultsOf(siteValues), relativePath, type);
}

} // namespace Lectern
