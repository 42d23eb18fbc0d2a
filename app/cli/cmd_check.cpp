// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipost.h"

namespace Lectern::Cli {

// check FILE...: FILE:LINE:COL: error|warning: message for each problem; exit 1 on any error.
int runCheck(const QStringList &args, Io &io)
{
    if (args.isEmpty()) {
        io.err << tr("usage: lectern-cli check FILE...") << Qt::endl;
        return BadInput;
    }
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
        const Diagnostics diagnostics = post.diagnostics();
        for (const Diagnostic &d : diagnostics)
            io.out << d.format(path) << Qt::endl;
        errors = errors || hasErrors(diagnostics);
    }
    if (unreadable)
        return BadInput;
    return errors ? CheckFailed : Ok;
}

} // namespace Lectern::Cli
