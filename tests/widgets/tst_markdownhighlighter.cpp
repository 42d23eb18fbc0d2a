// SPDX-License-Identifier: GPL-3.0-or-later
#include "editsession.h"
#include "markdowneditor.h"
#include "markdownhighlighter.h"
#include "markdownlinelexer.h"
#include "postdocument.h"
#include "testsupport.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>
#include <map>

using namespace Lectern;
using L = MarkdownLineLexer;

// What the body editor shows for each Markdown construct, and that highlighting follows edits
// line by line, the palette, and the spelling hook.
class TestMarkdownHighlighter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void constructs_data();
    void constructs();
    void fenceStatesSpanLines();
    void editsRehighlightOnlyWhatChanged();
    void longBodyRecoloursInChunks();
    void tableHeaderFollowsDelimiterRow();
    void paletteChangeRecolours();
    void extraFormatsMergeOverMarkdown();
    void turningOffClearsMarkdownFormats();
    void markdownEditorHighlightsThePost();

private:
    QPalette m_light;
};

namespace {

// The format the editor draws the character at `column` of block `line` with.
QTextCharFormat formatAt(const QTextDocument *document, int line, int column)
{
    const QTextBlock block = document->findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

// For failure messages: what a format shows.
QByteArray describe(const QTextCharFormat &f)
{
    return QStringLiteral("fg %1 bg %2 bold %3 italic %4 strike %5 underline %6")
        .arg(f.hasProperty(QTextFormat::ForegroundBrush) ? f.foreground().color().name() : QStringLiteral("-"),
             f.hasProperty(QTextFormat::BackgroundBrush) ? f.background().color().name() : QStringLiteral("-"))
        .arg(f.fontWeight() == QFont::Bold)
        .arg(f.fontItalic())
        .arg(f.fontStrikeOut())
        .arg(int(f.underlineStyle()))
        .toUtf8();
}

struct Editor
{
    QPlainTextEdit edit;
    MarkdownHighlighter *highlighter = nullptr;

    explicit Editor(const QString &text, const QPalette &palette)
    {
        edit.setPalette(palette);
        edit.setPlainText(text);
        highlighter = new MarkdownHighlighter(&edit);
    }
};

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Link, QColor(0x00, 0x00, 0xff));   // the light theme's link blue: unreadable on dark
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x00, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::PlaceholderText, QColor(0xe0, 0xe0, 0xe0, 128));
    return p;
}

