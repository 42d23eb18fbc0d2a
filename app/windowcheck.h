// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lectern {

class MainWindow;
struct AppOptions;

// --self-test and --screenshot: drive the real window, wait for the preview to paint, report.
namespace WindowCheck {
int run(MainWindow &window, const AppOptions &options);
} // namespace WindowCheck

} // namespace Lectern
