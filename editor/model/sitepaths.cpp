// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepaths.h"

#include "siteconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace Lectern::SitePaths {

QString findSiteRoot(const QString &path)
{
    QFileInfo info(path);
    QDir dir = info.isDir() ? QDir(info.absoluteFilePath()) : info.absoluteDir();
    while (true) {
        if (!SiteConfig::filePath(dir.absolutePath()).isEmpty())
            return dir.absolutePath();
        if (!dir.cdUp())
            return QString();
    }
}

QString postToOpen(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = QCoreApplication::translate("Lectern::SitePaths", "%1: no such file or folder").arg(path);
        return QString();
    }
    if (!info.isDir())
        return info.absoluteFilePath();
    QString root = findSiteRoot(path);
    if (root.isEmpty())
        root = info.absoluteFilePath();
    // Jekyll names posts YYYY-MM-DD-slug: the newest sorts last by name.
    QString newest;
    QString newestName;
    QDirIterator it(root + QStringLiteral("/_posts"), {QStringLiteral("*.md"), QStringLiteral("*.markdown"),
                                                      QStringLiteral("*.html")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (it.fileName() > newestName) {
            newestName = it.fileName();
            newest = it.filePath();
        }
    }
    if (newest.isEmpty() && error)
        *error = QCoreApplication::translate("Lectern::SitePaths", "%1: no posts in _posts/").arg(root);
    return newest;
}

} // namespace Lectern::SitePaths
