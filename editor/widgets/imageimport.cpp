// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageimport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QMimeData>
#include <QSaveFile>
#include <QUrl>

namespace Lectern::ImageImport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::ImageImport", text);
}

QString imageFile(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile() && isImageSuffix(QFileInfo(url.toLocalFile()).suffix()))
            return QFileInfo(url.toLocalFile()).absoluteFilePath();
    }
    return {};
}

// QImageWriter's name for a file suffix.
QByteArray formatOf(const QString &suffix)
{
    const QString s = suffix.toLower();
    if (s == QLatin1String("jpg") || s == QLatin1String("jpeg"))
        return QByteArrayLiteral("jpeg");
    return s.toLatin1();
}

} // namespace

bool isImageSuffix(const QString &suffix)
{
    static const QStringList suffixes = {QStringLiteral("png"), QStringLiteral("jpg"), QStringLiteral("jpeg"),
                                         QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("svg")};
    return suffixes.contains(suffix.toLower());
}

QString Source::suggestedAlt() const
{
    if (file.isEmpty())
        return {};
    QString name = QFileInfo(file).completeBaseName();
    name.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('_'), QLatin1Char(' '));
    return name.simplified();
}

namespace {

// An image with no text beside it: a spreadsheet or word processor puts a picture of the copied cells
// or text on the clipboard as well, and pasting that text must stay a text paste.
bool imageOnly(const QMimeData *data)
{
    return data->hasImage() && !(data->hasFormat(QStringLiteral("text/plain")) && !data->text().trimmed().isEmpty());
}

} // namespace

bool canImport(const QMimeData *data)
{
    return data && (!imageFile(data).isEmpty() || imageOnly(data));
}

std::optional<Source> fromMimeData(const QMimeData *data)
{
    Source source;
    source.file = imageFile(data);
    if (source.file.isEmpty()) {
        if (!data || !imageOnly(data))
            return std::nullopt;
        source.image = qvariant_cast<QImage>(data->imageData());
    }
    return source;
}

bool store(const Source &source, const QString &siteRoot, const ImageConvention &convention, const QString &slug,
           Stored *stored, QString *error)
{
    const QString folder = SiteImages::insideSite(siteRoot, convention.folder);
    if (folder.isEmpty()) {
        *error = tr("The image folder \"%1\" is outside the site folder %2: nothing was written. "
                    "Set images: folder: in .lectern.yml to a folder inside the site.")
                     .arg(convention.folder, QDir::toNativeSeparators(siteRoot));
        return false;
    }

    // What to write, and in which format, before anything touches the disk.
    QByteArray bytes;
    QString suffix;
    QSize size;
    const int maxWidth = convention.maxWidth > 0 ? convention.maxWidth : SiteImages::kDefaultMaxWidth;
    const auto encode = [&](const QImage &image, const QByteArray &format) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, format);
        if (format == "jpeg")
            writer.setQuality(90);
        return writer.write(image);
    };
    if (source.file.isEmpty()) {
        if (source.image.isNull()) {
            *error = tr("The clipboard's image could not be read: nothing was written.");
            return false;
        }
        const QImage image = source.image.width() > maxWidth
            ? source.image.scaledToWidth(maxWidth, Qt::SmoothTransformation)
            : source.image;
        suffix = QStringLiteral("png");
        size = image.size();
        if (!encode(image, "png")) {
            *error = tr("The clipboard's image could not be encoded as PNG: nothing was written.");
            return false;
        }
    } else {
        QFile file(source.file);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the image %1: %2").arg(QDir::toNativeSeparators(source.file), file.errorString());
            return false;
        }
        bytes = file.readAll();
        suffix = QFileInfo(source.file).suffix().toLower();
        const QByteArray format = formatOf(suffix);
        const bool asIs = suffix == QLatin1String("svg") || suffix == QLatin1String("gif")
            || !QImageReader::supportedImageFormats().contains(format);   // WebP without Qt's plugin
        if (!asIs) {
            QBuffer buffer(&bytes);
            QImageReader reader(&buffer, format);
            reader.setAutoTransform(true);
            const QImage image = reader.read();
            if (image.isNull()) {
                *error = tr("Cannot read the image %1: %2").arg(QDir::toNativeSeparators(source.file), reader.errorString());
                return false;
            }
            size = image.size();
            if (image.width() > maxWidth) {
                const QImage scaled = image.scaledToWidth(maxWidth, Qt::SmoothTransformation);
                size = scaled.size();
                if (!encode(scaled, format)) {
                    *error = tr("Cannot write %1 as %2: nothing was written.")
                                 .arg(QDir::toNativeSeparators(source.file), suffix);
                    return false;
                }
            }
        }
    }

    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the image folder %1: nothing was written.").arg(QDir::toNativeSeparators(folder));
        return false;
    }
    const QString name = SiteImages::freeName(folder, slug, suffix);
    const QString path = QDir(folder).filePath(name);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        *error = tr("Cannot write the image %1: %2. Nothing was written.")
                     .arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    stored->path = path;
    stored->relativePath = QDir(QDir::cleanPath(QFileInfo(siteRoot).absoluteFilePath())).relativeFilePath(path);
    stored->size = size;
    return true;
}

} // namespace Lectern::ImageImport
