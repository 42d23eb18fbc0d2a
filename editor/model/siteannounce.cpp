// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteannounce.h"

#include "frontmatter.h"

#include <QDir>
#include <QFile>

namespace Lectern {

SiteAnnounce SiteAnnounce::read(const QByteArray &overrides)
{
    SiteAnnounce announce;
    if (overrides.trimmed().isEmpty())
        return announce;
    const FrontMatter yaml(overrides, 1);
    if (!yaml.isValid())
        return announce;
    const QVariantMap block = yaml.value(QStringLiteral("announce")).toMap();
    announce.subjectPrefix = block.value(QStringLiteral("subject_prefix")).toString().trimmed();
    const QVariant to = block.value(QStringLiteral("to"));
    QStringList addresses;
    const QStringList listed = to.typeId() == QMetaType::QVariantList ? to.toStringList()
                                                                     : QStringList{to.toString()};
    for (const QString &entry : listed) {
        for (const QString &address : entry.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!address.trimmed().isEmpty())
                addresses << address.trimmed();
        }
    }
    announce.to = addresses.join(QLatin1String(", "));
    return announce;
}

SiteAnnounce SiteAnnounce::load(const QString &siteRoot)
{
    if (siteRoot.isEmpty())
        return {};
    for (const QString &name : {QStringLiteral(".lectern.yml"), QStringLiteral("_lectern.yml")}) {
        QFile file(QDir(siteRoot).filePath(name));
        if (file.open(QIODevice::ReadOnly))
            return read(file.readAll());
    }
    return {};
}

} // namespace Lectern
