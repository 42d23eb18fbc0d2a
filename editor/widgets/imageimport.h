// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "siteimages.h"

#include <QImage>
#include <QString>

#include <optional>

class QMimeData;

namespace Lectern {

// A pasted or dropped image, copied into the site's image folder (docs/images.md).
namespace ImageImport {

// The suffixes taken from a dropped or pasted file URL (lower case).
bool isImageSuffix(const QString &suffix);

// What a paste or drop brings: an image file (a local file URL with an image suffix; the first such)
// or, failing that, an image on the clipboard (QMimeData::hasImage) with no plain text beside it
// (office programs copy text with a picture of it: that stays a text paste).
struct Source
{
    QString file;     // absolute path of the image file; empty for a clipboard image
    QImage image;     // the clipboard's image; null for a file
    // The alt text to offer: the file's base name with '-' and '_' as spaces; "" for a clipboard image.
    QString suggestedAlt() const;
};
bool canImport(const QMimeData *data);
std::optional<Source> fromMimeData(const QMimeData *data);

struct Stored
{
    QString path;           // absolute path of the file written
    QString relativePath;   // the same, relative to the site root, '/'-separated
    QSize size;             // the written image's size in pixels (invalid for SVG or an unreadable WebP)
};

// Writes SOURCE into CONVENTION.folder of SITE_ROOT as SLUG.SUFFIX (SiteImages::freeName: SLUG-2.…
// when taken, never overwriting). A file keeps its format: PNG, JPEG (and WebP where Qt reads it)
// wider than CONVENTION.maxWidth are scaled to it (aspect kept, smooth), narrower ones, SVG and GIF
// are copied byte for byte. A clipboard image is written as PNG (lossless; a screenshot stays sharp),
// scaled the same way. Written through QSaveFile, so a failure leaves no partial file.
// Refuses a folder that leaves the site. Returns false with *error saying what and where.
bool store(const Source &source, const QString &siteRoot, const ImageConvention &convention, const QString &slug,
           Stored *stored, QString *error);

} // namespace ImageImport

} // namespace Lectern
