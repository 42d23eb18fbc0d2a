// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportinput.h"

#include "jekyllurls.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace Lectern {

namespace {

const QRegularExpression &fileNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})-(.+?)(\\.[^.]+)?$"));
    return re;
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    const QDate iso = QDate::fromString(t.left(10), Qt::ISODate);
    if (iso.isValid())
        return iso;
    // Ruby's Date.parse accepts "19 March 2025" and "March 19, 2025"; so do we.
    const QLocale c = QLocale::c();
    for (const QString &format : {QStringLiteral("d MMMM yyyy"), QStringLiteral("d MMM yyyy"),
                                  QStringLiteral("MMMM d, yyyy"), QStringLiteral("MMM d, yyyy")}) {
        const QDate d = c.toDate(t, format);
        if (d.isValid())
            return d;
    }
    return QDate();
}

} // namespace

QString ExportInput::title() const
{
    const QString t = frontMatter.value(QStringLiteral("title")).toString();
    return t.isEmpty() ? slug() : t;
}

QDate ExportInput::date() const
{
    const QDate fromFrontMatter = parseDate(frontMatter.value(QStringLiteral("date")).toString());
    if (fromFrontMatter.isValid())
        return fromFrontMatter;
    const auto m = fileNamePattern().match(fileName);
    return m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QDate();
}

QString ExportInput::slug() const
{
    const auto m = fileNamePattern().match(fileName);
    if (m.hasMatch())
        return m.captured(4);
    return QFileInfo(fileName).completeBaseName();
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
