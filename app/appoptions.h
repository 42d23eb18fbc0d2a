// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QApplication;

namespace Lectern {

// The GUI's command line: lectern [--self-test] [--screenshot OUT.png] [--preview-tab post|card] [FILE|SITE_DIR]
struct AppOptions
{
    QString path;
    bool selfTest = false;
    QString screenshot;
    QString previewTab;   // "card" shows the Home card tab (for its screenshot)

    // Application name, organisation, icon and the user's translation.
    static void setUp(QApplication &app);
    static AppOptions parse(const QApplication &app);
};

} // namespace Lectern