qreal contrastRatio(const QColor &a, const QColor &b)
{
    const auto lum = [](const QColor &c) {
        const auto lin = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
    };
    const qreal x = lum(a);
    const qreal y = lum(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

} // namespace

void TestMarkdownHighlighter::initTestCase()
{
    m_light = QPalette();
    m_light.setColor(QPalette::Base, Qt::white);
    m_light.setColor(QPalette::Text, Qt::black);
    m_light.setColor(QPalette::Link, QColor(0x00, 0x00, 0xff));
    m_light.setColor(QPalette::LinkVisited, QColor(0xa0, 0x00, 0xa0));
    m_light.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    m_light.setColor(QPalette::PlaceholderText, QColor(0, 0, 0, 128));
}

void TestMarkdownHighlighter::constructs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("at");   // the character checked: the first occurrence of this in the line
    QTest::addColumn<quint32>("styles");
    QTest::addColumn<bool>("bold");
    QTest::addColumn<bool>("italic");
    const auto row = [](const char *name, const char *text, int line, const char *at, quint32 styles, bool bold = false,
                        bool italic = false) {
        QTest::newRow(name) << QString::fromUtf8(text) << line << QString::fromUtf8(at) << styles << bold << italic;
    };
    row("heading: ATX text bold in the heading colour", "# Seminar title", 0, "Seminar", L::Heading, true);
    row("heading: the # marks are markers, still bold", "## Bio:", 0, "##", L::Heading | L::Marker, true);
    row("heading: #word without a space is text", "#hashtag here", 0, "hashtag", 0);
    row("heading: setext text line", "Title\n=====", 0, "Title", L::Heading, true);
    row("heading: setext underline", "Title\n-----", 1, "---", L::Heading | L::Marker, true);
    row("heading: --- after a list item is a thematic break, the item no heading", "- item\n---", 0, "item", 0);
    row("emphasis: *text*", "an *open* event", 0, "open", L::Emphasis, false, true);
    row("emphasis: _text_", "- _This event is open to the public._", 0, "event", L::Emphasis, false, true);
    row("emphasis: * inside a word", "foo*bar*baz", 0, "bar", L::Emphasis, false, true);
    row("emphasis: _snake_case_ is one emphasis, the inner _ are text", "_snake_case_", 0, "_case", L::Emphasis, false, true);
    row("plain: _ inside words opens nothing (snake_case_name)", "use snake_case_name here", 0, "case", 0);
    row("plain: escaped \\* is no emphasis", "\\*not emphasis\\*", 0, "not", 0);
    row("plain: * with blanks on both sides", "2 * 3 * 4", 0, "3", 0);
    row("strong: **text**", "- **When:** Wednesday", 0, "When", L::Strong, true);
    row("strong: its ** markers", "- **When:** Wednesday", 0, "**", L::Strong | L::Marker, true);
    row("strong and emphasis: ***text***", "***both***", 0, "both", L::Strong | L::Emphasis, true, true);
    row("strikethrough: ~~text~~", "a ~~board~~ group", 0, "board", L::Strike);
    row("code span: `text`", "call `make` now", 0, "make", L::Code);
    row("code span: 2*3*4 inside stays code, no emphasis", "`2*3*4`", 0, "3", L::Code);
    row("code span: double backticks hold one", "``a ` b``", 0, "b", L::Code);
    row("plain: an unmatched backtick", "a ` b *c*", 0, "b", 0);
    row("fenced code: a line inside", "text\n```cpp\nint *p = 0;\n```\nafter", 2, "*p", L::Code);
    row("fenced code: the fence line", "text\n```cpp\nint *p = 0;\n```\nafter", 1, "cpp", L::Code | L::Marker);
    row("fenced code: text after the closing fence", "```\ncode\n```\n*after*", 3, "after", L::Emphasis, false, true);
    row("fenced code: ~~~ closes only with ~~~ at least as long", "~~~~\n~~~\n*x*\n~~~~\n*y*", 2, "x", L::Code);
    row("fenced code: after a long enough ~~~ fence", "~~~~\n~~~\n*x*\n~~~~\n*y*", 4, "y", L::Emphasis, false, true);
    row("fenced code: in a block quote ends with the quote", "> ```\n> *a*\n*b*", 2, "b", L::Emphasis, false, true);
    row("indented code: four spaces after a blank line", "para\n\n    code *x*", 2, "x", L::Code);
    row("plain: four spaces right after a paragraph continue it", "para\n    *x*", 1, "x", L::Emphasis, false, true);
    row("plain: four spaces in a list continue the item", "- item\n\n    *x*", 2, "x", L::Emphasis, false, true);
    row("link: its text", "see [the site](https://example.org) now", 0, "the", L::Link);
    row("link: its destination", "see [the site](https://example.org) now", 0, "example", L::Url);
    row("link: its brackets", "see [the site](https://example.org) now", 0, "[", L::Marker);
    row("link: a _ in the URL starts no emphasis", "[a](x_y) and b_c_", 0, "b_c", 0);
    row("link: emphasis inside the text", "[a *b* c](u)", 0, "b", L::Link | L::Emphasis, false, true);
    row("link: reference link's label", "[text][ref]", 0, "ref", L::Url);
    row("link: reference definition's URL", "[ref]: https://x.org \"T\"", 0, "https", L::Url);
    row("link: bare URL (GFM autolink)", "at https://www.csc.fi/a_b_c now", 0, "csc", L::Url);
    row("link: <autolink>", "<https://x.org>", 0, "x.org", L::Url);
    row("link: footnote reference", "text[^1]", 0, "1", L::Link);
    row("plain: a shortcut [text] nothing defines", "[text] alone", 0, "text", 0);
    row("image: its alt text", "![A photo](/images/a.jpg)", 0, "photo", L::Link);
    row("image: the !", "![A photo](/images/a.jpg)", 0, "!", L::Marker);
    row("image: inside a link", "[![A](a.png)](https://x)", 0, "A", L::Link);
    row("list: bullet marker", "- **Where:** MDR", 0, "-", L::Marker);
    row("list: the item's text", "* one item", 0, "one", 0);
    row("list: ordered marker", "12. item", 0, "12.", L::Marker);
    row("plain: 1) starts no list (kramdown)", "1) item", 0, ")", 0);
    row("list: task box", "- [x] done", 0, "[x]", L::Marker);
    row("thematic break", "* * *", 0, "*", L::Marker);
    row("block quote: the >", "> He holds a *PhD*", 0, ">", L::Marker);
    row("block quote: its text", "> He holds a *PhD*", 0, "holds", L::Quote);
    row("block quote: emphasis inside", "> He holds a *PhD*", 0, "PhD", L::Quote | L::Emphasis, false, true);
    row("block quote: nested", "> > deep", 0, "deep", L::Quote);
    row("table: header cell bold", "| Item | Room |\n|---|:--:|\n| Talk | 1137 |", 0, "Item", L::TableHeader, true);
    row("table: delimiter row", "| Item | Room |\n|---|:--:|\n| Talk | 1137 |", 1, ":--:", L::Marker);
    row("table: a row's pipe", "| Item | Room |\n|---|:--:|\n| Talk | 1137 |", 2, "|", L::Marker);
    row("table: a row's cell", "| Item | Room |\n|---|:--:|\n| Talk | 1137 |", 2, "Talk", 0);
    row("plain: a | with no delimiter row is text", "a | b", 0, "|", 0);
    row("plain: the table ends at a blank line", "| a |\n|---|\n| 1 |\n\nx | y", 4, "|", 0);
    row("html: an inline tag", "text <span class=\"x\">word</span>", 0, "class", L::Html);
    row("plain: text between inline tags", "text <span class=\"x\">word</span>", 0, "word", 0);
    row("html: block content is not Markdown", "<div>\n*not emphasis*\n</div>", 1, "not", 0);
    row("html: block ends at a blank line", "<div>\n*x*\n\n*y*", 3, "y", L::Emphasis, false, true);
    row("html: comment", "<!-- note -->", 0, "note", L::Comment, false, true);
    row("html: comment over lines", "<!--\nnote *x*\n-->\ntext", 1, "x", L::Comment, false, true);
    row("plain: text after a comment over lines", "<!--\nnote *x*\n-->\ntext", 3, "text", 0);
    row("html: entity", "a&nbsp;b", 0, "nbsp", L::Html);
    row("html: markdown=\"1\" block content is Markdown", "<div markdown=\"1\">\n*x*\n</div>", 1, "x", L::Emphasis, false, true);
    row("liquid: output", "Hi {{ page.title }}!", 0, "page", L::Liquid);
    row("liquid: tag", "{% include note.html %}", 0, "include", L::Liquid);
    row("liquid: _ inside opens no emphasis", "{{ a_b }} c_d_", 0, "d", 0);
    row("liquid: in a link's URL", "[a]({{ site.baseurl }}/x)", 0, "site", L::Url | L::Liquid);
    row("liquid: in fenced code, Jekyll still runs it", "```\n{{ x }}\n```", 1, "x", L::Code | L::Liquid);
    row("liquid: comment over lines", "{% comment %}\n*hidden*\n{% endcomment %}\n*shown*", 1, "hidden", L::Comment, false, true);
    row("liquid: text after the comment", "{% comment %}\n*hidden*\n{% endcomment %}\n*shown*", 3, "shown", L::Emphasis, false, true);
    row("liquid: raw keeps {{ }} plain", "{% raw %}\n{{ not liquid }}\n{% endraw %}", 1, "not", 0);
    row("liquid: the endraw tag", "{% raw %}\n{{ not liquid }}\n{% endraw %}", 2, "endraw", L::Liquid);
    row("liquid: highlight block is code", "{% highlight ruby %}\ndef *x*\n{% endhighlight %}", 1, "x", L::Code);
    row("liquid: a tag over two lines", "{% include a.html\n  x=1 %}\n*t*", 1, "x=1", L::Liquid);
    row("liquid: text after a tag over two lines", "{% include a.html\n  x=1 %}\n*t*", 2, "t", L::Emphasis, false, true);
    row("kramdown: block attribute list", "{: .note}", 0, "note", L::Attributes);
    row("kramdown: span attribute list", "*x*{:.red}", 0, "red", L::Attributes);
    row("kramdown: attribute list definition", "{:ref: .big}", 0, "big", L::Attributes);
    row("kramdown: header id", "## Top {#top}", 0, "#top", L::Heading | L::Attributes, true);
    row("kramdown: comment over lines", "{::comment}\n*hidden*\n{:/comment}\n*x*", 1, "hidden", L::Comment, false, true);
    row("kramdown: text after the comment", "{::comment}\n*hidden*\n{:/comment}\n*x*", 3, "x", L::Emphasis, false, true);
    row("kramdown: comment in a line", "a {::comment}b{:/} c", 0, "b", L::Comment, false, true);
    row("kramdown: nomarkdown's HTML", "{::nomarkdown}\n<b>*x*</b>\n{:/nomarkdown}", 1, "b>", L::Html);
    row("kramdown: nomarkdown's text is not Markdown", "{::nomarkdown}\n<b>*x*</b>\n{:/nomarkdown}", 1, "x", 0);
    row("kramdown: options extension", "{::options parse_block_html=\"true\" /}", 0, "parse", L::Attributes);
}

