// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern::SitePaths {

// The folder holding _config.yml, searching upwards from path (a post or a folder); empty if none.
QString findSiteRoot(const QString &path);
// The post a path stands for: the file itself, or a site folder's newest post in _posts/.
// Empty with a reason in *error when there is none.
QString postToOpen(const QString &path, QString *error);

} // namespace Lectern::SitePaths
