// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipost.h"

#include "eventdate.h"
#include "site.h"
#include "sitepaths.h"

#include <QDir>
#include <QFileInfo>

#include <map>

#include <algorithm>
#include <memory>

namespace Lectern::Cli {

// check FILE...: FILE:LINE:COL: error|warning: message for each problem (YAML, duplicate keys and the
// site schema's checks: required fields, dates, images, choices); exit 1 on any error.
int runCheck(const QStringList &args, Io &io)
{
    if (args.isEmpty()) {
        io.err << tr("usage: lectern-cli check FILE...") << Qt::endl;
        return BadInput;
    }
    // One Site per site root, however many of its posts are checked: its posts are read once, on every core.
    std::map<QString, std::unique_ptr<Site>> sites;
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
            QString root = SitePaths::findSiteRoot(path);
            if (root.isEmpty())
                root = QFileInfo(path).absolutePath();   // a post outside any site: its folder's posts
            std::unique_ptr<Site> &site = sites[root];
            if (!site) {
                site = std::make_unique<Site>();
                site->openNow(root);
            }
            diagnostics += site->schemaFor(QFileInfo(path).absoluteFilePath()).validate(post);
            diagnostics += EventDate::diagnostics(post);
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