void TestMarkdownHighlighter::constructs()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, at);
    QFETCH(quint32, styles);
    QFETCH(bool, bold);
    QFETCH(bool, italic);
    Editor editor(text, m_light);
    QTRY_VERIFY(!editor.highlighter->isBusy());
    QCoreApplication::processEvents();   // queued re-highlights of a line above (tables, setext)
    const QString lineText = editor.edit.document()->findBlockByNumber(line).text();
    const int column = int(lineText.indexOf(at));
    QVERIFY2(column >= 0, qPrintable(lineText));
    const QTextCharFormat shown = formatAt(editor.edit.document(), line, column);
    QVERIFY2(shown == editor.highlighter->formatFor(styles),
             QByteArray(describe(shown) + " instead of " + describe(editor.highlighter->formatFor(styles))).constData());
    QCOMPARE(shown.fontWeight() == QFont::Bold, bold);
    QCOMPARE(shown.fontItalic(), italic);
    // Something a user sees: every construct has a colour, a weight or a slant of its own.
    if (styles != 0)
        QVERIFY(shown.hasProperty(QTextFormat::ForegroundBrush) || bold || italic || shown.fontStrikeOut());
    // Never a size or family: line heights stay as the monospace font makes them.
    QVERIFY(!shown.hasProperty(QTextFormat::FontPointSize) && !shown.hasProperty(QTextFormat::FontFamilies));
}

