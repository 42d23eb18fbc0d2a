// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportinput.h"

namespace Lectern {

class PostFile;
class SiteConfig;

// What export reads from a post, gathered the same way for lectern-cli and File → Export: the
// site's _config.yml (defaults under the post's own front matter) and the body rendered as the
// preview renders it (Liquid evaluated, kramdown IALs applied, relative_url resolved).
class ExportInputs final
{
public:
    // path: the post file (need not exist on disk); siteRoot: the Jekyll site folder, empty when
    // none was found. Problems that do not stop the export (no site, Liquid that did not render)
    // are appended to *warnings with their file positions.
    static ExportInput fromPost(const PostFile &post, const QString &path, const QString &siteRoot,
                                QList<ExportWarning> *warnings = nullptr);
    // The same with the site's _config.yml already read (the open Site's); a config with an empty
    // root() stands for "no site".
    static ExportInput fromPost(const PostFile &post, const QString &path, const SiteConfig &config,
                                QList<ExportWarning> *warnings = nullptr);
};

} // namespace Lectern
