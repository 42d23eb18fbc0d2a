// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include <QCoreApplication>

namespace Lectern::Cli {

int runGet(const QStringList &args, Io &io);
int runSchema(const QStringList &args, Io &io);
int runList(const QStringList &args, Io &io);
int runNew(const QStringList &args, Io &io);
int runExport(const QStringList &args, Io &io);
int runSet(const QStringList &args, Io &io);
int runUnset(const QStringList &args, Io &io);
int runSave(const QStringList &args, Io &io);
int runCheck(const QStringList &args, Io &io);
int runStatus(const QStringList &args, Io &io);
int runPublish(const QStringList &args, Io &io);
int runPull(const QStringList &args, Io &io);

// The context must be the one lupdate gives these tr() calls: the namespace they are in.
QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::Cli", text);
}

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {"get", "get FILE [KEY] [--body]", &runGet},
        {"schema", "schema SITE_DIR|FILE", &runSchema},
        {"list", "list SITE_DIR [--json]", &runList},
        {"new", "new SITE_DIR --title T --date YYYY-MM-DD [--template seminar|news|PATH] [--draft] [--slug-mode default|pretty|ascii|latin|raw]", &runNew},
        {"export", "export FILE --format html|email|text|pdf|card-image|ics|eml [-o OUT] [--site DIR] [--with-header] [--inline-images] [--engine auto|jekyll|builtin] [--trust-site]", &runExport},
        // The site's calendar feed (issue 19): a second line for the same command.
        {"export", "export SITE --format ics [--upcoming|--all] [--category NAME] [--now DATETIME] [-o OUT]", &runExport},
        {"set", "set FILE KEY [--string] [--] VALUE [-o OUT] | set FILE KEY --yaml FRAGMENT [-o OUT]", &runSet},
        {"unset", "unset FILE KEY [-o OUT]", &runUnset},
        {"save", "save FILE -o OUT", &runSave},
        {"check", "check [--spelling|--spelling-errors] FILE...", &runCheck},
        {"status", "status SITE [--json]", &runStatus},
        {"publish", "publish FILE... [-m MESSAGE] [--no-push] [--keep-theirs|--keep-mine|--edit-merge]", &runPublish},
        {"pull", "pull SITE", &runPull},
    };
    return table;
}

} // namespace Lectern::Cli
