// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmattertext.h"
#include "postrenderer.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace Lectern;

class TestRenderCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPostRendersClean();
};

// Every real post renders; no Liquid or IAL syntax is left in what the reader sees (code excepted).
void TestRenderCorpus::everyPostRendersClean()
{
    const QStringList posts = LecternTest::corpusPosts();
    if (posts.isEmpty())
        QSKIP("the shared corpus (../shared/corpus/posts) is absent: corpus rendering not checked");
    static const QRegularExpression code(QStringLiteral("<(pre|code)\\b.*?</\\1>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression placeholder(QStringLiteral("<span class=\"lectern-liquid-placeholder\".*?</span>"));
    const QVariantMap site{{QStringLiteral("url"), QStringLiteral("https://example.org")},
                           {QStringLiteral("baseurl"), QString()},
                           {QStringLiteral("title"), QStringLiteral("Corpus")}};
    QStringList failures;
    int withLiquid = 0, withIal = 0, placeholders = 0, warnings = 0;
    for (const QString &path : posts) {
        PostRenderInput in;
        in.site = site;
        in.filePath = path;
        QString text = QString::fromUtf8(LecternTest::readAll(path));
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        in.page = FrontMatterText::split(text, &in.body);
        withLiquid += in.body.contains(QLatin1String("{%")) || in.body.contains(QLatin1String("{{")) ? 1 : 0;
        withIal += in.body.contains(QLatin1String("{:")) ? 1 : 0;
        const PostRenderResult r = PostRenderer::render(in);
        warnings += int(r.warnings.size());
        placeholders += int(r.bodyHtml.count(QLatin1String("lectern-liquid-placeholder")));
        QString visible = r.bodyHtml;
        visible.remove(code);
        visible.remove(placeholder);
        for (const char *bad : {"{{", "{%", "{:", "lectern-ial"}) {
            const qsizetype at = visible.indexOf(QLatin1String(bad));
            if (at >= 0)
                failures << path.section(QLatin1Char('/'), -2) + QStringLiteral(": '") + QLatin1String(bad)
                        + QStringLiteral("' at: ") + visible.mid(qMax<qsizetype>(0, at - 60), 120).simplified();
        }
        if (r.pageHtml.isEmpty() || (!in.body.trimmed().isEmpty() && r.bodyHtml.trimmed().isEmpty()))
            failures << path + QStringLiteral(": rendered empty");
    }
    qInfo("corpus: %lld posts rendered, %d with Liquid, %d with IALs, %d placeholders, %d warnings, %lld failures",
          qlonglong(posts.size()), withLiquid, withIal, placeholders, warnings, qlonglong(failures.size()));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestRenderCorpus)
#include "tst_rendercorpus.moc"
