// SPDX-License-Identifier: GPL-3.0-or-later
// The site's rules behind issue 16's writing aids, without widgets: the body's headings for the
// outline (MarkdownOutline), the home card's description cut (HomeCardCut) and the site's link
// style (LinkStyle).
#include "homecardcut.h"
#include "linkstyle.h"
#include "markdownoutline.h"
#include "sitescan.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;
using Heading = MarkdownOutline::Heading;

Q_DECLARE_METATYPE(Heading)

class TestWritingRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headings_data();
    void headings();
    void sectionAt_data();
    void sectionAt();
    void cutFromTemplate_data();
    void cutFromTemplate();
    void seedSiteShowsThirtyTwoWords();
    void siteWithoutCut();
    void wordCount_data();
    void wordCount();
    void linkStyle_data();
    void linkStyle();
    void linkTarget_data();
    void linkTarget();
};

void TestWritingRules::headings_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QList<Heading>>("expected");
    QTest::newRow("ATX levels, closing hashes and a kramdown id dropped")
        << QStringLiteral("# One\n\ntext\n## Two ##\n### Three {#three}\n####### seven is text\n")
        << QList<Heading> {{1, 1, QStringLiteral("One")}, {4, 2, QStringLiteral("Two")}, {5, 3, QStringLiteral("Three")}};
    QTest::newRow("a hash without a blank after it is no heading")
        << QStringLiteral("#hashtag\n#5 on the list\n") << QList<Heading> {};
    QTest::newRow("setext: = is level 1, - is level 2, a two-line paragraph joins")
        << QStringLiteral("Title\n=====\n\nFirst line\nsecond line\n---\n")
        << QList<Heading> {{1, 1, QStringLiteral("Title")}, {4, 2, QStringLiteral("First line second line")}};
    QTest::newRow("--- after a blank line is a break, not a heading")
        << QStringLiteral("Text\n\n---\n") << QList<Heading> {};
    QTest::newRow("--- under a list item is a break")
        << QStringLiteral("- item\n---\n") << QList<Heading> {};
    QTest::newRow("nothing inside backtick or tilde fences")
        << QStringLiteral("```bash\n# comment\n```\n~~~~\n## not\n~~~\n~~~~\n# Real\n")
        << QList<Heading> {{8, 1, QStringLiteral("Real")}};
    QTest::newRow("an unclosed fence hides the rest")
        << QStringLiteral("# Before\n```\n# inside\n") << QList<Heading> {{1, 1, QStringLiteral("Before")}};
    QTest::newRow("indented code and HTML comments are skipped")
        << QStringLiteral("para\n\n    # code\n<!--\n# hidden\n-->\n   # three spaces\n")
        << QList<Heading> {{7, 1, QStringLiteral("three spaces")}};
    QTest::newRow("CRLF line ends")
        << QStringLiteral("# A\r\n\r\nB\r\n-\r\n") << QList<Heading> {{1, 1, QStringLiteral("A")}, {3, 2, QStringLiteral("B")}};
    QTest::newRow("the seed post's Bio heading") << QString::fromUtf8(LecternTest::readAll(LecternTest::sourcePath(
                                                        QStringLiteral("examples/site/_posts/2025-06-02-new-gpu-cluster.md"))))
                                                        .section(QStringLiteral("\n---\n"), 1)
        << QList<Heading> {{7, 2, QStringLiteral("What is new")}, {14, 2, QStringLiteral("Getting access")}};
}

void TestWritingRules::headings()
{
    QFETCH(QString, body);
    QFETCH(QList<Heading>, expected);
    const QList<Heading> got = MarkdownOutline::headings(body);
    for (qsizetype i = 0; i < std::min(got.size(), expected.size()); ++i) {
        QCOMPARE(got.at(i).text, expected.at(i).text);
        QCOMPARE(got.at(i).line, expected.at(i).line);
        QCOMPARE(got.at(i).level, expected.at(i).level);
    }
    QCOMPARE(got.size(), expected.size());
}

