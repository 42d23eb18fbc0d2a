// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern::ExportLocation {

// Where export files go: never into a site by accident (issue 15). An .html or .ics saved in a
// Jekyll site's folder is published with the site on its next build, and one in _posts/ or
// _drafts/ becomes a post.

// The folder a save dialog starts in: the last folder an export was saved to (remembered in
// QSettings), when it still exists and is not inside a site's sources; else the user's Documents
// folder (QStandardPaths::DocumentsLocation), else the home folder. Never the post's own folder.
QString startFolder();
// Remembers the folder of filePath for the next startFolder().
void remember(const QString &filePath);
// The root of the Jekyll site (a folder with _config.yml, searched upwards) whose sources would
// hold filePath; empty when it is outside every site or in its build output (_site/, which Jekyll
// overwrites and never reads).
QString siteHolding(const QString &filePath);

} // namespace Lectern::ExportLocation
