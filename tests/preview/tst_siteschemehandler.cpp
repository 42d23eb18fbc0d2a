// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteschemehandler.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class TestSiteSchemeHandler final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resolve_data();
    void resolve();
    void mimeType_data();
    void mimeType();
    void shellCarriesPolicyAndBody();
    void sitePageShell_data();
    void sitePageShell();
    void baseUrlAndLastBuild();
    void rootRelativeUnderBaseUrl_data();
    void rootRelativeUnderBaseUrl();

private:
    QTemporaryDir m_dir;
    QString m_root;
};

namespace {
void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}
} // namespace

void TestSiteSchemeHandler::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = m_dir.filePath(QStringLiteral("site"));
    writeFile(m_root + QStringLiteral("/images/news/a.jpg"), "jpg");
    writeFile(m_root + QStringLiteral("/assets/css/main.css"), "body{}");
    writeFile(m_dir.filePath(QStringLiteral("outside.txt")), "secret");
    writeFile(m_dir.filePath(QStringLiteral("site-evil/x.txt")), "secret");
    QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("outside.txt")), m_root + QStringLiteral("/leak.txt")));
    QVERIFY(QFile::link(m_dir.path(), m_root + QStringLiteral("/up")));
    QVERIFY(QFile::link(m_root + QStringLiteral("/images/news/a.jpg"), m_root + QStringLiteral("/alias.jpg")));
}

void TestSiteSchemeHandler::resolve_data()
{
    QTest::addColumn<QString>("urlPath");
    QTest::addColumn<QString>("expected");   // relative to the site root; empty: refused

    QTest::newRow("inside: image file is served") << "/images/news/a.jpg" << "images/news/a.jpg";
    QTest::newRow("inside: doubled slashes still inside") << "//assets//css/main.css" << "assets/css/main.css";
    QTest::newRow("inside: symlink to a file inside is served") << "/alias.jpg" << "images/news/a.jpg";
    QTest::newRow("dotdot: parent of the root refused") << "/../outside.txt" << "";
    QTest::newRow("dotdot: deep climb refused") << "/images/../../outside.txt" << "";
    QTest::newRow("dotdot: img ../../outside refused") << "../../outside.txt" << "";
    QTest::newRow("dot: single dot segment refused") << "/./images/news/a.jpg" << "";
    QTest::newRow("prefix: sibling folder sharing the root's name refused") << "/../site-evil/x.txt" << "";
    QTest::newRow("symlink: file link leading out refused") << "/leak.txt" << "";
    QTest::newRow("symlink: folder link leading out refused") << "/up/outside.txt" << "";
    QTest::newRow("absolute: /etc/passwd is looked up inside the root") << "/etc/passwd" << "";
    QTest::newRow("backslash: windows separators refused") << "/images\\news\\a.jpg" << "";
    QTest::newRow("folder: a directory is not a file") << "/images" << "";
    QTest::newRow("missing: no such file") << "/nope.png" << "";
    QTest::newRow("empty: no path") << "" << "";
}

void TestSiteSchemeHandler::resolve()
{
    QFETCH(QString, urlPath);
    QFETCH(QString, expected);
    const QString got = SiteSchemeHandler::resolve(m_root, urlPath);
    const QString want = expected.isEmpty() ? QString()
                                            : QFileInfo(m_root + QLatin1Char('/') + expected).canonicalFilePath();
    QCOMPARE(got, want);
}

void TestSiteSchemeHandler::mimeType_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("mime");
    QTest::newRow("css: text/css, or browsers ignore the sheet") << "main.css" << QByteArray("text/css");
    QTest::newRow("jpg: image/jpeg") << "a.JPG" << QByteArray("image/jpeg");
    QTest::newRow("png: image/png") << "a.png" << QByteArray("image/png");
    QTest::newRow("svg: image/svg+xml") << "logo.svg" << QByteArray("image/svg+xml");
    QTest::newRow("woff2: font/woff2") << "f.woff2" << QByteArray("font/woff2");
}

void TestSiteSchemeHandler::mimeType()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, mime);
    QCOMPARE(SiteSchemeHandler::mimeTypeFor(file), mime);
}

void TestSiteSchemeHandler::shellCarriesPolicyAndBody()
{
    SiteSchemeHandler handler;
    const QString host = handler.hostForRoot(m_root);
    QCOMPARE(handler.hostForRoot(m_root), host);
    QCOMPARE(handler.rootForHost(host), QFileInfo(m_root).canonicalFilePath());
    handler.setShellContent(host, QStringLiteral("<p>hello</p>"), false);
    QByteArray page = handler.shellPage(host);
    QVERIFY(page.contains("<p>hello</p>"));
    QVERIFY(page.contains("script-src 'none'"));
    QVERIFY(page.contains("form-action 'none'"));
    QVERIFY(!page.contains("http:"));
    handler.setShellContent(host, QString(), true);
    page = handler.shellPage(host);
    QVERIFY2(page.contains("img-src lectern-site: data: http: https:"), page.constData());
    QVERIFY(page.contains("script-src 'none'"));
}

