// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Lectern {

class MainWindow;

// After a crash: offers each post with unsaved edits back; the first goes in window, others in new ones.
namespace RecoveryOffer {
void run(MainWindow &window);
} // namespace RecoveryOffer

} // namespace Lectern
