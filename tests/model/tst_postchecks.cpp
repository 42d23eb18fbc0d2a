// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15: what `lectern-cli check` and the post list's Problems filter find in a whole post:
// template text left to fill in, links that leave out the site's baseurl, and `published` read as
// Jekyll reads it.
#include "postchecks.h"
#include "postfile.h"
#include "sitescan.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <utility>
#include <QTest>

using namespace Lectern;

namespace {

QString locations(const Diagnostics &diagnostics)
{
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << QStringLiteral("%1:%2").arg(d.line).arg(d.column);
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestPostChecks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void placeholders_data();
    void placeholders();
    void rootRelativeLinks_data();
    void rootRelativeLinks();
    void largeImages_data();
    void largeImages();
    void imagesWithoutAlt_data();
    void imagesWithoutAlt();
    void conflictMarkers_data();
    void conflictMarkers();
    void postListReadsPublishedAsJekyll_data();
    void postListReadsPublishedAsJekyll();
    void postListShowsProblems_data();
    void postListShowsProblems();

private:
    QTemporaryDir m_dir;
};

void TestPostChecks::placeholders_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");   // "line:col ..." of each warning
    QTest::newRow("template placeholder: [to fill: …] in the body")
        << QByteArray("---\ntitle: Talk\n---\n\nSpeaker: [to fill: name, affiliation]\n") << QStringLiteral("5:10");
    QTest::newRow("template placeholder: [to fill: …] in a block scalar of the front matter")
        << QByteArray("---\ntitle: Talk\ndescription: |\n  [to fill: the abstract]\n---\nBody\n") << QStringLiteral("4:3");
    QTest::newRow("template placeholder: two on one line, CRLF")
        << QByteArray("---\r\ntitle: T\r\n---\r\n[to fill: a] and [To Fill: b]\r\n") << QStringLiteral("4:1 4:18");
    QTest::newRow("template placeholder: date: to fill")
        << QByteArray("---\ntitle: T\ndate: to fill\n---\n") << QStringLiteral("3:1");
    QTest::newRow("template placeholder: empty title") << QByteArray("---\ntitle: \"\"\nx: 1\n---\n") << QStringLiteral("2:1");
    QTest::newRow("template placeholder: empty image") << QByteArray("---\ntitle: T\nimage: \"\"\n---\n") << QStringLiteral("3:1");
    QTest::newRow("no placeholder: image with no value is null, unset for Liquid")
        << QByteArray("---\ntitle: T\nimage:\n---\n") << QString();
    QTest::newRow("no placeholder: title with no value is null, Jekyll titles from the slug")
        << QByteArray("---\ntitle:\n---\n") << QString();
    QTest::newRow("template placeholder: a BOM does not shift columns")
        << QByteArray("\xEF\xBB\xBF---\ntitle: T\n---\nx [to fill]\n") << QStringLiteral("4:3");
    QTest::newRow("no placeholder: a filled-in post") << QByteArray("---\ntitle: T\nimage: /images/a.jpg\n---\nto fill in a form\n")
                                                      << QString();
    QTest::newRow("no placeholder: the seminar template's words elsewhere")
        << QByteArray("---\ntitle: T\n---\nWe have [seats to fill] and a [to-do list].\n") << QString();
}

void TestPostChecks::placeholders()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    const Diagnostics found = PostChecks::placeholders(PostFile::fromBytes(bytes));
    QCOMPARE(locations(found), where);
    for (const Diagnostic &d : found)
        QCOMPARE(d.severity, Diagnostic::Severity::Warning);
}

