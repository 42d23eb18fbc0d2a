// SPDX-License-Identifier: GPL-3.0-or-later
#include "newpost.h"

#include "jekylldate.h"
#include "postdate.h"
#include "postdocument.h"
#include "postfile.h"
#include "slug.h"
#include "yamlscalar.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace Lectern::NewPost {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::NewPost", text);
}

// Splits "2025-03-19-lumi.md" into date prefix "2025-03-19-", stem "lumi" and suffix ".md".
void splitName(const QString &fileName, QString *prefix, QString *stem, QString *suffix)
{
    const int dot = fileName.lastIndexOf(QLatin1Char('.'));
    *suffix = dot > 0 ? fileName.mid(dot) : QString();
    QString base = dot > 0 ? fileName.left(dot) : fileName;
    qsizetype dateLength = 0;
    *prefix = JekyllDate::dateOfFileName(fileName, &dateLength).isValid() ? base.left(dateLength) : QString();
    *stem = base.mid(prefix->size());
}

} // namespace

SiteStyle inspect(const QString &siteRoot)
{
    QStringList files;
    QDirIterator it(siteRoot + QStringLiteral("/_posts"), {QStringLiteral("*.md"), QStringLiteral("*.markdown"),
                                                          QStringLiteral("*.html")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    // Newest names last; the recent posts show the site's current habits.
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return QFileInfo(a).fileName() < QFileInfo(b).fileName();
    });
    if (files.size() > 200)
        files = files.mid(files.size() - 200);
    QStringList dates;
    int flow = 0, block = 0;
    for (const QString &f : std::as_const(files)) {
        PostFile post;
        if (!PostFile::load(f, &post, nullptr) || !post.frontMatter().isValid())
            continue;
        const FrontMatter &fm = post.frontMatter();
        if (fm.kind(QStringLiteral("date")) == FrontMatter::Kind::Scalar)
            dates << fm.scalar(QStringLiteral("date"));
        for (const QString &key : {QStringLiteral("categories"), QStringLiteral("tags")}) {
            if (fm.kind(key) != FrontMatter::Kind::Sequence)
                continue;
            const QByteArray text = fm.entryText(key);
            (text.contains('[') ? flow : block) += 1;
        }
    }
    SiteStyle style;
    style.dateFormat = PostDate::mostCommonFormat(dates);
    style.flowLists = flow > block;
    return style;
}

QList<Template> templates(const QString &siteRoot)
{
    QList<Template> list = {{QStringLiteral("seminar"), QStringLiteral(":/templates/seminar.md")},
                            {QStringLiteral("news"), QStringLiteral(":/templates/news.md")}};
    for (const QString &dir : {QStringLiteral("/.lectern/templates"), QStringLiteral("/_templates")}) {
        const QFileInfoList files = QDir(siteRoot + dir).entryInfoList({QStringLiteral("*.md"),
                                                                         QStringLiteral("*.markdown"),
                                                                         QStringLiteral("*.html")},
                                                                        QDir::Files, QDir::Name);
        for (const QFileInfo &f : files) {
            const Template t{f.completeBaseName(), f.absoluteFilePath()};
            auto same = std::find_if(list.begin(), list.end(), [&](const Template &x) { return x.name == t.name; });
            if (same != list.end())
                *same = t;
            else
                list.append(t);
        }
    }
    return list;
}

Template findTemplate(const QString &siteRoot, const QString &nameOrPath)
{
    for (const Template &t : templates(siteRoot)) {
        if (t.name == nameOrPath)
            return t;
    }
    if (QFileInfo(nameOrPath).isFile())
        return {QFileInfo(nameOrPath).completeBaseName(), QFileInfo(nameOrPath).absoluteFilePath()};
    return {};
}

QByteArray fill(const QByteArray &templateText, const QString &title, QDate date, const SiteStyle &style)
{
    PostFile post = PostFile::fromBytes(templateText);
    FrontMatter &fm = post.frontMatter();
    fm.setScalar(QStringLiteral("title"), title);
    // A date Jekyll reads as a timestamp is written plain, as the site's own posts write it.
    const QString written = PostDate::format(date, style.dateFormat);
    if (YamlScalar::isTimestamp(written))
        fm.setYaml(QStringLiteral("date"), written.toUtf8());
    else
        fm.setScalar(QStringLiteral("date"), written);
    if (style.flowLists) {
        for (const QString &key : {QStringLiteral("categories"), QStringLiteral("tags")}) {
            const QByteArray text = fm.entryText(key);
            if (fm.kind(key) != FrontMatter::Kind::Sequence || text.contains('['))
                continue;
            fm.setYaml(key, "[" + fm.stringList(key).join(QStringLiteral(", ")).toUtf8() + "]");
        }
    }
    return post.toBytes();
}

