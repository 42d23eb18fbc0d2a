// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteimages.h"

#include "bodylines.h"
#include "frontmatter.h"
#include "sitescan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace Lectern {

QString ImageConvention::link(const QString &relativePath) const
{
    QString path = relativePath;
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    path.replace(QLatin1Char(' '), QLatin1String("%20"));
    switch (style) {
    case LinkStyle::BaseurlVariable:
        return QLatin1String("{{ site.baseurl }}/") + path;
    case LinkStyle::RelativeUrlFilter:
        return QLatin1String("{{ \"/") + path + QLatin1String("\" | relative_url }}");
    case LinkStyle::RootRelative:
        break;
    }
    return QLatin1Char('/') + path;
}

namespace SiteImages {

namespace {

QString folderOf(const QString &relativePath)
{
    const qsizetype slash = relativePath.lastIndexOf(QLatin1Char('/'));
    return slash > 0 ? relativePath.left(slash) : QString();
}

QString cleanFolder(QString folder)
{
    folder = QDir::cleanPath(folder.trimmed());
    while (folder.startsWith(QLatin1Char('/')))
        folder.remove(0, 1);
    while (folder.endsWith(QLatin1Char('/')))
        folder.chop(1);
    return folder == QLatin1String(".") ? QString() : folder;
}

std::optional<ImageConvention::LinkStyle> styleOf(const QString &url)
{
    static const QRegularExpression baseurl(QStringLiteral("^\\{\\{-?\\s*site\\.baseurl\\s*-?\\}\\}/"));
    static const QRegularExpression filter(QStringLiteral("^\\{\\{-?\\s*[\"'][^\"']*[\"']\\s*\\|\\s*relative_url\\s*-?\\}\\}$"));
    if (baseurl.match(url).hasMatch())
        return ImageConvention::LinkStyle::BaseurlVariable;
    if (filter.match(url).hasMatch())
        return ImageConvention::LinkStyle::RelativeUrlFilter;
    if (url.startsWith(QLatin1Char('/')) && !url.startsWith(QLatin1String("//")))
        return ImageConvention::LinkStyle::RootRelative;
    return std::nullopt;
}

} // namespace

QList<BodyImage> bodyImages(const QString &body)
{
    QList<BodyImage> out;
    // ![alt](url "title"): the URL may hold Liquid with spaces ({{ "/x.png" | relative_url }}) or sit in <…>.
    static const QRegularExpression markdown(
        QStringLiteral("!\\[((?:\\\\.|[^\\]\\\\])*)\\]\\(\\s*(<[^>]*>|(?:\\{\\{.*?\\}\\}|[^)\\s])+)"));
    static const QRegularExpression tag(QStringLiteral("<img\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression src(QStringLiteral("\\bsrc\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression alt(QStringLiteral("\\balt\\s*="), QRegularExpression::CaseInsensitiveOption);
    if (!body.contains(QLatin1String("![")) && !body.contains(QLatin1String("<img"), Qt::CaseInsensitive))
        return out;   // most bodies: no line split at all
    BodyLines::forEachOutsideFences(body, [&](int i, const QString &line) {
        const QString text = BodyLines::withoutCodeSpans(line);
        QList<BodyImage> found;
        QRegularExpressionMatchIterator it = markdown.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            BodyImage image;
            image.line = i;
            QString url = m.captured(2);
            image.column = m.capturedStart(2);
            if (url.startsWith(QLatin1Char('<'))) {
                url = url.mid(1, url.size() - 2);
                ++image.column;
            }
            image.url = url;
            image.hasAlt = !m.captured(1).trimmed().isEmpty();
            found << image;
        }
        it = tag.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString element = m.captured();
            const QRegularExpressionMatch s = src.match(element);
            if (!s.hasMatch())
                continue;
            int group = 1;
            while (group < 3 && s.capturedStart(group) < 0)
                ++group;
            BodyImage image;
            image.line = i;
            image.column = m.capturedStart() + s.capturedStart(group);
            image.url = s.captured(group);
            image.html = true;
            image.hasAlt = alt.match(element).hasMatch();
            found << image;
        }
        std::sort(found.begin(), found.end(), [](const BodyImage &a, const BodyImage &b) { return a.column < b.column; });
        out += found;
    });
    return out;
}

QString sitePath(const QString &url, const QString &baseurl)
{
    QString path = url.trimmed();
    static const QRegularExpression filter(
        QStringLiteral("^\\{\\{-?\\s*[\"']([^\"']*)[\"']\\s*\\|\\s*(?:relative_url|absolute_url)\\s*-?\\}\\}$"));
    static const QRegularExpression variable(QStringLiteral("^\\{\\{-?\\s*site\\.(?:url|baseurl)\\s*-?\\}\\}"));
    const QRegularExpressionMatch f = filter.match(path);
    if (f.hasMatch()) {
        path = f.captured(1);
    } else {
        QRegularExpressionMatch v;
        while ((v = variable.match(path)).hasMatch())
            path.remove(0, v.capturedLength());
    }
    if (path.isEmpty() || path.contains(QLatin1String("{{")) || path.contains(QLatin1String("{%"))
        || path.startsWith(QLatin1String("//")))
        return {};
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    if (scheme.match(path).hasMatch())
        return {};
    const qsizetype cut = path.indexOf(QRegularExpression(QStringLiteral("[?#]")));
    if (cut >= 0)
        path.truncate(cut);
    path = QUrl::fromPercentEncoding(path.toUtf8());
    QString base = baseurl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (!base.isEmpty() && !base.startsWith(QLatin1Char('/')))
        base.prepend(QLatin1Char('/'));
    if (!base.isEmpty() && path.startsWith(base + QLatin1Char('/')))
        path.remove(0, base.size());
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return path;
}

QStringList frontMatterImages(const QList<PostEntry> &entries)
{
    QStringList out;
    for (const PostEntry &entry : entries) {
        for (const FieldSample &field : entry.sample) {
            if (field.image && field.shape == FieldSample::Shape::Scalar && !field.values.isEmpty())
                out << field.values.constFirst();
        }
    }
    return out;
}

QStringList sampleTexts(const QList<PostEntry> &entries, int limit)
{
    QList<const PostEntry *> newest;
    for (const PostEntry &entry : entries)
        newest << &entry;
    std::stable_sort(newest.begin(), newest.end(), [](const PostEntry *a, const PostEntry *b) { return a->date > b->date; });
    QStringList out;
    for (const PostEntry *entry : std::as_const(newest)) {
        if (out.size() >= limit)
            break;
        QFile file(entry->path);
        if (file.open(QIODevice::ReadOnly))
            out << QString::fromUtf8(file.read(256 * 1024));
    }
    return out;
}

void readOverrides(const QByteArray &overrides, QString *folder, int *maxWidth)
{
    folder->clear();
    *maxWidth = 0;
    if (overrides.trimmed().isEmpty())
        return;
    const FrontMatter yaml(overrides, 1);
    if (!yaml.isValid())
        return;
    const QVariantMap images = yaml.value(QStringLiteral("images")).toMap();
    *folder = images.value(QStringLiteral("folder")).toString().trimmed();
    bool ok = false;
    const int width = images.value(QStringLiteral("max_width")).toString().trimmed().toInt(&ok);
    if (ok && width > 0)
        *maxWidth = width;
}

ImageConvention learn(const Inputs &inputs)
{
    ImageConvention convention;
    QString configured;
    int maxWidth = 0;
    readOverrides(inputs.overrides, &configured, &maxWidth);
    convention.maxWidth = maxWidth > 0 ? maxWidth : kDefaultMaxWidth;

    QList<BodyImage> bodyImages;
    for (const QString &body : inputs.bodies)
        bodyImages += SiteImages::bodyImages(body);

    const QString postFolder = folderOf(sitePath(inputs.postImage, inputs.baseurl));
    if (!cleanFolder(configured).isEmpty()) {
        convention.folder = cleanFolder(configured);
        convention.folderRule = ImageConvention::FolderRule::Configured;
    } else if (!postFolder.isEmpty()) {
        convention.folder = cleanFolder(postFolder);
        convention.folderRule = ImageConvention::FolderRule::PostImage;
    } else {
        QHash<QString, int> counts;
        QStringList order;
        const auto count = [&](const QString &url) {
            const QString folder = cleanFolder(folderOf(sitePath(url, inputs.baseurl)));
            if (folder.isEmpty() || folder.startsWith(QLatin1String("..")))
                return;
            if (!counts.contains(folder))
                order << folder;
            ++counts[folder];
        };
        for (const QString &url : inputs.siteImages)
            count(url);
        for (const BodyImage &image : std::as_const(bodyImages))
            count(image.url);
        QString best;
        for (const QString &folder : std::as_const(order)) {
            if (best.isEmpty() || counts.value(folder) > counts.value(best))
                best = folder;
        }
        if (!best.isEmpty()) {
            convention.folder = best;
            convention.folderRule = ImageConvention::FolderRule::SitePosts;
        } else {
            const QDir root(inputs.siteRoot);
            for (const QString &candidate : {QStringLiteral("images"), QStringLiteral("assets/images")}) {
                if (QFileInfo(root.filePath(candidate)).isDir()) {
                    convention.folder = candidate;
                    convention.folderRule = ImageConvention::FolderRule::ExistingFolder;
                    break;
                }
            }
        }
    }

    using Style = ImageConvention::LinkStyle;
    int votes[3] = {0, 0, 0};
    for (const BodyImage &image : std::as_const(bodyImages)) {
        if (sitePath(image.url, inputs.baseurl).isEmpty())
            continue;   // remote: says nothing of the site's style
        if (const std::optional<Style> style = styleOf(image.url))
            ++votes[int(*style)];
    }
    const int seen = votes[0] + votes[1] + votes[2];
    if (seen == 0) {
        const bool baseurl = !QString(inputs.baseurl).remove(QLatin1Char('/')).trimmed().isEmpty();
        convention.style = baseurl ? Style::BaseurlVariable : Style::RootRelative;
    } else {
        convention.style = Style::BaseurlVariable;
        for (const Style s : {Style::RelativeUrlFilter, Style::RootRelative}) {
            if (votes[int(s)] > votes[int(convention.style)])
                convention.style = s;
        }
    }
    return convention;
}

QString freeName(const QString &folder, const QString &slug, const QString &suffix)
{
    const QString stem = slug.isEmpty() ? QStringLiteral("image") : slug;
    const QDir dir(folder);
    for (int n = 1;; ++n) {
        const QString name = (n == 1 ? stem : stem + QLatin1Char('-') + QString::number(n)) + QLatin1Char('.') + suffix;
        if (!QFileInfo::exists(dir.filePath(name)) && !QFileInfo(dir.filePath(name)).isSymLink())
            return name;
    }
}

QString insideSite(const QString &siteRoot, const QString &relative)
{
    if (siteRoot.isEmpty() || QDir::isAbsolutePath(relative))
        return {};
    const QString root = QDir::cleanPath(QFileInfo(siteRoot).absoluteFilePath());
    const QString path = QDir::cleanPath(root + QLatin1Char('/') + relative);
    if (path != root && !path.startsWith(root + QLatin1Char('/')))
        return {};
    // The longest part of the path that exists, resolved: a symlink inside may point out.
    const QString realRoot = QFileInfo(root).canonicalFilePath();
    QString existing = path;
    while (!QFileInfo::exists(existing) && existing.size() > root.size())
        existing = QFileInfo(existing).absolutePath();
    const QString real = QFileInfo(existing).canonicalFilePath();
    if (!realRoot.isEmpty() && real != realRoot && !real.startsWith(realRoot + QLatin1Char('/')))
        return {};
    return path;
}

} // namespace SiteImages

} // namespace Lectern
