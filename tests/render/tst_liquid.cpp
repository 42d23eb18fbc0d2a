// SPDX-License-Identifier: GPL-3.0-or-later
#include "jekylldate.h"
#include "liquidrenderer.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Lectern;

class TestLiquid final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renders_data();
    void renders();
    void warnsWithPosition_data();
    void warnsWithPosition();
    void includesNeverReadOutsideTheSite();
    void hugeLoopOutputIsCut();
    void parsesDates_data();
    void parsesDates();

private:
    static QVariantMap site()
    {
        return {{QStringLiteral("title"), QStringLiteral("Lab & Co")},
                {QStringLiteral("url"), QStringLiteral("https://scitech.example.org")},
                {QStringLiteral("baseurl"), QStringLiteral("/lab")},
                {QStringLiteral("permalink"), QStringLiteral("/blog/:title/")},
                {QStringLiteral("timezone"), QStringLiteral("America/Los_Angeles")},
                {QStringLiteral("tags"), QVariantList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}},
                {QStringLiteral("people"), QVariantList{person("Ada", "x"), person("Bo", "y"), person("Cy", "x")}}};
    }
    static QVariantMap person(const char *name, const char *team)
    {
        return {{QStringLiteral("name"), QString::fromUtf8(name)}, {QStringLiteral("team"), QString::fromUtf8(team)}};
    }
    static QVariantMap page()
    {
        const QTimeZone la("America/Los_Angeles");
        return {{QStringLiteral("title"), QStringLiteral("Hello <b>World</b>")},
                {QStringLiteral("date"), QDateTime(QDate(2025, 3, 19), QTime(11, 5), la)},
                {QStringLiteral("categories"), QVariantList{QStringLiteral("seminar"), QStringLiteral("news")}},
                {QStringLiteral("path"), QStringLiteral("_posts/2025-03-19-hello.md")}};
    }
    static QString render(const QString &source, RenderWarnings *warnings = nullptr)
    {
        LiquidRenderer liquid(LecternTest::dataPath(QStringLiteral("render/site")), site());
        QVariantMap vars{{QStringLiteral("page"), page()}};
        const QString out = liquid.restore(liquid.render(source, vars));
        if (warnings)
            *warnings = liquid.warnings();
        return out;
    }
};

