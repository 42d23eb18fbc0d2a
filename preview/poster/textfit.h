// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QSizeF>
#include <QString>

class QPaintDevice;
class QPainter;
class QColor;
class QPointF;

namespace Lectern {

// A text laid out to fit a box: the size it got and, when even the smallest size did not fit,
// the words that fitted followed by "…".
struct FittedText
{
    QString text;            // as drawn: "\n\n" separates paragraphs
    QFont font;              // pixel size set
    qreal lineSpacing = 1.2; // line advance as a multiple of the font's line spacing
    QSizeF size;             // the laid-out lines' extent, in device pixels
    int lines = 0;
    bool shrunk = false;     // drawn smaller than the largest size asked for
    bool trimmed = false;    // words were left out (the text ends in "…")
};

// Shrink-to-fit (issue 19's poster and sharing image): measured with QTextLayout on the device
// the text will be painted on, so what fits here fits there.
class TextFit final
{
public:
    // TEXT in FONT's family and weight at the largest pixel size from MAXPX down to MINPX (steps of
    // at most 1/16 of the range, at least 1 px) whose lines fit WIDTH, at most MAXLINES lines
    // (0: any) and at most HEIGHT. When none does, the longest run of whole words that fits at
    // MINPX, then "…"; a word longer than WIDTH wraps inside itself rather than overflow. Empty
    // text, or nothing fitting at all, gives an empty FittedText::text with size (0, 0).
    static FittedText fit(const QString &text, const QFont &font, int maxPx, int minPx, qreal width, qreal height,
                          int maxLines, QPaintDevice *device, qreal lineSpacing = 1.2);
    // Draws FITTED with its top-left at TOPLEFT, lines aligned in WIDTH (Qt::AlignLeft/HCenter/Right).
    static void draw(QPainter *painter, const FittedText &fitted, const QPointF &topLeft, qreal width,
                     const QColor &color, Qt::Alignment align = Qt::AlignLeft);
};

} // namespace Lectern