void TestWritingRules::sectionAt_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("index");
    QTest::newRow("above the first heading: none") << 1 << -1;
    QTest::newRow("on the first heading") << 3 << 0;
    QTest::newRow("inside the first section") << 5 << 0;
    QTest::newRow("on the second") << 8 << 1;
    QTest::newRow("past the last") << 100 << 2;
}

void TestWritingRules::sectionAt()
{
    QFETCH(int, line);
    QFETCH(int, index);
    const QList<Heading> headings = {{3, 1, QStringLiteral("a")}, {8, 2, QStringLiteral("b")}, {20, 2, QStringLiteral("c")}};
    QCOMPARE(MarkdownOutline::sectionAt(headings, line), index);
}

void TestWritingRules::cutFromTemplate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("unit");
    QTest::addColumn<int>("count");
    using Unit = HomeCardCut::Unit;
    QTest::newRow("the seed card: post.description | strip_html | truncatewords: 32")
        << QStringLiteral("<p>{{ post.description | strip_html | truncatewords: 32 }}</p>") << int(Unit::Words) << 32;
    QTest::newRow("truncate counts characters")
        << QStringLiteral("{{- item.description | truncate: 120 -}}") << int(Unit::Characters) << 120;
    QTest::newRow("truncatewords without an argument: Liquid's 15")
        << QStringLiteral("{{ p.description | truncatewords }}") << int(Unit::Words) << 15;
    QTest::newRow("an assign tag counts too")
        << QStringLiteral("{% assign d = post.description | truncatewords: 20 %}") << int(Unit::Words) << 20;
    QTest::newRow("page.description is the page's own meta, not a card")
        << QStringLiteral("{{ page.description | default: site.description | truncatewords: 40 }}") << int(Unit::None) << 0;
    QTest::newRow("a description shown whole: no cut")
        << QStringLiteral("{{ post.description | markdownify }}") << int(Unit::None) << 0;
    QTest::newRow("a truncate on another value of the tag does not count")
        << QStringLiteral("{{ post.title | truncate: 10 }} {{ post.description }}") << int(Unit::None) << 0;
}

void TestWritingRules::cutFromTemplate()
{
    QFETCH(QString, text);
    QFETCH(int, unit);
    QFETCH(int, count);
    const HomeCardCut cut = HomeCardCut::fromTemplate(text);
    QCOMPARE(int(cut.unit), unit);
    QCOMPARE(cut.count, count);
}

void TestWritingRules::seedSiteShowsThirtyTwoWords()
{
    const HomeCardCut cut = HomeCardCut::scan(LecternTest::sourcePath(QStringLiteral("examples/site")));
    QCOMPARE(int(cut.unit), int(HomeCardCut::Unit::Words));
    QCOMPARE(cut.count, 32);
    QCOMPARE(cut.source, QStringLiteral("_includes/post-card.html"));   // not head.html's page.description
}

void TestWritingRules::siteWithoutCut()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(QStringLiteral("_layouts"));
    LecternTest::writeFile(dir.filePath(QStringLiteral("_layouts/default.html")),
                           "<p>{{ page.description | truncatewords: 40 }}</p>{{ content }}");
    LecternTest::writeFile(dir.filePath(QStringLiteral("index.html")), "{% for post in site.posts %}{{ post.title }}{% endfor %}");
    QCOMPARE(int(HomeCardCut::scan(dir.path()).unit), int(HomeCardCut::Unit::None));
    QCOMPARE(int(HomeCardCut::scan(QString()).unit), int(HomeCardCut::Unit::None));
}

void TestWritingRules::wordCount_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("blanks around and between, line breaks") << QStringLiteral("  one two\n\tthree  \n") << 3;
    QTest::newRow("punctuation sticks to its word") << QStringLiteral("LUMI, Europe’s third — most") << 5;
    QTest::newRow("a no-break space does not split (Ruby splits on ASCII blanks)")
        << QStringLiteral("CSC\u00a0IT Center") << 2;
}

