// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Lectern {

// Shows two versions of a post as a unified line diff (recovered vs disk, mine vs theirs).
class DiffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffDialog)

public:
    DiffDialog(const QString &title, const QString &oldText, const QString &newText, const QString &oldName,
               const QString &newName, QWidget *parent = nullptr);
    ~DiffDialog() override;
};

} // namespace Lectern
