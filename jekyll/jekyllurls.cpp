// SPDX-License-Identifier: GPL-3.0-or-later
#include "jekyllurls.h"

#include "frontmattertext.h"
#include "jekylldate.h"
#include "slug.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace Lectern {

namespace {

// A config or front-matter value as text; lists and maps have none.
QString textOf(const QVariant &v)
{
    const int type = v.typeId();
    return type == QMetaType::QVariantList || type == QMetaType::QStringList || type == QMetaType::QVariantMap
        ? QString() : v.toString();
}

QVariantList listOf(const QVariant &v)
{
    const int type = v.typeId();
    if (type == QMetaType::QVariantList || type == QMetaType::QStringList)
        return v.toList();
    return v.isValid() ? QVariantList{v} : QVariantList();
}

bool hasScheme(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    return re.match(url).hasMatch() || url.startsWith(QLatin1String("//"));
}

QStringList categoriesOf(const QVariantMap &fm)
{
    QStringList out;
    for (const QString &key : {QStringLiteral("category"), QStringLiteral("categories")}) {
        const QVariant v = fm.value(key);
        if (v.typeId() == QMetaType::QString)
            out << v.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else
            for (const QVariant &item : listOf(v))
                out << textOf(item);
    }
    return out;
}

} // namespace

QString JekyllUrls::baseurl(const QVariantMap &site)
{
    QString base = textOf(site.value(QStringLiteral("baseurl"))).trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (!base.isEmpty() && !base.startsWith(QLatin1Char('/')))
        base.prepend(QLatin1Char('/'));
    return base;
}

