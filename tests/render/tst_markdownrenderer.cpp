// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownrenderer.h"

#include <QTest>

using namespace Lectern;

class TestMarkdownRenderer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersGfm_data();
    void rendersGfm();
};

void TestMarkdownRenderer::rendersGfm_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("heading carries its source position") << QStringLiteral("## Bio:\n")
                                                         << QStringLiteral("<h2 data-sourcepos=\"1:1-1:7\">Bio:</h2>");
    QTest::newRow("strong inside a list item") << QStringLiteral("- **When:** today\n")
                                               << QStringLiteral("<strong>When:</strong> today");
    QTest::newRow("gfm table") << QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |\n") << QStringLiteral("<td");
    QTest::newRow("gfm strikethrough") << QStringLiteral("~~gone~~") << QStringLiteral("<del>gone</del>");
    QTest::newRow("gfm autolink") << QStringLiteral("see https://example.org now")
                                  << QStringLiteral("<a href=\"https://example.org\">");
    QTest::newRow("gfm task list") << QStringLiteral("- [x] done\n") << QStringLiteral("type=\"checkbox\"");
    QTest::newRow("non-ASCII text survives") << QStringLiteral("Jyväskylä – 東京") << QStringLiteral("Jyväskylä – 東京");
}

void TestMarkdownRenderer::rendersGfm()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    const QString html = MarkdownRenderer::toHtml(markdown);
    QVERIFY2(html.contains(expected), qPrintable(html));
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
