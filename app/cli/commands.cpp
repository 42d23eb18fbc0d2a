// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include <QCoreApplication>

namespace Lectern::Cli {

int runGet(const QStringList &args, Io &io);
int runList(const QStringList &args, Io &io);
int runNew(const QStringList &args, Io &io);
int runExport(const QStringList &args, Io &io);

QString tr(const char *text)
{
    return QCoreApplication::translate("lectern-cli", text);
}

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {"get", "get FILE [KEY] [--body]", &runGet},
        {"list", "list SITE_DIR [--json]", &runList},
        {"new", "new SITE_DIR --title T --date YYYY-MM-DD [--template seminar|news|PATH] [--draft]", &runNew},
        {"export", "export FILE --format html|email|text|pdf|ics [-o OUT] [--site DIR] [--with-header]", &runExport},
    };
    return table;
}

} // namespace Lectern::Cli
