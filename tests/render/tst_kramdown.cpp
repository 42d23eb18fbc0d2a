// SPDX-License-Identifier: GPL-3.0-or-later
#include "kramdown.h"
#include "markdownrenderer.h"

#include <QRegularExpression>
#include <QTest>

using namespace Lectern;

class TestKramdown final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersKramdown_data();
    void rendersKramdown();
    void manyAttributeListsStayLinear();
    void speaksKramdown_data();
    void speaksKramdown();
    void commentNeverRendered_data();
    void commentNeverRendered();
};

void TestKramdown::rendersKramdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("absent");
    auto row = [](const char *name, const char *md, QStringList expected, QStringList absent = {}) {
        QTest::newRow(name) << QString::fromUtf8(md) << expected << (absent << QStringLiteral("{:"));
    };
    row("IAL: block class after a paragraph", "Para\n{: .note}\n", {QStringLiteral("class=\"note\">Para</p>")});
    row("IAL: block id before a paragraph", "{: #intro}\nText\n", {QStringLiteral("id=\"intro\">Text</p>")});
    row("IAL: key=value attributes with spaces",
        "Text\n{: style=\"float: left; margin-right: 10px;\" width=\"350\"}\n",
        {QStringLiteral("style=\"float: left; margin-right: 10px;\""), QStringLiteral("width=\"350\">Text")});
    row("IAL: span on an image", "![x](/a.jpg){: width=\"600px\"}\n",
        {QStringLiteral("<img src=\"/a.jpg\" alt=\"x\" width=\"600px\" />")});
    row("IAL: span IAL wrapped onto the next line", "![x](/a.jpg){: style=\"display: block; margin:\nauto;\" }\n",
        {QStringLiteral("style=\"display: block; margin: auto;\" />")});
    row("IAL: span on strong", "a **b**{:.hl} c\n", {QStringLiteral("<strong class=\"hl\">b</strong> c")});
    row("IAL: span on a link", "[home](/){: .btn target=\"_blank\"}\n",
        {QStringLiteral("<a href=\"/\" class=\"btn\" target=\"_blank\">home</a>")});
    row("IAL: class chain on a table", "| a |\n|---|\n| 1 |\n{:.table.table-bordered}\n",
        {QStringLiteral("class=\"table table-bordered\">")});
    row("IAL: heading no_toc keeps the auto id", "## What is it?\n{:.no_toc}\n",
        {QStringLiteral("id=\"what-is-it\""), QStringLiteral("class=\"no_toc\">What is it?</h2>")});
    row("IAL: after a list applies to the list", "- a\n- b\n{:.fl}\n", {QStringLiteral("class=\"fl\">\n<li")});
    row("IAL: added to an existing class", "<p class=\"a\">x</p>\n{: .b}\n", {QStringLiteral("class=\"a b\"")});
    row("ALD: definition hidden, reference applied", "{:warn: .warning style=\"color:red\"}\n\nText\n{: warn}\n",
        {QStringLiteral("class=\"warning\""), QStringLiteral("style=\"color:red\">Text")}, {QStringLiteral("warn:")});
    row("header id {#id}", "## Intro {#start}\n", {QStringLiteral("id=\"start\""), QStringLiteral(">Intro</h2>")},
        {QStringLiteral("{#")});
    row("{:toc}: list of headings", "* TOC\n{:toc}\n\n## One\n\n## Two\n",
        {QStringLiteral("<ul id=\"markdown-toc\">"), QStringLiteral("href=\"#one\""), QStringLiteral("href=\"#two\"")},
        {QStringLiteral(">TOC<")});
    row("{::options} extension hidden", "{::options parse_block_html=\"true\" /}\nText\n", {QStringLiteral(">Text</p>")},
        {QStringLiteral("options")});
    row("heading auto id, as kramdown", "## Bio:\n", {QStringLiteral("<h2 id=\"bio\" data-sourcepos=\"1:1-1:7\">Bio:</h2>")});
    row("heading ids are unique", "# A\n\n# A\n", {QStringLiteral("id=\"a\""), QStringLiteral("id=\"a-1\"")});
    row("markdown=\"1\" renders the block's Markdown", "<div class=\"box\" markdown=\"1\">\n**bold** text\n</div>\n",
        {QStringLiteral("<div class=\"box\">"), QStringLiteral("<strong>bold</strong> text"), QStringLiteral("</div>")},
        {QStringLiteral("markdown=")});
    row("markdown=\"1\" on one line", "<div markdown=\"1\">*it*</div>\n", {QStringLiteral("<em>it</em>")});
    row("IAL text in a code fence is code", "```\n{: .x}\n```\n", {QStringLiteral("<code>{: .x}\n</code>")}, {});
    row("IAL text in a code span is code", "`a{:.x}`\n", {QStringLiteral("<code>a{:.x}</code>")}, {});
    row("kramdown: 1) starts no list", "1) First\n", {QStringLiteral("1) First</p>")}, {QStringLiteral("<ol")});
    row("footnotes", "Text[^1]\n\n[^1]: The note.\n", {QStringLiteral("footnote"), QStringLiteral("The note.")});
    row("raw HTML passes", "<span class=\"x\">y</span>\n", {QStringLiteral("<span class=\"x\">y</span>")});
}

