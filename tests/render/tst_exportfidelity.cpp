// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML snippet against what Jekyll itself builds for each sample post.
#include "exporthtml.h"
#include "exporthtmltokens.h"
#include "exporttestsupport.h"
#include "exporttext.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Lectern;
using namespace LecternTest;

namespace {

// Length of the longest common subsequence: blocks that match in order.
int commonBlocks(const QStringList &a, const QStringList &b)
{
    QList<QList<int>> t(a.size() + 1, QList<int>(b.size() + 1, 0));
    for (int i = 1; i <= a.size(); ++i) {
        for (int j = 1; j <= b.size(); ++j)
            t[i][j] = a.at(i - 1) == b.at(j - 1) ? t[i - 1][j - 1] + 1 : qMax(t[i - 1][j], t[i][j - 1]);
    }
    return t[a.size()][b.size()];
}

// Link and image targets, resolved against the page they are on.
QStringList targets(const QString &html, const QUrl &page)
{
    QStringList out;
    for (const HtmlToken &t : tokenizeHtml(html)) {
        if (t.kind != HtmlToken::Kind::StartTag)
            continue;
        const QString ref = t.name == QLatin1String("a") ? t.attribute(QStringLiteral("href"))
                            : t.name == QLatin1String("img") ? t.attribute(QStringLiteral("src")) : QString();
        if (!ref.isEmpty())
            out << t.name + QLatin1Char(' ') + page.resolved(QUrl(ref)).toString(QUrl::FullyEncoded);
    }
    return out;
}

// The post body as Jekyll wrote it: the layout's <div class="post-content">.
QString siteContent(const QString &page)
{
    const int start = page.indexOf(QLatin1String("<div class=\"post-content\">"));
    const int end = page.indexOf(QLatin1String("<p class=\"post-back\">"));
    return start < 0 || end < start ? QString() : page.mid(start, end - start);
}

} // namespace

class TestExportFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void samplePosts_data();
    void samplePosts();

private:
    QTemporaryDir m_out;
};

void TestExportFidelity::initTestCase()
{
    const QString jekyll = QStandardPaths::findExecutable(QStringLiteral("jekyll"));
    if (jekyll.isEmpty())
        QSKIP("jekyll is not installed (apt-get install jekyll): fidelity against the built site not checked");
    QVERIFY(m_out.isValid());
    QProcess build;
    build.start(jekyll, {QStringLiteral("build"), QStringLiteral("--quiet"), QStringLiteral("--disable-disk-cache"),
                         QStringLiteral("--source"), sourcePath(QStringLiteral("examples/site")),
                         QStringLiteral("--destination"), m_out.path()});
    QVERIFY(build.waitForFinished(240000));
    QVERIFY2(build.exitCode() == 0, build.readAllStandardError().constData());
}

void TestExportFidelity::samplePosts_data()
{
    QTest::addColumn<QString>("post");
    QDirIterator it(sourcePath(QStringLiteral("examples/site/_posts")), {QStringLiteral("*.md")}, QDir::Files);
    QStringList posts;
    while (it.hasNext())
        posts << it.next();
    posts.sort();
    QVERIFY(posts.size() >= 4);
    for (const QString &post : posts)
        QTest::newRow(qPrintable(QFileInfo(post).fileName())) << post;
}

void TestExportFidelity::samplePosts()
{
    QFETCH(QString, post);
    const ExportInput input = exportInputForFile(post);
    const QString publicUrl = input.publicUrl();
    const QString prefix = input.site.url + input.site.baseurl;
    QVERIFY(publicUrl.startsWith(prefix));
    const QString built = m_out.path() + publicUrl.mid(prefix.size()) + QStringLiteral("index.html");
    const QString page = QString::fromUtf8(readAll(built));
    QVERIFY2(!page.isEmpty(), qPrintable(QStringLiteral("Jekyll wrote no page at ") + built));
    const QString theirs = siteContent(page);
    QVERIFY(!theirs.isEmpty());

    const QString ours = HtmlExport::snippet(input, {}).text;
    const QStringList ourBlocks = ExportText::blockTexts(ours);
    const QStringList theirBlocks = ExportText::blockTexts(theirs);
    const int common = commonBlocks(ourBlocks, theirBlocks);
    const int total = qMax(ourBlocks.size(), theirBlocks.size());
    const double percent = total == 0 ? 100.0 : 100.0 * common / total;
    qInfo("fidelity %s: %d of %d blocks identical (%.1f %%)", qPrintable(QFileInfo(post).fileName()), common, total, percent);
    for (const QString &b : ourBlocks) {
        if (!theirBlocks.contains(b))
            qInfo("  only in Lectern: %s", qPrintable(b));
    }
    for (const QString &b : theirBlocks) {
        if (!ourBlocks.contains(b))
            qInfo("  only in Jekyll:  %s", qPrintable(b));
    }
    QVERIFY2(percent >= 98.0, qPrintable(QStringLiteral("%1 %").arg(percent)));
    const QUrl pageUrl(publicUrl);
    QCOMPARE(targets(ours, pageUrl), targets(theirs, pageUrl));

    // The optional header block: same title, date text, image and description as the layout shows above the body.
    const int headerStart = page.indexOf(QLatin1String("<header class=\"post-header\">"));
    const int headerEnd = page.indexOf(QLatin1String("<div class=\"post-content\">"), headerStart);
    QVERIFY(headerStart >= 0 && headerEnd > headerStart);
    const QString theirHeader = page.mid(headerStart, headerEnd - headerStart);
    const QString ourHeader = HtmlExport::headerHtml(input);
    QCOMPARE(targets(ourHeader, pageUrl), targets(theirHeader, pageUrl));
    // kramdown's smart quotes are a known difference (kramdown.h): compare with straight quotes.
    const auto straight = [](QStringList blocks) {
        for (QString &b : blocks)
            b.replace(QChar(0x2019), QLatin1Char('\'')).replace(QChar(0x2018), QLatin1Char('\''))
                .replace(QChar(0x201c), QLatin1Char('"')).replace(QChar(0x201d), QLatin1Char('"'));
        return blocks;
    };
    const QStringList theirHeaderBlocks = straight(ExportText::blockTexts(theirHeader));
    for (const QString &block : straight(ExportText::blockTexts(ourHeader)))
        QVERIFY2(theirHeaderBlocks.contains(block), qPrintable(block));
}

QTEST_GUILESS_MAIN(TestExportFidelity)
#include "tst_exportfidelity.moc"
