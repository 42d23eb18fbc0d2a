// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

// Whether the user lets a site's own code run (issue 17): its _plugins/*.rb, the gems its Gemfile
// and `plugins:` name. Remembered per site in QSettings, keyed by the canonical root path (a
// symlinked or relative path to the same folder is the same site). Qt Core only.
class SiteTrust final
{
public:
    enum class Answer { Unknown, Trusted, Untrusted };

    static Answer remembered(const QString &root);
    static void remember(const QString &root, bool trusted);
    static void forget(const QString &root);

    // True when trusting the site would change what runs: it has a _plugins folder, a Gemfile, or
    // _config.yml names plugins (`plugins:`, the older `gems:`) or a gem theme (`theme:`). A site
    // without any renders the same in Jekyll's safe mode, so no one need be asked.
    static bool hasSiteCode(const QString &root);

    // The key the answer is stored under: the canonical path, else the absolute one.
    static QString keyOf(const QString &root);
};

} // namespace Lectern
