// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Each kind of kramdown that the built-in renderer speaks (issue 17), with the fragment kramdown 2.4
// gives through Jekyll 4.3.1's converter (Jekyll's kramdown defaults, the row's `kramdown:` settings on
// top), e.g.
//   ruby -e 'require "jekyll"; c = Jekyll::Converters::Markdown::KramdownParser.new(
//            Jekyll::Configuration.from({"kramdown" => {}})); puts c.convert(STDIN.read)'
// tst_kramdown renders each row with the built-in renderer, tst_exactrenderer through the site's Jekyll.

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QVariantMap>

namespace LecternTest {

struct KramdownKind
{
    const char *name;
    QString markdown;
    QString expected;       // a fragment of the body HTML
    QVariantMap settings;   // the site's `kramdown:` settings for the row
};

inline QList<KramdownKind> kramdownKinds()
{
    QList<KramdownKind> kinds;
    auto add = [&kinds](const char *name, const char *md, const char *expected, const QVariantMap &settings = {}) {
        kinds.append({name, QString::fromUtf8(md), QString::fromUtf8(expected), settings});
    };
    add("typography: straight quotes to curly, apostrophe, decade", "\"It's\" a 'quote', the '80s.\n",
        "<p>“It’s” a ‘quote’, the ’80s.</p>");
    add("typography: quote before emphasis opens, after it closes", "\"*emph*\" and *Custer*'s\n",
        "<p>“<em>emph</em>” and <em>Custer</em>’s</p>");
    add("typography: -- en dash, --- em dash, ... ellipsis", "a -- b --- c... d\n", "<p>a – b — c… d</p>");
    add("typography: << >> guillemets keep the word between", "<<Bienvenue>> << x >>\n",
        "<p>«Bienvenue» «\u00a0x\u00a0»</p>");
    add("typography: never inside a code span", "`\"a\" -- b` and\n",
        "<code class=\"language-plaintext highlighter-rouge\">\"a\" -- b</code> and</p>");
    add("typography: none inside a span element kramdown keeps raw (strike, kbd), as in span",
        "a \"q\" <strike>I'm [...] -- \"s\"</strike> <kbd>\"k\"</kbd> <span>\"p\"</span>\n",
        "<p>a “q” <strike>I'm [...] -- \"s\"</strike> <kbd>\"k\"</kbd> <span>“p”</span></p>");
    add("typography: never inside a code block", "    \"code\" --\n", "<code>\"code\" --\n</code>");
    add("typography: never inside a block of raw HTML", "<div>\n\"raw\" --\n</div>\n", "<div>\n\"raw\" --\n</div>");
    add("typography: smart_quotes from the site's kramdown settings", "\"Anf\" und 'x'\n", "<p>„Anf“ und ‚x‘</p>",
        {{QStringLiteral("smart_quotes"), QStringLiteral("sbquo,lsquo,bdquo,ldquo")}});
    add("typography: escaped quotes, << and -- stay as typed", "a \\\"q\\\" and \\<<x -- \\-- y\n",
        "<p>a \"q\" and &lt;&lt;x – -- y</p>");
    add("typography: quotes written as entities stay straight", "He said \\\"hi\\\" and &quot;yo&quot; ok\n",
        "<p>He said \"hi\" and \"yo\" ok</p>");
    add("typography: escaped apostrophe and dots stay as typed", "\\'tis and x\\.\\.\\.\n", "<p>'tis and x...</p>");
    add("typography: escapes inside emphasis and a list item", "* *\\\"a\\\"* \"b\"\n",
        "<li><em>\"a\"</em> “b”</li>");
    add("emphasis next to CJK punctuation", "**强调：**后文\n", "<p><strong>强调：</strong>后文</p>");
    add("escaped asterisks between digits stay as typed", "(384\\*384\\*3)\n", "<p>(384*384*3)</p>");
    add("input GFM with hard_wrap: line breaks are kept", "a\nb\n", "<p>a<br />\nb</p>",
        {{QStringLiteral("hard_wrap"), true}});
    add("input GFM, hard_wrap unset (Jekyll: false): one line", "a\nb\n", "<p>a\nb</p>");
    add("definition list: terms, definitions, an indented list inside the definition",
        "a\nb\n: def one\n: def two\ncontinued\n\n  * CVS\n\nhydro\n: Other.\n",
        "<dl>\n<dt>a</dt>\n<dt>b</dt>\n<dd>def one</dd>\n<dd>def two\ncontinued\n<ul>\n<li>CVS</li>\n</ul>\n</dd>\n"
        "<dt>hydro</dt>\n<dd>Other.</dd>\n</dl>");
    add("definition list: the definition goes on in its indented paragraphs after an empty line",
        "term\n: first line\n  goes on:\n\n  (1) one.\n\n  (2) two.\n\nafter\n",
        "<dl>\n<dt>term</dt>\n<dd>first line\ngoes on:\n<p>(1) one.</p>\n<p>(2) two.</p>\n</dd>\n</dl>\n<p>after</p>");
    add("link: a URL holding spaces is a link, its href as typed",
        "[Poster](/img/Art Benjamin 03-23-2015.pdf) and [t](my file.pdf \"T\")\n",
        "<p><a href=\"/img/Art Benjamin 03-23-2015.pdf\">Poster</a> and <a href=\"my file.pdf\" title=\"T\">t</a></p>");
    add("bare URL: no link (only <URL> is one), backslash escapes taken out",
        "see https://x.org/name\\_conv.rb and www.x.org/a\\_b or <https://y.org/q> now\n",
        "<p>see https://x.org/name_conv.rb and www.x.org/a_b or <a href=\"https://y.org/q\">https://y.org/q</a> now</p>");
    add("link: a URL written as a link's text stays that link (cmark-gfm nests an autolink there)",
        "[http://www.x.com/a\\_b](http://www.x.com/a_b) and [www.x.com/a\\_b](http://www.x.com/a_b)\n",
        "<p><a href=\"http://www.x.com/a_b\">http://www.x.com/a_b</a> and <a href=\"http://www.x.com/a_b\">www.x.com/a_b</a></p>");
    add("Rouge: a code span is marked plaintext", "a `x<y` b\n",
        "<p>a <code class=\"language-plaintext highlighter-rouge\">x&lt;y</code> b</p>");
    add("Rouge: a fenced block in a language Rouge knows is wrapped (tokens not coloured here)",
        "```ruby\nputs \"a\" -- 1\n```\n",
        "<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>");
    add("Rouge: a block without a language is plaintext, one in a language Rouge lacks stays bare",
        "```\nplain\n```\n\n```nosuchlang\nz\n```\n",
        "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>plain\n"
        "</code></pre></div></div>\n\n<pre><code class=\"language-nosuchlang\">z\n</code></pre>");
    add("Rouge: an indented code block is plaintext", "para\n\n    indented\n",
        "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>indented\n"
        "</code></pre></div></div>");
    add("Rouge: none with syntax_highlighter none", "a `x` b\n\n```ruby\nputs 1\n```\n",
        "<p>a <code>x</code> b</p>\n\n<pre><code class=\"language-ruby\">puts 1\n</code></pre>",
        {{QStringLiteral("syntax_highlighter"), QStringLiteral("none")}});
    add("Rouge: guess_lang false leaves spans and plain blocks bare", "a `x` b\n\n```\nplain\n```\n\n```ruby\nputs 1\n```\n",
        "<p>a <code>x</code> b</p>\n\n<pre><code>plain\n</code></pre>\n\n"
        "<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>",
        {{QStringLiteral("guess_lang"), false}});
    add("footnotes: kramdown's markup and fn:/fnref: ids, a repeated reference, back links",
        "a[^n] b[^n] c[^x]\n\n[^n]: note\n\n[^x]: x\n",
        "<p>a<sup id=\"fnref:n\" role=\"doc-noteref\"><a href=\"#fn:n\" class=\"footnote\" rel=\"footnote\">1</a></sup> "
        "b<sup id=\"fnref:n:1\" role=\"doc-noteref\"><a href=\"#fn:n\" class=\"footnote\" rel=\"footnote\">1</a></sup> "
        "c<sup id=\"fnref:x\" role=\"doc-noteref\"><a href=\"#fn:x\" class=\"footnote\" rel=\"footnote\">2</a></sup></p>\n\n"
        "<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:n\" role=\"doc-endnote\">\n"
        "      <p>note\u00a0<a href=\"#fnref:n\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a>\u00a0"
        "<a href=\"#fnref:n:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;<sup>2</sup></a></p>\n    </li>\n"
        "    <li id=\"fn:x\" role=\"doc-endnote\">\n      <p>x\u00a0<a href=\"#fnref:x\" class=\"reversefootnote\" "
        "role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n  </ol>\n</div>");
    add("abbreviations: definitions hidden, whole words marked, not in code",
        "*[FAIR]: Findable\n\nFAIR data is FAIR. FAIRer no. *FAIR* `FAIR`\n",
        "<p><abbr title=\"Findable\">FAIR</abbr> data is <abbr title=\"Findable\">FAIR</abbr>. FAIRer no. "
        "<em><abbr title=\"Findable\">FAIR</abbr></em> <code class=\"language-plaintext highlighter-rouge\">FAIR</code></p>");
    add("a line starting with span-level HTML is a paragraph, its Markdown parsed",
        "<a href=\"x\">*link* \"q\"</a>\n", "<p><a href=\"x\"><em>link</em> “q”</a></p>");
    add("block-level HTML stays a raw block", "<div>\nblock\n</div>\n", "<div>\nblock\n</div>");
    add("block-level HTML stays raw up to its closing tag, across empty lines",
        "<div class=\"note\">\n\n*a* \"q\"\n\n</div>\n\nafter\n",
        "<div class=\"note\">\n\n*a* \"q\"\n\n</div>\n\n<p>after</p>");
    add("block-level HTML: nested elements of the same kind end at the matching tag",
        "<section>\n<div>\n\ninner\n</div>\n\n</section>\n\nZ\n",
        "<section>\n<div>\n\ninner\n</div>\n\n</section>\n\n<p>Z</p>");
    add("block-level HTML: an indented line after an empty one is no code block",
        "<details>\n<summary>More</summary>\n\n    indented\n\n</details>\n",
        "<details>\n<summary>More</summary>\n\n    indented\n\n</details>");
    add("{::comment} inside a code span is code, not a comment",
        "Code `{::comment}X{:/comment}` end.\n\n{::comment}gone{:/comment}\n\nand `kept`\n",
        "<p>Code <code class=\"language-plaintext highlighter-rouge\">{::comment}X{:/comment}</code> end.</p>");
    add("{::nomarkdown} block: content passed through as it is",
        "{::nomarkdown}\n<b>*x*</b> \"q\"\n\n<i>y</i>\n{:/nomarkdown}\n\nafter\n",
        "<b>*x*</b> \"q\"\n\n<i>y</i>\n\n<p>after</p>");
    add("{::nomarkdown} span: content passed through as it is", "A {::nomarkdown}*raw* \"q\"{:/nomarkdown} b\n",
        "<p>A *raw* \"q\" b</p>");
    add("heading id (GFM): punctuation and typography dropped, spaces to dashes",
        "## 1. Intro & \"Setup\" -- now\n", "<h2 id=\"1-intro--setup--now\">1. Intro &amp; “Setup” – now</h2>");
    add("heading id (GFM): letters of any script kept, lower case", "## Ünïcode straße 中文\n",
        "<h2 id=\"ünïcode-straße-中文\">Ünïcode straße 中文</h2>");
    add("heading id (GFM): none when nothing is left", "## ???\n\ntext\n", "<h2>??" "?</h2>\n\n<p>text</p>");
    add("heading id (GFM): repeats numbered, an explicit id not counted",
        "## Same\n\n## Same {#same-1}\n\n## Same\n",
        "<h2 id=\"same\">Same</h2>\n\n<h2 id=\"same-1\">Same</h2>\n\n<h2 id=\"same-1\">Same</h2>");
    add("heading id: auto_id_prefix from the site", "## Ünïcode? Über\n",
        "<h2 id=\"id-ünïcode-über\">Ünïcode? Über</h2>", {{QStringLiteral("auto_id_prefix"), QStringLiteral("id-")}});
    add("heading id: input kramdown, ASCII only, leading non-letters dropped, repeats numbered",
        "## 9 Über x\n\n## 9 Über x\n", "<h2 id=\"k-ber-x\">9 Über x</h2>\n\n<h2 id=\"k-ber-x-1\">9 Über x</h2>",
        {{QStringLiteral("input"), QStringLiteral("kramdown")}, {QStringLiteral("auto_id_prefix"), QStringLiteral("k-")}});
    add("heading id: auto_ids false gives none", "## Title\n", "<h2>Title</h2>",
        {{QStringLiteral("auto_ids"), false}});
    add("{:toc}: nested by heading level, kramdown's ids", "* TOC\n{:toc}\n\n## One\n\n### Sub\n\n## Two\n\n# Top\n",
        "<ul id=\"markdown-toc\">\n  <li><a href=\"#one\" id=\"markdown-toc-one\">One</a>    <ul>\n"
        "      <li><a href=\"#sub\" id=\"markdown-toc-sub\">Sub</a></li>\n    </ul>\n  </li>\n"
        "  <li><a href=\"#two\" id=\"markdown-toc-two\">Two</a></li>\n  <li><a href=\"#top\" id=\"markdown-toc-top\">Top</a></li>\n</ul>");
    add("list: an item's paragraph is bare unless a blank line follows it in the item",
        "* a\n\n* b\n* c\n", "<ul>\n<li>\n<p>a</p>\n</li>\n<li>\nb\n</li>\n<li>\nc\n</li>\n</ul>");
    return kinds;
}

// HTML with kramdown's pretty-printing (indentation and line ends next to tags) taken out, and
// &quot; in text written as the character (cmark escapes it, kramdown need not): what the rows compare.
inline QString comparableHtml(QString html)
{
    static const QRegularExpression aroundTags(QStringLiteral("\\s*(<[^>]+>)\\s*"));
    html.replace(QLatin1String("&quot;"), QLatin1String("\""));
    return html.replace(aroundTags, QStringLiteral("\\1"));
}

} // namespace LecternTest
