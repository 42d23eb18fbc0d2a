// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporthtml.h"
#include "exporthtmltokens.h"
#include "exporttestsupport.h"
#include "exporttext.h"
#include "htmlsanitizer.h"

#include <QRegularExpression>
#include <QTest>

using namespace Lectern;
using namespace LecternTest;

namespace {

// Every URL-carrying attribute in the HTML, as written.
QStringList urlsIn(const QString &html)
{
    QStringList urls;
    for (const HtmlToken &t : tokenizeHtml(html)) {
        for (const auto &a : t.attributes) {
            if (a.first == QLatin1String("href") || a.first == QLatin1String("src"))
                urls << a.second;
        }
    }
    return urls;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publicUrl_data();
    void publicUrl();
    void publicUrlAsJekyllBuildsIt_data();
    void publicUrlAsJekyllBuildsIt();
    void absoluteUrls_data();
    void absoluteUrls();
    void renderedBodyIsResolved_data();
    void renderedBodyIsResolved();
    void seedSnippetIsSelfContained();
    void hostileInputLeavesNoScript();
    void sanitizerAllowList_data();
    void sanitizerAllowList();
    void emailUsesInlineStylesOnly();
    void footnotesStayLinked_data();
    void footnotesStayLinked();
    void plainTextAlternative();
    void internalCommentsNeverExported_data();
    void internalCommentsNeverExported();
    void warningsPointIntoTheFile();
    void corpusExportsAreSafeAndAbsolute_data();
    void corpusExportsAreSafeAndAbsolute();
};

void TestExport::publicUrl_data()
{
    QTest::addColumn<QString>("permalink");
    QTest::addColumn<QString>("expected");
    QTest::newRow("site pattern /blog/:title/") << QStringLiteral("/blog/:title/")
                                                 << QStringLiteral("https://scitech.example.org/lab/blog/lumi-ai-factories/");
    QTest::newRow("jekyll default style date") << QStringLiteral("date")
                                                << QStringLiteral("https://scitech.example.org/lab/seminar/2025/03/19/lumi-ai-factories.html");
    QTest::newRow("pretty style") << QStringLiteral("pretty")
                                  << QStringLiteral("https://scitech.example.org/lab/seminar/2025/03/19/lumi-ai-factories/");
}

void TestExport::publicUrl()
{
    QFETCH(QString, permalink);
    QFETCH(QString, expected);
    ExportInput input = exportInputForFile(seedPost());
    input.site.permalink = permalink;
    QCOMPARE(input.publicUrl(), expected);
}

void TestExport::publicUrlAsJekyllBuildsIt_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("frontMatter");
    QTest::addColumn<QString>("expected");
    // Expected URLs are where jekyll 4.3 wrote these posts with permalink /blog/:title/.
    QTest::newRow("file name case kept") << QStringLiteral("2018-11-26-Try-Less.md") << QString()
                                         << QStringLiteral("https://scitech.example.org/lab/blog/Try-Less/");
    QTest::newRow("runs of dashes collapse") << QStringLiteral("2018-10-28-Internals-of-PHP-5---7-arrays.md") << QString()
                                             << QStringLiteral("https://scitech.example.org/lab/blog/Internals-of-PHP-5-7-arrays/");
    QTest::newRow("space in the file name becomes a dash") << QStringLiteral("2018-04-03-GTA Awards.md") << QString()
                                                           << QStringLiteral("https://scitech.example.org/lab/blog/GTA-Awards/");
    QTest::newRow("front matter slug is slugified, case kept") << QStringLiteral("2018-04-04-other.md")
                                                               << QStringLiteral("slug: My Own Slug\n")
                                                               << QStringLiteral("https://scitech.example.org/lab/blog/My-Own-Slug/");
    QTest::newRow("categories with spaces and non-ASCII are percent-encoded as Jekyll does")
        << QStringLiteral("2025-01-02-Hello World \u00e9.md")
        << QStringLiteral("permalink: /:categories/:title/\ncategories: [Data Science, \"C++ & \u00dc?\"]\n")
        << QStringLiteral("https://scitech.example.org/lab/data%20science/c++%20&%20%C3%BC?/Hello-World-%C3%A9/");
}

