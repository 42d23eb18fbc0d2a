// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportinputs.h"

#include "postfile.h"
#include "postrenderer.h"
#include "siteconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Lectern {

namespace {

// The preview marks Liquid it could not render with a span; an export shows that Liquid as
// written instead (the renderer has already warned about it).
QString withoutPlaceholders(const QString &html)
{
    if (!html.contains(QLatin1String("lectern-liquid-placeholder")))
        return html;
    static const QRegularExpression span(
        QStringLiteral("<span class=\"lectern-liquid-placeholder\"[^>]*>(.*?)</span>"));
    QString out = html;
    return out.replace(span, QStringLiteral("\\1"));
}

} // namespace

ExportInput ExportInputs::fromPost(const PostFile &post, const QString &path, const QString &siteRoot,
                                   QList<ExportWarning> *warnings)
{
    const bool site = !siteRoot.isEmpty() && (QFileInfo::exists(QDir(siteRoot).filePath(QStringLiteral("_config.yml")))
                                              || QFileInfo::exists(QDir(siteRoot).filePath(QStringLiteral("_config.yaml"))));
    return fromPost(post, path, site ? SiteConfig::load(siteRoot) : SiteConfig(), warnings);
}

ExportInput ExportInputs::fromPost(const PostFile &post, const QString &path, const SiteConfig &config,
                                   QList<ExportWarning> *warnings)
{
    ExportInput input;
    PostRenderInput render;
    QList<ExportWarning> found;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString siteRoot = config.root();
    if (siteRoot.isEmpty()) {
        found.append({QString(), 1, 1, QCoreApplication::translate("Lectern::ExportInputs",
                      "no site root (_config.yml) found: links stay relative to the post")});
    } else {
        input.site.url = config.url();
        input.site.baseurl = config.baseurl();
        input.site.permalink = config.permalink();
        input.site.timezone = config.timezone();
        input.site.root = config.root();
        input.site.title = config.value(QStringLiteral("title")).toString();
        const QString root = QFileInfo(siteRoot).absoluteFilePath();
        // The page as Jekyll sees it: _config.yml defaults under the post's own front matter.
        input.frontMatter = config.defaultsFor(QDir(root).relativeFilePath(absolute), QStringLiteral("posts"));
        render.siteRoot = root;
        render.site = config.values();
    }
    const FrontMatter &fm = post.frontMatter();
    for (const QString &key : fm.keys()) {
        const QVariant value = fm.pageValue(key);   // a plain YAML timestamp is a UTC time, as in Jekyll
        input.frontMatter.insert(key, value);
        render.page.insert(key, value);   // the renderer applies the defaults itself
    }
    input.fileName = QFileInfo(path).fileName();
    input.bodySource = post.body().replace(QLatin1String("\r\n"), QLatin1String("\n"));
    input.bodyFirstLine = post.bodyFirstLine();
    render.body = input.bodySource;
    render.filePath = absolute;

    RenderWarnings rendered;
    input.bodyHtml = withoutPlaceholders(PostRenderer::renderBody(render, &rendered));
    for (const RenderWarning &w : rendered) {
        // Body positions count from the body's first line; an include's are its own.
        const bool inBody = w.file.isEmpty();
        found.append({inBody ? QString() : QDir(render.siteRoot).filePath(w.file),
                      inBody && w.line > 0 ? input.bodyFirstLine + w.line - 1 : w.line, w.column, w.message});
    }
    if (warnings)
        *warnings += found;
    return input;
}

} // namespace Lectern
