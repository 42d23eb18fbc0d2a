// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipost.h"

#include "schema.h"
#include "sitepaths.h"

#include <QHash>

#include <algorithm>

namespace Lectern::Cli {

// check FILE...: FILE:LINE:COL: error|warning: message for each problem (YAML, duplicate keys and the
// site schema's checks: required fields, dates, images, choices); exit 1 on any error.
int runCheck(const QStringList &args, Io &io)
{
    if (args.isEmpty()) {
        io.err << tr("usage: lectern-cli check FILE...") << Qt::endl;
        return BadInput;
    }
    QHash<QString, Schema> schemas;   // one schema per site, however many of its posts are checked
    bool errors = false;
    bool unreadable = false;
    for (const QString &path : args) {
        PostFile post;
        QString error;
        if (!PostFile::load(path, &post, &error)) {
            io.err << error << Qt::endl;
            unreadable = true;
            continue;
        }
        Diagnostics diagnostics = post.diagnostics();
        if (!post.isReadOnly()) {
            const QString root = SitePaths::findSiteRoot(path);
            if (!schemas.contains(root))
                schemas.insert(root, Schema::load(root, path));
            diagnostics += schemas.value(root).validate(post);
            std::stable_sort(diagnostics.begin(), diagnostics.end(),
                             [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
        }
        for (const Diagnostic &d : diagnostics)
            io.out << d.format(path) << Qt::endl;
        errors = errors || hasErrors(diagnostics);
    }
    if (unreadable)
        return BadInput;
    return errors ? CheckFailed : Ok;
}

} // namespace Lectern::Cli