void TestPostChecks::rootRelativeLinks_data()
{
    QTest::addColumn<QString>("baseurl");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("where");   // body starts on line 4
    const QString lab = QStringLiteral("/lab");
    QTest::newRow("root-relative under baseurl: Markdown image") << lab << QByteArray("![photo](/images/x.jpg)\n") << QStringLiteral("4:10");
    QTest::newRow("root-relative under baseurl: Markdown link with a title")
        << lab << QByteArray("See [the talk](/blog/talk/ \"Talk\").\n") << QStringLiteral("4:16");
    QTest::newRow("root-relative under baseurl: angle-bracket link") << lab << QByteArray("[a](</files/a b.pdf>)\n")
                                                                    << QStringLiteral("4:6");
    QTest::newRow("root-relative under baseurl: reference definition") << lab << QByteArray("[x]: /files/a.pdf\n")
                                                                      << QStringLiteral("4:6");
    QTest::newRow("root-relative under baseurl: raw HTML img src") << lab << QByteArray("<img src=\"/images/x.jpg\" alt=\"\">\n")
                                                                  << QStringLiteral("4:11");
    QTest::newRow("root-relative under baseurl: raw HTML a href, single quotes")
        << lab << QByteArray("<p><a href='/about/'>About</a></p>\n") << QStringLiteral("4:13");
    QTest::newRow("root-relative under baseurl: raw HTML, unquoted, in capitals")
        << lab << QByteArray("<IMG SRC=/x.png>\n") << QStringLiteral("4:10");
    QTest::newRow("root-relative under baseurl: two on a line") << lab << QByteArray("![a](/a.png) ![b](/b.png)\n")
                                                               << QStringLiteral("4:6 4:19");
    QTest::newRow("root-relative under baseurl with trailing slash in _config.yml") << QStringLiteral("/lab/")
                                                                                   << QByteArray("![a](/a.png)\n") << QStringLiteral("4:6");
    QTest::newRow("fine: {{ site.baseurl }} prefix") << lab << QByteArray("![a]({{ site.baseurl }}/images/x.jpg)\n") << QString();
    QTest::newRow("fine: relative_url filter") << lab << QByteArray("![a]({{ '/images/x.jpg' | relative_url }})\n") << QString();
    QTest::newRow("fine: already under the baseurl") << lab << QByteArray("![a](/lab/images/x.jpg) [h](/lab)\n") << QString();
    QTest::newRow("fine: protocol-relative //host") << lab << QByteArray("![a](//cdn.example.org/x.jpg)\n") << QString();
    QTest::newRow("fine: absolute and relative URLs") << lab << QByteArray("[a](https://x.org/a) ![b](images/b.png)\n") << QString();
    QTest::newRow("fine: in a fenced code block") << lab << QByteArray("```\n![a](/a.png)\n```\n") << QString();
    QTest::newRow("fine: in a code span") << lab << QByteArray("Write `![a](/a.png)` like this.\n") << QString();
    QTest::newRow("fine: no baseurl") << QString() << QByteArray("![a](/a.png)\n") << QString();
    QTest::newRow("after a fence closes, checked again") << lab << QByteArray("~~~\nx\n~~~\n![a](/a.png)\n") << QStringLiteral("7:6");
}

void TestPostChecks::rootRelativeLinks()
{
    QFETCH(QString, baseurl);
    QFETCH(QByteArray, body);
    QFETCH(QString, where);
    const Diagnostics found = PostChecks::rootRelativeLinks(PostFile::fromBytes("---\ntitle: T\n---\n" + body), baseurl);
    QCOMPARE(locations(found), where);
    for (const Diagnostic &d : found) {
        QCOMPARE(d.severity, Diagnostic::Severity::Warning);
        QVERIFY(d.message.contains(QLatin1String("{{ site.baseurl }}")));
        QVERIFY(d.message.contains(QLatin1String("relative_url")));
    }
}

