// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlblocks.h"
#include "markdownrenderer.h"
#include "postfile.h"
#include "postrenderer.h"
#include "testsupport.h"

#include <QDirIterator>

#include <QTest>

using namespace Lectern;

// Cutting body HTML into blocks a browser parses alike alone and together, and diffing two cuts.
class TestHtmlBlocks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void diff_data();
    void diff();
    void samplePostsAreCut();
    void bulkDiffMatchesBlockByBlock();
};

void TestHtmlBlocks::split_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("blocks");   // 0: not cut
    QTest::newRow("renderer output: one block per top-level element")
        << MarkdownRenderer::toHtml(QStringLiteral("# T\n\npara *em*\n\n- a\n- b\n\n| x |\n|---|\n| 1 |\n\n```\ncode\n```\n")) << 5;
    QTest::newRow("void elements and self-closing input") << QStringLiteral("<p>a<br />b<img src=\"x\"></p>\n<hr />\n<p><input type=\"checkbox\" disabled=\"\" /></p>") << 3;
    QTest::newRow("comment between blocks stays with the block before")
        << QStringLiteral("<p>a</p>\n<!-- note <p> -->\n<p>b</p>") << 2;
    QTest::newRow("leading text is part of the first block") << QStringLiteral("text<p>a</p>") << 2;
    QTest::newRow("lone < is text") << QStringLiteral("<p>a < b</p><p>c</p>") << 2;
    QTest::newRow("empty") << QString() << 1;
    QTest::newRow("unclosed inline tag: not cut") << QStringLiteral("<p>a <b>bold</p><p>b</p>") << 0;
    QTest::newRow("unclosed block: not cut") << QStringLiteral("<div><p>a</p>") << 0;
    QTest::newRow("stray end tag: not cut") << QStringLiteral("<p>a</p></div><p>b</p>") << 0;
    QTest::newRow("script element: not cut") << QStringLiteral("<p>a</p><script>x</script>") << 0;
    QTest::newRow("iframe element: not cut") << QStringLiteral("<p>a</p><iframe src=x></iframe>") << 0;
    QTest::newRow("form element: not cut") << QStringLiteral("<form></form><p>b</p>") << 0;
    QTest::newRow("svg foreign content: not cut") << QStringLiteral("<svg><g/></svg><p>b</p>") << 0;
    QTest::newRow("self-closing div opens a div: not cut") << QStringLiteral("<div/><p>b</p>") << 0;
    QTest::newRow("doctype-like markup: not cut") << QStringLiteral("<p>a</p><!DOCTYPE html><p>b</p>") << 0;
    QTest::newRow("unterminated comment: not cut") << QStringLiteral("<p>a</p><!-- open <p>b</p>") << 0;
    QTest::newRow("sourcepos in a comment: not cut")
        << QStringLiteral("<p data-sourcepos=\"1:1-1:1\">a</p><!-- data-sourcepos=\"1:1-1:1\" -->") << 0;
    QTest::newRow("sourcepos in text: not cut") << QStringLiteral("<p>data-sourcepos=\"1:1-1:1\"</p>") << 0;
    QTest::newRow("sourcepos in another attribute's value: not cut")
        << QStringLiteral("<p title='data-sourcepos=\"1:1-1:1\"'>a</p>") << 0;
    QTest::newRow("upper-case sourcepos name: not cut") << QStringLiteral("<p DATA-SOURCEPOS=\"1:1-1:1\">a</p>") << 0;
    QTest::newRow("single-quoted sourcepos: not cut") << QStringLiteral("<p data-sourcepos='1:1-1:1'>a</p>") << 0;
    QTest::newRow("sourcepos with a leading zero: not cut") << QStringLiteral("<p data-sourcepos=\"01:1-1:1\">a</p>") << 0;
    QTest::newRow("end tag br (a start tag to browsers): not cut") << QStringLiteral("<p>a</br></p>") << 0;
    QTest::newRow("upper-case tags: cut as lower-case ones") << QStringLiteral("<P>a</p>\n<DIV><p>b</P></Div>") << 2;
    QTest::newRow("unlisted name with a listed prefix: not cut") << QStringLiteral("<p>a</p><pre2>x</pre2>") << 0;
    QTest::newRow("name longer than any listed: not cut") << QStringLiteral("<p>a</p><blockquotes>x</blockquotes>") << 0;
    QTest::newRow("non-ASCII letter lower-casing to a listed name: not cut")
        << QStringLiteral("<p>a</p><\u212Abd>k</kbd>") << 0;
}

void TestHtmlBlocks::split()
{
    QFETCH(QString, html);
    QFETCH(int, blocks);
    const QList<qsizetype> starts = HtmlBlocks::split(html);
    QCOMPARE(int(starts.size()), blocks);
    if (blocks > 0) {
        QCOMPARE(starts.first(), 0);
        for (int i = 1; i < starts.size(); ++i)
            QCOMPARE(html.at(starts.at(i)), QLatin1Char('<'));
    }
}

