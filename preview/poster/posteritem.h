// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qrcode.h"
#include "textfit.h"

#include <QBrush>
#include <QColor>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace Lectern {

// One thing a poster or a sharing image draws, placed by a layout in device pixels. Layouts
// return these so that tests can check every text box lies inside the page and none overlap.
struct PosterItem
{
    enum Kind { Fill, Text, Image, Qr };
    Kind kind = Fill;
    QString role;            // "title", "speaker", "abstract", "qr", ... (what tests look for)
    QRectF rect;             // where it is drawn; for Text, the laid-out lines' extent
    QRectF column;           // Text: the box it was fitted in (its lines wrap at column.width())
    QBrush brush;            // Fill
    FittedText text;         // Text
    QColor color;            // Text, Qr
    Qt::Alignment align = Qt::AlignLeft;
    QImage image;            // Image: scaled to cover rect, centred, cropped
    QrCode qr;               // Qr
};

// Draws ITEMS in order.
void paintPosterItems(QPainter *painter, const QList<PosterItem> &items);

// A Fill item: RECT painted with BRUSH.
PosterItem fillItem(const QString &role, const QRectF &rect, const QBrush &brush);

// A text item placed at TOPLEFT with WIDTH for its lines; rect is the extent FITTED takes.
PosterItem textItem(const QString &role, const FittedText &fitted, const QPointF &topLeft, qreal width,
                    const QColor &color, Qt::Alignment align = Qt::AlignLeft);

// "#rrggbb" mixed with white (amount 0..1) or black (negative amount).
QColor tinted(const QColor &color, qreal amount);

// The font every poster and card uses: DejaVu Sans (TrueType, so Qt embeds a subset in the PDF),
// else the system's sans serif.
QFont posterFont(int weight = QFont::Normal);

} // namespace Lectern
