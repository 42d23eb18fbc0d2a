// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diskwatch.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Lectern {

// The bar above the editor when the open post changed on disk while it has unsaved edits:
// reload (after confirmation), keep mine (the next save overwrites), or show the differences.
// It stays until the choice is carried out: Keep Mine hides it at once; after Reload the owner
// hides it when the disk's version is in (a failed reload leaves it up); Show Differences leaves it.
class DiskChangeBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskChangeBar)

public:
    explicit DiskChangeBar(QWidget *parent = nullptr);
    ~DiskChangeBar() override;

    void showChange(const QString &path, Lectern::DiskWatch::Change change);

Q_SIGNALS:
    // The user confirmed, in a window-modal question (objectName "reloadConfirmation"), that
    // reloading discards their unsaved edits.
    void reloadRequested();
    void keepMineRequested();
    void diffRequested();

private:
    void confirmReload();

    QLabel *m_text = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_diff = nullptr;
};

} // namespace Lectern
