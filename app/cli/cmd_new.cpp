// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include "newpost.h"
#include "sitepaths.h"

#include <QDate>

namespace Lectern::Cli {

// new SITE_DIR --title T --date YYYY-MM-DD [--template seminar|news|PATH] [--draft]
//     [--slug-mode default|pretty|ascii|latin|raw]: prints the new file's path.
int runNew(const QStringList &args, Io &io)
{
    QString site, title, date, templateName = QStringLiteral("seminar"), slugMode = QStringLiteral("default");
    bool draft = false;
    bool ok = true;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--draft"))
            draft = true;
        else if (a == QLatin1String("--title") && hasValue)
            title = args.at(++i);
        else if (a == QLatin1String("--date") && hasValue)
            date = args.at(++i);
        else if (a == QLatin1String("--template") && hasValue)
            templateName = args.at(++i);
        else if (a == QLatin1String("--slug-mode") && hasValue)
            slugMode = args.at(++i);
        else if (!a.startsWith(QLatin1String("--")) && site.isEmpty())
            site = a;
        else
            ok = false;
    }
    // File names follow Jekyll's slugify modes; "none" would keep slashes and blanks, so it is not offered.
    static const QStringList slugModes = {QStringLiteral("default"), QStringLiteral("pretty"), QStringLiteral("ascii"),
                                          QStringLiteral("latin"), QStringLiteral("raw")};
    if (!ok || site.isEmpty() || title.isEmpty() || (date.isEmpty() && !draft) || !slugModes.contains(slugMode)) {
        io.err << tr("usage: lectern-cli new SITE_DIR --title T --date YYYY-MM-DD [--template seminar|news|PATH] [--draft]\n"
                     "                         [--slug-mode default|pretty|ascii|latin|raw]\n"
                     "  --slug-mode  how the title becomes the file name, as Jekyll's slugify modes: default keeps\n"
                     "               letters and digits of any script (\"GPU 研讨会\" → gpu-研讨会); latin transliterates\n"
                     "               accents (\"Zoë\" → zoe) and drops other scripts; ascii keeps only A-Z a-z 0-9")
               << Qt::endl;
        return BadInput;
    }
    const QDate day = date.isEmpty() ? QDate::currentDate() : QDate::fromString(date, Qt::ISODate);
    if (!day.isValid()) {
        io.err << tr("--date %1: not a date; use YYYY-MM-DD").arg(date) << Qt::endl;
        return BadInput;
    }
    const QString root = SitePaths::findSiteRoot(site);
    if (root.isEmpty()) {
        io.err << tr("%1: no Jekyll site here (no _config.yml in this folder or above)").arg(site) << Qt::endl;
        return BadInput;
    }
    QString error;
    const QString path = NewPost::create(root, title, day, templateName, draft, &error, Slug::modeFromName(slugMode));
    if (path.isEmpty()) {
        io.err << error << Qt::endl;
        return BadInput;
    }
    io.out << path << Qt::endl;
    return Ok;
}

} // namespace Lectern::Cli
