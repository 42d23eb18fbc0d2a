// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportlocation.h"

#include "sitepaths.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Lectern::ExportLocation {

namespace {

constexpr char lastFolderKey[] = "export/lastFolder";

} // namespace

QString startFolder()
{
    const QString last = QSettings().value(QLatin1String(lastFolderKey)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir() && siteHolding(QDir(last).filePath(QStringLiteral("x"))).isEmpty())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

void remember(const QString &filePath)
{
    QSettings().setValue(QLatin1String(lastFolderKey), QFileInfo(filePath).absolutePath());
}

QString siteHolding(const QString &filePath)
{
    const QString folder = QFileInfo(filePath).absolutePath();
    const QString root = SitePaths::findSiteRoot(folder);
    if (root.isEmpty())
        return QString();
    const QString relative = QDir(root).relativeFilePath(folder);
    if (relative == QLatin1String("_site") || relative.startsWith(QLatin1String("_site/")))
        return QString();
    return root;
}

} // namespace Lectern::ExportLocation