void TestLiquid::renders_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *source, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(source) << QString::fromUtf8(expected);
    };
    row("output: site variable", "{{ site.title }}", "Lab & Co");
    row("output: page variable", "{{ page.title }}", "Hello <b>World</b>");
    row("output: missing variable prints nothing", "[{{ page.nope }}]", "[]");
    row("output: text without Liquid is untouched", "a { b } c", "a { b } c");
    row("filter argument: a quoted \"|\" is a string, not the next filter",
        "{% assign ns = \"1|22|3\" | split: \"|\" %}{% for n in ns %}[{{ n }}]{% endfor %}{{ ns | join: \"|\" }}",
        "[1][22][3]1|22|3");
    row("case/when: a quoted \",\" is a value", "{% case \",\" %}{% when \"x\", \",\" %}comma{% endcase %}", "comma");
    row("relative_url: adds baseurl", "{{ '/images/x.jpg' | relative_url }}", "/lab/images/x.jpg");
    row("relative_url: root", "{{ '/' | relative_url }}", "/lab/");
    row("relative_url: empty image field (\"\") is the baseurl alone, as Jekyll 4.3 writes it", "[{{ '' | relative_url }}]", "[/lab]");
    row("relative_url: empty image field (missing) stays empty, as in Jekyll", "[{{ page.nope | relative_url }}]", "[]");
    row("absolute_url: adds url and baseurl", "{{ 'images/x.jpg' | absolute_url }}",
        "https://scitech.example.org/lab/images/x.jpg");
    row("date: %-d %b %Y", "{{ page.date | date: '%-d %b %Y' }}", "19 Mar 2025");
    row("date: %a %B %d %m", "{{ page.date | date: \"%a %B %d %m\" }}", "Wed March 19 03");
    row("date: %H:%M %I %p", "{{ page.date | date: '%H:%M %I %p' }}", "11:05 11 AM");
    row("date: %Z is the zone abbreviation", "{{ page.date | date: '%Z' }}", "PDT");
    row("date: text with an offset keeps it", "{{ '2024-08-16 10:00:00 -0700' | date: '%Y-%m-%d %H:%M %z' }}",
        "2024-08-16 10:00 -0700");
    row("date: card format", "{{ page.date | date: '%a, %b %-d, %Y' }}", "Wed, Mar 19, 2025");
    row("date_to_string", "{{ page.date | date_to_string }}", "19 Mar 2025");
    row("date_to_string: ordinal US", "{{ page.date | date_to_string: 'ordinal', 'US' }}", "Mar 19th, 2025");
    row("date_to_long_string", "{{ page.date | date_to_long_string }}", "19 March 2025");
    row("date_to_xmlschema", "{{ page.date | date_to_xmlschema }}", "2025-03-19T11:05:00-07:00");
    // Liquid's date filter keeps a written offset (Time.parse); Jekyll's date_to_* convert to the site
    // zone (.localtime). Both checked with jekyll build on a site with timezone America/Los_Angeles.
    row("date: keeps a written offset", "{{ '2024-08-16 10:00:00 +0200' | date: '%H:%M %z' }}", "10:00 +0200");
    row("date_to_xmlschema: converts a written offset to the site zone",
        "{{ '2024-08-16 10:00:00 +0200' | date_to_xmlschema }}", "2024-08-16T01:00:00-07:00");
    row("date: no offset is the site zone", "{{ '2024-08-16 10:00:00' | date: '%H:%M %z' }}", "10:00 -0700");
    row("strip_html", "{{ page.title | strip_html }}", "Hello World");
    row("truncatewords: cuts and adds an ellipsis", "{{ 'one two three four' | truncatewords: 2 }}", "one two...");
    row("truncatewords: short text unchanged", "{{ 'one two' | truncatewords: 5 }}", "one two");
    row("truncate: counts the ellipsis", "{{ 'abcdefghij' | truncate: 5 }}", "ab...");
    row("escape", "{{ \"<a & 'b'>\" | escape }}", "&lt;a &amp; &#39;b&#39;&gt;");
    row("markdownify", "{{ '**x**' | markdownify }}", "<p><strong>x</strong></p>\n");
    row("upcase", "{{ 'abc' | upcase }}", "ABC");
    row("downcase", "{{ 'ABC' | downcase }}", "abc");
    row("default: missing value", "{{ page.nope | default: 'none' }}", "none");
    row("default: empty string", "{{ '' | default: 'e' }}", "e");
    row("default: present value kept", "{{ 'x' | default: 'e' }}", "x");
    row("join", "{{ site.tags | join: ', ' }}", "a, b, c");
    row("size", "{{ site.tags | size }}", "3");
    row("first", "{{ site.tags | first }}", "a");
    row("last", "{{ site.tags | last }}", "c");
    row("size/first/last as members", "{{ site.tags.size }}{{ site.tags.first }}{{ site.tags.last }}", "3ac");
    row("slugify", "{{ 'Hello, World!' | slugify }}", "hello-world");
    row("filter chain", "{{ page.title | strip_html | upcase }}", "HELLO WORLD");
    row("unknown filter passes the value through", "{{ 'x' | frobnicate }}", "x");
    row("raw: braces kept, shown as entities", "{% raw %}{{ not evaluated }} {% if %}{% endraw %}",
        "&#123;&#123; not evaluated }} &#123;% if %}");
    row("output of a string holding Liquid stays literal", "{{ \"{{ post.excerpt \" }}}}",
        "&#123;&#123; post.excerpt }}");
    row("comment: dropped", "a{% comment %}hidden {{ x }} {% bad{% endcomment %}b", "ab");
    row("if/else with contains", "{% if page.categories contains 'seminar' %}S{% else %}N{% endif %}", "S");
    row("if/elsif", "{% if page.nope %}1{% elsif site.title == 'Lab & Co' %}2{% else %}3{% endif %}", "2");
    row("if: and/or right to left", "{% if false or true and true %}y{% else %}n{% endif %}", "y");
    row("if: comparison", "{% if site.tags.size > 2 %}big{% endif %}", "big");
    row("if: empty", "{% if page.nope == empty %}{% else %}x{% endif %}{% if site.tags != empty %}y{% endif %}", "y");
    row("unless", "{% unless page.nope %}shown{% endunless %}", "shown");
    row("for with forloop", "{% for t in site.tags %}{{ forloop.index }}{{ t }}{% unless forloop.last %},{% endunless %}{% endfor %}",
        "1a,2b,3c");
    row("for: limit, offset, reversed", "{% for t in site.tags limit:2 offset:1 reversed %}{{ t }}{% endfor %}", "cb");
    row("for: range", "{% for i in (1..3) %}{{ i }}{% endfor %}", "123");
    row("for: else when empty", "{% for x in page.nope %}x{% else %}none{% endfor %}", "none");
    row("for: break", "{% for t in site.tags %}{% if t == 'b' %}{% break %}{% endif %}{{ t }}{% endfor %}", "a");
    row("assign with filters", "{% assign x = page.title | strip_html %}{{ x }}", "Hello World");
    row("capture", "{% capture c %}A{{ site.tags.size }}{% endcapture %}[{{ c }}]", "[A3]");
    row("case/when", "{% case site.tags.size %}{% when 2 %}two{% when 3, 4 %}three{% else %}?{% endcase %}", "three");
    row("whitespace control", "a  {%- if true -%}  b  {%- endif -%}  c", "abc");
    row("highlight: pre/code with language, escaped",
        "{% highlight ruby %}\nputs \"<x>\"\n{% endhighlight %}",
        "<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\">puts &quot;&lt;x&gt;&quot;</code></pre></figure>");
    row("link: page", "{% link about.md %}", "/lab/about.html");
    row("post_url: post in a subfolder, site permalink", "{% post_url 2024-01-02-older-post %}", "/lab/blog/older-post/");
    row("where_exp: keeps the items the expression holds for",
        "{% assign xs = site.tags | where_exp: \"t\", \"t != 'b'\" %}{{ xs | join: ',' }}", "a,c");
    row("where_exp: member access and contains",
        "{{ site.people | where_exp: 'p', \"p.team == 'x' and p.name contains 'y'\" | map: 'name' | join: ',' }}", "Cy");
    row("group_by: name, size and items in first-seen order",
        "{% assign gs = site.people | group_by: 'team' %}{% for g in gs %}{{ g.name }}:{{ g.size }}="
        "{{ g.items | map: 'name' | join: '+' }};{% endfor %}",
        "x:2=Ada+Cy;y:1=Bo;");
    row("group_by_exp: groups by an expression with filters",
        "{% assign gs = site.people | group_by_exp: 'p', 'p.name | size' %}{% for g in gs %}{{ g.name }}:"
        "{{ g.items | map: 'name' | join: '+' }};{% endfor %}",
        "3:Ada;2:Bo+Cy;");
    row("find: the first item whose property matches", "{% assign f = site.people | find: 'team', 'y' %}{{ f.name }}", "Bo");
    row("find_exp: the first item the expression holds for",
        "{% assign f = site.people | find_exp: 'p', \"p.name contains 'C'\" %}{{ f.name }}", "Cy");
    row("include_relative: a file beside the post, with page and include variables",
        "{% include_relative snippets/details.md when=\"11:00\" %}", "Room TBA, 11:00\n");
    row("include with parameters", "{% include greet.html name=\"Ada\" count=site.tags.size %}", "Hello Ada (3)!\n");
    row("include: parameter is gone after the include", "{% include greet.html name='A' %}[{{ include.name }}]",
        "Hello A ()!\n[]");
    row("unknown tag: placeholder, never raw braces", "x {% youtube abc %} y",
        "x <span class=\"lectern-liquid-placeholder\" title=\"Liquid tag not rendered in the preview\">"
        "&#123;% youtube abc %}</span> y");
    row("unknown tag inside an attribute: value left empty, markup intact", "<img src=\"{% asset x.png %}\">",
        "<img src=\"\">");
    row("unknown block tag: body still renders", "{% notice info %}Body {{ site.tags.size }}{% endnotice %}",
        "<span class=\"lectern-liquid-placeholder\" title=\"Liquid tag not rendered in the preview\">&#123;% notice info %}"
        "</span>Body 3<span class=\"lectern-liquid-placeholder\" title=\"Liquid tag not rendered in the preview\">"
        "&#123;% endnotice %}</span>");
}

