// SPDX-License-Identifier: GPL-3.0-or-later
#include "postrenderer.h"

#include "frontmattertext.h"
#include "jekylldate.h"
#include "siteconfig.h"
#include "jekyllurls.h"
#include "kramdown.h"
#include "liquidrenderer.h"
#include "liquidvalue.h"
#include "sitelayouts.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Lectern {

namespace {

const QLatin1String kBodyBegin("<!--lectern-body-begin-->");
const QLatin1String kBodyEnd("<!--lectern-body-end-->");

QString relativePath(const PostRenderInput &input)
{
    if (input.filePath.isEmpty() || !QDir::isAbsolutePath(input.filePath) || input.siteRoot.isEmpty())
        return input.filePath;
    return QDir(input.siteRoot).relativeFilePath(input.filePath);
}

QVariantList wordList(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString) {
        QVariantList out;
        for (const QString &word : v.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            out << word;
        return out;
    }
    return Liquid::toList(v);
}

// _config.yml `defaults:` that apply to a post at `rel`, under the post's own values (SiteConfig, the
// one reader of scopes; later scopes win).
void applyDefaults(const QVariantMap &site, const QString &rel, QVariantMap &page)
{
    const QVariantMap defaults = SiteConfig::defaultsFor(site, rel, QStringLiteral("posts"));
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        if (!page.contains(it.key()))
            page.insert(it.key(), it.value());
    }
}

QString renderBodyWith(LiquidRenderer &liquid, QVariantMap &vars, const QString &body, const KramdownOptions &options,
                       IncrementalMarkdown *incremental = nullptr)
{
    // Jekyll runs Liquid over the body before Markdown; a body with no '{' skips Liquid entirely.
    const QString markdown = body.contains(QLatin1Char('{')) ? liquid.render(body, vars) : body;
    return liquid.restore(Kramdown::toHtml(markdown, body, incremental, options));
}

QString firstParagraph(const QString &html)
{
    static const QRegularExpression p(QStringLiteral("<p\\b[^>]*>.*?</p>"), QRegularExpression::DotMatchesEverythingOption);
    const auto m = p.match(html);
    return m.hasMatch() ? m.captured(0) : QString();
}

} // namespace

QVariantMap PostRenderer::pageVariables(const PostRenderInput &input)
{
    QVariantMap page = input.page;
    const QString rel = relativePath(input);
    applyDefaults(input.site, rel, page);
    const QString tz = Liquid::toText(input.site.value(QStringLiteral("timezone")));
    QDateTime date;
    const QVariant dv = page.value(QStringLiteral("date"));
    if (dv.typeId() == QMetaType::QDateTime)
        date = dv.toDateTime().toTimeZone(JekyllDate::zone(tz));   // Utils.parse_date's .localtime
    else if (dv.isValid())
        date = JekyllDate::parse(Liquid::toText(dv), tz);
    if (!date.isValid())
        date = JekyllDate::fromFileName(QFileInfo(rel).fileName(), tz);
    if (date.isValid())
        page.insert(QStringLiteral("date"), date);
    else
        page.remove(QStringLiteral("date"));

    QVariantList categories = wordList(page.value(QStringLiteral("categories")));
    if (page.contains(QStringLiteral("category")))
        categories.prepend(page.value(QStringLiteral("category")));
    page.insert(QStringLiteral("categories"), categories);
    page.insert(QStringLiteral("tags"), wordList(page.value(QStringLiteral("tags"))));
    if (Liquid::toText(page.value(QStringLiteral("layout"))).isEmpty())
        page.insert(QStringLiteral("layout"), QStringLiteral("post"));

    if (!page.contains(QStringLiteral("slug")))
        page.insert(QStringLiteral("slug"), JekyllUrls::fileNameSlug(rel));
    QVariantMap forUrl = page;
    if (date.isValid())
        forUrl.insert(QStringLiteral("date"), date);
    const QString url = JekyllUrls::postUrl(input.site, rel, forUrl);
    page.insert(QStringLiteral("url"), url);
    QString id = url;
    if (id.endsWith(QLatin1String(".html")))
        id.chop(5);
    while (id.size() > 1 && id.endsWith(QLatin1Char('/')))
        id.chop(1);
    page.insert(QStringLiteral("id"), id);
    page.insert(QStringLiteral("path"), rel);
    page.insert(QStringLiteral("collection"), QStringLiteral("posts"));
    return page;
}

QString PostRenderer::renderBody(const PostRenderInput &input, RenderWarnings *warnings,
                                 IncrementalMarkdown *incremental)
{
    if (!input.body.contains(QLatin1Char('{')))
        return Kramdown::toHtml(input.body, input.body, incremental, KramdownOptions::fromSite(input.site));
    LiquidRenderer liquid(input.siteRoot, input.site);
    QVariantMap vars{{QStringLiteral("page"), pageVariables(input)}};
    const QString html = renderBodyWith(liquid, vars, input.body, KramdownOptions::fromSite(input.site), incremental);
    if (warnings)
        *warnings += liquid.warnings();
    return html;
}