QString JekyllUrls::siteUrl(const QVariantMap &site)
{
    QString url = textOf(site.value(QStringLiteral("url")));
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

QString JekyllUrls::fileNameSlug(const QString &fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    qsizetype prefix = 0;
    if (JekyllDate::dateOfFileName(base, &prefix).isValid())
        return base.mid(prefix);
    return base;
}

QString JekyllUrls::relativeUrl(const QVariantMap &site, const QString &path)
{
    if (hasScheme(path))
        return path;
    QString p = path;
    // Jekyll's ensure_leading_slash leaves "" alone: relative_url of "" is the baseurl itself.
    if (!p.isEmpty() && !p.startsWith(QLatin1Char('/')))
        p.prepend(QLatin1Char('/'));
    return baseurl(site) + p;
}

QString JekyllUrls::absoluteUrl(const QVariantMap &site, const QString &path)
{
    if (hasScheme(path))
        return path;
    return siteUrl(site) + relativeUrl(site, path);
}

QString JekyllUrls::postUrl(const QVariantMap &site, const QString &relativePath, const QVariantMap &fm)
{
    QString pattern = textOf(fm.value(QStringLiteral("permalink")));
    if (pattern.isEmpty())
        pattern = textOf(site.value(QStringLiteral("permalink")));
    if (pattern.isEmpty() || pattern == QLatin1String("date"))
        pattern = QStringLiteral("/:categories/:year/:month/:day/:title:output_ext");
    else if (pattern == QLatin1String("pretty"))
        pattern = QStringLiteral("/:categories/:year/:month/:day/:title/");
    else if (pattern == QLatin1String("ordinal"))
        pattern = QStringLiteral("/:categories/:year/:y_day/:title:output_ext");
    else if (pattern == QLatin1String("none"))
        pattern = QStringLiteral("/:categories/:title:output_ext");

    const QString tz = textOf(site.value(QStringLiteral("timezone")));
    const QString fileName = QFileInfo(relativePath).completeBaseName();
    QDateTime date;
    const QVariant dv = fm.value(QStringLiteral("date"));
    if (dv.typeId() == QMetaType::QDateTime)
        date = dv.toDateTime().toTimeZone(JekyllDate::zone(tz));
    else if (dv.isValid())
        date = JekyllDate::parse(textOf(dv), tz);
    if (!date.isValid())
        date = JekyllDate::fromFileName(QFileInfo(relativePath).fileName(), tz);
    QString slug = textOf(fm.value(QStringLiteral("slug")));
    if (slug.isEmpty())
        slug = fileNameSlug(relativePath);
    QStringList cats = categoriesOf(fm);
    for (QString &c : cats)
        c = c.toLower();
    cats.removeDuplicates();

    const QList<QPair<QString, QString>> values = {
        {QStringLiteral(":categories"), cats.join(QLatin1Char('/'))},
        {QStringLiteral(":output_ext"), QStringLiteral(".html")},
        {QStringLiteral(":short_year"), JekyllDate::format(date, QStringLiteral("%y"))},
        {QStringLiteral(":i_month"), JekyllDate::format(date, QStringLiteral("%-m"))},
        {QStringLiteral(":i_day"), JekyllDate::format(date, QStringLiteral("%-d"))},
        {QStringLiteral(":y_day"), JekyllDate::format(date, QStringLiteral("%j"))},
        {QStringLiteral(":year"), JekyllDate::format(date, QStringLiteral("%Y"))},
        {QStringLiteral(":month"), JekyllDate::format(date, QStringLiteral("%m"))},
        {QStringLiteral(":day"), JekyllDate::format(date, QStringLiteral("%d"))},
        {QStringLiteral(":hour"), JekyllDate::format(date, QStringLiteral("%H"))},
        {QStringLiteral(":minute"), JekyllDate::format(date, QStringLiteral("%M"))},
        {QStringLiteral(":second"), JekyllDate::format(date, QStringLiteral("%S"))},
        {QStringLiteral(":title"), Slug::slugify(slug, Slug::Mode::Pretty, true)},   // "GTA Awards" -> GTA-Awards
        {QStringLiteral(":slug"), Slug::slugify(slug)},
        {QStringLiteral(":name"), Slug::slugify(fileName)},
    };
    // Jekyll's URL.escape_path on each value: a path segment keeps sub-delims, ":@/?" and the
    // unreserved characters; spaces, non-ASCII and the rest are percent-encoded ("data%20science").
    QString url = pattern;
    for (const auto &kv : values)
        url.replace(kv.first, QString::fromLatin1(QUrl::toPercentEncoding(kv.second, "!$&'()*+,;=:@/?")));
    static const QRegularExpression slashes(QStringLiteral("/{2,}"));
    url.replace(slashes, QStringLiteral("/"));
    if (!url.startsWith(QLatin1Char('/')))
        url.prepend(QLatin1Char('/'));
    return url;
}

QString JekyllUrls::postUrlByName(const QVariantMap &site, const QString &siteRoot, const QString &name)
{
    const QString wanted = QFileInfo(name).fileName();
    const QString sub = QFileInfo(name).path() == QLatin1String(".") ? QString() : QFileInfo(name).path();
    QDirIterator it(siteRoot + QStringLiteral("/_posts"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (info.completeBaseName() != wanted)
            continue;
        const QString rel = QDir(siteRoot).relativeFilePath(path);
        if (!sub.isEmpty() && !rel.contains(sub))
            continue;
        return postUrl(site, rel, FrontMatterText::readFile(path));
    }
    return {};
}

QString JekyllUrls::linkTo(const QVariantMap &site, const QString &siteRoot, const QString &relativePath)
{
    const QString clean = QDir::cleanPath(relativePath);
    if (clean.startsWith(QLatin1String("..")) || QDir::isAbsolutePath(clean))
        return {};
    const QString path = siteRoot + QLatin1Char('/') + clean;
    if (!QFileInfo::exists(path))
        return {};
    if (clean.startsWith(QLatin1String("_posts/")) || clean.contains(QLatin1String("/_posts/")))
        return postUrl(site, clean, FrontMatterText::readFile(path));
    const QVariantMap fm = FrontMatterText::readFile(path);
    const QString permalink = textOf(fm.value(QStringLiteral("permalink")));
    if (!permalink.isEmpty())
        return permalink;
    QString url = QLatin1Char('/') + clean;
    static const QRegularExpression markdownExt(QStringLiteral("\\.(md|markdown|mkd|mkdn|html)$"));
    url.replace(markdownExt, QStringLiteral(".html"));
    if (url.endsWith(QLatin1String("/index.html")))
        url.chop(10);
    return url;
}

} // namespace Lectern
