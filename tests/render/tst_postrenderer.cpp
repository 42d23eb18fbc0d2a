// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmattertext.h"
#include "jekylldate.h"
#include "postrenderer.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

QString siteRoot()
{
    return LecternTest::sourcePath(QStringLiteral("examples/site"));
}

const char kSeed[] = "_posts/2025-03-19-lumi-ai-factories.md";

// The seed post as the view will hand it over: config values, front matter, body.
PostRenderInput seedInput()
{
    PostRenderInput in;
    in.siteRoot = siteRoot();
    in.site = FrontMatterText::fromYaml(QString::fromUtf8(LecternTest::readAll(siteRoot() + QStringLiteral("/_config.yml"))))
                  .toMap();
    in.filePath = siteRoot() + QLatin1Char('/') + QLatin1String(kSeed);
    in.page = FrontMatterText::readFile(in.filePath, &in.body);
    return in;
}

QString firstMatch(const QString &html, const QString &pattern)
{
    const QRegularExpressionMatch m = QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption).match(html);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace

class TestPostRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedPostThroughSiteLayout_data();
    void seedPostThroughSiteLayout();
    void pageDate_data();
    void pageDate();
    void pageDateFromYamlTimestamp();
    void homeCardFromSiteInclude();
    void builtinLayoutAndCard();
    void bodyAloneSkipsLiquidWithoutBraces();
    void sourceLinesSurviveLiquidAndKramdown_data();
    void sourceLinesSurviveLiquidAndKramdown();
    void matchesJekyllBuild_data();
    void matchesJekyllBuild();
};

void TestPostRenderer::seedPostThroughSiteLayout_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("title in the layout's heading")
        << QStringLiteral("<h1 class=\"post-title\">Supporting Research Infrastructure Communities");
    QTest::newRow("date as the layout formats it (date_to_string)") << QStringLiteral(">19 Mar 2025</time>");
    QTest::newRow("featured image with baseurl") << QStringLiteral("<img src=\"/lab/images/news/malkiewicz-seminar.jpg\"");
    QTest::newRow("category tag, slugified class") << QStringLiteral("<li class=\"tag tag-seminar\">seminar</li>");
    QTest::newRow("seminar abstract heading from contains") << QStringLiteral("<h2>Abstract</h2>");
    QTest::newRow("description through markdownify") << QStringLiteral("<p>AI applications like large language models");
    QTest::newRow("default layout around it (header include)") << QStringLiteral("<a class=\"site-title\" href=\"/lab/\">");
    QTest::newRow("head include: title strip_html | escape")
        << QStringLiteral("<title>Supporting Research Infrastructure Communities Through LUMI AI and AI Factories, "
                          "Nordic and European Perspective | SciTech Lab News &amp; Seminars</title>");
    QTest::newRow("canonical absolute_url from the permalink")
        << QStringLiteral("href=\"https://scitech.example.org/lab/blog/lumi-ai-factories/\"");
    QTest::newRow("body between markers") << QStringLiteral("<!--lectern-body-begin--><ul");
    QTest::newRow("body heading with kramdown id") << QStringLiteral("<h2 id=\"bio\"");
}

void TestPostRenderer::seedPostThroughSiteLayout()
{
    QFETCH(QString, expected);
    const PostRenderResult r = PostRenderer::render(seedInput());
    QVERIFY(r.siteLayout);
    QVERIFY2(r.pageHtml.contains(expected), qPrintable(r.pageHtml));
    QCOMPARE(r.stylesheets, QStringList{QStringLiteral("/lab/assets/css/style.css")});
    QVERIFY(r.bodyHtml.contains(QLatin1String("<strong>When:</strong>")));
    QVERIFY(!r.bodyHtml.contains(QLatin1String("post-title")));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.value(0).toString()));
    QVERIFY(!r.pageHtml.contains(QLatin1String("{{")) && !r.pageHtml.contains(QLatin1String("{%")));
}

void TestPostRenderer::pageDate_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("front matter '19 March 2025'") << QStringLiteral("19 March 2025") << QStringLiteral("2025-03-19T00:00:00-07:00");
    QTest::newRow("front matter '2024-08-16'") << QStringLiteral("2024-08-16") << QStringLiteral("2024-08-16T00:00:00-07:00");
    QTest::newRow("front matter with time and offset") << QStringLiteral("2024-08-16 10:00:00 -0700")
                                                       << QStringLiteral("2024-08-16T10:00:00-07:00");
    // Jekyll converts a written offset to the site's zone (checked with jekyll build, site zone Los Angeles).
    QTest::newRow("offset east of UTC: the previous day in the site zone")
            << QStringLiteral("2025-03-20 01:30:00 +0100") << QStringLiteral("2025-03-19T17:30:00-07:00");
    QTest::newRow("no date: from the file name") << QString() << QStringLiteral("2025-03-19T00:00:00-07:00");
    QTest::newRow("unparsable date: from the file name") << QStringLiteral("next week")
                                                         << QStringLiteral("2025-03-19T00:00:00-07:00");
}