void TestKramdown::rendersKramdown()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, absent);
    const QString html = Kramdown::toHtml(markdown);
    for (const QString &e : expected)
        QVERIFY2(html.contains(e), qPrintable(QStringLiteral("missing ") + e + QStringLiteral(" in\n") + html));
    const bool inCode = html.contains(QLatin1String("<code>"));
    for (const QString &a : absent) {
        if (inCode && a == QLatin1String("{:"))
            continue;
        QVERIFY2(!html.contains(a), qPrintable(QStringLiteral("unexpected ") + a + QStringLiteral(" in\n") + html));
    }
    QVERIFY2(!html.contains(QLatin1String("lectern-ial")), qPrintable(html));
}

void TestKramdown::manyAttributeListsStayLinear()
{
    // Found by fuzz_render (a Liquid loop printing a heading with an IAL): 20,000 IALs used to be
    // substituted one by one over the whole text.
    const QString body = QStringLiteral("## Talk {#talk .lead}\n\nText\n{: .note}\n\n").repeated(10000);
    const QString html = Kramdown::toHtml(body, false);
    QCOMPARE(html.count(QLatin1String("class=\"lead\"")), 10000);
    QCOMPARE(html.count(QLatin1String("class=\"note\"")), 10000);
}

// Expected fragments are kramdown 2.4's output through Jekyll 4.3.1's converter (Jekyll's kramdown
// defaults, the row's `kramdown:` settings on top), e.g.
//   ruby -e 'require "jekyll"; c = Jekyll::Converters::Markdown::KramdownParser.new(
//            Jekyll::Configuration.from({"kramdown" => {}})); puts c.convert(STDIN.read)'
void TestKramdown::speaksKramdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *md, const char *expected, const QVariantMap &settings = {}) {
        QTest::newRow(name) << QString::fromUtf8(md) << settings << QString::fromUtf8(expected);
    };
    row("typography: straight quotes to curly, apostrophe, decade", "\"It's\" a 'quote', the '80s.\n",
        "<p>“It’s” a ‘quote’, the ’80s.</p>");
    row("typography: quote before emphasis opens, after it closes", "\"*emph*\" and *Custer*'s\n",
        "<p>“<em>emph</em>” and <em>Custer</em>’s</p>");
    row("typography: -- en dash, --- em dash, ... ellipsis", "a -- b --- c... d\n", "<p>a – b — c… d</p>");
    row("typography: << >> guillemets keep the word between", "<<Bienvenue>> << x >>\n",
        "<p>«Bienvenue» «\u00a0x\u00a0»</p>");
    row("typography: never inside a code span", "`\"a\" -- b` and\n", "<code>\"a\" -- b</code> and</p>");
    row("typography: never inside a code block", "    \"code\" --\n", "<code>\"code\" --\n</code>");
    row("typography: never inside a block of raw HTML", "<div>\n\"raw\" --\n</div>\n", "<div>\n\"raw\" --\n</div>");
    row("typography: smart_quotes from the site's kramdown settings", "\"Anf\" und 'x'\n", "<p>„Anf“ und ‚x‘</p>",
        {{QStringLiteral("smart_quotes"), QStringLiteral("sbquo,lsquo,bdquo,ldquo")}});
    row("typography: escaped quotes, << and -- stay as typed", "a \\\"q\\\" and \\<<x -- \\-- y\n",
        "<p>a \"q\" and &lt;&lt;x – -- y</p>");
    row("typography: quotes written as entities stay straight", "He said \\\"hi\\\" and &quot;yo&quot; ok\n",
        "<p>He said \"hi\" and \"yo\" ok</p>");
    row("typography: escaped apostrophe and dots stay as typed", "\\'tis and x\\.\\.\\.\n", "<p>'tis and x...</p>");
    row("typography: escapes inside emphasis and a list item", "* *\\\"a\\\"* \"b\"\n",
        "<li><em>\"a\"</em> “b”</li>");
    row("emphasis next to CJK punctuation", "**强调：**后文\n", "<p><strong>强调：</strong>后文</p>");
    row("escaped asterisks between digits stay as typed", "(384\\*384\\*3)\n", "<p>(384*384*3)</p>");
    row("input GFM with hard_wrap: line breaks are kept", "a\nb\n", "<p>a<br />\nb</p>",
        {{QStringLiteral("hard_wrap"), true}});
    row("input GFM, hard_wrap unset (Jekyll: false): one line", "a\nb\n", "<p>a\nb</p>");
    row("definition list: terms, definitions, an indented list inside the definition",
        "a\nb\n: def one\n: def two\ncontinued\n\n  * CVS\n\nhydro\n: Other.\n",
        "<dl>\n<dt>a</dt>\n<dt>b</dt>\n<dd>def one</dd>\n<dd>def two\ncontinued\n<ul>\n<li>CVS</li>\n</ul>\n</dd>\n"
        "<dt>hydro</dt>\n<dd>Other.</dd>\n</dl>");
    row("footnotes: kramdown's markup and fn:/fnref: ids, a repeated reference, back links",
        "a[^n] b[^n] c[^x]\n\n[^n]: note\n\n[^x]: x\n",
        "<p>a<sup id=\"fnref:n\" role=\"doc-noteref\"><a href=\"#fn:n\" class=\"footnote\" rel=\"footnote\">1</a></sup> "
        "b<sup id=\"fnref:n:1\" role=\"doc-noteref\"><a href=\"#fn:n\" class=\"footnote\" rel=\"footnote\">1</a></sup> "
        "c<sup id=\"fnref:x\" role=\"doc-noteref\"><a href=\"#fn:x\" class=\"footnote\" rel=\"footnote\">2</a></sup></p>\n\n"
        "<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:n\" role=\"doc-endnote\">\n"
        "      <p>note\u00a0<a href=\"#fnref:n\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a> "
        "<a href=\"#fnref:n:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;<sup>2</sup></a></p>\n    </li>\n"
        "    <li id=\"fn:x\" role=\"doc-endnote\">\n      <p>x\u00a0<a href=\"#fnref:x\" class=\"reversefootnote\" "
        "role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n  </ol>\n</div>");
    row("abbreviations: definitions hidden, whole words marked, not in code",
        "*[FAIR]: Findable\n\nFAIR data is FAIR. FAIRer no. *FAIR* `FAIR`\n",
        "<p><abbr title=\"Findable\">FAIR</abbr> data is <abbr title=\"Findable\">FAIR</abbr>. FAIRer no. "
        "<em><abbr title=\"Findable\">FAIR</abbr></em> <code>FAIR</code></p>");
    row("a line starting with span-level HTML is a paragraph, its Markdown parsed",
        "<a href=\"x\">*link* \"q\"</a>\n", "<p><a href=\"x\"><em>link</em> “q”</a></p>");
    row("block-level HTML stays a raw block", "<div>\nblock\n</div>\n", "<div>\nblock\n</div>");
    row("block-level HTML stays raw up to its closing tag, across empty lines",
        "<div class=\"note\">\n\n*a* \"q\"\n\n</div>\n\nafter\n",
        "<div class=\"note\">\n\n*a* \"q\"\n\n</div>\n\n<p>after</p>");
    row("block-level HTML: nested elements of the same kind end at the matching tag",
        "<section>\n<div>\n\ninner\n</div>\n\n</section>\n\nZ\n",
        "<section>\n<div>\n\ninner\n</div>\n\n</section>\n\n<p>Z</p>");
    row("block-level HTML: an indented line after an empty one is no code block",
        "<details>\n<summary>More</summary>\n\n    indented\n\n</details>\n",
        "<details>\n<summary>More</summary>\n\n    indented\n\n</details>");
    row("{::nomarkdown} block: content passed through as it is",
        "{::nomarkdown}\n<b>*x*</b> \"q\"\n\n<i>y</i>\n{:/nomarkdown}\n\nafter\n",
        "<b>*x*</b> \"q\"\n\n<i>y</i>\n\n<p>after</p>");
    row("{::nomarkdown} span: content passed through as it is", "A {::nomarkdown}*raw* \"q\"{:/nomarkdown} b\n",
        "<p>A *raw* \"q\" b</p>");
    row("heading id (GFM): punctuation and typography dropped, spaces to dashes",
        "## 1. Intro & \"Setup\" -- now\n", "<h2 id=\"1-intro--setup--now\">1. Intro &amp; “Setup” – now</h2>");
    row("heading id (GFM): letters of any script kept, lower case", "## Ünïcode straße 中文\n",
        "<h2 id=\"ünïcode-straße-中文\">Ünïcode straße 中文</h2>");
    row("heading id (GFM): none when nothing is left", "## ???\n\ntext\n", "<h2>??" "?</h2>\n\n<p>text</p>");
    row("heading id (GFM): repeats numbered, an explicit id not counted",
        "## Same\n\n## Same {#same-1}\n\n## Same\n",
        "<h2 id=\"same\">Same</h2>\n\n<h2 id=\"same-1\">Same</h2>\n\n<h2 id=\"same-1\">Same</h2>");
    row("heading id: auto_id_prefix from the site", "## Ünïcode? Über\n",
        "<h2 id=\"id-ünïcode-über\">Ünïcode? Über</h2>", {{QStringLiteral("auto_id_prefix"), QStringLiteral("id-")}});
    row("heading id: input kramdown, ASCII only, leading non-letters dropped, repeats numbered",
        "## 9 Über x\n\n## 9 Über x\n", "<h2 id=\"k-ber-x\">9 Über x</h2>\n\n<h2 id=\"k-ber-x-1\">9 Über x</h2>",
        {{QStringLiteral("input"), QStringLiteral("kramdown")}, {QStringLiteral("auto_id_prefix"), QStringLiteral("k-")}});
    row("heading id: auto_ids false gives none", "## Title\n", "<h2>Title</h2>",
        {{QStringLiteral("auto_ids"), false}});
    row("{:toc}: nested by heading level, kramdown's ids", "* TOC\n{:toc}\n\n## One\n\n### Sub\n\n## Two\n\n# Top\n",
        "<ul id=\"markdown-toc\">\n  <li><a href=\"#one\" id=\"markdown-toc-one\">One</a>    <ul>\n"
        "      <li><a href=\"#sub\" id=\"markdown-toc-sub\">Sub</a></li>\n    </ul>\n  </li>\n"
        "  <li><a href=\"#two\" id=\"markdown-toc-two\">Two</a></li>\n  <li><a href=\"#top\" id=\"markdown-toc-top\">Top</a></li>\n</ul>");
    row("list: an item's paragraph is bare unless a blank line follows it in the item",
        "* a\n\n* b\n* c\n", "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\nb\n</li>\n<li>\nc\n</li>\n</ul>");
}