void TestPostChecks::largeImages_data()
{
    QTest::addColumn<QString>("baseurl");
    QTest::addColumn<QByteArray>("post");
    QTest::addColumn<QString>("where");   // the site has images/big.jpg (1 MB + 1 byte) and images/small.png (1 MB)
    const QString lab = QStringLiteral("/lab");
    QTest::newRow("front-matter image over 1 MB") << QString() << QByteArray("---\ntitle: T\nimage: /images/big.jpg\n---\nx\n")
                                                 << QStringLiteral("3:1");
    QTest::newRow("front-matter image exactly 1 MB: fine") << QString()
                                                          << QByteArray("---\ntitle: T\nimage: /images/small.png\n---\nx\n") << QString();
    QTest::newRow("front-matter image without a leading slash") << QString()
                                                               << QByteArray("---\ntitle: T\nimage: images/big.jpg\n---\nx\n")
                                                               << QStringLiteral("3:1");
    QTest::newRow("body Markdown image, root-relative") << QString() << QByteArray("---\ntitle: T\n---\n![a](/images/big.jpg)\n")
                                                       << QStringLiteral("4:6");
    QTest::newRow("body image with {{ site.baseurl }}") << lab
                                                       << QByteArray("---\ntitle: T\n---\nText ![a]({{ site.baseurl }}/images/big.jpg)\n")
                                                       << QStringLiteral("4:11");
    QTest::newRow("body image with relative_url") << lab
                                                 << QByteArray("---\ntitle: T\n---\n![a]({{ \"/images/big.jpg\" | relative_url }})\n")
                                                 << QStringLiteral("4:6");
    QTest::newRow("body image under the baseurl path") << lab << QByteArray("---\ntitle: T\n---\n![a](/lab/images/big.jpg)\n")
                                                      << QStringLiteral("4:6");
    QTest::newRow("raw HTML img src") << QString() << QByteArray("---\ntitle: T\n---\n<p><img alt=\"a\" src=\"/images/big.jpg\"></p>\n")
                                     << QStringLiteral("4:22");
    QTest::newRow("fine: remote URL") << QString() << QByteArray("---\ntitle: T\n---\n![a](https://example.org/images/big.jpg)\n")
                                     << QString();
    QTest::newRow("fine: missing file") << QString() << QByteArray("---\ntitle: T\n---\n![a](/images/none.jpg)\n") << QString();
    QTest::newRow("fine: a path leaving the site") << QString() << QByteArray("---\ntitle: T\n---\n![a](/../outside/big.jpg)\n")
                                                  << QString();
    QTest::newRow("fine: in a fenced code block") << QString() << QByteArray("---\ntitle: T\n---\n```\n![a](/images/big.jpg)\n```\n")
                                                 << QString();
}

void TestPostChecks::largeImages()
{
    QFETCH(QString, baseurl);
    QFETCH(QByteArray, post);
    QFETCH(QString, where);
    QTemporaryDir dir;
    const QString site = dir.path() + QStringLiteral("/site");
    QDir().mkpath(site + QStringLiteral("/images"));
    QDir().mkpath(dir.path() + QStringLiteral("/outside"));
    for (const auto &[name, size] : {std::pair{QStringLiteral("site/images/big.jpg"), 1024 * 1024 + 1},
                                     std::pair{QStringLiteral("site/images/small.png"), 1024 * 1024},
                                     std::pair{QStringLiteral("outside/big.jpg"), 2 * 1024 * 1024}}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(size));
    }
    const Diagnostics found = PostChecks::largeImages(PostFile::fromBytes(post), site, baseurl);
    QCOMPARE(locations(found), where);
    for (const Diagnostic &d : found) {
        QCOMPARE(d.severity, Diagnostic::Severity::Warning);
        QVERIFY2(d.message.contains(QLatin1String("images/big.jpg")) && d.message.contains(QLatin1String("1 MB")),
                 qPrintable(d.message));
    }
}

void TestPostChecks::imagesWithoutAlt_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("where");   // body starts on line 4
    QTest::newRow("empty alt") << QByteArray("![](x.png)\n") << QStringLiteral("4:5");
    QTest::newRow("blank alt") << QByteArray("Text ![  ](/images/x.png \"title\")\n") << QStringLiteral("4:12");
    QTest::newRow("empty alt with a Liquid URL") << QByteArray("![]({{ site.baseurl }}/x.png)\n") << QStringLiteral("4:5");
    QTest::newRow("img without alt") << QByteArray("<img src=\"x.png\" width=\"20\">\n") << QStringLiteral("4:11");
    QTest::newRow("two on a line, one with alt") << QByteArray("![ok](a.png) ![](b.png)\n") << QStringLiteral("4:18");
    QTest::newRow("fine: alt text") << QByteArray("![A photo of the cluster](x.png)\n") << QString();
    QTest::newRow("fine: img with alt") << QByteArray("<img src=\"x.png\" alt=\"A chart\">\n") << QString();
    QTest::newRow("fine: img with alt=\"\" (decorative)") << QByteArray("<img alt=\"\" src=\"x.png\">\n") << QString();
    QTest::newRow("fine: a link, not an image") << QByteArray("[](x.html)\n") << QString();
    QTest::newRow("fine: in a code span") << QByteArray("Write `![](x.png)`.\n") << QString();
    QTest::newRow("fine: in a fenced code block") << QByteArray("~~~\n![](x.png)\n~~~\n") << QString();
    QTest::newRow("after a fence, checked again") << QByteArray("```\nx\n```\n![](x.png)\n") << QStringLiteral("7:5");
}

