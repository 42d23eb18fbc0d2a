// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recoverystore.h"

#include <QDialog>

namespace Lectern {

// Offered at start when a previous Lectern crashed with unsaved posts: per post, restore,
// compare with the file on disk, or discard. Posts left undecided stay for the next start.
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    RecoveryDialog(const RecoveryStore &store, const QList<RecoveryStore::Entry> &entries, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    // The posts the user chose to restore, in the order chosen.
    QList<RecoveryStore::Entry> toRestore() const { return m_restore; }

private:
    void addRow(const RecoveryStore::Entry &entry);
    void compare(const RecoveryStore::Entry &entry);

    RecoveryStore m_store;
    QList<RecoveryStore::Entry> m_restore;
    int m_open = 0;
};

} // namespace Lectern
