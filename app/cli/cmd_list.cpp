// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include "site.h"
#include "siteindex.h"
#include "sitepaths.h"
#include "sitescan.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Lectern::Cli {

// list SITE_DIR [--json]: every post, draft and collection document, in the post list's order.
int runList(const QStringList &args, Io &io)
{
    QStringList positional;
    bool json = false;
    for (const QString &a : args) {
        if (a == QLatin1String("--json"))
            json = true;
        else
            positional << a;
    }
    if (positional.size() != 1) {
        io.err << tr("usage: lectern-cli list SITE_DIR [--json]") << Qt::endl;
        return BadInput;
    }
    const QString root = SitePaths::findSiteRoot(positional.first());
    if (root.isEmpty()) {
        io.err << tr("%1: no Jekyll site here (no _config.yml in this folder or above)").arg(positional.first())
               << Qt::endl;
        return BadInput;
    }
    Site site;
    site.openNow(root);
    QList<PostEntry> entries = site.index()->entries();
    SiteScan::sortForList(&entries, QDate::currentDate());
    if (json) {
        QJsonArray array;
        for (const PostEntry &e : std::as_const(entries)) {
            QJsonObject o{{QStringLiteral("path"), e.relativePath},
                          {QStringLiteral("date"), e.date.isValid() ? e.date.toString(Qt::ISODate) : QString()},
                          {QStringLiteral("title"), e.title},
                          {QStringLiteral("categories"), QJsonArray::fromStringList(e.categories)},
                          {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
                          {QStringLiteral("collection"), e.collection},
                          {QStringLiteral("draft"), e.draft || e.unpublished}};
            if (!e.error.isEmpty())
                o.insert(QStringLiteral("error"), e.error);
            array.append(o);
        }
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const PostEntry &e : std::as_const(entries)) {
        io.out << e.relativePath << '\t' << (e.date.isValid() ? e.date.toString(Qt::ISODate) : QStringLiteral("-"))
               << '\t' << e.title << '\t' << e.categories.join(QLatin1Char(','))
               << '\t' << (e.draft || e.unpublished ? QStringLiteral("draft") : QStringLiteral("published"));
        if (!e.error.isEmpty())
            io.out << '\t' << e.error;
        io.out << Qt::endl;
    }
    return Ok;
}

} // namespace Lectern::Cli