void TestMarkdownHighlighter::fenceStatesSpanLines()
{
    Editor editor(QStringLiteral("a\n```\nx\n\n~~~\n```\nb"), m_light);
    QTRY_VERIFY(!editor.highlighter->isBusy());
    const QTextDocument *doc = editor.edit.document();
    const auto context = [&](int line) { return L::context(doc->findBlockByNumber(line).userState()); };
    QCOMPARE(context(0), L::Context::Text);
    QCOMPARE(context(1), L::Context::FencedCode);   // the opening fence
    QCOMPARE(context(2), L::Context::FencedCode);
    QCOMPARE(context(3), L::Context::FencedCode);   // a blank line does not end a fence
    QCOMPARE(context(4), L::Context::FencedCode);   // nor a fence of the other character
    QCOMPARE(context(5), L::Context::Text);         // the closing fence
    QCOMPARE(formatAt(doc, 6, 0), QTextCharFormat());
}

void TestMarkdownHighlighter::editsRehighlightOnlyWhatChanged()
{
    QStringList lines;
    for (int i = 0; i < 40; ++i)
        lines << QStringLiteral("line %1 with *emphasis*").arg(i);
    lines[10] = QStringLiteral("```");
    lines[20] = QStringLiteral("```");
    Editor editor(lines.join(QLatin1Char('\n')), m_light);
    std::map<int, int> calls;   // block number -> times highlighted
    editor.highlighter->setExtraFormats([&](const QTextBlock &block, const QString &) {
        ++calls[block.blockNumber()];
        return QList<QTextLayout::FormatRange>();
    });
    QTRY_VERIFY(!editor.highlighter->isBusy());
    QTextDocument *doc = editor.edit.document();
    const auto context = [&](int line) { return L::context(doc->findBlockByNumber(line).userState()); };
    const auto edit = [&](int line, int column, const QString &insert, int remove = 0) {
        QCoreApplication::processEvents();   // a fresh pass
        calls.clear();
        QTextCursor cursor(doc->findBlockByNumber(line));
        cursor.setPosition(cursor.position() + column);
        cursor.setPosition(cursor.position() + remove, QTextCursor::KeepAnchor);
        cursor.insertText(insert);
        QTRY_VERIFY(!editor.highlighter->isBusy());   // a loaded machine may split the pass
    };

    // Typing inside the fence: that line only.
    edit(15, 0, QStringLiteral("x"));
    QCOMPARE(calls.size(), size_t(1));
    QCOMPARE(calls.begin()->first, 15);
    QCOMPARE(formatAt(doc, 15, 12), editor.highlighter->formatFor(L::Code));

    // Opening a fence on line 30: every line after it is code now, and only those were redone.
    edit(30, 0, QStringLiteral("```\n"));
    QCOMPARE(calls.begin()->first, 30);
    QCOMPARE(calls.rbegin()->first, 40);
    QCOMPARE(calls.size(), size_t(11));
    for (int line = 31; line <= 40; ++line)
        QCOMPARE(context(line), L::Context::FencedCode);
    QCOMPARE(formatAt(doc, 35, 15), editor.highlighter->formatFor(L::Code));
    QCOMPARE(context(29), L::Context::Text);

    // Closing it again (deleting the fence): the lines after it are text as before.
    edit(30, 0, QString(), 4);
    QCOMPARE(calls.begin()->first, 30);
    QCOMPARE(calls.rbegin()->first, 39);
    for (int line = 30; line < 40; ++line)
        QCOMPARE(context(line), L::Context::Text);
    QCOMPARE(formatAt(doc, 34, 15), editor.highlighter->formatFor(L::Emphasis));

    // Removing the fence at line 10: lines 10..19 become text, and 20 opens a fence to the end.
    edit(10, 0, QString(), 3);
    QCOMPARE(context(15), L::Context::Text);
    QCOMPARE(context(25), L::Context::FencedCode);
    QCOMPARE(calls.begin()->first, 10);
    QCOMPARE(calls.rbegin()->first, 39);
}

