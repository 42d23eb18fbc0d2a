// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

namespace Lectern {

// The scroll area around the front-matter form: it scrolls vertically only and never gets narrower
// than the form's narrowest layout, so a splitter cannot cut off the form's buttons or fields.
class FormScrollArea final : public QScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormScrollArea)

public:
    explicit FormScrollArea(QWidget *form, QWidget *parent = nullptr);
    ~FormScrollArea() override;

    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Lectern
