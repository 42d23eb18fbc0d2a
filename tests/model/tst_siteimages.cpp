// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: where a pasted image goes and how the body links it, learnt from the site (SiteImages).
#include "siteimages.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

using Style = ImageConvention::LinkStyle;
using Rule = ImageConvention::FolderRule;

class TestSiteImages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void learnsFolder_data();
    void learnsFolder();
    void learnsLinkStyle_data();
    void learnsLinkStyle();
    void readsMaxWidth_data();
    void readsMaxWidth();
    void link_data();
    void link();
    void sitePath_data();
    void sitePath();
    void freeNameNeverTakesAnExistingFile();
    void insideSite_data();
    void insideSite();
};

void TestSiteImages::learnsFolder_data()
{
    QTest::addColumn<QStringList>("folders");      // folders that exist in the site
    QTest::addColumn<QByteArray>("overrides");     // .lectern.yml
    QTest::addColumn<QString>("postImage");
    QTest::addColumn<QStringList>("siteImages");   // the index's front-matter images, newest first
    QTest::addColumn<QStringList>("bodies");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<int>("rule");
    const QStringList none;
    QTest::newRow("nothing learnt, images/ exists") << QStringList{QStringLiteral("images")} << QByteArray() << QString()
                                                   << none << none << QStringLiteral("images") << int(Rule::ExistingFolder);
    QTest::newRow("nothing learnt, only assets/images/ exists")
        << QStringList{QStringLiteral("assets/images")} << QByteArray() << QString() << none << none
        << QStringLiteral("assets/images") << int(Rule::ExistingFolder);
    QTest::newRow("nothing learnt, both exist: images/")
        << QStringList{QStringLiteral("assets/images"), QStringLiteral("images")} << QByteArray() << QString() << none << none
        << QStringLiteral("images") << int(Rule::ExistingFolder);
    QTest::newRow("nothing learnt, neither exists: images/ (made on write)")
        << none << QByteArray() << QString() << none << none << QStringLiteral("images") << int(Rule::Default);
    QTest::newRow("the post's own image: folder") << QStringList{QStringLiteral("images")} << QByteArray()
                                                 << QStringLiteral("/images/news/x.jpg")
                                                 << QStringList{QStringLiteral("/assets/a.png"), QStringLiteral("/assets/b.png")}
                                                 << none << QStringLiteral("images/news") << int(Rule::PostImage);
    QTest::newRow("the post's own image: with {{ site.baseurl }}")
        << none << QByteArray() << QStringLiteral("{{ site.baseurl }}/assets/img/a.png") << none << none
        << QStringLiteral("assets/img") << int(Rule::PostImage);
    QTest::newRow("the post's own image: remote, so the site's majority")
        << none << QByteArray() << QStringLiteral("https://cdn.example.org/img/a.png")
        << QStringList{QStringLiteral("/images/news/a.jpg")} << none << QStringLiteral("images/news") << int(Rule::SitePosts);
    QTest::newRow("the site's front-matter images: the majority folder")
        << QStringList{QStringLiteral("images")} << QByteArray() << QString()
        << QStringList{QStringLiteral("/images/people/c.jpg"), QStringLiteral("/images/news/a.jpg"),
                       QStringLiteral("images/news/b.jpg")}
        << none << QStringLiteral("images/news") << int(Rule::SitePosts);
    QTest::newRow("the site's front-matter images: a tie goes to the newest")
        << none << QByteArray() << QString()
        << QStringList{QStringLiteral("/images/people/c.jpg"), QStringLiteral("/images/news/a.jpg")} << none
        << QStringLiteral("images/people") << int(Rule::SitePosts);
    QTest::newRow("remote front-matter images do not count")
        << none << QByteArray() << QString()
        << QStringList{QStringLiteral("https://x.org/img/a.png"), QStringLiteral("https://x.org/img/b.png"),
                       QStringLiteral("/uploads/c.png")}
        << none << QStringLiteral("uploads") << int(Rule::SitePosts);
    QTest::newRow("images in bodies count") << QStringList{QStringLiteral("images")} << QByteArray() << QString() << none
                                           << QStringList{QStringLiteral("Text\n![a]({{ site.baseurl }}/assets/posts/x.png)\n"),
                                                          QStringLiteral("<img src=\"/assets/posts/y.png\" alt=\"y\">")}
                                           << QStringLiteral("assets/posts") << int(Rule::SitePosts);
    QTest::newRow("images at the site root say nothing of a folder")
        << QStringList{QStringLiteral("images")} << QByteArray() << QString() << QStringList{QStringLiteral("/logo.png")} << none
        << QStringLiteral("images") << int(Rule::ExistingFolder);
    QTest::newRow(".lectern.yml images: folder: wins over the post's image")
        << QStringList{QStringLiteral("images")} << QByteArray("images:\n  folder: /static/pics/\n")
        << QStringLiteral("/images/news/x.jpg") << none << none << QStringLiteral("static/pics") << int(Rule::Configured);
}

