// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcode.h"

#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <memory>

namespace Lectern {

QrCode QrCode::encode(const QString &text)
{
    QrCode code;
    if (text.isEmpty())
        return code;
    const QByteArray bytes = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
        QRcode_encodeData(int(bytes.size()), reinterpret_cast<const unsigned char *>(bytes.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!qr || qr->width <= 0)
        return code;
    code.m_size = qr->width;
    code.m_modules.resize(qsizetype(qr->width) * qr->width);
    for (int i = 0; i < qr->width * qr->width; ++i)
        code.m_modules[i] = qr->data[i] & 1;   // bit 0: dark module
    return code;
}

void QrCode::draw(QPainter *painter, const QRectF &target, const QColor &color) const
{
    if (isNull())
        return;
    const qreal module = std::min(target.width(), target.height()) / m_size;
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);   // overlapping runs merge, no hairline seams between rows
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size;) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < m_size && isDark(end, y))
                ++end;
            path.addRect(QRectF(target.left() + x * module, target.top() + y * module, (end - x) * module, module));
            x = end;
        }
    }
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPath(path);
    painter->restore();
}

} // namespace Lectern