void TestMarkdownHighlighter::longBodyRecoloursInChunks()
{
    // Opening a fence at the top of a long body re-colours the rest without one long stall:
    // the pass stops at its budget and the rest follows in idle chunks.
    QString body;
    for (int i = 0; i < 20000; ++i)
        body += QStringLiteral("Line %1 of a *long* seminar report with a [link](https://example.org).\n").arg(i);
    Editor editor(body, m_light);
    QTRY_VERIFY_WITH_TIMEOUT(!editor.highlighter->isBusy(), 60000);
    QTextDocument *doc = editor.edit.document();
    const int last = doc->blockCount() - 2;
    QCOMPARE(formatAt(doc, last, 20), editor.highlighter->formatFor(L::Emphasis));
    QCoreApplication::processEvents();
    QSignalSpy textChanged(&editor.edit, &QPlainTextEdit::textChanged);
    QTextCursor(doc).insertText(QStringLiteral("```\n"));
    QVERIFY(editor.highlighter->isBusy());
    QCOMPARE(formatAt(doc, 0, 0), editor.highlighter->formatFor(L::Code | L::Marker));   // the edit itself: at once
    QTRY_VERIFY_WITH_TIMEOUT(!editor.highlighter->isBusy(), 60000);
    QCOMPARE(formatAt(doc, last + 1, 20), editor.highlighter->formatFor(L::Code));
    QCOMPARE(L::context(doc->findBlockByNumber(last + 1).userState()), L::Context::FencedCode);
    // Re-colouring is no text change: whoever listens to textChanged heard of the typing only.
    QCOMPARE(textChanged.size(), 1);
}

