// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>

int main(int argc, char *argv[])
{
    // Only `export --format pdf` needs WebEngine and so a QGuiApplication; every other command
    // stays a headless QCoreApplication.
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (Lectern::Cli::exportNeedsGui(rawArgs)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.debug=false"));
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("lectern-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lectern"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("lectern"), QStringLiteral("_"), QStringLiteral(":/i18n")))
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
    for (const Lectern::Cli::Command &command : Lectern::Cli::commands()) {
        if (name == QLatin1String(command.name))
            return command.run(args.mid(1), io);
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
