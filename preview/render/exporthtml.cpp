// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporthtml.h"

#include "exporthtmltokens.h"
#include "exporttext.h"
#include "htmlsanitizer.h"
#include "markdownrenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::HtmlExport", text);
}

// Gives every token the source position of the innermost block that holds it (cmark's
// data-sourcepos="line:col-line:col"), so warnings can point into the file.
void annotate(QList<HtmlToken> &tokens)
{
    struct Pos { QString name; int line; int column; };
    QList<Pos> stack;
    for (HtmlToken &t : tokens) {
        if (t.kind == HtmlToken::Kind::StartTag) {
            const QString pos = t.attribute(QStringLiteral("data-sourcepos"));
            if (!pos.isEmpty()) {
                const QStringList parts = pos.section(QLatin1Char('-'), 0, 0).split(QLatin1Char(':'));
                if (!isVoidElement(t.name) && !t.selfClosing)
                    stack.append({t.name, parts.value(0).toInt(), parts.value(1).toInt()});
                t.sourceLine = parts.value(0).toInt();
                t.sourceColumn = parts.value(1).toInt();
                continue;
            }
        } else if (t.kind == HtmlToken::Kind::EndTag && !stack.isEmpty() && stack.last().name == t.name) {
            stack.removeLast();
        }
        if (!stack.isEmpty()) {
            t.sourceLine = stack.last().line;
            t.sourceColumn = stack.last().column;
        }
    }
}

// Warnings a user can act on: images missing from the site. (Liquid that did not render is
// reported by the renderer; "{{" left in the HTML is {% raw %} text, meant to be shown.)
QList<ExportWarning> findProblems(const ExportInput &input, const QList<HtmlToken> &tokens)
{
    QList<ExportWarning> warnings;
    for (const HtmlToken &t : tokens) {
        if (t.kind != HtmlToken::Kind::StartTag || t.name != QLatin1String("img"))
            continue;
        const QString src = t.attribute(QStringLiteral("src"));
        const QString local = input.localPath(input.absoluteUrl(src));
        if (!local.isEmpty() && !QFileInfo::exists(local))
            warnings.append(input.warningAt(t.sourceLine, t.sourceColumn, src,
                                            tr("image “%1” is not in the site (%2)").arg(src, local)));
    }
    return warnings;
}

HtmlSanitizer::Options baseOptions(const ExportInput &input)
{
    HtmlSanitizer::Options o;
    o.resolveUrl = [&input](const QString &reference, bool) { return input.absoluteUrl(reference); };
    return o;
}

HtmlExport::Result render(const ExportInput &input, const HtmlExport::Options &options,
                          const HtmlSanitizer::Options &sanitizerOptions, const QString &wrapperStyle)
{
    HtmlExport::Result result;
    QList<HtmlToken> tokens = tokenizeHtml(input.bodyHtml);
    annotate(tokens);
    result.warnings = findProblems(input, tokens);
    QString body;
    if (options.withHeader)
        body += HtmlSanitizer::sanitize(HtmlExport::headerHtml(input), sanitizerOptions) + QLatin1Char('\n');
    body += HtmlSanitizer::sanitize(tokens, sanitizerOptions);
    // The wrapper makes the fragment self-contained: one element, no site classes needed.
    const QString style = wrapperStyle.isEmpty() ? QString() : QLatin1String(" style=\"") + wrapperStyle + QLatin1Char('"');
    result.text = QLatin1String("<div") + style + QLatin1String(">\n") + body.trimmed() + QLatin1String("\n</div>\n");
    return result;
}

} // namespace

