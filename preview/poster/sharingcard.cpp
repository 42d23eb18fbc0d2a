// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharingcard.h"

#include "postercontent.h"

#include <QImageReader>
#include <QLinearGradient>
#include <QPainter>
#include <QSaveFile>

namespace Lectern {

QList<PosterItem> SharingCard::layout(const PosterContent &c, QPaintDevice *device, QStringList *notes)
{
    QList<PosterItem> items;
    const qreal W = kWidth;
    const qreal H = kHeight;
    const qreal pad = 64;
    const qreal width = W - 2 * pad - 40;   // the right edge stays clear for the picture
    const QColor primary(c.primary);
    auto fill = [&items](const QString &role, const QRectF &rect, const QBrush &brush) {
        items << fillItem(role, rect, brush);
    };

    QImage image;
    if (!c.imagePath.isEmpty()) {
        QImageReader reader(c.imagePath);
        reader.setAutoTransform(true);
        image = reader.read();
        if (image.isNull() && notes)
            notes->append(tr("the featured image %1 could not be read: %2").arg(c.imagePath, reader.errorString()));
    }
    if (image.isNull()) {
        QLinearGradient brand(0, 0, W, H);
        brand.setColorAt(0, primary);
        brand.setColorAt(1, tinted(primary, -0.35));
        fill(QStringLiteral("background"), QRectF(0, 0, W, H), brand);
    } else {
        PosterItem picture;
        picture.kind = PosterItem::Image;
        picture.role = QStringLiteral("image");
        picture.rect = QRectF(0, 0, W, H);
        picture.image = image;
        items << picture;
        // Dark where the text is (left and bottom), the picture showing through on the right.
        QLinearGradient across(0, 0, W, 0);
        across.setColorAt(0, QColor(8, 12, 20, 242));
        across.setColorAt(0.6, QColor(8, 12, 20, 215));
        across.setColorAt(1, QColor(8, 12, 20, 120));
        fill(QStringLiteral("shade"), QRectF(0, 0, W, H), across);
        QLinearGradient up(0, H, 0, H * 0.45);
        up.setColorAt(0, QColor(8, 12, 20, 170));
        up.setColorAt(1, QColor(8, 12, 20, 0));
        fill(QStringLiteral("shadeBottom"), QRectF(0, H * 0.45, W, H * 0.55), up);
    }
    fill(QStringLiteral("bar"), QRectF(0, 0, 14, H), QColor(c.accent));

    // Top: site name and kind of event.
    qreal y = pad - 8;
    QFont label = posterFont(QFont::Bold);
    label.setLetterSpacing(QFont::PercentageSpacing, 110);
    const QString top = c.kicker.isEmpty() ? c.siteName : c.siteName.isEmpty() ? c.kicker : c.siteName;
    if (!top.isEmpty()) {
        const FittedText site = TextFit::fit(top.toUpper(), label, 22, 15, width, 32, 1, device);
        items << textItem(QStringLiteral("site"), site, QPointF(pad, y), width, QColor(255, 255, 255, 225));
        y += site.size.height() + 8;
    }
    if (!c.kicker.isEmpty() && !c.siteName.isEmpty()) {
        const FittedText kicker = TextFit::fit(c.kicker, posterFont(), 22, 15, width, 32, 1, device);
        items << textItem(QStringLiteral("kicker"), kicker, QPointF(pad, y), width, tinted(QColor(c.accent), 0.55));
        y += kicker.size.height();
    }
    y += 30;

    // Bottom up: place, date, speaker.
    qreal bottom = H - pad + 6;
    const QColor soft(255, 255, 255, 215);
    QList<std::pair<QString, QString>> whenWhere;   // role, text; drawn top to bottom
    if (!c.day.isEmpty())
        whenWhere.append({QStringLiteral("when"), c.time.isEmpty() ? c.day : c.day + QStringLiteral(" · ") + c.time});
    if (!c.where.isEmpty())
        whenWhere.append({QStringLiteral("where"), c.where});
    QList<PosterItem> lower;
    for (auto it = whenWhere.crbegin(); it != whenWhere.crend(); ++it) {
        const FittedText line = TextFit::fit(it->second, posterFont(), 25, 17, width, 64, 2, device, 1.15);
        if (line.trimmed && notes)
            notes->append(it->first == QLatin1String("where") ? tr("the place was shortened to fit")
                                                              : tr("the date and time were shortened to fit"));
        bottom -= line.size.height();
        lower.prepend(textItem(it->first, line, QPointF(pad, bottom), width, soft));
        bottom -= 8;
    }
    if (!c.speaker.isEmpty()) {
        bottom -= 14;
        const FittedText speaker = TextFit::fit(c.speaker, posterFont(QFont::Bold), 31, 22, width, 40, 1, device);
        const FittedText affiliation = TextFit::fit(c.affiliation, posterFont(), 24, 17, width, 34, 1, device);
        if (speaker.trimmed && notes)
            notes->append(tr("the speaker's name was shortened to fit"));
        if (affiliation.trimmed && notes)
            notes->append(tr("the affiliation was shortened to fit"));
        if (!affiliation.text.isEmpty()) {
            bottom -= affiliation.size.height();
            lower.prepend(textItem(QStringLiteral("affiliation"), affiliation, QPointF(pad, bottom), width, soft));
            bottom -= 6;
        }
        bottom -= speaker.size.height();
        lower.prepend(textItem(QStringLiteral("speaker"), speaker, QPointF(pad, bottom), width, Qt::white));
    }
    bottom -= 30;

    const FittedText title = TextFit::fit(c.title, posterFont(QFont::Bold), 60, 32, width, bottom - y, 4, device, 1.12);
    if (title.trimmed && notes)
        notes->append(tr("the title was shortened to fit"));
    // The title sits just above the speaker block, so a short one does not float at the top.
    items << textItem(QStringLiteral("title"), title, QPointF(pad, std::max(y, bottom - title.size.height())), width, Qt::white);
    items += lower;
    return items;
}

QImage SharingCard::render(const PosterContent &content, QStringList *notes)
{
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintPosterItems(&painter, layout(content, &image, notes));
    painter.end();
    return image;
}

bool SharingCard::writePng(const PosterContent &content, const QString &path, QString *error, QStringList *notes)
{
    const QImage image = render(content, notes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Lectern
