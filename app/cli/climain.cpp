// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"
#include "installlayout.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lectern-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lectern"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    QTranslator translator;
    if (Lectern::InstallLayout::loadTranslation(translator, QLocale()))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Lectern::Cli::Io io{out, err};
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString name = args.value(0);
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        out << "lectern-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return Lectern::Cli::Ok;
    }
    // "lectern-cli export --help": that command's usage lines, on standard output.
    const QStringList rest = args.mid(1);
    if (rest.size() == 1 && (rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("-h"))) {
        bool known = false;
        for (const Lectern::Cli::Command &command : Lectern::Cli::commands()) {
            if (name == QLatin1String(command.name)) {
                out << Lectern::Cli::tr("usage: lectern-cli %1").arg(QLatin1String(command.synopsis)) << Qt::endl;
                known = true;
            }
        }
        if (known)
            return Lectern::Cli::Ok;
    }
    for (const Lectern::Cli::Command &command : Lectern::Cli::commands()) {
        if (name == QLatin1String(command.name))
            return command.run(rest, io);
    }
    QTextStream &stream = (name == QLatin1String("--help") || name == QLatin1String("-h")) ? out : err;
    if (!name.isEmpty() && &stream == &err)
        err << Lectern::Cli::tr("lectern-cli: unknown command \"%1\"").arg(name) << Qt::endl;
    stream << Lectern::Cli::tr("usage: lectern-cli COMMAND ARGS...") << Qt::endl;
    stream << "  --version" << Qt::endl;
    for (const Lectern::Cli::Command &command : Lectern::Cli::commands())
        stream << "  " << command.synopsis << Qt::endl;
    return &stream == &out ? Lectern::Cli::Ok : Lectern::Cli::BadInput;
}