void TestSiteImages::learnsFolder()
{
    QFETCH(QStringList, folders);
    QFETCH(QByteArray, overrides);
    QFETCH(QString, postImage);
    QFETCH(QStringList, siteImages);
    QFETCH(QStringList, bodies);
    QFETCH(QString, folder);
    QFETCH(int, rule);
    QTemporaryDir dir;
    for (const QString &f : std::as_const(folders))
        QVERIFY(QDir(dir.path()).mkpath(f));
    SiteImages::Inputs inputs;
    inputs.siteRoot = dir.path();
    inputs.overrides = overrides;
    inputs.postImage = postImage;
    inputs.siteImages = siteImages;
    inputs.bodies = bodies;
    const ImageConvention convention = SiteImages::learn(inputs);
    QCOMPARE(convention.folder, folder);
    QCOMPARE(int(convention.folderRule), rule);
}

void TestSiteImages::learnsLinkStyle_data()
{
    QTest::addColumn<QString>("baseurl");
    QTest::addColumn<QStringList>("bodies");
    QTest::addColumn<int>("style");
    const QString lab = QStringLiteral("/lab");
    const QString viaBaseurl = QStringLiteral("![a]({{ site.baseurl }}/images/a.png)\n");
    const QString viaFilter = QStringLiteral("![a]({{ '/images/a.png' | relative_url }})\n");
    const QString rootRelative = QStringLiteral("![a](/images/a.png)\n");
    QTest::newRow("most posts use {{ site.baseurl }}") << lab << QStringList{viaBaseurl, viaBaseurl, rootRelative}
                                                      << int(Style::BaseurlVariable);
    QTest::newRow("most posts use relative_url") << lab << QStringList{viaFilter, viaFilter + viaBaseurl}
                                                << int(Style::RelativeUrlFilter);
    QTest::newRow("most posts link root-relative") << QString() << QStringList{rootRelative, rootRelative, viaBaseurl}
                                                  << int(Style::RootRelative);
    QTest::newRow("{{ site.baseurl }} in a site without baseurl is still the style")
        << QString() << QStringList{viaBaseurl} << int(Style::BaseurlVariable);
    QTest::newRow("a tie: {{ site.baseurl }} first") << lab << QStringList{viaFilter, viaBaseurl, rootRelative}
                                                    << int(Style::BaseurlVariable);
    QTest::newRow("a tie of relative_url and root-relative: relative_url")
        << lab << QStringList{viaFilter, rootRelative} << int(Style::RelativeUrlFilter);
    QTest::newRow("no image links, site with baseurl: {{ site.baseurl }}")
        << lab << QStringList{QStringLiteral("Text only\n")} << int(Style::BaseurlVariable);
    QTest::newRow("no image links, no baseurl: root-relative") << QString() << QStringList{} << int(Style::RootRelative);
    QTest::newRow("remote images say nothing of the style")
        << QString() << QStringList{QStringLiteral("![a](https://x.org/a.png) ![b]({{ site.baseurl }}/b.png)")}
        << int(Style::BaseurlVariable);
    QTest::newRow("images in code blocks say nothing")
        << lab << QStringList{QStringLiteral("```\n![a](/a.png)\n![a](/a.png)\n```\n") + viaFilter} << int(Style::RelativeUrlFilter);
}

void TestSiteImages::learnsLinkStyle()
{
    QFETCH(QString, baseurl);
    QFETCH(QStringList, bodies);
    QFETCH(int, style);
    SiteImages::Inputs inputs;
    inputs.baseurl = baseurl;
    inputs.bodies = bodies;
    QCOMPARE(int(SiteImages::learn(inputs).style), style);
}

void TestSiteImages::readsMaxWidth_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<int>("maxWidth");
    QTest::newRow("no .lectern.yml: 1600") << QByteArray() << 1600;
    QTest::newRow("max_width: 800") << QByteArray("images:\n  max_width: 800\n") << 800;
    QTest::newRow("beside fields:") << QByteArray("fields:\n  - key: speaker\nimages:\n  folder: img\n  max_width: 1200\n") << 1200;
    QTest::newRow("not a number: 1600") << QByteArray("images:\n  max_width: wide\n") << 1600;
    QTest::newRow("zero: 1600") << QByteArray("images:\n  max_width: 0\n") << 1600;
    QTest::newRow("invalid YAML: 1600") << QByteArray("images: [\n") << 1600;
}

void TestSiteImages::readsMaxWidth()
{
    QFETCH(QByteArray, overrides);
    QFETCH(int, maxWidth);
    SiteImages::Inputs inputs;
    inputs.overrides = overrides;
    QCOMPARE(SiteImages::learn(inputs).maxWidth, maxWidth);
}

