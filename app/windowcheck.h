// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lectern {

class MainWindow;
struct AppOptions;

// --self-test and --screenshot: drive the real window, wait for the preview to paint, report.
// --self-test first checks what is installed beside the executable (InstallLayout::check()); without a
// post it stops after that and the window's panes.
namespace WindowCheck {
int run(MainWindow &window, const AppOptions &options);
} // namespace WindowCheck

} // namespace Lectern
