// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipost.h"

namespace Lectern::Cli {

bool parseEditArgs(const QStringList &args, bool allowYaml, EditArgs *out, Io &io)
{
    bool optionsDone = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (optionsDone || !a.startsWith(QLatin1Char('-')) || a == QLatin1String("-")) {
            out->positional << a;
        } else if (a == QLatin1String("--")) {
            optionsDone = true;
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (i + 1 >= args.size()) {
                io.err << tr("%1 needs a file name").arg(a) << Qt::endl;
                return false;
            }
            out->output = args.at(++i);
        } else if (allowYaml && a == QLatin1String("--yaml")) {
            out->yaml = true;
        } else if (allowYaml && a == QLatin1String("--string")) {
            out->string = true;
        } else {
            io.err << tr("unknown option \"%1\"").arg(a) << Qt::endl;
            return false;
        }
    }
    return true;
}

bool loadEditable(const QString &path, PostFile *post, Io &io)
{
    QString error;
    if (!PostFile::load(path, post, &error)) {
        io.err << error << Qt::endl;
        return false;
    }
    if (post->isReadOnly()) {
        // Never rewrite from a parse that failed: the user fixes the YAML as text first.
        for (const Diagnostic &d : post->diagnostics())
            io.err << d.format(path) << Qt::endl;
        io.err << tr("%1: the front matter is not valid YAML; nothing written").arg(path) << Qt::endl;
        return false;
    }
    return true;
}

int writePost(const PostFile &post, const EditArgs &args, Io &io)
{
    const QString target = args.output.isEmpty() ? args.positional.first() : args.output;
    QString error;
    if (!post.save(target, &error)) {
        io.err << error << Qt::endl;
        return BadInput;
    }
    return Ok;
}

} // namespace Lectern::Cli
