// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfit.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace Lectern {

namespace {

const QChar kEllipsis(0x2026);

struct Measure
{
    qreal width = 0;
    qreal height = 0;
    int lines = 0;
};

QStringList paragraphsOf(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("\\n\\s*\\n"));
    return text.split(breaks, Qt::SkipEmptyParts);
}

// Lays out every paragraph at WIDTH; calls EACH(layout, y) with its top.
template<typename Each>
Measure layoutText(const QString &text, const QFont &font, qreal width, qreal spacing, QPaintDevice *device, Each each)
{
    Measure m;
    const QFontMetricsF metrics(font, device);
    const qreal advance = metrics.lineSpacing() * spacing;
    qreal y = 0;
    bool first = true;
    for (const QString &paragraph : paragraphsOf(text)) {
        if (!first)
            y += advance * 0.5;   // a half-line between paragraphs
        first = false;
        QTextLayout layout(QString(paragraph).replace(QLatin1Char('\n'), QChar::LineSeparator), font, device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        qreal py = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, py));
            m.width = std::max(m.width, line.naturalTextWidth());
            py += advance;
            ++m.lines;
        }
        layout.endLayout();
        each(layout, y);
        y += py;
    }
    // The last line needs only its own height, not the gap after it.
    m.height = m.lines == 0 ? 0 : y - advance + metrics.height();
    return m;
}

Measure measure(const QString &text, const QFont &font, qreal width, qreal spacing, QPaintDevice *device)
{
    return layoutText(text, font, width, spacing, device, [](QTextLayout &, qreal) {});
}

bool fits(const Measure &m, qreal height, int maxLines)
{
    return m.height <= height + 0.01 && (maxLines <= 0 || m.lines <= maxLines);
}

// TEXT cut at POSITION, trailing blanks and punctuation dropped ("word,…"), then "…"; empty when
// nothing is left.
QString cutAt(const QString &text, qsizetype position)
{
    QString kept = text.left(position);
    while (!kept.isEmpty() && (kept.back().isSpace() || QStringLiteral(",;:.-–—、，。").contains(kept.back())))
        kept.chop(1);
    return kept.isEmpty() ? QString() : kept + kEllipsis;
}

// The places TEXT may be cut, in order: after each word (a line-break opportunity as UAX #14
// finds them, so between two Chinese or Japanese characters too) or, with GRAPHEMES, after each
// user-perceived character (for a single word longer than the box).
QList<qsizetype> cutsOf(const QString &text, bool graphemes)
{
    QList<qsizetype> cuts;
    QTextBoundaryFinder finder(graphemes ? QTextBoundaryFinder::Grapheme : QTextBoundaryFinder::Line, text);
    for (qsizetype at = finder.toNextBoundary(); at > 0; at = finder.toNextBoundary())
        cuts << at;
    return cuts;
}

} // namespace

FittedText TextFit::fit(const QString &text, const QFont &font, int maxPx, int minPx, qreal width, qreal height,
                        int maxLines, QPaintDevice *device, qreal lineSpacing)
{
    FittedText f;
    f.font = font;
    f.lineSpacing = lineSpacing;
    minPx = std::max(1, std::min(minPx, maxPx));
    if (text.trimmed().isEmpty() || width <= 0 || height <= 0)
        return f;
    const int step = std::max(1, (maxPx - minPx) / 16);
    for (int px = maxPx;; px = std::max(minPx, px - step)) {
        f.font.setPixelSize(px);
        const Measure m = measure(text, f.font, width, lineSpacing, device);
        if (fits(m, height, maxLines)) {
            f.text = text;
            f.size = QSizeF(m.width, m.height);
            f.lines = m.lines;
            f.shrunk = px < maxPx;
            return f;
        }
        if (px == minPx)
            break;
    }
    // At the smallest size: the longest start that fits, cut after a word (binary search over
    // the cuts); when not even the first word fits, after a character. Paragraphs are kept, runs
    // of blanks inside them made one.
    QStringList paragraphs;
    for (const QString &p : paragraphsOf(text))
        paragraphs << p.simplified();
    const QString flat = paragraphs.join(QLatin1String("\n\n"));
    auto longestFitting = [&](const QList<qsizetype> &cuts) {
        qsizetype lo = 0, hi = cuts.size();   // the first lo cuts fit (0 always does: nothing is drawn)
        while (lo < hi) {
            const qsizetype mid = (lo + hi + 1) / 2;
            if (fits(measure(cutAt(flat, cuts.at(mid - 1)), f.font, width, lineSpacing, device), height, maxLines))
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo == 0 ? QString() : cutAt(flat, cuts.at(lo - 1));
    };
    QString kept = longestFitting(cutsOf(flat, false));
    if (kept.isEmpty())
        kept = longestFitting(cutsOf(flat, true));
    f.shrunk = minPx < maxPx;
    f.trimmed = true;
    f.text = kept;
    if (!f.text.isEmpty()) {
        const Measure m = measure(f.text, f.font, width, lineSpacing, device);
        f.size = QSizeF(m.width, m.height);
        f.lines = m.lines;
    }
    return f;
}

void TextFit::draw(QPainter *painter, const FittedText &fitted, const QPointF &topLeft, qreal width,
                   const QColor &color, Qt::Alignment align)
{
    if (fitted.text.isEmpty())
        return;
    painter->save();
    painter->setPen(color);
    layoutText(fitted.text, fitted.font, width, fitted.lineSpacing, painter->device(), [&](QTextLayout &layout, qreal y) {
        for (int i = 0; i < layout.lineCount(); ++i) {
            QTextLine line = layout.lineAt(i);
            qreal dx = 0;
            if (align & Qt::AlignHCenter)
                dx = (width - line.naturalTextWidth()) / 2;
            else if (align & Qt::AlignRight)
                dx = width - line.naturalTextWidth();
            line.draw(painter, topLeft + QPointF(dx, y));
        }
    });
    painter->restore();
}

} // namespace Lectern