void TestPostChecks::imagesWithoutAlt()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, where);
    const Diagnostics found = PostChecks::imagesWithoutAlt(PostFile::fromBytes("---\ntitle: T\n---\n" + body));
    QCOMPARE(locations(found), where);
    for (const Diagnostic &d : found) {
        QCOMPARE(d.severity, Diagnostic::Severity::Warning);
        QVERIFY2(d.message.contains(QLatin1String("alt")), qPrintable(d.message));
    }
}

void TestPostChecks::conflictMarkers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");   // "line:col ..." of each error
    QTest::newRow("conflict markers: Edit Both's three lines in the body")
        << QByteArray("---\ntitle: T\n---\nline one\n<<<<<<< Your version\nours\n=======\ntheirs\n>>>>>>> Ada's version\nend\n")
        << QStringLiteral("5:1 7:1 9:1");
    QTest::newRow("conflict markers: diff3 style, with the base between")
        << QByteArray("---\ntitle: T\n---\n<<<<<<< Your version\nours\n||||||| Before both changes\nbase\n=======\n"
                      "theirs\n>>>>>>> Their version (Bob Baker, Carol Chen)\n")
        << QStringLiteral("4:1 6:1 8:1 10:1");
    QTest::newRow("conflict markers: in the front matter")
        << QByteArray("---\n<<<<<<< Your version\ntitle: Ours\n=======\ntitle: Theirs\n>>>>>>> Ada's version\n---\nBody\n")
        << QStringLiteral("2:1 4:1 6:1");
    QTest::newRow("conflict markers: CRLF lines")
        << QByteArray("---\r\ntitle: T\r\n---\r\n<<<<<<< a\r\nx\r\n=======\r\ny\r\n>>>>>>> b\r\n")
        << QStringLiteral("4:1 6:1 8:1");
    QTest::newRow("conflict markers: bare markers without labels")
        << QByteArray("---\ntitle: T\n---\n<<<<<<<\nx\n=======\ny\n>>>>>>>\n") << QStringLiteral("4:1 6:1 8:1");
    QTest::newRow("no conflict markers: inside a fenced code block (an example of git's output)")
        << QByteArray("---\ntitle: T\n---\n```\n<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> branch\n```\n") << QString();
    QTest::newRow("no conflict markers: a setext heading's ======= underline")
        << QByteArray("---\ntitle: T\n---\nHeading\n=======\n\nText > quoted\n") << QString();
    QTest::newRow("no conflict markers: an opening line alone (text about git)")
        << QByteArray("---\ntitle: T\n---\n<<<<<<< is how git starts a conflict\n") << QString();
    QTest::newRow("no conflict markers: inside a line")
        << QByteArray("---\ntitle: T\n---\na <<<<<<< b\n=======\nc >>>>>>> d\n") << QString();
    QTest::newRow("no conflict markers: eight < are not a marker")
        << QByteArray("---\ntitle: T\n---\n<<<<<<<< x\n=======\n>>>>>>>> y\n") << QString();
}

void TestPostChecks::conflictMarkers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    const Diagnostics found = PostChecks::conflictMarkers(PostFile::fromBytes(bytes));
    QCOMPARE(locations(found), where);
    for (const Diagnostic &d : found) {
        QCOMPARE(d.severity, Diagnostic::Severity::Error);
        QVERIFY2(d.message.contains(QLatin1String("conflict marker")), qPrintable(d.message));
    }
}