void TestPostRenderer::pageDate()
{
    QFETCH(QString, date);
    QFETCH(QString, expected);
    PostRenderInput in = seedInput();
    if (date.isEmpty())
        in.page.remove(QStringLiteral("date"));
    else
        in.page.insert(QStringLiteral("date"), date);
    in.body = QStringLiteral("{{ page.date | date_to_xmlschema }}");
    QCOMPARE(PostRenderer::renderBody(in), QStringLiteral("<p data-sourcepos=\"1:1-1:25\">") + expected
                                               + QStringLiteral("</p>\n"));
}

// An unquoted `date: 2025-03-19 10:00:00` is a Psych Time in UTC (the preview's snapshot passes it as a
// QDateTime); `jekyll build` of such a post on this site zone prints 2025-03-19 03:00:00 -0700.
void TestPostRenderer::pageDateFromYamlTimestamp()
{
    PostRenderInput in = seedInput();
    in.page.insert(QStringLiteral("date"), JekyllDate::parseFrontMatter(QStringLiteral("2025-03-19 10:00:00"), true,
                                                                        QStringLiteral("UTC")));
    in.body = QStringLiteral("{{ page.date | date_to_xmlschema }}");
    QCOMPARE(PostRenderer::renderBody(in),
             QStringLiteral("<p data-sourcepos=\"1:1-1:25\">2025-03-19T03:00:00-07:00</p>\n"));
}

void TestPostRenderer::homeCardFromSiteInclude()
{
    const CardRenderResult card = PostRenderer::renderCard(seedInput());
    QVERIFY(card.siteInclude);
    QVERIFY2(card.cardHtml.startsWith(QLatin1String("<article class=\"card\">")), qPrintable(card.cardHtml));
    QVERIFY(card.cardHtml.contains(QLatin1String("href=\"/lab/blog/lumi-ai-factories/\"")));
    QVERIFY(card.cardHtml.contains(QLatin1String("<img class=\"card-image\" src=\"/lab/images/news/malkiewicz-seminar.jpg\"")));
    QVERIFY(card.cardHtml.contains(QLatin1String(">Wed, Mar 19, 2025</time>")));
    const QString text = firstMatch(card.cardHtml, QStringLiteral("<p class=\"card-text\">(.*?)</p>"));
    QVERIFY(text.endsWith(QLatin1String("...")));
    QCOMPARE(text.chopped(3).split(QLatin1Char(' '), Qt::SkipEmptyParts).size(), 32);
    QVERIFY(card.pageHtml.contains(QLatin1String("<div class=\"card-grid\">")));
    QCOMPARE(card.pageHtml.count(QLatin1String("<article class=\"card\">")), 1);
    QCOMPARE(card.stylesheets, QStringList{QStringLiteral("/lab/assets/css/style.css")});
}

void TestPostRenderer::builtinLayoutAndCard()
{
    PostRenderInput in = seedInput();
    in.siteRoot = LecternTest::dataPath(QStringLiteral("render/site"));   // no post layout, no listing
    in.filePath = QLatin1String(kSeed);
    in.page.insert(QStringLiteral("description"), QStringLiteral("<b>Short</b> text"));
    const PostRenderResult r = PostRenderer::render(in);
    QVERIFY(!r.siteLayout);
    QVERIFY(r.pageHtml.contains(QLatin1String("<h1>Supporting Research Infrastructure")));
    QVERIFY(r.pageHtml.contains(QLatin1String(">19 March 2025</time>")));
    QVERIFY(r.pageHtml.contains(QLatin1String("<img src=\"/lab/images/news/malkiewicz-seminar.jpg\"")));
    QVERIFY(r.pageHtml.contains(QLatin1String("<li>seminar</li>")));
    QVERIFY(r.pageHtml.contains(QLatin1String("<!--lectern-body-begin-->") + r.bodyHtml));
    const CardRenderResult card = PostRenderer::renderCard(in);
    QVERIFY(!card.siteInclude);
    QVERIFY(card.cardHtml.contains(QLatin1String("<p class=\"card-text\">Short text</p>")));
    QVERIFY(card.cardHtml.contains(QLatin1String(">Wed, Mar 19, 2025</time>")));
    QVERIFY(card.cardHtml.contains(QLatin1String("class=\"card-image\"")));
}

void TestPostRenderer::bodyAloneSkipsLiquidWithoutBraces()
{
    PostRenderInput in = seedInput();
    in.body = QStringLiteral("# Title\n\nNo Liquid here.\n");
    QCOMPARE(PostRenderer::renderBody(in),
             QStringLiteral("<h1 id=\"title\" data-sourcepos=\"1:1-1:7\">Title</h1>\n"
                            "<p data-sourcepos=\"3:1-3:15\">No Liquid here.</p>\n"));
}