void TestLiquid::renders()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(render(source), expected);
}

void TestLiquid::warnsWithPosition_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("visible");
    QTest::newRow("if never closed") << QStringLiteral("one\n  {% if page.title %}never closed") << 2 << 3
                                     << QStringLiteral("never closed");
    QTest::newRow("output never closed") << QStringLiteral("a\nb {{ page.title") << 2 << 3
                                         << QStringLiteral("lectern-liquid-placeholder");
    QTest::newRow("stray endif") << QStringLiteral("x\n\n{% endif %}") << 3 << 1
                                 << QStringLiteral("lectern-liquid-placeholder");
    QTest::newRow("missing include") << QStringLiteral("{% include nope.html %}") << 1 << 1
                                     << QStringLiteral("lectern-liquid-placeholder");
    QTest::newRow("include_relative cannot climb out with ..")
        << QStringLiteral("x {% include_relative ../_includes/greet.html %}") << 1 << 3
        << QStringLiteral("lectern-liquid-placeholder");
    QTest::newRow("include cannot climb out with ..") << QStringLiteral("{% include ../about.md %}") << 1 << 1
                                                     << QStringLiteral("lectern-liquid-placeholder");
    QTest::newRow("loops within loops that would run 10^10 times stop with a warning")
        << QStringLiteral("{% for i in (1..100000) %}{% for j in (1..100000) %}x{% endfor %}{% endfor %}") << 1 << 27
        << QStringLiteral("x");
    QTest::newRow("post_url to no post") << QStringLiteral("see {% post_url 1999-01-01-none %}") << 1 << 5
                                         << QStringLiteral("lectern-liquid-placeholder");
    QTest::newRow("unknown tag") << QStringLiteral("\n\n   {% gist 123 %}") << 3 << 4
                                 << QStringLiteral("lectern-liquid-placeholder");
}

