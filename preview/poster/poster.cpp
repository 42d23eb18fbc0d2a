// SPDX-License-Identifier: GPL-3.0-or-later
#include "poster.h"

#include "postercontent.h"

#include <QFontMetricsF>
#include <QImageReader>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace Lectern {

namespace {

const QColor kInk(0x11, 0x18, 0x27);
const QColor kBody(0x37, 0x41, 0x51);
const QColor kMuted(0x4b, 0x55, 0x63);

QFont spaced(QFont font, qreal percent)
{
    font.setLetterSpacing(QFont::PercentageSpacing, percent);
    return font;
}

} // namespace

QPageLayout Poster::pageLayoutFor(const QLocale &locale)
{
    static const QList<QLocale::Territory> letter = {
        QLocale::UnitedStates, QLocale::Canada, QLocale::Mexico, QLocale::Chile, QLocale::Colombia,
        QLocale::CostaRica, QLocale::Guatemala, QLocale::Panama, QLocale::Philippines, QLocale::Venezuela,
        QLocale::PuertoRico, QLocale::DominicanRepublic, QLocale::ElSalvador};
    const QPageSize size(letter.contains(locale.territory()) ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

QList<PosterItem> Poster::layout(const PosterContent &c, const QSizeF &page, QPaintDevice *device, QStringList *notes)
{
    QList<PosterItem> items;
    const qreal W = page.width();
    const qreal H = page.height();
    const qreal u = W / 1000.0;
    auto px = [u](qreal units) { return int(units * u + 0.5); };
    const qreal m = 70 * u;
    const qreal textWidth = W - 2 * m;
    const QColor primary(c.primary);
    const QColor accent(c.accent);
    auto note = [notes](const QString &text) {
        if (notes)
            notes->append(text);
    };
    auto fill = [&items](const QString &role, const QRectF &rect, const QBrush &brush) {
        items << fillItem(role, rect, brush);
    };

    fill(QStringLiteral("page"), QRectF(0, 0, W, H), Qt::white);

    // The band: the site's name on its colour.
    // Drawn last but one (over the image when there is one), placed here.
    const qreal bandHeight = 92 * u;
    FittedText siteInBand;
    if (!c.siteName.isEmpty())
        siteInBand = TextFit::fit(c.siteName, posterFont(QFont::Bold), px(29), px(20), textWidth, bandHeight - 20 * u, 1, device);

    // The footer, fixed at the bottom: the URL on the left, its QR code on the right.
    const qreal bottomMargin = 60 * u;
    const qreal qrSide = 158 * u;
    const QRectF qrRect(W - m - qrSide, H - bottomMargin - qrSide, qrSide, qrSide);
    const QrCode qr = QrCode::encode(c.url);
    const qreal footerTop = qrRect.top() - 30 * u;
    fill(QStringLiteral("rule"), QRectF(m, footerTop, textWidth, 3 * u), tinted(primary, 0.7));
    {
        const qreal left = qr.isNull() ? textWidth : qrRect.left() - m - 48 * u;
        qreal fy = qrRect.top() + 4 * u;
        const FittedText label = TextFit::fit(tr("MORE INFORMATION"), spaced(posterFont(QFont::Bold), 112), px(18), px(14),
                                              left, 40 * u, 1, device);
        if (!c.url.isEmpty()) {
            items << textItem(QStringLiteral("urlLabel"), label, QPointF(m, fy), left, primary);
            fy += label.size.height() + 10 * u;
            const FittedText url = TextFit::fit(c.url, posterFont(), px(22), px(14), left, 64 * u, 2, device);
            items << textItem(QStringLiteral("url"), url, QPointF(m, fy), left, kBody);
            fy += url.size.height() + 16 * u;
        }
        if (!c.siteName.isEmpty()) {
            const FittedText site = TextFit::fit(c.siteName, posterFont(QFont::Bold), px(24), px(16), left,
                                                 qrRect.bottom() - fy, 2, device);
            items << textItem(QStringLiteral("footerSite"), site, QPointF(m, fy), left, kInk);
        }
    }
    if (!qr.isNull()) {
        PosterItem code;
        code.kind = PosterItem::Qr;
        code.role = QStringLiteral("qr");
        code.rect = qrRect;
        code.qr = qr;
        code.color = Qt::black;
        items << code;
    } else if (!c.url.isEmpty()) {
        note(tr("the URL is too long for a QR code"));
    }

    // When and Where: a tinted panel, one row each, labels in a narrow column on the left.
    const qreal pad = 26 * u;
    const qreal bar = 10 * u;
    const qreal labelWidth = 150 * u;
    const qreal valueWidth = textWidth - bar - 2 * pad - labelWidth;
    const QFont label = spaced(posterFont(QFont::Bold), 115);
    const FittedText whenLabel = TextFit::fit(c.dayIsPostDate ? tr("DATE") : tr("WHEN"), label, px(18), px(13), labelWidth - 16 * u, 40 * u, 1, device);
    const FittedText whereLabel = TextFit::fit(tr("WHERE"), label, px(18), px(13), labelWidth - 16 * u, 40 * u, 1, device);
    const FittedText day = TextFit::fit(c.day, posterFont(QFont::Bold), px(35), px(24), valueWidth, 90 * u, 2, device, 1.15);
    const FittedText time = TextFit::fit(c.time, posterFont(), px(31), px(22), valueWidth, 80 * u, 2, device, 1.15);
    const FittedText where = TextFit::fit(c.where, posterFont(QFont::Bold), px(35), px(22), valueWidth, 90 * u, 2, device, 1.15);
    const qreal whenHeight = day.text.isEmpty() ? 0 : day.size.height() + (time.text.isEmpty() ? 0 : 6 * u + time.size.height());
    const qreal rowGap = whenHeight > 0 && !where.text.isEmpty() ? 22 * u : 0;
    const bool panel = whenHeight > 0 || !where.text.isEmpty();
    const qreal panelHeight = panel ? 2 * pad + whenHeight + rowGap + where.size.height() : 0;

    const FittedText speaker = TextFit::fit(c.speaker, posterFont(QFont::Bold), px(42), px(28), textWidth, 110 * u, 2, device, 1.15);
    const FittedText affiliation = TextFit::fit(c.affiliation, posterFont(), px(27), px(20), textWidth, 70 * u, 2, device, 1.2);
    const FittedText kicker = TextFit::fit(c.kicker.toUpper(), spaced(posterFont(QFont::Bold), 112), px(21), px(15), textWidth,
                                           40 * u, 1, device);
    // Parts that lost words for lack of room are said, as the title is.
    const std::pair<const FittedText *, QString> cut[] = {
        {&speaker, tr("the speaker's name was shortened to fit")},
        {&affiliation, tr("the affiliation was shortened to fit")},
        {&kicker, tr("the kind of event was shortened to fit")},
        {&day, tr("the day was shortened to fit")},
        {&time, tr("the time was shortened to fit")},
        {&where, tr("the place was shortened to fit")},
    };
    for (const auto &[fitted, sentence] : cut) {
        if (fitted->trimmed)
            note(sentence);
    }
    const qreal kickerHeight = kicker.text.isEmpty() ? 0 : kicker.size.height() + 18 * u;
    const qreal peopleHeight = (speaker.text.isEmpty() ? 0 : speaker.size.height() + 8 * u)
                               + (affiliation.text.isEmpty() ? 0 : affiliation.size.height());
    const qreal abstractLine = 17 * u * 1.17 * 1.4;
    const qreal abstractMin = c.abstract.isEmpty() ? 0 : 36 * u + 3 * abstractLine;
    const qreal stripe = 10 * u;
    const qreal topGap = 46 * u;
    // Everything but the title and the image, from the band to the footer's rule.
    const qreal fixed = bandHeight + stripe + topGap + kickerHeight + 34 * u + peopleHeight
                        + (panel ? 40 * u + panelHeight : 0) + abstractMin + 36 * u;
    const qreal room = footerTop - fixed;

    // The title first (up to four lines, shrinking), then the image in what is left: it runs
    // under the band, which is laid over its top.
    QImage image;
    if (!c.imagePath.isEmpty()) {
        QImageReader reader(c.imagePath);
        reader.setAutoTransform(true);
        image = reader.read();
        if (image.isNull())
            note(tr("the featured image %1 could not be read: %2").arg(c.imagePath, reader.errorString()));
    }
    const qreal minImage = 100 * u;
    FittedText title = TextFit::fit(c.title, posterFont(QFont::Bold), px(64), px(36), textWidth,
                                    std::min(room, 300 * u), 4, device, 1.12);
    if (!image.isNull() && room - title.size.height() < minImage && room - minImage > 0) {
        // A smaller title that leaves the picture its least height beats dropping the picture
        // (on Letter paper a four-line title would), as long as no word of the title is lost.
        const FittedText smaller = TextFit::fit(c.title, posterFont(QFont::Bold), title.font.pixelSize(), px(36), textWidth,
                                                room - minImage, 4, device, 1.12);
        if (!smaller.trimmed && !smaller.text.isEmpty())
            title = smaller;
    }
    if (title.trimmed)
        note(tr("the title was shortened to fit"));
    qreal imageHeight = image.isNull() ? 0 : std::min({330 * u * (H / W) / 1.4142, room - title.size.height(), W * 0.5});
    if (!image.isNull() && imageHeight < minImage - 0.5) {
        imageHeight = 0;
        note(tr("no room for the featured image"));
    }

    QColor band = primary;
    qreal beside = 0;   // > 0: the picture is shown whole, the site's name in this width beside it
    if (imageHeight > 0) {
        PosterItem picture;
        picture.kind = PosterItem::Image;
        picture.role = QStringLiteral("image");
        picture.image = image;
        const QRectF hero(0, 0, W, bandHeight + imageHeight);
        const qreal kept = (hero.height() / hero.width()) / (qreal(image.height()) / image.width());
        if (kept >= 0.65) {
            // Full bleed, cropped a little, under an opaque band: a translucent one let the picture's
            // own lettering show through the site's name.
            picture.rect = hero;
        } else {
            // Cropping would cut away most of it (a wide picture, text in it): shown whole on the
            // right of a header in the band's colour, the site's name on the left.
            fill(QStringLiteral("heroBackground"), hero, primary);
            const QSizeF size = QSizeF(image.size()).scaled(QSizeF(W * 0.6, hero.height() - 2 * 30 * u), Qt::KeepAspectRatio);
            picture.rect = QRectF(QPointF(W - m - size.width(), (hero.height() - size.height()) / 2), size);
            beside = picture.rect.left() - m - 36 * u;
            if (!c.siteName.isEmpty())
                siteInBand = TextFit::fit(c.siteName, posterFont(QFont::Bold), px(29), px(20), beside, hero.height() - 60 * u, 4,
                                          device, 1.15);
        }
        items << picture;
    }
    if (beside <= 0) {
        fill(QStringLiteral("band"), QRectF(0, 0, W, bandHeight), band);
        if (!siteInBand.text.isEmpty())
            items << textItem(QStringLiteral("site"), siteInBand, QPointF(m, (bandHeight - siteInBand.size.height()) / 2),
                              textWidth, Qt::white);
    } else {
        items << textItem(QStringLiteral("site"), siteInBand, QPointF(m, 34 * u), beside, Qt::white);
    }
    qreal y = bandHeight + imageHeight;
    fill(QStringLiteral("stripe"), QRectF(0, y, W, stripe), accent);
    y += stripe + topGap;

    if (!kicker.text.isEmpty()) {
        items << textItem(QStringLiteral("kicker"), kicker, QPointF(m, y), textWidth, primary);
        y += kickerHeight;
    }
    items << textItem(QStringLiteral("title"), title, QPointF(m, y), textWidth, kInk);
    y += title.size.height() + 34 * u;

    if (!speaker.text.isEmpty()) {
        items << textItem(QStringLiteral("speaker"), speaker, QPointF(m, y), textWidth, primary);
        y += speaker.size.height() + 8 * u;
    }
    if (!affiliation.text.isEmpty()) {
        items << textItem(QStringLiteral("affiliation"), affiliation, QPointF(m, y), textWidth, kMuted);
        y += affiliation.size.height();
    }
    if (panel) {
        y += 40 * u;
        fill(QStringLiteral("panel"), QRectF(m, y, textWidth, panelHeight), tinted(primary, 0.9));
        fill(QStringLiteral("panelBar"), QRectF(m, y, bar, panelHeight), primary);
        const qreal labelX = m + bar + pad;
        const qreal valueX = labelX + labelWidth;
        // Labels sit on the middle of the value's first line.
        auto labelTop = [&](const FittedText &value, const FittedText &labelText, qreal top) {
            const qreal line = QFontMetricsF(value.font, device).height();
            return top + (line - labelText.size.height()) / 2;
        };
        qreal row = y + pad;
        if (!day.text.isEmpty()) {
            items << textItem(QStringLiteral("whenLabel"), whenLabel, QPointF(labelX, labelTop(day, whenLabel, row)), labelWidth, primary);
            items << textItem(QStringLiteral("day"), day, QPointF(valueX, row), valueWidth, kInk);
            if (!time.text.isEmpty())
                items << textItem(QStringLiteral("time"), time, QPointF(valueX, row + day.size.height() + 6 * u), valueWidth, kInk);
            row += whenHeight + rowGap;
        }
        if (!where.text.isEmpty()) {
            items << textItem(QStringLiteral("whereLabel"), whereLabel, QPointF(labelX, labelTop(where, whereLabel, row)), labelWidth,
                              primary);
            items << textItem(QStringLiteral("where"), where, QPointF(valueX, row), valueWidth, kInk);
        }
        y += panelHeight;
    }

    // The abstract takes what is left above the footer.
    if (!c.abstract.isEmpty()) {
        y += 36 * u;
        const FittedText abstract = TextFit::fit(c.abstract, posterFont(), px(23), px(17), textWidth, footerTop - 36 * u - y, 0,
                                                 device, 1.4);
        if (abstract.text.isEmpty()) {
            note(tr("no room for the abstract"));
        } else {
            items << textItem(QStringLiteral("abstract"), abstract, QPointF(m, y), textWidth, kBody);
            if (abstract.trimmed)
                note(tr("the abstract was shortened to fit"));
        }
    }
    return items;
}

bool Poster::writePdf(const PosterContent &content, const QString &path, const QPageLayout &pageLayout, QString *error,
                      QStringList *notes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageLayout(pageLayout);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(content.title);
        writer.setCreator(QStringLiteral("Lectern %1").arg(QLatin1String(LECTERN_VERSION)));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("%1: the PDF could not be started").arg(path);
            file.cancelWriting();
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        paintPosterItems(&painter, layout(content, QSizeF(writer.width(), writer.height()), &writer, notes));
        painter.end();
    }
    if (!file.commit()) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Lectern
