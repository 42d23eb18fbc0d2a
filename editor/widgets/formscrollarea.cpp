// SPDX-License-Identifier: GPL-3.0-or-later
#include "formscrollarea.h"

#include <QEvent>
#include <QScrollBar>

namespace Lectern {

FormScrollArea::FormScrollArea(QWidget *form, QWidget *parent)
    : QScrollArea(parent)
{
    setWidget(form);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Fields come and go with each post: the narrowest width follows the form's layout.
    form->installEventFilter(this);
}

FormScrollArea::~FormScrollArea() = default;

QSize FormScrollArea::minimumSizeHint() const
{
    QSize size = QScrollArea::minimumSizeHint();
    if (const QWidget *form = widget()) {
        const int width = form->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width()
            + 2 * frameWidth();
        size.setWidth(std::max(size.width(), width));
    }
    return size;
}

bool FormScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

} // namespace Lectern
