// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipost.h"

namespace Lectern::Cli {

// set FILE KEY VALUE [-o OUT] | set FILE KEY --yaml FRAGMENT [-o OUT]
int runSet(const QStringList &args, Io &io)
{
    EditArgs edit;
    if (!parseEditArgs(args, true, &edit, io) || edit.positional.size() != 3) {
        io.err << tr("usage: lectern-cli set FILE KEY VALUE [-o OUT]  |  set FILE KEY --yaml FRAGMENT [-o OUT]")
               << Qt::endl;
        return BadInput;
    }
    const QString path = edit.positional.at(0);
    const QString key = edit.positional.at(1);
    const QString value = edit.positional.at(2);
    if (key.isEmpty()) {
        io.err << tr("the key must not be empty") << Qt::endl;
        return BadInput;
    }
    PostFile post;
    if (!loadEditable(path, &post, io))
        return BadInput;
    QString error;
    FrontMatter &fm = post.frontMatter();
    const bool ok = edit.yaml ? fm.setYaml(key, value.toUtf8(), &error) : fm.setScalar(key, value, &error);
    if (!ok) {
        io.err << tr("%1: cannot set \"%2\": %3").arg(path, key, error) << Qt::endl;
        return BadInput;
    }
    return writePost(post, edit, io);
}

} // namespace Lectern::Cli
