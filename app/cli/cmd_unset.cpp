// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipost.h"

namespace Lectern::Cli {

// unset FILE KEY [-o OUT]: removes the entry's lines (every copy of a duplicated key).
int runUnset(const QStringList &args, Io &io)
{
    EditArgs edit;
    if (!parseEditArgs(args, false, &edit, io) || edit.positional.size() != 2) {
        io.err << tr("usage: lectern-cli unset FILE KEY [-o OUT]") << Qt::endl;
        return BadInput;
    }
    const QString path = edit.positional.at(0);
    const QString key = edit.positional.at(1);
    PostFile post;
    if (!loadEditable(path, &post, io))
        return BadInput;
    if (!post.hasFrontMatter() || !post.frontMatter().contains(key)) {
        io.err << tr("%1: no key \"%2\" in the front matter").arg(path, key) << Qt::endl;
        return KeyNotFound;
    }
    QString error;
    if (!post.frontMatter().remove(key, &error)) {
        io.err << tr("%1: cannot remove \"%2\": %3").arg(path, key, error) << Qt::endl;
        return BadInput;
    }
    return writePost(post, edit, io);
}

} // namespace Lectern::Cli
