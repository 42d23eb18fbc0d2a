// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QPalette>

namespace Lectern {

// The look the bars above the panes share (DiskChangeBar, LongLineBar): a framed strip filled
// with background, its text in foreground. Each bar chooses its colours: warning or note.
inline void styleMessageBar(QFrame *bar, const QColor &background, const QColor &foreground)
{
    bar->setFrameShape(QFrame::StyledPanel);
    bar->setAutoFillBackground(true);
    QPalette palette = bar->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, foreground);
    bar->setPalette(palette);
}

} // namespace Lectern
