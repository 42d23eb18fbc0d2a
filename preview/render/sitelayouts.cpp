// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitelayouts.h"

#include "frontmattertext.h"
#include "jekylldate.h"
#include "jekyllurls.h"
#include "liquidfilters.h"
#include "liquidrenderer.h"
#include "liquidvalue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace Lectern {

namespace {

constexpr int kMaxLayouts = 8;

QString esc(const QString &text)
{
    return LiquidFilters::escapeHtml(text);
}

const char kNeutralCss[] =
    "body{font:16px/1.6 system-ui,sans-serif;color:#222;margin:0;background:#fff}"
    ".lectern-page{max-width:46rem;margin:0 auto;padding:1.5rem}"
    ".lectern-post h1{font-size:1.9rem;line-height:1.25;margin:.2rem 0}"
    ".lectern-meta{color:#666;margin:.2rem 0 1rem}.lectern-tags{list-style:none;padding:0;margin:0}"
    ".lectern-tags li{display:inline-block;font-size:.8rem;background:#eef;border-radius:3px;padding:0 .4rem;margin-right:.3rem}"
    ".lectern-image img,.lectern-page img{max-width:100%;height:auto}"
    ".lectern-card{max-width:22rem;border:1px solid #ddd;border-radius:6px;overflow:hidden}"
    ".lectern-card .card-body{padding:.8rem}.lectern-card h2{font-size:1.15rem;margin:.2rem 0}"
    ".lectern-card time{color:#666;font-size:.85rem}"
    "pre{background:#f6f6f6;padding:.6rem;overflow:auto}"
    ".lectern-liquid-placeholder{font:12px monospace;color:#777;background:#f3f3f3;border:1px dashed #bbb;"
    "border-radius:3px;padding:0 .3em}";

QString stylesheetLinks(const QStringList &hrefs)
{
    QString out;
    for (const QString &href : hrefs)
        out += QStringLiteral("<link rel=\"stylesheet\" href=\"") + esc(href) + QStringLiteral("\">\n");
    return out;
}

QString imageUrl(const QVariantMap &site, const QVariantMap &page)
{
    QVariant image = page.value(QStringLiteral("image"));
    if (image.typeId() == QMetaType::QVariantMap)   // image: {path: ..., feature: ...}
        image = image.toMap().value(QStringLiteral("path"), image.toMap().value(QStringLiteral("feature")));
    const QString path = Liquid::toText(image);
    return path.isEmpty() ? QString() : JekyllUrls::relativeUrl(site, path);
}

} // namespace

bool SiteLayouts::apply(LiquidRenderer &liquid, const QString &siteRoot, const QString &firstName,
                        QVariantMap variables, QString *html)
{
    if (siteRoot.isEmpty() || firstName.isEmpty() || firstName == QLatin1String("none")
        || firstName == QLatin1String("null"))
        return false;
    QString name = firstName;
    bool applied = false;
    for (int depth = 0; depth < kMaxLayouts && !name.isEmpty(); ++depth) {
        const QString clean = QDir::cleanPath(name);
        if (clean.startsWith(QLatin1String("..")))
            break;
        QString path = siteRoot + QStringLiteral("/_layouts/") + clean;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".html");
        if (!QFileInfo::exists(path))
            break;
        QString body, error;
        const QVariantMap fm = FrontMatterText::readFile(path, &body, &error);
        variables.insert(QStringLiteral("content"), *html);
        variables.insert(QStringLiteral("layout"), fm);
        *html = liquid.render(body, variables, QStringLiteral("_layouts/") + QFileInfo(path).fileName());
        applied = true;
        name = Liquid::toText(fm.value(QStringLiteral("layout")));
    }
    return applied;
}

QString SiteLayouts::builtinPage(const QString &title, const QString &content, const QStringList &stylesheets)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>") + esc(title)
        + QStringLiteral("</title>\n<style>") + QString::fromLatin1(kNeutralCss) + QStringLiteral("</style>\n")
        + stylesheetLinks(stylesheets) + QStringLiteral("</head>\n<body><main class=\"lectern-page\">\n") + content
        + QStringLiteral("\n</main></body></html>\n");
}

