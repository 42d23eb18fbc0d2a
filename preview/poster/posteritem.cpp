// SPDX-License-Identifier: GPL-3.0-or-later
#include "posteritem.h"

#include <QPainter>

#include <cmath>

namespace Lectern {

QColor tinted(const QColor &color, qreal amount)
{
    const QColor target = amount >= 0 ? QColor(Qt::white) : QColor(Qt::black);
    const qreal a = std::abs(amount);
    return QColor::fromRgbF(float(color.redF() + (target.redF() - color.redF()) * a),
                            float(color.greenF() + (target.greenF() - color.greenF()) * a),
                            float(color.blueF() + (target.blueF() - color.blueF()) * a));
}

QFont posterFont(int weight)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setWeight(QFont::Weight(weight));
    font.setHintingPreference(QFont::PreferNoHinting);   // the same widths on screen, PNG and PDF
    font.setKerning(true);
    return font;
}

PosterItem fillItem(const QString &role, const QRectF &rect, const QBrush &brush)
{
    PosterItem item;
    item.role = role;
    item.rect = rect;
    item.brush = brush;
    return item;
}

PosterItem textItem(const QString &role, const FittedText &fitted, const QPointF &topLeft, qreal width,
                    const QColor &color, Qt::Alignment align)
{
    PosterItem item;
    item.kind = PosterItem::Text;
    item.role = role;
    item.text = fitted;
    item.color = color;
    item.align = align;
    qreal dx = 0;
    if (align & Qt::AlignHCenter)
        dx = (width - fitted.size.width()) / 2;
    else if (align & Qt::AlignRight)
        dx = width - fitted.size.width();
    item.rect = QRectF(topLeft + QPointF(dx, 0), fitted.size);
    item.column = QRectF(topLeft, QSizeF(width, fitted.size.height()));
    return item;
}

void paintPosterItems(QPainter *painter, const QList<PosterItem> &items)
{
    for (const PosterItem &item : items) {
        switch (item.kind) {
        case PosterItem::Fill:
            painter->fillRect(item.rect, item.brush);
            break;
        case PosterItem::Text: {
            // Wrapped at the width it was measured at, so the lines are the ones that were fitted.
            TextFit::draw(painter, item.text, item.column.topLeft(), item.column.width(), item.color, item.align);
            break;
        }
        case PosterItem::Image: {
            if (item.image.isNull())
                break;
            const QSizeF cover = QSizeF(item.image.size()).scaled(item.rect.size(), Qt::KeepAspectRatioByExpanding);
            const qreal sx = item.image.width() / cover.width();
            const qreal sy = item.image.height() / cover.height();
            const QRectF source((cover.width() - item.rect.width()) / 2 * sx, (cover.height() - item.rect.height()) / 2 * sy,
                                item.rect.width() * sx, item.rect.height() * sy);
            painter->save();
            painter->setRenderHint(QPainter::SmoothPixmapTransform);
            painter->drawImage(item.rect, item.image, source);
            painter->restore();
            break;
        }
        case PosterItem::Qr:
            item.qr.draw(painter, item.rect, item.color);
            break;
        }
    }
}

} // namespace Lectern