void TestExport::publicUrlAsJekyllBuildsIt()
{
    QFETCH(QString, fileName);
    QFETCH(QString, frontMatter);
    QFETCH(QString, expected);
    const QByteArray post = "---\ntitle: A post\n" + frontMatter.toUtf8() + "---\nBody.\n";
    QCOMPARE(exportInputFromBytes(post, fileName).publicUrl(), expected);
}

void TestExport::absoluteUrls_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("relative link resolves against the post's public URL")
        << QStringLiteral("[next](../other-post/)") << QStringLiteral("https://scitech.example.org/lab/blog/other-post/");
    QTest::newRow("root-relative link stays on the host, as a browser resolves it")
        << QStringLiteral("[about](/lab/about/)") << QStringLiteral("https://scitech.example.org/lab/about/");
    QTest::newRow("relative image under the post")
        << QStringLiteral("![x](figure.png)") << QStringLiteral("https://scitech.example.org/lab/blog/lumi-ai-factories/figure.png");
    QTest::newRow("fragment link points into the public post")
        << QStringLiteral("[bio](#bio)") << QStringLiteral("https://scitech.example.org/lab/blog/lumi-ai-factories/#bio");
    QTest::newRow("absolute link kept") << QStringLiteral("[csc](https://www.csc.fi/en/)")
                                        << QStringLiteral("https://www.csc.fi/en/");
    QTest::newRow("mailto kept") << QStringLiteral("[desk](mailto:desk@example.org)")
                                 << QStringLiteral("mailto:desk@example.org");
    QTest::newRow("raw html img made absolute") << QStringLiteral("<img src=\"/lab/images/news/cedar-cluster.jpg\">")
                                                << QStringLiteral("https://scitech.example.org/lab/images/news/cedar-cluster.jpg");
}

void TestExport::absoluteUrls()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    ExportInput input = exportInputForFile(seedPost());
    input.bodyHtml = MarkdownRenderer::toHtml(markdown);
    const QString html = HtmlExport::snippet(input, {}).text;
    QCOMPARE(urlsIn(html), QStringList{expected});
}

void TestExport::renderedBodyIsResolved_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("IAL {: .note} and {{ site.baseurl }}: class applied, link absolute under /lab")
        << QStringLiteral("Slides are [online]({{ site.baseurl }}/files/slides.pdf).\n{: .note}\n")
        << QStringList{QStringLiteral("<p class=\"note\">Slides are "),
                       QStringLiteral("href=\"https://scitech.example.org/lab/files/slides.pdf\"")};
    QTest::newRow("relative_url filter: image absolute under /lab")
        << QStringLiteral("![Poster]({{ '/images/news/poster.jpg' | relative_url }})\n")
        << QStringList{QStringLiteral("src=\"https://scitech.example.org/lab/images/news/poster.jpg\"")};
    QTest::newRow("page variables evaluated as in the preview")
        << QStringLiteral("Speaker: {{ page.title | upcase }}\n")
        << QStringList{QStringLiteral("<p>Speaker: RESOLVED BODY</p>")};
    QTest::newRow("header IAL gives the id")
        << QStringLiteral("## Abstract\n{: #abstract .lead}\n")
        << QStringList{QStringLiteral("<h2 id=\"abstract\" class=\"lead\">Abstract</h2>")};
}