QString SiteLayouts::builtinPost(const QVariantMap &site, const QVariantMap &page, const QString &bodyHtml,
                                 const QStringList &stylesheets)
{
    const QString title = Liquid::toText(page.value(QStringLiteral("title")));
    QString html = QStringLiteral("<article class=\"lectern-post\">\n<header>\n");
    QString tags;
    for (const QVariant &c : Liquid::toList(page.value(QStringLiteral("categories"))))
        tags += QStringLiteral("<li>") + esc(Liquid::toText(c)) + QStringLiteral("</li>");
    if (!tags.isEmpty())
        html += QStringLiteral("<ul class=\"lectern-tags\">") + tags + QStringLiteral("</ul>\n");
    html += QStringLiteral("<h1>") + esc(title) + QStringLiteral("</h1>\n");
    const QDateTime date = page.value(QStringLiteral("date")).toDateTime();
    if (date.isValid())
        html += QStringLiteral("<p class=\"lectern-meta\"><time datetime=\"") + JekyllDate::toXmlSchema(date)
            + QStringLiteral("\">") + JekyllDate::format(date, QStringLiteral("%-d %B %Y"))
            + QStringLiteral("</time></p>\n");
    html += QStringLiteral("</header>\n");
    const QString image = imageUrl(site, page);
    if (!image.isEmpty())
        html += QStringLiteral("<figure class=\"lectern-image\"><img src=\"") + esc(image) + QStringLiteral("\" alt=\"\"></figure>\n");
    html += QStringLiteral("<div class=\"post-content\">\n<!--lectern-body-begin-->") + bodyHtml
        + QStringLiteral("<!--lectern-body-end-->\n</div>\n</article>");
    return builtinPage(title, html, stylesheets);
}

QString SiteLayouts::builtinCard(const QVariantMap &site, const QVariantMap &page)
{
    QString html = QStringLiteral("<article class=\"lectern-card card\">\n");
    const QString image = imageUrl(site, page);
    if (!image.isEmpty())
        html += QStringLiteral("<img class=\"card-image\" src=\"") + esc(image) + QStringLiteral("\" alt=\"\">\n");
    html += QStringLiteral("<div class=\"card-body\">\n<h2 class=\"card-title\">")
        + esc(Liquid::toText(page.value(QStringLiteral("title")))) + QStringLiteral("</h2>\n");
    const QString description = Liquid::toText(page.value(QStringLiteral("description")));
    if (!description.isEmpty())
        html += QStringLiteral("<p class=\"card-text\">")
            + esc(LiquidFilters::truncateWords(LiquidFilters::stripHtml(description), 32)) + QStringLiteral("</p>\n");
    const QDateTime date = page.value(QStringLiteral("date")).toDateTime();
    if (date.isValid())
        html += QStringLiteral("<time class=\"card-date\" datetime=\"") + JekyllDate::toXmlSchema(date)
            + QStringLiteral("\">") + JekyllDate::format(date, QStringLiteral("%a, %b %-d, %Y")) + QStringLiteral("</time>\n");
    return html + QStringLiteral("</div>\n</article>");
}

QStringList SiteLayouts::stylesheetsIn(const QString &html)
{
    static const QRegularExpression link(QStringLiteral("<link\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rel(QStringLiteral("\\brel\\s*=\\s*[\"']?stylesheet"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression href(QStringLiteral("\\bhref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"),
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    auto it = link.globalMatch(html);
    while (it.hasNext()) {
        const QString tag = it.next().captured(0);
        if (!rel.match(tag).hasMatch())
            continue;
        const auto m = href.match(tag);
        if (m.hasMatch())
            out << m.captured(1) + m.captured(2) + m.captured(3);
    }
    out.removeDuplicates();
    return out;
}

QStringList SiteLayouts::siteStylesheets(const QVariantMap &site, const QString &siteRoot)
{
    QStringList out;
    if (siteRoot.isEmpty())
        return out;
    for (const QString &dir : {QStringLiteral("assets/css"), QStringLiteral("assets"), QStringLiteral("css")}) {
        const QDir d(siteRoot + QLatin1Char('/') + dir);
        const QStringList files = d.entryList({QStringLiteral("*.css"), QStringLiteral("*.scss")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            QString name = file;
            name.replace(QRegularExpression(QStringLiteral("\\.scss$")), QStringLiteral(".css"));
            out << JekyllUrls::relativeUrl(site, QLatin1Char('/') + dir + QLatin1Char('/') + name);
        }
    }
    out.removeDuplicates();
    return out;
}

} // namespace Lectern