void TestMarkdownHighlighter::tableHeaderFollowsDelimiterRow()
{
    // The header row is only a header once the delimiter row below it is typed.
    Editor editor(QStringLiteral("| Item | Room |\n"), m_light);
    QTRY_VERIFY(!editor.highlighter->isBusy());
    QTextDocument *doc = editor.edit.document();
    QCOMPARE(formatAt(doc, 0, 3), QTextCharFormat());
    QTextCursor cursor(doc);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral("|---|---|"));
    QTRY_COMPARE(formatAt(doc, 0, 3), editor.highlighter->formatFor(L::TableHeader));
    cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(QStringLiteral("text"));
    QTRY_COMPARE(formatAt(doc, 0, 3), QTextCharFormat());
}

void TestMarkdownHighlighter::paletteChangeRecolours()
{
    Editor editor(QStringLiteral("see [the site](https://example.org) and `code` {{ page.title }}"), m_light);
    QTRY_VERIFY(!editor.highlighter->isBusy());
    QTextDocument *doc = editor.edit.document();
    const QColor lightLink = formatAt(doc, 0, 6).foreground().color();
    QCOMPARE(lightLink, m_light.color(QPalette::Link));   // readable as it is on white: the palette's own
    const QColor lightCode = formatAt(doc, 0, 41).foreground().color();

    const QPalette dark = darkPalette();
    editor.edit.setPalette(dark);
    QTRY_VERIFY(!editor.highlighter->isBusy());
    const QColor darkLink = formatAt(doc, 0, 6).foreground().color();
    QVERIFY(darkLink != lightLink);
    QCOMPARE(formatAt(doc, 0, 6), editor.highlighter->formatFor(L::Link));
    const QColor base = dark.color(QPalette::Base);
    // The light theme's blue was unreadable on the dark base: moved toward the text colour.
    QVERIFY2(contrastRatio(darkLink, base) >= 4.5, qPrintable(darkLink.name()));
    QVERIFY(formatAt(doc, 0, 41).foreground().color() != lightCode);
    for (const int column : {6, 20, 41, 50})
        QVERIFY(contrastRatio(formatAt(doc, 0, column).foreground().color(), base) >= 3.0);
}