void TestLiquid::warnsWithPosition()
{
    QFETCH(QString, source);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, visible);
    RenderWarnings warnings;
    const QString out = render(source, &warnings);
    QVERIFY2(out.contains(visible), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("{{")) && !out.contains(QLatin1String("{%")), qPrintable(out));
    QVERIFY(!warnings.isEmpty());
    QCOMPARE(warnings.first().line, line);
    QCOMPARE(warnings.first().column, column);
}

void TestLiquid::includesNeverReadOutsideTheSite()
{
    // The preview promises to read nothing outside the site: a symlink leading out is refused.
    QTemporaryDir outside;
    QTemporaryDir root;
    QVERIFY(outside.isValid() && root.isValid());
    const QString secret = outside.filePath(QStringLiteral("secret.txt"));
    LecternTest::writeFile(secret, "TOPSECRET\n");
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("_includes")) && QDir(root.path()).mkpath(QStringLiteral("_posts")));
    QVERIFY(QFile::link(secret, root.filePath(QStringLiteral("_includes/evil.html"))));
    QVERIFY(QFile::link(secret, root.filePath(QStringLiteral("_posts/evil.md"))));
    LecternTest::writeFile(root.filePath(QStringLiteral("_includes/fine.html")), "fine\n");
    LiquidRenderer liquid(root.path(), site());
    QVariantMap vars{{QStringLiteral("page"), page()}};
    const QString out = liquid.restore(liquid.render(
        QStringLiteral("{% include evil.html %}{% include_relative evil.md %}{% include fine.html %}"), vars));
    QVERIFY2(!out.contains(QLatin1String("TOPSECRET")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("fine")), qPrintable(out));
    QCOMPARE(liquid.warnings().size(), 2);
}