QString HtmlExport::headerHtml(const ExportInput &input)
{
    QString html = QLatin1String("<h1>") + escapeHtml(input.title()) + QLatin1String("</h1>\n");
    const QDate date = input.date();
    if (date.isValid())   // written like Jekyll's date_to_string: "07 May 2025"
        html += QLatin1String("<p><time datetime=\"") + date.toString(Qt::ISODate) + QLatin1String("\">")
                + QLocale::c().toString(date, QStringLiteral("dd MMM yyyy")) + QLatin1String("</time></p>\n");
    const QString src = input.featuredImageUrl();
    if (!src.isEmpty()) {
        html += QLatin1String("<figure><img src=\"") + escapeHtml(src) + QLatin1String("\" alt=\"")
                + escapeHtml(input.title()) + QLatin1String("\" /></figure>\n");
    }
    // The description is the announcement's abstract: layouts show it under the image, markdownified.
    const QString description = input.frontMatter.value(QStringLiteral("description")).toString().trimmed();
    if (!description.isEmpty())
        html += MarkdownRenderer::toHtml(description);
    return html;
}

HtmlExport::Result HtmlExport::snippet(const ExportInput &input, const Options &options)
{
    return render(input, options, baseOptions(input), QString());
}

HtmlExport::Result HtmlExport::email(const ExportInput &input, const Options &options)
{
    HtmlSanitizer::Options o = baseOptions(input);
    o.keepClasses = false;
    o.keepIds = false;
    o.keepStyleAttributes = false;
    // Mail clients drop <style> blocks and many CSS properties: simple inline styles only.
    const QString heading = QStringLiteral("font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;margin:18px 0 8px 0;line-height:1.3;");
    o.inlineStyles = {
        {QStringLiteral("h1"), heading + QLatin1String("font-size:24px;")},
        {QStringLiteral("h2"), heading + QLatin1String("font-size:20px;")},
        {QStringLiteral("h3"), heading + QLatin1String("font-size:17px;")},
        {QStringLiteral("h4"), heading + QLatin1String("font-size:15px;")},
        {QStringLiteral("h5"), heading + QLatin1String("font-size:14px;")},
        {QStringLiteral("h6"), heading + QLatin1String("font-size:13px;")},
        {QStringLiteral("p"), QStringLiteral("margin:0 0 12px 0;")},
        {QStringLiteral("figure"), QStringLiteral("margin:0 0 12px 0;")},
        {QStringLiteral("ul"), QStringLiteral("margin:0 0 12px 0;padding-left:24px;")},
        {QStringLiteral("ol"), QStringLiteral("margin:0 0 12px 0;padding-left:24px;")},
        {QStringLiteral("li"), QStringLiteral("margin:0 0 4px 0;")},
        {QStringLiteral("a"), QStringLiteral("color:#0b5cad;text-decoration:underline;")},
        {QStringLiteral("img"), QStringLiteral("max-width:100%;height:auto;border:0;display:block;")},
        {QStringLiteral("blockquote"), QStringLiteral("margin:0 0 12px 0;padding-left:12px;border-left:3px solid #cccccc;color:#555555;")},
        {QStringLiteral("pre"), QStringLiteral("font-family:Consolas,Menlo,monospace;font-size:13px;background:#f4f4f4;padding:8px;white-space:pre-wrap;")},
        {QStringLiteral("code"), QStringLiteral("font-family:Consolas,Menlo,monospace;font-size:13px;")},
        {QStringLiteral("hr"), QStringLiteral("border:0;border-top:1px solid #cccccc;margin:16px 0;")},
        {QStringLiteral("th"), QStringLiteral("text-align:left;padding:4px 8px;border-bottom:1px solid #cccccc;")},
        {QStringLiteral("td"), QStringLiteral("padding:4px 8px;border-bottom:1px solid #eeeeee;")},
    };
    return render(input, options, o,
                  QStringLiteral("font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222222;max-width:640px;"));
}

HtmlExport::Result HtmlExport::plainText(const ExportInput &input, const Options &options)
{
    Result html = snippet(input, options);
    html.text = ExportText::fromHtml(html.text);
    return html;
}

QString HtmlExport::bodyPlainText(const ExportInput &input)
{
    return ExportText::fromHtml(HtmlSanitizer::sanitize(input.bodyHtml, baseOptions(input)), false);
}

} // namespace Lectern
