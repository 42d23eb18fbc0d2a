// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteannounce.h"

#include "frontmatter.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace Lectern {

SiteAnnounce SiteAnnounce::read(const QByteArray &overrides, const QString &name)
{
    SiteAnnounce announce;
    if (overrides.trimmed().isEmpty())
        return announce;
    const FrontMatter yaml(overrides, 1);
    if (!yaml.isValid()) {
        const Diagnostics diagnostics = yaml.diagnostics();
        const Diagnostic first = diagnostics.isEmpty() ? Diagnostic() : diagnostics.first();
        announce.problem = first.line > 0 ? tr("%1:%2:%3: %4").arg(name).arg(first.line).arg(std::max(first.column, 1)).arg(first.message)
                                          : tr("%1: %2").arg(name, first.message.isEmpty() ? tr("not a YAML map") : first.message);
        return announce;
    }
    const QVariantMap block = yaml.value(QStringLiteral("announce")).toMap();
    announce.subjectPrefix = block.value(QStringLiteral("subject_prefix")).toString().trimmed();
    const QVariant to = block.value(QStringLiteral("to"));
    QStringList addresses;
    const QStringList listed = to.typeId() == QMetaType::QVariantList ? to.toStringList()
                                                                     : QStringList{to.toString()};
    // Each entry may hold several addresses; Mime::addressHeader splits them (commas inside a
    // quoted name such as "Smith, John" are no separators).
    for (const QString &entry : listed) {
        if (!entry.trimmed().isEmpty())
            addresses << entry.simplified();
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
            return read(file.readAll(), name);
        if (file.exists()) {
            SiteAnnounce unread;
            unread.problem = tr("%1: %2").arg(name, file.errorString());
            return unread;
        }
    }
    return {};
}

} // namespace Lectern