// The body is rendered as the site renders it (Liquid, kramdown), not as plain Markdown.
void TestExport::renderedBodyIsResolved()
{
    QFETCH(QString, body);
    QFETCH(QStringList, expected);
    const QByteArray post = "---\ntitle: Resolved body\n---\n" + body.toUtf8();
    QList<ExportWarning> warnings;
    const ExportInput input = exportInputFromBytes(post, QStringLiteral("2025-05-07-resolved-body.md"),
                                                   sourcePath(QStringLiteral("examples/site")), &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.value(0).message));
    const QString html = HtmlExport::snippet(input, {}).text;
    QVERIFY2(!html.contains(QLatin1String("{:")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("{{")), qPrintable(html));
    for (const QString &fragment : expected)
        QVERIFY2(html.contains(fragment), qPrintable(html));
}

void TestExport::seedSnippetIsSelfContained()
{
    const ExportInput input = exportInputForFile(seedPost());
    HtmlExport::Options options;
    options.withHeader = true;
    const HtmlExport::Result result = HtmlExport::snippet(input, options);
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.value(0).message));
    const QString &html = result.text;
    QVERIFY(html.contains(QStringLiteral("<h1>Supporting Research Infrastructure Communities")));
    // The abstract from the description is part of the header, as on the site.
    QVERIFY(html.contains(QStringLiteral("<p>AI applications like large language models require significant computing")));
    QVERIFY(html.contains(QStringLiteral("<li><strong>When:</strong> Wednesday, March 19, 2025, 11:00am – 12:00pm PDT</li>")));
    const QStringList urls = urlsIn(html);
    QVERIFY(urls.contains(QStringLiteral("https://scitech.example.org/lab/images/news/malkiewicz-seminar.jpg")));
    for (const QString &url : urls)
        QVERIFY2(url.startsWith(QLatin1String("https://")), qPrintable(url));
    // No site classes, no data-sourcepos, a single wrapping element.
    QVERIFY(!html.contains(QLatin1String("class=")));
    QVERIFY(!html.contains(QLatin1String("data-sourcepos")));
    QVERIFY(html.startsWith(QLatin1String("<div>")));
    QVERIFY(html.trimmed().endsWith(QLatin1String("</div>")));
}

void TestExport::hostileInputLeavesNoScript()
{
    ExportInput input = exportInputForFile(seedPost());
    input.bodySource = QString::fromUtf8(readAll(dataPath(QStringLiteral("export/hostile.md"))));
    input.bodyHtml = MarkdownRenderer::toHtml(input.bodySource);
    QVERIFY(input.bodyHtml.contains(QLatin1String("<script>")));   // the input really is hostile
    for (const QString &html : {HtmlExport::snippet(input, {}).text, HtmlExport::email(input, {}).text}) {
        const QString lower = html.toLower();
        QVERIFY2(!lower.contains(QLatin1String("<script")), qPrintable(html));
        QVERIFY2(!lower.contains(QLatin1String("javascript")), qPrintable(html));
        QVERIFY2(!lower.contains(QLatin1String("vbscript")), qPrintable(html));
        QVERIFY2(!lower.contains(QLatin1String("<iframe")), qPrintable(html));
        QVERIFY2(!lower.contains(QLatin1String("<svg")), qPrintable(html));
        QVERIFY2(!lower.contains(QLatin1String("<form")), qPrintable(html));
        QVERIFY2(!lower.contains(QLatin1String("<style")), qPrintable(html));
        QVERIFY2(!lower.contains(QLatin1String("alert(1)")), qPrintable(html));
        QVERIFY2(!lower.contains(QLatin1String("data:text")), qPrintable(html));
        for (const HtmlToken &t : tokenizeHtml(html)) {
            QVERIFY2(t.kind != HtmlToken::Kind::StartTag || HtmlSanitizer::isAllowedElement(t.name), qPrintable(t.name));
            for (const auto &a : t.attributes)
                QVERIFY2(!a.first.startsWith(QLatin1String("on")), qPrintable(a.first));
        }
        // What a reader should still see survives.
        QVERIFY(html.contains(QLatin1String("Harmless text before.")));
        QVERIFY(html.contains(QLatin1String("Harmless text after.")));
        QVERIFY(html.contains(QLatin1String("tab js link</a>")));
        QVERIFY(html.contains(QLatin1String("styled paragraph")));
        QVERIFY(html.contains(QLatin1String("src=\"https://scitech.example.org/images/news/cedar-cluster.jpg\"")));
    }
}