void TestKramdown::speaksKramdown()
{
    QFETCH(QString, markdown);
    QFETCH(QVariantMap, settings);
    QFETCH(QString, expected);
    const KramdownOptions options = KramdownOptions::fromSite({{QStringLiteral("kramdown"), settings}});
    QString html = Kramdown::toHtml(markdown, false, options);
    html.replace(QLatin1String("&quot;"), QLatin1String("\""));   // cmark escapes in text, kramdown need not
    // Indentation and line ends next to tags are kramdown's pretty-printing, not content.
    static const QRegularExpression aroundTags(QStringLiteral("\\s*(<[^>]+>)\\s*"));
    html.replace(aroundTags, QStringLiteral("\\1"));
    const QString want = QString(expected).replace(aroundTags, QStringLiteral("\\1"));
    QVERIFY2(html.contains(want), qPrintable(QStringLiteral("expected ") + want + QStringLiteral(" in\n") + html));
}

void TestKramdown::commentNeverRendered_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("kept");
    QTest::newRow("{::comment} inside a paragraph") << QStringLiteral("a {::comment}secret note{:/comment} b\n")
                                                    << QStringLiteral("<p>a  b</p>");
    QTest::newRow("{::comment} block on its own lines")
        << QStringLiteral("Before\n\n{::comment}\nsecret note\n\nstill secret\n{:/comment}\n\nAfter\n")
        << QStringLiteral("<p>After</p>");
    QTest::newRow("{::comment} never closed hides the rest (kramdown)")
        << QStringLiteral("Before\n\n{::comment}\nsecret note\n") << QStringLiteral("<p>Before</p>");
}

void TestKramdown::commentNeverRendered()
{
    QFETCH(QString, markdown);
    QFETCH(QString, kept);
    const QString html = Kramdown::toHtml(markdown, false);
    QVERIFY2(html.contains(kept), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("secret")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("comment")), qPrintable(html));
    // Lines stay where they were, for the preview's scroll sync.
    const QString positioned = Kramdown::toHtml(markdown, true);
    if (markdown.contains(QLatin1String("After")))
        QVERIFY2(positioned.contains(QLatin1String("<p data-sourcepos=\"9:1-9:5\">After</p>")), qPrintable(positioned));
}

QTEST_GUILESS_MAIN(TestKramdown)
#include "tst_kramdown.moc"
