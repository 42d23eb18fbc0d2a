// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"
#include "installlayout.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Lectern {

void AppOptions::setUp(QApplication &app)
{
    QApplication::setApplicationName(QStringLiteral("Lectern"));
    QApplication::setOrganizationName(QStringLiteral("Lectern"));
    QApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lectern.svg")));
    QApplication::setDesktopFileName(QStringLiteral("lectern"));
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (InstallLayout::loadTranslation(*translator, QLocale()))
        QCoreApplication::installTranslator(translator);
}

AppOptions AppOptions::parse(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Editor for Jekyll seminar and news posts"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption selfTest(QStringLiteral("self-test"),
                                      QApplication::translate("main", "Check the installation, open the post, check the three panes, exit 0 or 1."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QApplication::translate("main", "Write a PNG of the window and exit."),
                                        QApplication::translate("main", "file"));
    const QCommandLineOption previewTab(QStringLiteral("preview-tab"),
                                        QApplication::translate("main", "Preview tab to show: post or card."),
                                        QApplication::translate("main", "tab"), QStringLiteral("post"));
    parser.addOption(previewTab);
    parser.addOption(selfTest);
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("path"), QApplication::translate("main", "A post or a site folder."),
                                 QStringLiteral("[FILE|SITE_DIR]"));
    parser.process(app);
    AppOptions options;
    options.selfTest = parser.isSet(selfTest);
    options.screenshot = parser.value(screenshot);
    options.previewTab = parser.value(previewTab);
    options.path = parser.positionalArguments().value(0);
    return options;
}

} // namespace Lectern