PostRenderResult PostRenderer::render(const PostRenderInput &input)
{
    PostRenderResult result;
    LiquidRenderer liquid(input.siteRoot, input.site);
    QVariantMap page = pageVariables(input);
    QVariantMap vars{{QStringLiteral("page"), page}};
    result.bodyHtml = renderBodyWith(liquid, vars, input.body, KramdownOptions::fromSite(input.site));
    page.insert(QStringLiteral("content"), result.bodyHtml);

    QVariantMap layoutVars{{QStringLiteral("page"), page}};
    QString html = kBodyBegin + result.bodyHtml + kBodyEnd;
    result.siteLayout = SiteLayouts::apply(liquid, input.siteRoot, Liquid::toText(page.value(QStringLiteral("layout"))),
                                           layoutVars, &html);
    if (result.siteLayout) {
        result.pageHtml = liquid.restore(html);
        result.stylesheets = SiteLayouts::stylesheetsIn(result.pageHtml);
    } else {
        result.stylesheets = SiteLayouts::siteStylesheets(input.site, input.siteRoot);
        result.pageHtml = SiteLayouts::builtinPost(input.site, page, result.bodyHtml, result.stylesheets);
    }
    result.warnings = liquid.warnings();
    return result;
}

CardRenderResult PostRenderer::renderCard(const PostRenderInput &input)
{
    CardRenderResult result;
    LiquidRenderer liquid(input.siteRoot, input.site);
    QVariantMap page = pageVariables(input);
    {
        QVariantMap vars{{QStringLiteral("page"), page}};
        const QString body = renderBodyWith(liquid, vars, input.body, KramdownOptions::fromSite(input.site));
        page.insert(QStringLiteral("content"), body);
        page.insert(QStringLiteral("excerpt"), firstParagraph(body));
    }
    // The listing: a page at the site root looping over site.posts (or paginator.posts) that
    // renders each post through an include.
    static const QRegularExpression loop(QStringLiteral(
        "\\{%-?\\s*for\\s+(\\w+)\\s+in\\s+(?:site\\.posts|paginator\\.posts)[^%]*-?%\\}"));
    static const QRegularExpression include(QStringLiteral("\\{%-?\\s*include\\s+[^%]*-?%\\}"));
    QString listingBody, listingPath;
    QVariantMap listingFm;
    QString includeTag, loopVar;
    const QStringList candidates{QStringLiteral("index.html"), QStringLiteral("index.md"),
                                 QStringLiteral("blog/index.html"), QStringLiteral("news/index.html")};
    for (const QString &name : candidates) {
        if (input.siteRoot.isEmpty())
            break;
        const QString path = input.siteRoot + QLatin1Char('/') + name;
        if (!QFileInfo::exists(path))
            continue;
        QString body;
        const QVariantMap fm = FrontMatterText::readFile(path, &body);
        const auto m = loop.match(body);
        if (!m.hasMatch())
            continue;
        const auto inc = include.match(body, m.capturedEnd());
        if (!inc.hasMatch())
            continue;
        listingBody = body;
        listingPath = name;
        listingFm = fm;
        includeTag = inc.captured(0);
        loopVar = m.captured(1);
        break;
    }
    if (!includeTag.isEmpty()) {
        QVariantMap site = input.site;
        site.insert(QStringLiteral("posts"), QVariantList{page});
        LiquidRenderer listing(input.siteRoot, site);
        QVariantMap cardVars{{loopVar, page}, {QStringLiteral("site"), site}};
        result.cardHtml = listing.restore(listing.render(includeTag, cardVars, listingPath)).trimmed();
        QVariantMap pageVars{{QStringLiteral("page"), listingFm}, {QStringLiteral("site"), site},
                             {QStringLiteral("paginator"), QVariantMap{{QStringLiteral("posts"), QVariantList{page}}}}};
        QString html = listing.render(listingBody, pageVars, listingPath);
        if (listingPath.endsWith(QLatin1String(".md")))
            html = Kramdown::toHtml(html, false, KramdownOptions::fromSite(input.site));
        SiteLayouts::apply(listing, input.siteRoot, Liquid::toText(listingFm.value(QStringLiteral("layout"))),
                           pageVars, &html);
        result.pageHtml = listing.restore(html);
        result.stylesheets = SiteLayouts::stylesheetsIn(result.pageHtml);
        result.siteInclude = !result.cardHtml.contains(QLatin1String("lectern-liquid-placeholder"));
        result.warnings = liquid.warnings() + listing.warnings();
        if (result.siteInclude)
            return result;
    }
    result.siteInclude = false;
    result.cardHtml = SiteLayouts::builtinCard(input.site, page);
    result.stylesheets = SiteLayouts::siteStylesheets(input.site, input.siteRoot);
    result.pageHtml = SiteLayouts::builtinPage(Liquid::toText(page.value(QStringLiteral("title"))), result.cardHtml,
                                               result.stylesheets);
    result.warnings += liquid.warnings();
    return result;
}

} // namespace Lectern
