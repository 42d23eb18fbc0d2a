// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "posteritem.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QStringList>

class QLocale;
class QPaintDevice;

namespace Lectern {

struct PosterContent;

// The seminar poster of issue 19: one page to be read from two metres, drawn with QPainter on a
// QPdfWriter (vector text with embedded font subsets, a vector QR code). Layout, from the top: a
// band in the site's primary colour with the site's name; the featured image, full width; the
// kind of event; the title, large; speaker and affiliation; When and Where on a tinted panel; the
// abstract, trimmed to the room left; a footer with the URL and its QR code.
class Poster final
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Poster)

public:
    static constexpr int kResolution = 600;   // dpi of the PDF's device space (text stays vector)

    // A4, or Letter where the locale's country uses it (US, Canada, Mexico, ...). No margins: the
    // poster keeps its own (7% of the width), and its top band runs to the paper's edge.
    static QPageLayout pageLayoutFor(const QLocale &locale);

    // Places everything on a page of PAGE device pixels (portrait, any height from 1.2 to 1.5
    // times the width), measuring text on DEVICE. Every Text item lies inside the page, clear of
    // the others. Texts that are too long shrink (title 68→38, abstract 23→15 thousandths of the
    // width) and then lose whole words to "…". Parts left out for lack of room are appended to *notes.
    static QList<PosterItem> layout(const PosterContent &content, const QSizeF &page, QPaintDevice *device,
                                    QStringList *notes = nullptr);

    // Writes the poster to PATH atomically (QSaveFile): one page of PAGELAYOUT's size, the title as
    // the PDF's title and "Lectern" as its creator. False with *error on an unwritable file.
    static bool writePdf(const PosterContent &content, const QString &path, const QPageLayout &pageLayout,
                         QString *error, QStringList *notes = nullptr);
};

} // namespace Lectern