void TestExport::sanitizerAllowList_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown element unwrapped, text kept") << QStringLiteral("<font color=red>hi</font>") << QStringLiteral("hi");
    QTest::newRow("script dropped with its content") << QStringLiteral("a<script>b</script>c") << QStringLiteral("ac");
    QTest::newRow("unclosed element closed") << QStringLiteral("<p><em>x") << QStringLiteral("<p><em>x</em></p>");
    QTest::newRow("stray end tag dropped") << QStringLiteral("x</div>y") << QStringLiteral("xy");
    QTest::newRow("text re-escaped") << QStringLiteral("<p>&lt;script&gt;</p>") << QStringLiteral("<p>&lt;script&gt;</p>");
    QTest::newRow("event handler dropped, alt kept")
        << QStringLiteral("<img src=\"https://a.org/x.png\" onload=\"x()\" alt=\"A\">")
        << QStringLiteral("<img src=\"https://a.org/x.png\" alt=\"A\" />");
    QTest::newRow("safe author style kept") << QStringLiteral("<p style=\"color: red\">x</p>") << QStringLiteral("<p style=\"color: red\">x</p>");
    QTest::newRow("style fetching a URL dropped") << QStringLiteral("<p style=\"background:url(x)\">x</p>") << QStringLiteral("<p>x</p>");
    QTest::newRow("task list checkbox kept") << QStringLiteral("<input type=\"checkbox\" checked=\"\" disabled=\"\" />")
                                             << QStringLiteral("<input type=\"checkbox\" checked disabled />");
    QTest::newRow("text input dropped") << QStringLiteral("<input type=\"text\" value=\"x\">") << QString();
    QTest::newRow("footnote reference: fragment link, id and role kept")
        << QStringLiteral("<sup id=\"fnref:1\" role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\">1</a></sup>")
        << QStringLiteral("<sup id=\"fnref:1\" role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\">1</a></sup>");
    QTest::newRow("other roles and fragments dropped")
        << QStringLiteral("<div role=\"button\"><a href=\"#top\">t</a><a href=\"#fn:a b\">u</a></div>")
        << QStringLiteral("<div><a>t</a><a>u</a></div>");
    QTest::newRow("attribute quote cannot break out")
        << QStringLiteral("<a title='\" onclick=\"x()'>t</a>") << QStringLiteral("<a title=\"&quot; onclick=&quot;x()\">t</a>");
}

void TestExport::sanitizerAllowList()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(HtmlSanitizer::sanitize(input, {}), expected);
}

void TestExport::emailUsesInlineStylesOnly()
{
    const ExportInput input = exportInputForFile(seedPost());
    HtmlExport::Options options;
    options.withHeader = true;
    const QString html = HtmlExport::email(input, options).text;
    QVERIFY(!html.contains(QLatin1String("<style")));
    QVERIFY(!html.contains(QLatin1String("class=")));
    QVERIFY(!html.contains(QLatin1String(" id=")));
    QVERIFY(!html.contains(QLatin1String("<table")));
    int styledBlocks = 0;
    for (const HtmlToken &t : tokenizeHtml(html)) {
        if (t.kind != HtmlToken::Kind::StartTag)
            continue;
        static const QStringList mustStyle = {QStringLiteral("div"), QStringLiteral("h1"), QStringLiteral("h2"),
                                              QStringLiteral("p"), QStringLiteral("ul"), QStringLiteral("li"),
                                              QStringLiteral("img")};
        if (mustStyle.contains(t.name)) {
            QVERIFY2(!t.attribute(QStringLiteral("style")).isEmpty(), qPrintable(t.name + QLatin1String(" has no inline style")));
            ++styledBlocks;
        }
    }
    QVERIFY(styledBlocks > 10);
    QVERIFY(html.contains(QLatin1String("src=\"https://scitech.example.org/lab/images/news/malkiewicz-seminar.jpg\"")));
}

