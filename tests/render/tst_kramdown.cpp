// SPDX-License-Identifier: GPL-3.0-or-later
#include "kramdown.h"
#include "kramdownkinds.h"
#include "markdownrenderer.h"
#include "sourcelines.h"

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
    void exactBlocksTakeBuiltInPositions_data();
    void exactBlocksTakeBuiltInPositions();
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
    row("IAL text in a code span is code", "`a{:.x}`\n", {QStringLiteral("highlighter-rouge\">a{:.x}</code>")}, {});
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
    const bool inCode = html.contains(QLatin1String("<code"));
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

// The kinds of issue 17 (kramdownkinds.h: expected fragments from Jekyll 4.3.1's own converter).
void TestKramdown::speaksKramdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QVariantMap>("settings");
    QTest::addColumn<QString>("expected");
    for (const LecternTest::KramdownKind &kind : LecternTest::kramdownKinds())
        QTest::newRow(kind.name) << kind.markdown << kind.settings << kind.expected;
}

void TestKramdown::speaksKramdown()
{
    QFETCH(QString, markdown);
    QFETCH(QVariantMap, settings);
    QFETCH(QString, expected);
    const KramdownOptions options = KramdownOptions::fromSite({{QStringLiteral("kramdown"), settings}});
    const QString html = LecternTest::comparableHtml(Kramdown::toHtml(markdown, false, options));
    const QString want = LecternTest::comparableHtml(expected);
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

// Issue 17: the exact body (Jekyll's, no data-sourcepos) gets the built-in render's positions for
// scroll sync at once, even when the two differ in blocks. BUILTIN is the built-in render of the
// Markdown; EXACT what kramdown made of it; POSITIONS the data-sourcepos each exact block must get
// ("-" for none).
void TestKramdown::exactBlocksTakeBuiltInPositions_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QStringList>("positions");
    QTest::newRow("same blocks: each its counterpart's")
        << QStringLiteral("# A\n\npara\n\n- x\n")
        << QStringLiteral("<h1 id=\"a\">A</h1>\n<p>para</p>\n<ul>\n  <li>x</li>\n</ul>\n")
        << QStringList{QStringLiteral("1:1-1:3"), QStringLiteral("3:1-3:4"), QStringLiteral("5:1-5:3")};
    QTest::newRow("a block Jekyll made from Liquid takes the Liquid line's position")
        << QStringLiteral("Intro\n\n{% for p in site.posts %}x{% endfor %}\n\n## End\n\nlast\n")
        << QStringLiteral("<p>Intro</p>\n<ul><li>one</li></ul>\n<h2 id=\"end\">End</h2>\n<p>last</p>\n")
        << QStringList{QStringLiteral("1:1-1:5"), QStringLiteral("3:1-3:38"), QStringLiteral("5:1-5:6"),
                       QStringLiteral("7:1-7:4")};
    QTest::newRow("a block only Jekyll made (footnotes) gets none")
        << QStringLiteral("one\n\ntwo\n")
        << QStringLiteral("<p>one</p>\n<p>two</p>\n<div class=\"footnotes\"><ol><li>n</li></ol></div>\n")
        << QStringList{QStringLiteral("1:1-1:3"), QStringLiteral("3:1-3:3"), QStringLiteral("-")};
    QTest::newRow("a block only the built-in made shifts nothing after it")
        << QStringLiteral("one\n\n{% include empty.html %}\n\ntwo\n\nthree\n")
        << QStringLiteral("<p>one</p>\n<p>two</p>\n<p>three</p>\n")
        << QStringList{QStringLiteral("1:1-1:3"), QStringLiteral("5:1-5:3"), QStringLiteral("7:1-7:5")};
    QTest::newRow("typography folded: curly and straight quotes match")
        << QStringLiteral("x\n\n\"q\" -- it's\n\ny\n")
        << QStringLiteral("<p>z</p>\n<p>x</p>\n<p>\u201cq\u201d \u2013 it\u2019s</p>\n<p>y</p>\n")
        << QStringList{QStringLiteral("-"), QStringLiteral("1:1-1:1"), QStringLiteral("3:1-3:11"), QStringLiteral("5:1-5:1")};
    QTest::newRow("a block whose text differs between two matched ones is paired")
        << QStringLiteral("one\n\n{{ page.title }}\n\nthree\n")
        << QStringLiteral("<p>one</p>\n<p>The Title</p>\n<p>three</p>\n")
        << QStringList{QStringLiteral("1:1-1:3"), QStringLiteral("3:1-3:16"), QStringLiteral("5:1-5:5")};
}

void TestKramdown::exactBlocksTakeBuiltInPositions()
{
    QFETCH(QString, markdown);
    QFETCH(QString, exact);
    QFETCH(QStringList, positions);
    const QString builtIn = Kramdown::toHtml(markdown, true);
    const QString html = SourceLines::copyPositions(exact, builtIn);
    // The exact HTML itself is kept: only the attributes are added.
    static const QRegularExpression attribute(QStringLiteral(" data-sourcepos=\"([^\"]*)\""));
    QCOMPARE(QString(html).remove(attribute), exact);
    // Each top-level element's position, in order ("-" where it has none).
    QStringList got;
    int depth = 0;
    static const QRegularExpression tag(QStringLiteral("<(/?)([a-z0-9]+)([^>]*)>"));
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isEmpty()) {
            --depth;
            continue;
        }
        if (depth++ == 0) {
            const QRegularExpressionMatch p = attribute.match(m.captured(3));
            got << (p.hasMatch() ? p.captured(1) : QStringLiteral("-"));
        }
    }
    QVERIFY2(got == positions, qPrintable(got.join(QLatin1Char(' ')) + QStringLiteral("\nbuilt-in:\n") + builtIn));
}

QTEST_GUILESS_MAIN(TestKramdown)
#include "tst_kramdown.moc"