void TestLiquid::hugeLoopOutputIsCut()
{
    // Found by fuzz_render: a loop never closed repeats the rest of the post 20,000 times (160 MB).
    const QString text = QString(QStringLiteral("A line of the talk's abstract.\n")).repeated(64);
    const QString source = QStringLiteral("{% for i in (1..20000) %}\n") + text;
    RenderWarnings warnings;
    const QString out = render(source, &warnings);
    QVERIFY(out.size() > text.size());
    QVERIFY2(out.size() <= 4 * source.size() + (1 << 20) + text.size(), qPrintable(QString::number(out.size())));
    bool cut = false;
    for (const RenderWarning &w : std::as_const(warnings))
        cut = cut || w.message.contains(QLatin1String("too large"));
    QVERIFY(cut);

    // Also found by fuzz_render: thousands of placeholders in one paragraph made restore() quadratic.
    const QString many = render(QStringLiteral("{% for i in (1..20000) %}{% gist 1 %}{% endfor %}"));
    QCOMPARE(many.count(QLatin1String("lectern-liquid-placeholder")), 20000);
}

void TestLiquid::parsesDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");   // %Y-%m-%d %H:%M %z
    QTest::newRow("day month-name year") << QStringLiteral("19 March 2025") << QStringLiteral("2025-03-19 00:00 -0700");
    QTest::newRow("ISO date, site zone (PST)") << QStringLiteral("2024-01-16") << QStringLiteral("2024-01-16 00:00 -0800");
    QTest::newRow("date time offset") << QStringLiteral("2024-08-16 10:00:00 -0700")
                                      << QStringLiteral("2024-08-16 10:00 -0700");
    // Jekyll converts a date with an offset to the site's zone (Utils.parse_date: Time.parse(...).localtime);
    // expected values checked with `ruby -e 'ENV["TZ"]="America/Los_Angeles"; require "jekyll"; puts
    // Jekyll::Utils.parse_date("...").strftime("%Y-%m-%d %H:%M %z")'` (Jekyll 4.3.1).
    QTest::newRow("ISO with T and Z: converted to the site zone") << QStringLiteral("2024-08-16T10:00:00Z")
                                                                 << QStringLiteral("2024-08-16 03:00 -0700");
    QTest::newRow("offset east of UTC, previous day in the site zone") << QStringLiteral("2025-03-20 01:30:00 +0100")
                                                                      << QStringLiteral("2025-03-19 17:30 -0700");
    QTest::newRow("month-name day, year") << QStringLiteral("March 19, 2025") << QStringLiteral("2025-03-19 00:00 -0700");
    QTest::newRow("short month with time, no seconds") << QStringLiteral("19 Mar 2025 16:30")
                                                       << QStringLiteral("2025-03-19 16:30 -0700");
    QTest::newRow("offset with colon") << QStringLiteral("2024-08-16 10:00 +02:00") << QStringLiteral("2024-08-16 01:00 -0700");
    QTest::newRow("zone Ruby does not know: time stays local") << QStringLiteral("2018-05-31 13:00:00 UTC+01:00")
                                                              << QStringLiteral("2018-05-31 13:00 -0700");
    QTest::newRow("not a date") << QStringLiteral("soon") << QString();
}

void TestLiquid::parsesDates()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QDateTime date = JekyllDate::parse(text, QStringLiteral("America/Los_Angeles"));
    QCOMPARE(JekyllDate::format(date, QStringLiteral("%Y-%m-%d %H:%M %z")), expected);
}

QTEST_GUILESS_MAIN(TestLiquid)
#include "tst_liquid.moc"
