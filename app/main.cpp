// SPDX-License-Identifier: GPL-3.0-or-later
#include "appoptions.h"
#include "mainwindow.h"
#include "previewprofile.h"
#include "recoveryoffer.h"
#include "windowcheck.h"
#include "windowstate.h"

#include <QApplication>
#include <QMessageBox>
#include <QQuickWindow>

#include <unistd.h>

namespace {

// The preview is a document: it is drawn in software unless LECTERN_PREVIEW_GPU=1. Qt Quick's software
// scene graph (QQuickWidget hosts the web view), Chromium without its GPU path, and no OpenGL on X11
// (QT_XCB_GL_INTEGRATION=none, when the user has not chosen one): the OpenGL driver (Mesa's llvmpipe
// on a machine without a GPU) alone was ~45 MB of the window's memory, and a GPU driver is where
// WebEngine views go blank. Measured by tests/bench/bench_memory.sh (docs/BENCHMARKS.md).
// Must run before the application object exists.
void chooseRendering()
{
    if (qEnvironmentVariableIntValue("LECTERN_PREVIEW_GPU") == 1) {
        // WebEngine shares GL contexts with the widgets.
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
        return;
    }
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    const QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (!flags.contains("--disable-gpu"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", QByteArray(flags + " --disable-gpu").trimmed());
    if (qEnvironmentVariableIsEmpty("QT_XCB_GL_INTEGRATION"))
        qputenv("QT_XCB_GL_INTEGRATION", "none");
}

} // namespace

int main(int argc, char *argv[])
{
    chooseRendering();
    Lectern::PreviewProfile::registerSchemes();   // schemes must be known before the application starts
    QApplication app(argc, argv);
    Lectern::AppOptions::setUp(app);
    const Lectern::AppOptions options = Lectern::AppOptions::parse(app);
    // Chromium (the preview) refuses to start as root with its sandbox on and ends the process with
    // only a log line; say so, and how, before that happens.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        const QString text = QCoreApplication::translate(
                "Lectern::Main", "Lectern cannot run as root: the preview's browser engine refuses to start its "
                                 "sandbox for the root user.\n\nRun Lectern as your own user, or, if you must run it as "
                                 "root, start it with QTWEBENGINE_DISABLE_SANDBOX=1 (the preview then runs without "
                                 "that sandbox).");
        qCritical("%s", qPrintable(text));
        if (options.screenshot.isEmpty() && !options.selfTest)
            QMessageBox::critical(nullptr, QCoreApplication::translate("Lectern::Main", "Lectern"), text);
        return 1;
    }

    Lectern::MainWindow window;
    // The checks neither read nor write the user's settings, so their screenshots are the same anywhere.
    if (options.selfTest || !options.screenshot.isEmpty())
        return Lectern::WindowCheck::run(window, options);
    window.windowState()->restore(options.path);   // geometry, splitter, tab; the path or the last post
    window.show();
    Lectern::RecoveryOffer::run(window);
    return app.exec();
}
