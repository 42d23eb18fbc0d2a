// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportinput.h"

#include "jekylldate.h"
#include "jekyllurls.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace Lectern {

QString ExportInput::title() const
{
    const QString t = frontMatter.value(QStringLiteral("title")).toString();
    return t.isEmpty() ? slug() : t;
}

QDate ExportInput::date() const
{
    // The day Jekyll gives the post: a written offset is converted to the site's zone.
    const QVariant value = frontMatter.value(QStringLiteral("date"));
    // A QDateTime is an instant (a YAML timestamp): its day is the site zone's, as Jekyll's.
    const QDate fromFrontMatter = value.typeId() == QMetaType::QDateTime
                                      ? value.toDateTime().toTimeZone(JekyllDate::zone(site.timezone)).date()
                                      : JekyllDate::parse(value.toString(), site.timezone).date();
    if (fromFrontMatter.isValid())
        return fromFrontMatter;
    return JekyllDate::dateOfFileName(fileName);
}

QString ExportInput::slug() const
{
    return JekyllUrls::fileNameSlug(fileName);
}

QString ExportInput::publicUrl() const
{
    // The same URL the preview's page.url gives, so an export links where the site puts the post.
    const QVariantMap siteValues{{QStringLiteral("url"), site.url},
                                 {QStringLiteral("baseurl"), site.baseurl},
                                 {QStringLiteral("permalink"), site.permalink},
                                 {QStringLiteral("timezone"), site.timezone}};
    return JekyllUrls::absoluteUrl(siteValues,
                                   JekyllUrls::postUrl(siteValues, QStringLiteral("_posts/") + fileName, frontMatter));
}

QString ExportInput::calendarUid() const
{
    const QString pinned = frontMatter.value(QStringLiteral("calendar_uid")).toString().trimmed();
    if (!pinned.isEmpty())
        return pinned;
    const QUrl url(publicUrl());
    QString path = url.path();
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QString host = url.host().isEmpty() ? QStringLiteral("lectern.invalid") : url.host();
    return path + QLatin1Char('@') + host;
}

QString ExportInput::featuredImageUrl() const
{
    const QString image = frontMatter.value(QStringLiteral("image")).toString().trimmed();
    if (image.isEmpty() || image.contains(QLatin1String("://")))
        return image;
    return site.url + site.baseurl + (image.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + image;
}

QString ExportInput::absoluteUrl(const QString &reference) const
{
    // As a browser's URL parser: tabs and newlines anywhere are removed, C0 controls and spaces
    // trimmed, so "java&#9;script:" is seen as the "javascript:" a browser would run.
    QString cleaned;
    for (const QChar c : reference) {
        if (c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            cleaned += c;
    }
    while (!cleaned.isEmpty() && cleaned.front().unicode() <= 0x20)
        cleaned.remove(0, 1);
    while (!cleaned.isEmpty() && cleaned.back().unicode() <= 0x20)
        cleaned.chop(1);
    const QUrl base(publicUrl());
    return base.resolved(QUrl(cleaned)).toString(QUrl::FullyEncoded);
}

QString ExportInput::localPath(const QString &absolute) const
{
    if (site.root.isEmpty())
        return QString();
    const QUrl url(absolute);
    const QUrl siteUrl(site.url + site.baseurl + QLatin1Char('/'));
    if (url.scheme() != siteUrl.scheme() || url.host() != siteUrl.host() || !url.path().startsWith(siteUrl.path()))
        return QString();
    const QString relative = QDir::cleanPath(url.path().mid(siteUrl.path().size()));
    if (relative.startsWith(QLatin1String("..")))
        return QString();
    return QDir(site.root).filePath(relative);
}

ExportWarning ExportInput::warningAt(int bodyLine, int bodyColumn, const QString &needle, const QString &message) const
{
    ExportWarning w;
    w.message = message;
    if (bodyLine <= 0)
        return w;
    w.line = bodyFirstLine + bodyLine - 1;
    w.column = bodyColumn;
    if (needle.isEmpty() || bodySource.isEmpty())
        return w;
    // Find the needle at or after the block's start, so the warning points at the text itself.
    const QStringList lines = bodySource.split(QLatin1Char('\n'));
    for (int i = bodyLine - 1; i < lines.size(); ++i) {
        const int col = lines.at(i).indexOf(needle, i == bodyLine - 1 ? qMax(0, bodyColumn - 1) : 0);
        if (col >= 0) {
            w.line = bodyFirstLine + i;
            w.column = col + 1;
            break;
        }
    }
    return w;
}

} // namespace Lectern