void TestMarkdownHighlighter::extraFormatsMergeOverMarkdown()
{
    Editor editor(QStringLiteral("a **Collaboraiton** word"), m_light);
    QTRY_VERIFY(!editor.highlighter->isBusy());
    QTextDocument *doc = editor.edit.document();
    editor.highlighter->setExtraFormats([](const QTextBlock &, const QString &text) {
        QTextLayout::FormatRange range;
        range.start = int(text.indexOf(QLatin1String("Collaboraiton")));
        range.length = 13;
        range.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        range.format.setUnderlineColor(Qt::red);
        return QList<QTextLayout::FormatRange>{range};
    });
    QTRY_VERIFY(!editor.highlighter->isBusy());
    const QTextCharFormat shown = formatAt(doc, 0, 6);
    QCOMPARE(shown.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
    QCOMPARE(shown.underlineColor(), QColor(Qt::red));
    QCOMPARE(shown.fontWeight(), int(QFont::Bold));   // merged over the strong emphasis, not instead of it
    QCOMPARE(formatAt(doc, 0, 20).underlineStyle(), QTextCharFormat::NoUnderline);

    editor.highlighter->setExtraFormats({});
    QTRY_VERIFY(!editor.highlighter->isBusy());
    QCOMPARE(formatAt(doc, 0, 6), editor.highlighter->formatFor(L::Strong));
}

void TestMarkdownHighlighter::turningOffClearsMarkdownFormats()
{
    Editor editor(QStringLiteral("# Title\n*x*"), m_light);
    editor.highlighter->setExtraFormats([](const QTextBlock &block, const QString &) {
        QTextLayout::FormatRange range;
        range.start = 0;
        range.length = block.blockNumber() == 1 ? 1 : 0;
        range.format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
        return QList<QTextLayout::FormatRange>{range};
    });
    QTRY_VERIFY(!editor.highlighter->isBusy());
    QTextDocument *doc = editor.edit.document();
    QCOMPARE(formatAt(doc, 0, 3).fontWeight(), int(QFont::Bold));
    editor.highlighter->setEnabled(false);
    QTRY_VERIFY(!editor.highlighter->isBusy());
    QCOMPARE(formatAt(doc, 0, 3), QTextCharFormat());
    QCOMPARE(formatAt(doc, 1, 0).underlineStyle(), QTextCharFormat::SpellCheckUnderline);   // the extra formats stay
    QVERIFY(!formatAt(doc, 1, 0).fontItalic());
    editor.highlighter->setEnabled(true);
    QTRY_VERIFY(!editor.highlighter->isBusy());
    QCOMPARE(formatAt(doc, 0, 3).fontWeight(), int(QFont::Bold));
}

void TestMarkdownHighlighter::markdownEditorHighlightsThePost()
{
    EditSession session;
    QString error;
    QVERIFY2(session.document()->load(LecternTest::sourcePath(QStringLiteral("examples/site/_posts/2025-03-19-lumi-ai-factories.md")), &error),
             qPrintable(error));
    MarkdownEditor editor(&session);
    editor.show();
    QVERIFY(editor.highlighter());
    QTRY_VERIFY(!editor.isFilling() && !editor.highlighter()->isBusy());
    QTextDocument *doc = editor.document();
    const QTextBlock bio = doc->find(QStringLiteral("## Bio:")).block();
    QVERIFY(bio.isValid());
    QCOMPARE(formatAt(doc, bio.blockNumber(), 3).fontWeight(), int(QFont::Bold));
    const QTextBlock when = doc->find(QStringLiteral("**When:**")).block();
    QCOMPARE(formatAt(doc, when.blockNumber(), 4), editor.highlighter()->formatFor(L::Strong));
    // Typing still goes into the body as before.
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(bio.position() + bio.length() - 1);
    editor.setTextCursor(cursor);
    QTest::keyClicks(&editor, QStringLiteral(" *x*"));
    QVERIFY(session.document()->body().contains(QLatin1String("## Bio: *x*")));
    QVERIFY2(formatAt(doc, bio.blockNumber(), 9) == editor.highlighter()->formatFor(L::Heading | L::Emphasis),
             QByteArray(describe(formatAt(doc, bio.blockNumber(), 9)) + " in " + doc->findBlockByNumber(bio.blockNumber()).text().toUtf8()).constData());
}

QTEST_MAIN(TestMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