QString targetPath(const QString &siteRoot, const QString &title, QDate date, bool draft, QString *error,
                   Slug::Mode slugMode)
{
    const QString slug = Slug::slugify(title, slugMode);
    if (slug.isEmpty()) {
        if (error)
            *error = slugMode == Slug::Mode::Default
                ? tr("The title “%1” has no letters or digits to name the file after.").arg(title)
                : tr("The title “%1” gives an empty file name in this slug mode.").arg(title);
        return QString();
    }
    if (draft)
        return Slug::uniquePath(siteRoot + QStringLiteral("/_drafts"), slug, QStringLiteral(".md"));
    return Slug::uniquePath(siteRoot + QStringLiteral("/_posts"),
                            date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('-') + slug,
                            QStringLiteral(".md"));
}

QString create(const QString &siteRoot, const QString &title, QDate date, const QString &templateNameOrPath,
               bool draft, QString *error, Slug::Mode slugMode)
{
    const Template t = findTemplate(siteRoot, templateNameOrPath);
    QFile in(t.path);
    if (t.path.isEmpty() || !in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("No template “%1”.").arg(templateNameOrPath);
        return QString();
    }
    const QString path = targetPath(siteRoot, title, date, draft, error, slugMode);
    if (path.isEmpty())
        return QString();
    const QByteArray text = fill(in.readAll(), title, date, inspect(siteRoot));
    QDir().mkpath(QFileInfo(path).absolutePath());
    // New file only: if another program made it meanwhile, fail rather than overwrite.
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly) || out.write(text) != text.size()) {
        if (error)
            *error = tr("%1: cannot write: %2").arg(path, out.errorString());
        return QString();
    }
    return path;
}

bool isDraft(const QString &path)
{
    return QFileInfo(path).absolutePath().endsWith(QLatin1String("/_drafts"))
            || path.contains(QLatin1String("/_drafts/"));
}

QString renamedPath(const QString &path, const QString &oldTitle, const QString &newTitle, QDate newDate)
{
    const QFileInfo info(path);
    QString prefix, stem, suffix;
    splitName(info.fileName(), &prefix, &stem, &suffix);
    const QString newSlug = Slug::slugify(newTitle);
    if (newTitle != oldTitle && !newSlug.isEmpty())
        stem = newSlug;
    if (!prefix.isEmpty() && newDate.isValid())
        prefix = newDate.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('-');
    if (prefix + stem + suffix == info.fileName())
        return QString();
    return Slug::uniquePath(info.absolutePath(), prefix + stem, suffix);
}

QString publishedPath(const QString &siteRoot, const QString &draftPath, QDate date)
{
    QString prefix, stem, suffix;
    splitName(QFileInfo(draftPath).fileName(), &prefix, &stem, &suffix);
    return Slug::uniquePath(siteRoot + QStringLiteral("/_posts"),
                            date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('-') + stem, suffix);
}

QString unpublishedPath(const QString &siteRoot, const QString &postPath)
{
    QString prefix, stem, suffix;
    splitName(QFileInfo(postPath).fileName(), &prefix, &stem, &suffix);
    return Slug::uniquePath(siteRoot + QStringLiteral("/_drafts"), stem, suffix);
}

bool moveTo(PostDocument *document, const QString &newPath, QString *error)
{
    const QString oldPath = document->path();
    if (QFileInfo::exists(newPath)) {
        if (error)
            *error = tr("%1 already exists; nothing was moved.").arg(newPath);
        return false;
    }
    QDir().mkpath(QFileInfo(newPath).absolutePath());
    if (!document->saveAs(newPath, error))
        return false;
    if (!oldPath.isEmpty() && oldPath != newPath && !QFile::remove(oldPath)) {
        if (error)
            *error = tr("Saved as %1, but could not remove the old file %2.").arg(newPath, oldPath);
        return false;
    }
    return true;
}

} // namespace Lectern::NewPost
