// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QColor;
class QPainter;
class QRectF;

namespace Lectern {

// A QR code (ISO/IEC 18004) made by libqrencode: error correction level M, the text as 8-bit
// UTF-8 bytes, the smallest version that holds it.
class QrCode final
{
public:
    // Null (size() 0) for empty text or text longer than a version-40 code holds (~2,300 bytes at M).
    static QrCode encode(const QString &text);

    bool isNull() const { return m_size == 0; }
    int size() const { return m_size; }   // modules per side, without the quiet zone
    bool isDark(int x, int y) const { return m_modules.at(y * m_size + x); }
    // Fills the dark modules into TARGET (square; the caller leaves the 4-module quiet zone around
    // it) as one vector path of rectangles, so printers and PDF viewers draw it sharp at any size.
    void draw(QPainter *painter, const QRectF &target, const QColor &color) const;

private:
    int m_size = 0;
    QList<bool> m_modules;
};

} // namespace Lectern
