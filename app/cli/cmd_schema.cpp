// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include "site.h"
#include "sitepaths.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace Lectern::Cli {

// schema SITE_DIR|FILE: the effective field schema as JSON (for a FILE, with the defaults that apply to it).
int runSchema(const QStringList &args, Io &io)
{
    if (args.size() != 1) {
        io.err << tr("usage: lectern-cli schema SITE_DIR|FILE") << Qt::endl;
        return BadInput;
    }
    const QFileInfo info(args.first());
    if (!info.exists()) {
        io.err << tr("%1: no such file or folder").arg(args.first()) << Qt::endl;
        return BadInput;
    }
    const QString root = SitePaths::findSiteRoot(info.absoluteFilePath());
    if (root.isEmpty()) {
        io.err << tr("%1: not inside a Jekyll site (no _config.yml found above it)").arg(args.first()) << Qt::endl;
        return BadInput;
    }
    Site site;
    site.openNow(root);
    const Schema schema = site.schemaFor(info.isFile() ? info.absoluteFilePath() : QString());
    for (const Diagnostic &d : schema.diagnostics())
        io.err << d.format(root) << Qt::endl;
    io.out << QString::fromUtf8(QJsonDocument(schema.toJson()).toJson(QJsonDocument::Indented));
    return Ok;
}

} // namespace Lectern::Cli
