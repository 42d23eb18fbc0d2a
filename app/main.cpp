// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"
#include "mainwindow.h"
#include "previewprofile.h"
#include "recoveryoffer.h"
#include "windowcheck.h"
#include "windowstate.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    // WebEngine shares GL contexts with the widgets; this must be set before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    Lectern::PreviewProfile::registerSchemes();   // schemes must be known before the application starts
    QApplication app(argc, argv);
    Lectern::AppOptions::setUp(app);
    const Lectern::AppOptions options = Lectern::AppOptions::parse(app);

    Lectern::MainWindow window;
    // The checks neither read nor write the user's settings, so their screenshots are the same anywhere.
    if (options.selfTest || !options.screenshot.isEmpty())
        return Lectern::WindowCheck::run(window, options);
    window.windowState()->restore(options.path);   // geometry, splitter, tab; the path or the last post
    window.show();
    Lectern::RecoveryOffer::run(window);
    return app.exec();
}