void TestExport::footnotesStayLinked_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("HTML snippet") << QStringLiteral("html");
    QTest::newRow("e-mail") << QStringLiteral("email");
}

// Issue 17: a reader of the export clicks a footnote number and lands on the note, and back.
void TestExport::footnotesStayLinked()
{
    QFETCH(QString, format);
    const QByteArray post = "---\ntitle: Notes\n---\nA claim[^src].\n\n[^src]: The source.\n";
    QList<ExportWarning> warnings;
    const ExportInput input = exportInputFromBytes(post, QStringLiteral("2025-05-07-notes.md"),
                                                   sourcePath(QStringLiteral("examples/site")), &warnings);
    const QString html = format == QLatin1String("email") ? HtmlExport::email(input, {}).text
                                                          : HtmlExport::snippet(input, {}).text;
    for (const char *fragment : {"<sup id=\"fnref:src\" role=\"doc-noteref\"><a href=\"#fn:src\"",
                                 "role=\"doc-endnotes\"", "<li id=\"fn:src\" role=\"doc-endnote\"",
                                 "<a href=\"#fnref:src\""})
        QVERIFY2(html.contains(QLatin1String(fragment)), qPrintable(QLatin1String(fragment) + QLatin1Char('\n') + html));
    // In plain text a link inside the page has no address to give: "claim1." and the note, no "[#fn:src]".
    const QString text = HtmlExport::plainText(input, {}).text;
    QVERIFY2(text.contains(QStringLiteral("A claim1.")) && text.contains(QStringLiteral("The source.")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("[#fn")), qPrintable(text));
}

void TestExport::internalCommentsNeverExported_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("HTML snippet") << QStringLiteral("html");
    QTest::newRow("e-mail") << QStringLiteral("email");
    QTest::newRow("plain text") << QStringLiteral("text");
}

// Issue 17: kramdown's {::comment} holds notes for the authors; they must not reach a mailing list.
void TestExport::internalCommentsNeverExported()
{
    QFETCH(QString, format);
    const QByteArray post = "---\ntitle: Notes\n---\nThe talk {::comment}speaker unconfirmed{:/comment} is on.\n\n"
                            "{::comment}\nTODO ask the dean about the room\n{:/comment}\n\nSee you there.\n";
    QList<ExportWarning> warnings;
    const ExportInput input = exportInputFromBytes(post, QStringLiteral("2025-05-07-notes.md"),
                                                   sourcePath(QStringLiteral("examples/site")), &warnings);
    const QString text = format == QLatin1String("email") ? HtmlExport::email(input, {}).text
                         : format == QLatin1String("text") ? HtmlExport::plainText(input, {}).text
                                                            : HtmlExport::snippet(input, {}).text;
    QVERIFY2(text.contains(QLatin1String("is on.")) && text.contains(QLatin1String("See you there.")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("unconfirmed")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("dean")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("comment")), qPrintable(text));
}

void TestExport::plainTextAlternative()
{
    ExportInput input = exportInputForFile(seedPost());
    const QString seed = HtmlExport::plainText(input, {}).text;
    QVERIFY(seed.contains(QStringLiteral("- **When:** Wednesday, March 19, 2025, 11:00am – 12:00pm PDT\n")));
    QVERIFY(seed.contains(QLatin1String("\n## Bio:\n")));
    QVERIFY(seed.contains(QStringLiteral("Jyväskylä, Finland.\nBefore joining CSC")));   // hard line break kept
    QVERIFY(!seed.contains(QLatin1Char('<')));
    input.bodyHtml = MarkdownRenderer::toHtml(QStringLiteral("See [the CSC site](https://www.csc.fi/) and <https://lumi-supercomputer.eu/>."));
    QCOMPARE(HtmlExport::plainText(input, {}).text,
             QStringLiteral("See the CSC site [https://www.csc.fi/] and https://lumi-supercomputer.eu/.\n"));
}