void TestPostChecks::postListReadsPublishedAsJekyll_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("unpublished");
    // Checked against `jekyll build` (Jekyll 4.3, Psych 4): Publisher#can_be_published? hides a post
    // whose published is false or null; any other value, the string 'false' included, publishes it.
    QTest::newRow("published read as Jekyll: false hides") << QByteArray("false") << true;
    QTest::newRow("published read as Jekyll: False hides") << QByteArray("False") << true;
    QTest::newRow("published read as Jekyll: FALSE hides") << QByteArray("FALSE") << true;
    QTest::newRow("published read as Jekyll: no hides (YAML 1.1)") << QByteArray("no") << true;
    QTest::newRow("published read as Jekyll: Off hides (YAML 1.1)") << QByteArray("Off") << true;
    QTest::newRow("published read as Jekyll: ~ (null) hides") << QByteArray("~") << true;
    QTest::newRow("published read as Jekyll: empty (null) hides") << QByteArray("") << true;
    QTest::newRow("published read as Jekyll: 'false' quoted is a string: published") << QByteArray("'false'") << false;
    QTest::newRow("published read as Jekyll: \"no\" quoted is a string: published") << QByteArray("\"no\"") << false;
    QTest::newRow("published read as Jekyll: n is a string: published") << QByteArray("n") << false;
    QTest::newRow("published read as Jekyll: 0 is a number: published") << QByteArray("0") << false;
    QTest::newRow("published read as Jekyll: true publishes") << QByteArray("true") << false;
    QTest::newRow("published read as Jekyll: absent publishes") << QByteArray() << false;
}

void TestPostChecks::postListReadsPublishedAsJekyll()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, unpublished);
    const bool absent = value.isNull();
    const PostFile post = PostFile::fromBytes("---\ntitle: T\n" + (absent ? QByteArray() : "published: " + value + "\n") + "---\n");
    QCOMPARE(SiteScan::isUnpublished(post.frontMatter()), unpublished);
    // The post list and `lectern-cli list` read it through SiteScan::read.
    const QString path = m_dir.filePath(QStringLiteral("_posts/2025-01-02-p.md"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(post.toBytes());
    file.close();
    PostEntry entry;
    entry.path = path;
    entry.relativePath = QStringLiteral("_posts/2025-01-02-p.md");
    SiteScan::read(&entry);
    QCOMPARE(entry.unpublished, unpublished);
}

void TestPostChecks::postListShowsProblems_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");   // start of PostEntry::error; empty: no problem
    QTest::newRow("post list Problems: template placeholder left")
        << QByteArray("---\ntitle: T\n---\nSpeaker: [to fill: name]\n") << QStringLiteral("_posts/2025-01-02-p.md:4:10: warning:");
    QTest::newRow("post list Problems: empty image") << QByteArray("---\ntitle: T\nimage: ''\n---\n")
                                                     << QStringLiteral("_posts/2025-01-02-p.md:3:1: warning:");
    QTest::newRow("post list Problems: a value Jekyll's loader refuses")
        << QByteArray("---\ntitle: :P a talk\n---\n") << QStringLiteral("_posts/2025-01-02-p.md:2:8: error:");
    QTest::newRow("post list Problems: conflict marker lines left in")
        << QByteArray("---\ntitle: T\n---\n<<<<<<< Your version\na\n=======\nb\n>>>>>>> Ada's version\n")
        << QStringLiteral("_posts/2025-01-02-p.md:4:1: error: conflict marker");
    QTest::newRow("post list Problems: none in a finished post") << QByteArray("---\ntitle: T\n---\nDone.\n") << QString();
}

void TestPostChecks::postListShowsProblems()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const QString path = m_dir.filePath(QStringLiteral("_posts/2025-01-02-p.md"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    PostEntry entry;
    entry.path = path;
    entry.relativePath = QStringLiteral("_posts/2025-01-02-p.md");
    SiteScan::read(&entry);
    if (error.isEmpty())
        QVERIFY2(entry.error.isEmpty(), qPrintable(entry.error));
    else
        QVERIFY2(entry.error.startsWith(error), qPrintable(entry.error));
    QCOMPARE(entry.title.isEmpty(), false);
}

QTEST_GUILESS_MAIN(TestPostChecks)
#include "tst_postchecks.moc"