void TestPostRenderer::sourceLinesSurviveLiquidAndKramdown_data()
{
    // Scroll sync: the heading's data-sourcepos is its line in the editor, whatever Liquid and the
    // kramdown pass did to the lines before it.
    QTest::addColumn<QString>("body");
    QTest::addColumn<int>("headingLine");
    QTest::newRow("an {% if %} that drops five lines")
        << QStringLiteral("Para one.\n\n{% if false %}\nHidden\n\nmore hidden\n{% endif %}\n\n## After\n") << 9;
    QTest::newRow("a {% for %} that adds lines")
        << QStringLiteral("{% for i in (1..5) %}\n- item {{ i }}\n{% endfor %}\n\n## End\n") << 5;
    QTest::newRow("markdown=\"1\" blocks gain blank lines")
        << QStringLiteral("<div markdown=\"1\">\n**bold**\n</div>\n\n## Next\n") << 5;
    QTest::newRow("a block IAL line and an include")
        << QStringLiteral("Intro\n{: .lead}\n\n{% include greet.html name='A' %}\n\n## Later\n") << 6;
}

void TestPostRenderer::sourceLinesSurviveLiquidAndKramdown()
{
    QFETCH(QString, body);
    QFETCH(int, headingLine);
    PostRenderInput in = seedInput();
    in.siteRoot = LecternTest::dataPath(QStringLiteral("render/site"));
    in.body = body;
    const QString html = PostRenderer::renderBody(in);
    const QString pos = firstMatch(html, QStringLiteral("<h2[^>]*data-sourcepos=\"(\\d+):"));
    QVERIFY2(!pos.isEmpty(), qPrintable(html));
    QCOMPARE(pos.toInt(), headingLine);
}

void TestPostRenderer::matchesJekyllBuild_data()
{
    QTest::addColumn<QString>("page");      // built page under _site
    QTest::addColumn<QString>("pattern");   // one capture, compared between Jekyll and us
    const QString post = QStringLiteral("blog/lumi-ai-factories/index.html");
    QTest::newRow("post: title") << post << QStringLiteral("<h1 class=\"post-title\">(.*?)</h1>");
    QTest::newRow("post: time element") << post << QStringLiteral("<p class=\"post-meta\">(.*?)</p>");
    QTest::newRow("post: image") << post << QStringLiteral("<figure class=\"post-image\">(.*?)</figure>");
    QTest::newRow("post: tags") << post << QStringLiteral("<header class=\"post-header\">\\s*(<ul class=\"tags\">.*?</ul>)");
    QTest::newRow("post: head title") << post << QStringLiteral("<title>(.*?)</title>");
    QTest::newRow("post: canonical") << post << QStringLiteral("(<link rel=\"canonical\"[^>]*>)");
    QTest::newRow("post: meta description") << post << QStringLiteral("(<meta name=\"description\"[^>]*>)");
    QTest::newRow("card: text") << QStringLiteral("index.html") << QStringLiteral("(<p class=\"card-text\">[^<]*Europe’s third[^<]*</p>)");
    QTest::newRow("card: date") << QStringLiteral("index.html")
                                << QStringLiteral("(<time class=\"card-date\" datetime=\"2025-03-19[^>]*>[^<]*</time>)");
}

void TestPostRenderer::matchesJekyllBuild()
{
    QFETCH(QString, page);
    QFETCH(QString, pattern);
    if (QStandardPaths::findExecutable(QStringLiteral("jekyll")).isEmpty())
        QSKIP("jekyll is not installed (apt-get install jekyll): output not compared with Jekyll's");
    static QTemporaryDir out;
    static bool built = false;
    if (!built) {
        QProcess jekyll;
        jekyll.start(QStringLiteral("jekyll"), {QStringLiteral("build"), QStringLiteral("--quiet"),
                                                QStringLiteral("--disable-disk-cache"), QStringLiteral("--source"),
                                                siteRoot(), QStringLiteral("--destination"), out.path()});
        QVERIFY(jekyll.waitForFinished(120000));
        QVERIFY2(jekyll.exitCode() == 0, jekyll.readAllStandardError().constData());
        built = true;
    }
    const QString theirs = firstMatch(QString::fromUtf8(LecternTest::readAll(out.path() + QLatin1Char('/') + page)), pattern);
    QVERIFY2(!theirs.isEmpty(), "pattern not found in Jekyll's page");
    const QString ours = page == QLatin1String("index.html") ? PostRenderer::renderCard(seedInput()).pageHtml
                                                             : PostRenderer::render(seedInput()).pageHtml;
    const QString mine = firstMatch(ours, pattern);
    auto squash = [](QString s) { return s.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")); };
    QCOMPARE(squash(mine), squash(theirs));
}

QTEST_GUILESS_MAIN(TestPostRenderer)
#include "tst_postrenderer.moc"