void TestExport::warningsPointIntoTheFile()
{
    const QByteArray bytes = readAll(dataPath(QStringLiteral("export/warnings.md")));
    QList<ExportWarning> rendered;
    const ExportInput input = exportInputFromBytes(bytes, QStringLiteral("2025-04-01-broken-bits.md"),
                                                   sourcePath(QStringLiteral("examples/site")), &rendered);
    // The renderer's warning, moved to file lines: the body starts on line 5.
    QCOMPARE(rendered.size(), 1);
    QVERIFY(rendered.at(0).file.isEmpty());
    QCOMPARE(rendered.at(0).line, 5);
    QCOMPARE(rendered.at(0).column, 22);
    QVERIFY2(rendered.at(0).message.contains(QLatin1String("speaker.html")), qPrintable(rendered.at(0).message));
    const HtmlExport::Result result = HtmlExport::snippet(input, {});
    QCOMPARE(result.warnings.size(), 1);
    QCOMPARE(result.warnings.at(0).line, 7);
    QCOMPARE(result.warnings.at(0).column, 12);
    QVERIFY(result.warnings.at(0).message.contains(QLatin1String("not-there.jpg")));
    // Liquid that did not render is exported as written, without the preview's placeholder.
    QVERIFY2(result.text.contains(QLatin1String("First paragraph with {% include speaker.html %} in it.")),
             qPrintable(result.text));
    QVERIFY(!result.text.contains(QLatin1String("lectern-liquid-placeholder")));
    // The export still happens, with absolute links.
    QVERIFY(result.text.contains(QLatin1String("href=\"https://scitech.example.org/lab/blog/other-post/\"")));
    QVERIFY(result.text.contains(QLatin1String("href=\"mailto:desk@example.org\"")));
}

void TestExport::corpusExportsAreSafeAndAbsolute_data()
{
    QTest::addColumn<QString>("path");
    const QStringList posts = corpusPosts();
    if (posts.isEmpty())
        QSKIP("no ../shared/corpus beside the checkout: real-world posts not exported");
    for (const QString &post : posts)
        QTest::newRow(qPrintable(QDir(sharedDir()).relativeFilePath(post))) << post;
}

// Real posts from 19 sites (raw HTML, Liquid, kramdown extras): whatever they hold, every
// export is free of script and every URL is absolute and of an allowed scheme.
void TestExport::corpusExportsAreSafeAndAbsolute()
{
    QFETCH(QString, path);
    const ExportInput input = exportInputForFile(path);
    HtmlExport::Options options;
    options.withHeader = true;
    for (const QString &html : {HtmlExport::snippet(input, options).text, HtmlExport::email(input, options).text}) {
        for (const HtmlToken &t : tokenizeHtml(html)) {
            if (t.kind == HtmlToken::Kind::StartTag)
                QVERIFY2(HtmlSanitizer::isAllowedElement(t.name), qPrintable(t.name));
            for (const auto &a : t.attributes) {
                QVERIFY2(!a.first.startsWith(QLatin1String("on")), qPrintable(a.first));
                if ((a.first == QLatin1String("href") && !HtmlSanitizer::isFootnoteFragment(a.second))
                    || a.first == QLatin1String("src"))
                    QVERIFY2(HtmlSanitizer::isAllowedUrl(a.second, a.first == QLatin1String("src")), qPrintable(a.second));
            }
        }
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    }
    // The plain-text part may show "<script>" from a code sample: it is text, never parsed as HTML.
    QVERIFY(!HtmlExport::plainText(input, options).text.isEmpty());
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
