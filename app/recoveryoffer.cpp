// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoveryoffer.h"

#include "mainwindow.h"
#include "postdocument.h"
#include "recoverydialog.h"
#include "recoverystore.h"

namespace Lectern::RecoveryOffer {

void run(MainWindow &window)
{
    const RecoveryStore store;
    const auto orphans = store.orphans();
    if (orphans.isEmpty())
        return;
    RecoveryDialog dialog(store, orphans, &window);
    dialog.exec();
    MainWindow *target = &window;
    for (const RecoveryStore::Entry &entry : dialog.toRestore()) {
        if (target->document()->isModified()) {
            target = new MainWindow;
            target->setAttribute(Qt::WA_DeleteOnClose);
            target->show();
        }
        target->restoreRecovered(entry);
    }
}

} // namespace Lectern::RecoveryOffer
