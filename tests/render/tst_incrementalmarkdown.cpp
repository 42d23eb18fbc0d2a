// SPDX-License-Identifier: GPL-3.0-or-later
// IncrementalMarkdown must give exactly MarkdownRenderer::toHtml's HTML after any edit (and
// Kramdown::toHtml the same HTML with it as without): checked on
// hand-made edits that cross blocks, and on the corpus posts with random edits (seeded, repeatable).
#include "incrementalmarkdown.h"
#include "kramdown.h"
#include "markdownrenderer.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Lectern;

class TstIncrementalMarkdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsMatchTheFullRender_data();
    void editsMatchTheFullRender();
    void typingAtTheEndReusesTheBlocksBefore();
    void randomEditsOnTheCorpusMatchTheFullRender();
};

namespace {
const QString kLongText = QStringLiteral(
    "# Title\n\nFirst paragraph.\n\nSecond paragraph.\n\n- one\n- two\n\nThird paragraph.\n\n"
    "```\ncode\n\nmore code\n```\n\n> quote\n\nLast paragraph.\n");
}

void TstIncrementalMarkdown::editsMatchTheFullRender_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    const QString &t = kLongText;
    QTest::newRow("typing at the end of the last paragraph") << t << QString(t).insert(t.size() - 1, QStringLiteral("x"));
    QTest::newRow("a paragraph after a list becomes an item of that list (loose list)")
        << t << QString(t).replace(QStringLiteral("Third paragraph."), QStringLiteral("- three"));
    QTest::newRow("a paragraph after a list becomes indented: a second paragraph of the last item")
        << t << QString(t).replace(QStringLiteral("Third paragraph."), QStringLiteral("  Third paragraph."));
    QTest::newRow("a fence opened in the middle swallows the rest")
        << t << QString(t).replace(QStringLiteral("Second paragraph."), QStringLiteral("```"));
    QTest::newRow("a closing fence removed")
        << t << QString(t).replace(QStringLiteral("more code\n```"), QStringLiteral("more code\n"));
    QTest::newRow("a setext underline turns the paragraph before into a heading")
        << t << QString(t).replace(QStringLiteral("Last paragraph.\n"), QStringLiteral("Last paragraph.\n===\n"));
    QTest::newRow("a table delimiter row under a paragraph")
        << QStringLiteral("Intro.\n\n| a | b |\n\nEnd.\n")
        << QStringLiteral("Intro.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nEnd.\n");
    QTest::newRow("a reference definition added at the end resolves a link above")
        << QStringLiteral("See [the site][s].\n\nMore text.\n\nEnd.\n")
        << QStringLiteral("See [the site][s].\n\nMore text.\n\nEnd.\n\n[s]: https://example.org/\n");
    QTest::newRow("a footnote definition added at the end")
        << QStringLiteral("Text[^1].\n\nMore text.\n\nEnd.\n")
        << QStringLiteral("Text[^1].\n\nMore text.\n\nEnd.\n\n[^1]: The note.\n");
    QTest::newRow("an HTML comment opened in the middle runs over blank lines")
        << t << QString(t).replace(QStringLiteral("Second paragraph."), QStringLiteral("<!-- hidden"));
    QTest::newRow("a blockquote continued lazily after an edit")
        << t << QString(t).replace(QStringLiteral("> quote\n\n"), QStringLiteral("> quote\n"));
    QTest::newRow("the blank line between two paragraphs removed")
        << t << QString(t).replace(QStringLiteral("First paragraph.\n\n"), QStringLiteral("First paragraph.\n"));
    QTest::newRow("everything deleted") << t << QString();
    QTest::newRow("a non-ASCII character typed mid-body")
        << t << QString(t).replace(QStringLiteral("Third"), QStringLiteral("Thïrd — ✓"));
}

void TstIncrementalMarkdown::editsMatchTheFullRender()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    IncrementalMarkdown incremental;
    QCOMPARE(incremental.toHtml(before), MarkdownRenderer::toHtml(before));
    QCOMPARE(incremental.toHtml(after), MarkdownRenderer::toHtml(after));
    // And back again.
    QCOMPARE(incremental.toHtml(before), MarkdownRenderer::toHtml(before));
}

