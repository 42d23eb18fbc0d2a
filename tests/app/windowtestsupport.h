// SPDX-License-Identifier: GPL-3.0-or-later
// What the tests of the real window share: finding its actions as a user finds them in the menus.
#pragma once

#include "mainwindow.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace LecternTest {

// File → Save, as Ctrl+S runs it; null when the menu has none.
inline QAction *saveAction(Lectern::MainWindow &window)
{
    for (QAction *action : window.menuBar()->actions().first()->menu()->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Save))
            return action;
    }
    return nullptr;
}

} // namespace LecternTest
