// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipost.h"

namespace Lectern::Cli {

// save FILE -o OUT: load and save through the model with no edit; OUT must equal FILE byte for byte.
int runSave(const QStringList &args, Io &io)
{
    EditArgs edit;
    if (!parseEditArgs(args, false, &edit, io) || edit.positional.size() != 1 || edit.output.isEmpty()) {
        io.err << tr("usage: lectern-cli save FILE -o OUT") << Qt::endl;
        return BadInput;
    }
    PostFile post;
    QString error;
    // An invalid front matter is still saved as it was: the no-op save rewrites nothing.
    if (!PostFile::load(edit.positional.first(), &post, &error)) {
        io.err << error << Qt::endl;
        return BadInput;
    }
    return writePost(post, edit, io);
}

} // namespace Lectern::Cli