void TestWritingRules::wordCount()
{
    QFETCH(QString, text);
    QFETCH(int, words);
    QCOMPARE(HomeCardCut::wordCount(text), words);
}

void TestWritingRules::linkStyle_data()
{
    QTest::addColumn<QStringList>("posts");
    QTest::addColumn<int>("style");
    using Style = LinkStyle::Style;
    QTest::newRow("no links at all (the seed site): post_url") << QStringList {QStringLiteral("Hello [out](https://x.org)")}
                                                               << int(Style::PostUrl);
    QTest::newRow("baseurl links are the majority")
        << QStringList {QStringLiteral("[a]({{ site.baseurl }}/2024/a.html) [b]({{site.baseurl}}/b/"),
                        QStringLiteral("[c]({% post_url 2024-01-01-c %})")}
        << int(Style::Baseurl);
    QTest::newRow("relative_url links are the majority")
        << QStringList {QStringLiteral("[a]({{ '/a/' | relative_url }}) [b]({{ \"/b/\" | relative_url }})")}
        << int(Style::RelativeUrl);
    QTest::newRow("a tie keeps post_url")
        << QStringList {QStringLiteral("[a]({{ site.baseurl }}/a/) [c]({% post_url 2024-01-01-c %})")} << int(Style::PostUrl);
}

void TestWritingRules::linkStyle()
{
    QFETCH(QStringList, posts);
    QFETCH(int, style);
    LinkStyle::Tally tally;
    for (const QString &text : std::as_const(posts))
        LinkStyle::count(text, &tally);
    QCOMPARE(int(LinkStyle::choose(tally)), style);
    // learn() reads the same texts from files.
    QTemporaryDir dir;
    QStringList paths;
    for (qsizetype i = 0; i < posts.size(); ++i) {
        paths << dir.filePath(QStringLiteral("p%1.md").arg(i));
        LecternTest::writeFile(paths.last(), posts.at(i).toUtf8());
    }
    QCOMPARE(int(LinkStyle::learn(paths)), style);
}

void TestWritingRules::linkTarget_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("expected");
    using Style = LinkStyle::Style;
    QTest::newRow("post_url names the file without its extension")
        << int(Style::PostUrl) << QStringLiteral("posts") << QStringLiteral("{% post_url 2025-03-19-lumi-ai-factories %}");
    QTest::newRow("a draft has no post_url: link with its path")
        << int(Style::PostUrl) << QStringLiteral("drafts") << QStringLiteral("{% link _posts/2025-03-19-lumi-ai-factories.md %}");
    QTest::newRow("baseurl: the permalink after {{ site.baseurl }}")
        << int(Style::Baseurl) << QStringLiteral("posts")
        << QStringLiteral("{{ site.baseurl }}/news/2025/03/19/lumi-ai-factories.html");
    QTest::newRow("relative_url: the permalink through the filter")
        << int(Style::RelativeUrl) << QStringLiteral("posts")
        << QStringLiteral("{{ '/news/2025/03/19/lumi-ai-factories.html' | relative_url }}");
}

void TestWritingRules::linkTarget()
{
    QFETCH(int, style);
    QFETCH(QString, collection);
    QFETCH(QString, expected);
    PostEntry entry;
    entry.path = QStringLiteral("/site/_posts/2025-03-19-lumi-ai-factories.md");
    entry.relativePath = QStringLiteral("_posts/2025-03-19-lumi-ai-factories.md");
    entry.collection = collection;
    entry.dateText = QStringLiteral("2025-03-19");
    entry.categories = {QStringLiteral("News")};
    QCOMPARE(LinkStyle::target(LinkStyle::Style(style), QVariantMap(), entry), expected);
}

QTEST_GUILESS_MAIN(TestWritingRules)
#include "tst_writingrules.moc"
