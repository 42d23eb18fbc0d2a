// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "postfile.h"

namespace Lectern::Cli {

// What the editing commands share: FILE [-o OUT] on the command line, a post loaded and
// checked editable, and the result written atomically (in place or to OUT).
struct EditArgs
{
    QStringList positional;
    QString output;      // empty: write FILE in place
    bool yaml = false;   // set --yaml
    bool string = false; // set --string: the value as text, whatever the schema's type
};

// False (after printing usage) on an unknown option or a missing -o argument. After "--" every
// argument is positional (a value starting with "-"). allowYaml: set's --yaml and --string.
bool parseEditArgs(const QStringList &args, bool allowYaml, EditArgs *out, Io &io);
// Loads FILE; prints why and returns false when it cannot be read or its front matter is invalid.
bool loadEditable(const QString &path, PostFile *post, Io &io);
// Saves to OUT (or FILE); prints why on failure.
int writePost(const PostFile &post, const EditArgs &args, Io &io);

} // namespace Lectern::Cli