void TestHtmlBlocks::diff_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("keptHead");
    QTest::addColumn<int>("keptTail");
    QTest::addColumn<int>("lineShift");
    const QString md = QStringLiteral("# Title\n\nFirst paragraph.\n\nSecond paragraph.\n\n- item\n- item two\n\nLast.\n");
    QTest::newRow("typing in a paragraph: only it differs")
        << md << QString(md).replace(QStringLiteral("First"), QStringLiteral("Firsts")) << 1 << 3 << 0;
    QTest::newRow("new paragraph: the rest kept, two lines down")
        << md << QString(md).replace(QStringLiteral("First paragraph.\n"), QStringLiteral("First paragraph.\n\nNew.\n"))
        << 2 << 3 << 2;
    QTest::newRow("line joined: the rest kept, one line up")
        << md << QString(md).replace(QStringLiteral("\n\nSecond"), QStringLiteral("\nSecond")) << 1 << 2 << -1;
    QTest::newRow("same text: everything kept at the head") << md << md << 5 << 0 << 0;
    QTest::newRow("typing at the end") << md << md + QStringLiteral("x") << 4 << 0 << 0;
}

void TestHtmlBlocks::diff()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, keptHead);
    QFETCH(int, keptTail);
    QFETCH(int, lineShift);
    const QString a = MarkdownRenderer::toHtml(before);
    const QString b = MarkdownRenderer::toHtml(after);
    const QList<qsizetype> as = HtmlBlocks::split(a);
    const QList<qsizetype> bs = HtmlBlocks::split(b);
    QVERIFY(!as.isEmpty() && !bs.isEmpty());
    const HtmlBlocks::Diff d = HtmlBlocks::diff(a, as, b, bs);
    QCOMPARE(d.keptHead, keptHead);
    QCOMPARE(d.keptTail, keptTail);
    QCOMPARE(d.lineShift, lineShift);
    // The kept blocks really are the new ones, lines aside.
    for (int i = 0; i < d.keptTail; ++i)
        QVERIFY(HtmlBlocks::sameShifted(HtmlBlocks::block(a, as, int(as.size()) - 1 - i),
                                        HtmlBlocks::block(b, bs, int(bs.size()) - 1 - i), d.lineShift));
}

void TestHtmlBlocks::samplePostsAreCut()
{
    // The sample site's posts, rendered as the preview renders them: typing in them sends only the
    // changed blocks, and the blocks put together are the whole HTML.
    QDirIterator it(LecternTest::sourcePath(QStringLiteral("examples/site/_posts")), {QStringLiteral("*.md")}, QDir::Files);
    int posts = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        PostFile post;
        QString error;
        QVERIFY2(PostFile::load(path, &post, &error), qPrintable(error));
        PostRenderInput input;
        input.body = post.body();
        input.filePath = path;
        const QString html = PostRenderer::renderBody(input);
        const QList<qsizetype> starts = HtmlBlocks::split(html);
        QVERIFY2(starts.size() > 3, qPrintable(path));
        QString joined;
        for (int i = 0; i < starts.size(); ++i)
            joined += HtmlBlocks::block(html, starts, i);
        QCOMPARE(joined, html);
        ++posts;
    }
    QVERIFY(posts >= 1);
}

// The diff finds the common head and tail in bulk (memcmp over the texts); it must keep exactly the
// blocks a block-by-block comparison keeps, for edits anywhere in a long body (over the chunk size).
void TestHtmlBlocks::bulkDiffMatchesBlockByBlock()
{
    QString body;
    for (int i = 0; i < 120; ++i)
        body += QStringLiteral("## Part %1\n\nWords of part %1 with *emphasis* and `code`.\n\n- one\n- two\n\n").arg(i);
    const QString a = MarkdownRenderer::toHtml(body);
    const QList<qsizetype> as = HtmlBlocks::split(a);
    QVERIFY(as.size() > 300);
    int checked = 0;
    for (qsizetype at = 0; at < body.size(); at += 97) {
        for (const QString &typed : {QStringLiteral("x"), QStringLiteral("*"), QStringLiteral("\n\n"), QString()}) {
            QString edited = body;
            if (typed.isEmpty())
                edited.remove(at, 1);
            else
                edited.insert(at, typed);
            const QString b = MarkdownRenderer::toHtml(edited);
            const QList<qsizetype> bs = HtmlBlocks::split(b);
            QVERIFY(!bs.isEmpty());
            const HtmlBlocks::Diff d = HtmlBlocks::diff(a, as, b, bs);
            // The reference: block by block from the head, then from the tail (lines shifted).
            const int shorter = int(std::min(as.size(), bs.size()));
            int head = 0;
            while (head < shorter && HtmlBlocks::block(a, as, head) == HtmlBlocks::block(b, bs, head))
                ++head;
            int tail = 0;
            while (tail < shorter - head
                   && HtmlBlocks::sameShifted(HtmlBlocks::block(a, as, int(as.size()) - 1 - tail),
                                              HtmlBlocks::block(b, bs, int(bs.size()) - 1 - tail), d.lineShift))
                ++tail;
            QCOMPARE(d.keptHead, head);
            QCOMPARE(d.keptTail, tail);
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

QTEST_GUILESS_MAIN(TestHtmlBlocks)
#include "tst_htmlblocks.moc"
