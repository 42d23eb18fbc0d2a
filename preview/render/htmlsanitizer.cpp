// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlsanitizer.h"

#include <QSet>
#include <QUrl>

namespace Lectern {

namespace {

const QSet<QString> &allowedElements()
{
    static const QSet<QString> set = {
        QStringLiteral("p"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("dl"), QStringLiteral("dt"),
        QStringLiteral("dd"), QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("code"),
        QStringLiteral("em"), QStringLiteral("strong"), QStringLiteral("b"), QStringLiteral("i"),
        QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("del"), QStringLiteral("ins"),
        QStringLiteral("sub"), QStringLiteral("sup"), QStringLiteral("mark"), QStringLiteral("small"),
        QStringLiteral("a"), QStringLiteral("img"), QStringLiteral("figure"), QStringLiteral("figcaption"),
        QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"), QStringLiteral("tfoot"),
        QStringLiteral("tr"), QStringLiteral("th"), QStringLiteral("td"), QStringLiteral("caption"),
        QStringLiteral("hr"), QStringLiteral("br"), QStringLiteral("div"), QStringLiteral("span"),
        QStringLiteral("abbr"), QStringLiteral("cite"), QStringLiteral("q"), QStringLiteral("kbd"),
        QStringLiteral("samp"), QStringLiteral("var"), QStringLiteral("time"), QStringLiteral("section"),
        QStringLiteral("article"), QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("input"),
        QStringLiteral("details"), QStringLiteral("summary")};
    return set;
}

// Dropped together with everything inside them.
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> set = {
        QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("iframe"), QStringLiteral("object"),
        QStringLiteral("embed"), QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("title"),
        QStringLiteral("textarea"), QStringLiteral("select"), QStringLiteral("svg"), QStringLiteral("math"),
        QStringLiteral("frameset"), QStringLiteral("frame"), QStringLiteral("applet"), QStringLiteral("xmp"),
        QStringLiteral("noembed"), QStringLiteral("button"), QStringLiteral("form"), QStringLiteral("head")};
    return set;
}

bool isAllowedAttribute(const QString &element, const QString &name)
{
    static const QSet<QString> global = {QStringLiteral("title"), QStringLiteral("lang"), QStringLiteral("dir")};
    if (global.contains(name))
        return true;
    static const QHash<QString, QSet<QString>> perElement = {
        {QStringLiteral("a"), {QStringLiteral("href")}},
        {QStringLiteral("img"), {QStringLiteral("src"), QStringLiteral("alt"), QStringLiteral("width"), QStringLiteral("height")}},
        {QStringLiteral("ol"), {QStringLiteral("start"), QStringLiteral("type"), QStringLiteral("reversed")}},
        {QStringLiteral("li"), {QStringLiteral("value")}},
        {QStringLiteral("td"), {QStringLiteral("colspan"), QStringLiteral("rowspan"), QStringLiteral("align")}},
        {QStringLiteral("th"), {QStringLiteral("colspan"), QStringLiteral("rowspan"), QStringLiteral("align"), QStringLiteral("scope")}},
        {QStringLiteral("time"), {QStringLiteral("datetime")}},
        {QStringLiteral("abbr"), {QStringLiteral("title")}},
        {QStringLiteral("input"), {QStringLiteral("type"), QStringLiteral("checked"), QStringLiteral("disabled")}},
        {QStringLiteral("details"), {QStringLiteral("open")}},
    };
    return perElement.value(element).contains(name);
}

// Author CSS from IALs: kept unless it can fetch or run something.
bool isSafeStyle(const QString &style)
{
    const QString s = style.toLower();
    for (const char *bad : {"url(", "expression", "javascript", "@import", "behavior", "\\", "<", "-moz-binding"}) {
        if (s.contains(QLatin1String(bad)))
            return false;
    }
    return true;
}

bool isFootnoteId(const QString &id)
{
    if (!id.startsWith(QLatin1String("fn:")) && !id.startsWith(QLatin1String("fnref:")))
        return false;
    for (const QChar c : id) {   // kramdown's footnote names: no white space, quotes or angle brackets
        if (c.unicode() <= 0x20 || c == QLatin1Char('"') || c == QLatin1Char('\'') || c == QLatin1Char('<')
            || c == QLatin1Char('>') || c == QLatin1Char('#'))
            return false;
    }
    return true;
}

bool isFootnoteRole(const QString &role)
{
    return role == QLatin1String("doc-noteref") || role == QLatin1String("doc-endnotes")
           || role == QLatin1String("doc-endnote") || role == QLatin1String("doc-backlink");
}

} // namespace

bool HtmlSanitizer::isFootnoteFragment(const QString &href)
{
    return href.startsWith(QLatin1Char('#')) && isFootnoteId(href.mid(1));
}

bool HtmlSanitizer::isAllowedElement(const QString &name)
{
    return allowedElements().contains(name);
}

bool HtmlSanitizer::isAllowedUrl(const QString &absoluteUrl, bool image)
{
    // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"): so do we.
    QString compact;
    for (const QChar c : absoluteUrl) {
        if (c.unicode() > 0x20)
            compact += c;
    }
    const int colon = compact.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    const QString scheme = compact.left(colon).toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return QUrl(compact).isValid();
    if (image)
        return compact.startsWith(QLatin1String("data:image/"), Qt::CaseInsensitive)
               && !compact.startsWith(QLatin1String("data:image/svg"), Qt::CaseInsensitive);
    return scheme == QLatin1String("mailto") || scheme == QLatin1String("tel");
}

QString HtmlSanitizer::sanitize(const QString &html, const Options &options)
{
    return sanitize(tokenizeHtml(html), options);
}

QString HtmlSanitizer::sanitize(const QList<HtmlToken> &tokens, const Options &options)
{
    QString out;
    out.reserve(tokens.size() * 16);
    QStringList open;        // kept elements still open, innermost last
    int dropDepth = 0;       // >0 while inside an element dropped with its content
    QString dropName;
    for (const HtmlToken &t : tokens) {
        if (dropDepth > 0) {
            if (t.name == dropName && t.kind == HtmlToken::Kind::StartTag && !t.selfClosing)
                ++dropDepth;
            else if (t.name == dropName && t.kind == HtmlToken::Kind::EndTag)
                --dropDepth;
            continue;
        }
        switch (t.kind) {
        case HtmlToken::Kind::Comment:
        case HtmlToken::Kind::Doctype:
            break;
        case HtmlToken::Kind::Text:
            out += escapeHtml(t.text);
            break;
        case HtmlToken::Kind::StartTag: {
            if (droppedWithContent().contains(t.name)) {
                if (!t.selfClosing && !isVoidElement(t.name)) {
                    dropDepth = 1;
                    dropName = t.name;
                }
                break;
            }
            if (!allowedElements().contains(t.name))
                break;   // unwrapped: its text stays
            if (t.name == QLatin1String("input") && t.attribute(QStringLiteral("type")) != QLatin1String("checkbox"))
                break;   // only task-list checkboxes
            out += QLatin1Char('<') + t.name;
            bool styled = false;
            for (const auto &[name, value] : t.attributes) {
                QString v = value;
                const bool isUrl = name == QLatin1String("href") || name == QLatin1String("src");
                if (name == QLatin1String("class")) {
                    if (!options.keepClasses)
                        continue;
                } else if (name == QLatin1String("id")) {
                    if (!options.keepIds && !isFootnoteId(v))
                        continue;
                } else if (name == QLatin1String("role")) {
                    if (!isFootnoteRole(v))
                        continue;
                } else if (name == QLatin1String("style")) {
                    if (!options.keepStyleAttributes || options.inlineStyles.contains(t.name) || !isSafeStyle(v))
                        continue;
                    styled = true;
                } else if (!isAllowedAttribute(t.name, name)) {
                    continue;
                }
                if (isUrl && !(name == QLatin1String("href") && isFootnoteFragment(v))) {
                    const bool image = name == QLatin1String("src");
                    if (options.resolveUrl)
                        v = options.resolveUrl(v, image);
                    if (!isAllowedUrl(v, image))
                        continue;
                }
                out += QLatin1Char(' ') + name;
                if (!(v.isEmpty() && (name == QLatin1String("checked") || name == QLatin1String("disabled"))))
                    out += QLatin1String("=\"") + escapeHtml(v) + QLatin1Char('"');
            }
            const QString style = options.inlineStyles.value(t.name);
            if (!style.isEmpty() && !styled)
                out += QLatin1String(" style=\"") + escapeHtml(style) + QLatin1Char('"');
            if (isVoidElement(t.name)) {
                out += QLatin1String(" />");
            } else {
                out += QLatin1Char('>');
                if (t.selfClosing)
                    out += QLatin1String("</") + t.name + QLatin1Char('>');
                else
                    open.append(t.name);
            }
            break;
        }
        case HtmlToken::Kind::EndTag: {
            const int at = open.lastIndexOf(t.name);
            if (at < 0)
                break;   // stray or belongs to a dropped element
            while (open.size() > at)
                out += QLatin1String("</") + open.takeLast() + QLatin1Char('>');
            break;
        }
        }
    }
    while (!open.isEmpty())
        out += QLatin1String("</") + open.takeLast() + QLatin1Char('>');
    return out;
}

} // namespace Lectern
