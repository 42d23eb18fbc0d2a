// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitetrust.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace Lectern {

namespace {

const char trustedKey[] = "exactRenderer/trustedSites";
const char untrustedKey[] = "exactRenderer/untrustedSites";

} // namespace

QString SiteTrust::keyOf(const QString &root)
{
    const QString canonical = QFileInfo(root).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(root).absoluteFilePath() : canonical;
}

SiteTrust::Answer SiteTrust::remembered(const QString &root)
{
    const QString key = keyOf(root);
    QSettings settings;
    if (settings.value(QLatin1String(trustedKey)).toStringList().contains(key))
        return Answer::Trusted;
    if (settings.value(QLatin1String(untrustedKey)).toStringList().contains(key))
        return Answer::Untrusted;
    return Answer::Unknown;
}

void SiteTrust::remember(const QString &root, bool trusted)
{
    forget(root);
    const QString key = keyOf(root);
    QSettings settings;
    const QLatin1String list(trusted ? trustedKey : untrustedKey);
    QStringList sites = settings.value(list).toStringList();
    sites.append(key);
    settings.setValue(list, sites);
}

void SiteTrust::forget(const QString &root)
{
    const QString key = keyOf(root);
    QSettings settings;
    for (const char *name : {trustedKey, untrustedKey}) {
        QStringList sites = settings.value(QLatin1String(name)).toStringList();
        if (sites.removeAll(key) > 0)
            settings.setValue(QLatin1String(name), sites);
    }
}

bool SiteTrust::hasSiteCode(const QString &root)
{
    const QDir dir(root);
    if (QFileInfo(dir.filePath(QStringLiteral("_plugins"))).isDir() || QFileInfo::exists(dir.filePath(QStringLiteral("Gemfile"))))
        return true;
    for (const QString &name : {QStringLiteral("_config.yml"), QStringLiteral("_config.yaml")}) {
        QFile config(dir.filePath(name));
        if (!config.open(QIODevice::ReadOnly))
            continue;
        static const QRegularExpression keys(QStringLiteral("^(plugins|gems|theme)\\s*:"), QRegularExpression::MultilineOption);
        if (keys.match(QString::fromUtf8(config.readAll())).hasMatch())
            return true;
    }
    return false;
}

} // namespace Lectern