void TstIncrementalMarkdown::typingAtTheEndReusesTheBlocksBefore()
{
    IncrementalMarkdown incremental;
    QString body = kLongText;
    (void)incremental.toHtml(body);
    body += QStringLiteral("x");
    QCOMPARE(incremental.toHtml(body), MarkdownRenderer::toHtml(body));
    QVERIFY2(incremental.lastReusedBlocks() >= 6, qPrintable(QString::number(incremental.lastReusedBlocks())));
    // A reference definition anywhere: rendered whole.
    body += QStringLiteral("\n\n[x]: /x\n");
    QCOMPARE(incremental.toHtml(body), MarkdownRenderer::toHtml(body));
    QCOMPARE(incremental.lastReusedBlocks(), 0);
}

void TstIncrementalMarkdown::randomEditsOnTheCorpusMatchTheFullRender()
{
    QStringList bodies{kLongText};
    for (const QString &path : LecternTest::corpusPosts())
        bodies << QString::fromUtf8(LecternTest::readAll(path));
    // Characters that change block structure, so edits cross block boundaries as often as not.
    const QStringList inserts{QStringLiteral("x"), QStringLiteral("\n"), QStringLiteral("\n\n"), QStringLiteral("- "),
                              QStringLiteral("```"), QStringLiteral("\n```\n"), QStringLiteral("> "),
                              QStringLiteral("    "), QStringLiteral("\n===\n"), QStringLiteral("|---|\n"),
                              QStringLiteral("<div>\n"), QStringLiteral("<!--"), QStringLiteral("1. "),
                              QStringLiteral("*"), QStringLiteral("é")};
    QRandomGenerator random(14);   // (other seeds and 400 edits a post: 43 200 edits, all equal)
    int edits = 0, reused = 0;
    for (const QString &start : std::as_const(bodies)) {
        IncrementalMarkdown incremental;
        IncrementalMarkdown viaKramdown;   // as the preview's post render uses it (IALs, heading ids)
        QString body = start;
        QCOMPARE(incremental.toHtml(body), MarkdownRenderer::toHtml(body));
        for (int i = 0; i < 60; ++i) {
            const qsizetype at = body.isEmpty() ? 0 : qsizetype(random.bounded(int(body.size()) + 1));
            if (random.bounded(4) == 0 && at < body.size())
                body.remove(at, std::min<qsizetype>(random.bounded(12) + 1, body.size() - at));
            else
                body.insert(at, inserts.at(random.bounded(int(inserts.size()))));
            const QString expected = MarkdownRenderer::toHtml(body);
            const QString got = incremental.toHtml(body);
            if (got != expected) {
                qsizetype d = 0;
                while (d < got.size() && d < expected.size() && got.at(d) == expected.at(d))
                    ++d;
                qWarning("body around edit: [%s]\nexpected: [%s]\ngot: [%s]", qPrintable(body.mid(std::max<qsizetype>(0, at - 300), 600)),
                         qPrintable(expected.mid(std::max<qsizetype>(0, d - 200), 400)), qPrintable(got.mid(std::max<qsizetype>(0, d - 200), 400)));
            }
            if (got != expected)
                QFAIL(qPrintable(QStringLiteral("edit %1 at %2 differs from the full render").arg(i).arg(at)));
            const QString viaInc = Kramdown::toHtml(body, body, &viaKramdown), viaWhole = Kramdown::toHtml(body, body);
            if (viaInc != viaWhole) {
                qsizetype d = 0;
                while (d < viaInc.size() && d < viaWhole.size() && viaInc.at(d) == viaWhole.at(d))
                    ++d;
                qWarning("DEBUG whole: [%s]\ninc: [%s]", qPrintable(viaWhole.mid(std::max<qsizetype>(0, d - 300), 500)), qPrintable(viaInc.mid(std::max<qsizetype>(0, d - 300), 500)));
            }
            if (viaInc != viaWhole)
                QFAIL(qPrintable(QStringLiteral("edit %1 at %2: Kramdown::toHtml differs with the incremental parse").arg(i).arg(at)));
            ++edits;
            reused += incremental.lastReusedBlocks() > 0 ? 1 : 0;
        }
    }
    qInfo("%d edits checked, %d rendered incrementally", edits, reused);
    QVERIFY(reused > 0);
}

QTEST_GUILESS_MAIN(TstIncrementalMarkdown)
#include "tst_incrementalmarkdown.moc"