void TestSiteImages::link_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("link");
    QTest::newRow("root-relative") << int(Style::RootRelative) << QStringLiteral("images/news/x.png")
                                  << QStringLiteral("/images/news/x.png");
    QTest::newRow("{{ site.baseurl }}") << int(Style::BaseurlVariable) << QStringLiteral("images/news/x.png")
                                       << QStringLiteral("{{ site.baseurl }}/images/news/x.png");
    QTest::newRow("relative_url") << int(Style::RelativeUrlFilter) << QStringLiteral("images/news/x.png")
                                 << QStringLiteral("{{ \"/images/news/x.png\" | relative_url }}");
    QTest::newRow("a space as %20") << int(Style::RootRelative) << QStringLiteral("my images/x.png")
                                   << QStringLiteral("/my%20images/x.png");
}

void TestSiteImages::link()
{
    QFETCH(int, style);
    QFETCH(QString, path);
    QFETCH(QString, link);
    ImageConvention convention;
    convention.style = Style(style);
    QCOMPARE(convention.link(path), link);
}

void TestSiteImages::sitePath_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("baseurl");
    QTest::addColumn<QString>("path");
    const QString lab = QStringLiteral("/lab");
    QTest::newRow("root-relative") << QStringLiteral("/images/x.png") << QString() << QStringLiteral("images/x.png");
    QTest::newRow("relative to the root") << QStringLiteral("images/x.png") << QString() << QStringLiteral("images/x.png");
    QTest::newRow("{{ site.baseurl }}") << QStringLiteral("{{ site.baseurl }}/images/x.png") << lab << QStringLiteral("images/x.png");
    QTest::newRow("{{site.baseurl}} without spaces") << QStringLiteral("{{site.baseurl}}/images/x.png") << lab
                                                    << QStringLiteral("images/x.png");
    QTest::newRow("{{ site.url }}{{ site.baseurl }}") << QStringLiteral("{{ site.url }}{{ site.baseurl }}/images/x.png") << lab
                                                     << QStringLiteral("images/x.png");
    QTest::newRow("relative_url, double quotes") << QStringLiteral("{{ \"/images/x.png\" | relative_url }}") << lab
                                                << QStringLiteral("images/x.png");
    QTest::newRow("relative_url, single quotes, no slash") << QStringLiteral("{{ 'images/x.png' | relative_url }}") << lab
                                                          << QStringLiteral("images/x.png");
    QTest::newRow("under the baseurl path") << QStringLiteral("/lab/images/x.png") << lab << QStringLiteral("images/x.png");
    QTest::newRow("query and fragment dropped, %20 decoded") << QStringLiteral("/my%20images/x.png?v=2#top") << QString()
                                                            << QStringLiteral("my images/x.png");
    QTest::newRow("remote: https") << QStringLiteral("https://example.org/x.png") << QString() << QString();
    QTest::newRow("remote: //host") << QStringLiteral("//cdn.example.org/x.png") << QString() << QString();
    QTest::newRow("data: URL") << QStringLiteral("data:image/png;base64,iVBOR") << QString() << QString();
    QTest::newRow("other Liquid") << QStringLiteral("{{ page.image }}") << QString() << QString();
}

void TestSiteImages::sitePath()
{
    QFETCH(QString, url);
    QFETCH(QString, baseurl);
    QFETCH(QString, path);
    QCOMPARE(SiteImages::sitePath(url, baseurl), path);
}

void TestSiteImages::freeNameNeverTakesAnExistingFile()
{
    QTemporaryDir dir;
    QCOMPARE(SiteImages::freeName(dir.path(), QStringLiteral("talk"), QStringLiteral("png")), QStringLiteral("talk.png"));
    for (const QString &name : {QStringLiteral("talk.png"), QStringLiteral("talk-2.png")}) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QCOMPARE(SiteImages::freeName(dir.path(), QStringLiteral("talk"), QStringLiteral("png")), QStringLiteral("talk-3.png"));
    QCOMPARE(SiteImages::freeName(dir.path(), QStringLiteral("talk"), QStringLiteral("jpg")), QStringLiteral("talk.jpg"));
    QCOMPARE(SiteImages::freeName(dir.path(), QString(), QStringLiteral("png")), QStringLiteral("image.png"));
}

void TestSiteImages::insideSite_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<bool>("inside");
    QTest::newRow("a folder in the site") << QStringLiteral("images/news") << true;
    QTest::newRow("a folder not made yet") << QStringLiteral("images/new/deeper") << true;
    QTest::newRow("the root itself") << QString() << true;
    QTest::newRow("up and out") << QStringLiteral("../outside") << false;
    QTest::newRow("in and up and out") << QStringLiteral("images/../../outside") << false;
    QTest::newRow("absolute") << QStringLiteral("/tmp") << false;
    QTest::newRow("through a symlink that leaves the site") << QStringLiteral("link/pics") << false;
}

void TestSiteImages::insideSite()
{
    QFETCH(QString, relative);
    QFETCH(bool, inside);
    QTemporaryDir dir;
    const QString site = dir.filePath(QStringLiteral("site"));
    QVERIFY(QDir().mkpath(site + QStringLiteral("/images/news")));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("outside"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("outside")), site + QStringLiteral("/link")));
    QCOMPARE(!SiteImages::insideSite(site, relative).isEmpty(), inside);
}

QTEST_GUILESS_MAIN(TestSiteImages)
#include "tst_siteimages.moc"