void TestSiteSchemeHandler::sitePageShell_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("layout page: policy first in head, body region holds the body")
        << QStringLiteral("<html><head><link rel=\"stylesheet\" href=\"/a.css\"></head><body><main>"
                          "<!--lectern-body-begin--><p>old</p><!--lectern-body-end--></main></body></html>");
    QTest::newRow("head named in a comment: policy still ahead of everything")
        << QStringLiteral("<!-- no <head> here --><html><link rel=\"stylesheet\" href=\"/a.css\"><body>"
                          "<!--lectern-body-begin--><!--lectern-body-end--></body></html>");
}

void TestSiteSchemeHandler::sitePageShell()
{
    QFETCH(QString, page);
    SiteSchemeHandler handler;
    const QString host = handler.hostForRoot(m_root);
    handler.setShellContent(host, QStringLiteral("<p>typed</p>"), false, page, QStringLiteral("post"));
    const QByteArray shell = handler.shellPage(host, QStringLiteral("post"));
    const qsizetype policy = shell.indexOf("script-src 'none'");
    QVERIFY2(policy >= 0, shell.constData());
    QVERIFY2(policy < shell.indexOf("<link"), shell.constData());
    QVERIFY(shell.lastIndexOf("<!--", policy) < 0 || shell.indexOf("-->", shell.lastIndexOf("<!--", policy)) < policy);
    QVERIFY(shell.contains("<div id=\"content\" style=\"display:contents\"><p>typed</p></div>"));
    QVERIFY(!shell.contains("<p>old</p>"));
    // Another view's shell on the same site is its own.
    QVERIFY(handler.shellPage(host).contains("<article id=\"content\">"));
}

void TestSiteSchemeHandler::baseUrlAndLastBuild()
{
    writeFile(m_root + QStringLiteral("/assets/css/style.scss"), "body{}");
    writeFile(m_root + QStringLiteral("/_site/assets/css/style.css"), "body{}");
    writeFile(m_root + QStringLiteral("/images/a.png"), "png");
    const QString root = QFileInfo(m_root).canonicalFilePath();
    QCOMPARE(SiteSchemeHandler::resolveSitePath(m_root, QStringLiteral("/lab"), QStringLiteral("/lab/images/a.png")),
             root + QStringLiteral("/images/a.png"));
    QCOMPARE(SiteSchemeHandler::resolveSitePath(m_root, QStringLiteral("/lab"), QStringLiteral("/lab/assets/css/style.css")),
             root + QStringLiteral("/_site/assets/css/style.css"));
    QCOMPARE(SiteSchemeHandler::resolveSitePath(m_root, QStringLiteral("/lab"), QStringLiteral("/lab/../outside.png")), QString());
}

void TestSiteSchemeHandler::rootRelativeUnderBaseUrl_data()
{
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("urlPath");
    QTest::addColumn<QString>("file");   // relative to the root; empty: not served (a 404 on the site)
    QTest::newRow("root-relative link under a baseurl: 404, as on the site")
        << QStringLiteral("/lab") << QStringLiteral("/images/a.png") << QString();
    QTest::newRow("root-relative link under a baseurl with a trailing slash: 404")
        << QStringLiteral("/lab/") << QStringLiteral("/images/a.png") << QString();
    QTest::newRow("root-relative stylesheet under a baseurl: 404")
        << QStringLiteral("/lab") << QStringLiteral("/assets/css/style.css") << QString();
    QTest::newRow("root-relative link under a baseurl: a path merely starting with it: 404")
        << QStringLiteral("/lab") << QStringLiteral("/labimages/a.png") << QString();
    QTest::newRow("root-relative link under a baseurl: with the baseurl, served")
        << QStringLiteral("/lab") << QStringLiteral("/lab/images/a.png") << QStringLiteral("images/a.png");
    QTest::newRow("root-relative link, no baseurl: served")
        << QString() << QStringLiteral("/images/a.png") << QStringLiteral("images/a.png");
    QTest::newRow("root-relative link, baseurl \"/\": served")
        << QStringLiteral("/") << QStringLiteral("/images/a.png") << QStringLiteral("images/a.png");
}

void TestSiteSchemeHandler::rootRelativeUnderBaseUrl()
{
    QFETCH(QString, baseUrl);
    QFETCH(QString, urlPath);
    QFETCH(QString, file);
    writeFile(m_root + QStringLiteral("/images/a.png"), "png");
    writeFile(m_root + QStringLiteral("/assets/css/style.css"), "body{}");
    const QString root = QFileInfo(m_root).canonicalFilePath();
    QCOMPARE(SiteSchemeHandler::resolveSitePath(m_root, baseUrl, urlPath),
             file.isEmpty() ? QString() : root + QLatin1Char('/') + file);
}

QTEST_GUILESS_MAIN(TestSiteSchemeHandler)
#include "tst_siteschemehandler.moc"
