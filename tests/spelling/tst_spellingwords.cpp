// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter.h"
#include "spellingwords.h"

#include <QTest>

using namespace Lectern;

class TestSpellingWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markdown_data();
    void markdown();
    void positions();
    void text_data();
    void text();
    void frontMatter();
};

namespace {

QStringList texts(const QList<SpellingWord> &words)
{
    QStringList out;
    for (const SpellingWord &w : words)
        out << w.text;
    return out;
}

} // namespace

void TestSpellingWords::markdown_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QStringList>("words");
    // WORDS: the words expected, separated by spaces.
    const auto row = [](const char *name, const char *body, const char *words) {
        QTest::newRow(name) << QString::fromUtf8(body)
                            << QString::fromUtf8(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    // Kept
    row("kept: plain words", "Hello wrold", "Hello wrold");
    row("kept: apostrophe inside a word", "don't stop", "don't stop");
    row("kept: typographic apostrophe and accents", "l’été arrive", "l’été arrive");
    row("kept: hyphen splits words", "well-known fact", "well known fact");
    row("kept: emphasis markers are not part of words", "*bold* and _em_ and **strong**", "bold and em and strong");
    row("kept: link text, not its destination", "[Collaboraiton here](https://exmaple.org/pathh)", "Collaboraiton here");
    row("kept: heading text", "## Speaker bio", "Speaker bio");
    row("kept: text between HTML tags", "<span class=\"badgee\">Talkk</span>", "Talkk");
    row("kept: list item text", "- first itemm", "first itemm");
    row("kept: indented list continuation", "- item\n\n    more textt", "item more textt");
    // Skipped
    row("skipped: code span", "see `mispeled code` here", "see here");
    row("skipped: double-backtick code span", "a ``code ` spann`` b", "");
    row("skipped: unclosed backtick is literal", "it`s wordd", "it wordd");
    row("skipped: fenced code block", "before\n```cpp\nint mispeled;\n```\nafter", "before after");
    row("skipped: tilde fence with a longer close", "~~~\nwrogn\n~~~~\nafter", "after");
    row("skipped: indented code block after a blank line", "para\n\n    codde here\n\nafter", "para after");
    row("skipped: URL", "go to https://exmaple.org/somewher now", "go to now");
    row("skipped: www URL", "visit www.exmaple.org today", "visit today");
    row("skipped: autolink", "<https://exmaple.org> ok", "ok");
    row("skipped: e-mail address", "mail jdoe@exmaple.org please", "mail please");
    row("skipped: e-mail autolink", "<jdoe@exmaple.org>", "");
    row("skipped: Liquid output", "{{ site.baseurl }} textt", "textt");
    row("skipped: Liquid tag", "{% include fiel.html %} ok", "ok");
    row("skipped: Liquid raw block", "{% raw %}\nwrogn\n{% endraw %}\nok", "ok");
    row("skipped: HTML tag attributes", "<img alt=\"colour\" srcc=\"x.png\">", "");
    row("skipped: HTML comment over lines", "<!-- notte\nstill commnt -->\nok", "ok");
    row("skipped: kramdown attribute list", "Paragraph\n{: .clss #idd}", "Paragraph");
    row("skipped: kramdown span IAL", "*word*{: .hihglight}", "word");
    row("skipped: kramdown comment block", "{::comment}\nwrogn\n{:/comment}\nok", "ok");
    row("skipped: kramdown header id", "## Title {#custm-id}", "Title");
    row("skipped: reference definition", "[lnk]: https://exmaple.org \"Titel\"", "");
    row("skipped: reference label", "[text][refff]", "text");
    row("skipped: HTML entity", "wait&hellip;", "wait");
    row("skipped: words with digits", "H2O mp3 2nd", "");
    row("skipped: identifiers with underscores", "snake_case", "");
    row("skipped: acronyms in capitals", "LUMI HPC talks", "talks");
    row("skipped: one-letter words", "a I x", "");
}

void TestSpellingWords::markdown()
{
    QFETCH(QString, body);
    QFETCH(QStringList, words);
    QCOMPARE(texts(SpellingWords::inMarkdown(body)), words);
}

void TestSpellingWords::positions()
{
    const QString body = QStringLiteral("ab `x` Café\r\n\nl’été wrold");
    const QList<SpellingWord> words = SpellingWords::inMarkdown(body);
    QCOMPARE(words.size(), 4);
    QCOMPARE(words.at(1).text, QStringLiteral("Café"));
    QCOMPARE(words.at(1).line, 0);
    QCOMPARE(words.at(1).column, 7);
    QCOMPARE(words.at(1).offset, 7);
    QCOMPARE(words.at(3).text, QStringLiteral("wrold"));
    QCOMPARE(words.at(3).line, 2);
    QCOMPARE(words.at(3).column, 6);
    QCOMPARE(body.mid(words.at(3).offset, 5), QStringLiteral("wrold"));
}

void TestSpellingWords::text_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("kept: a title") << QStringLiteral("Collaboraiton on AI")
                                    << QStringList{QStringLiteral("Collaboraiton"), QStringLiteral("on")};
    QTest::newRow("kept: backticks are plain text in a value")
        << QStringLiteral("`wrod`") << QStringList{QStringLiteral("wrod")};
    QTest::newRow("skipped: URL in a value") << QStringLiteral("see https://exmaple.org") << QStringList{QStringLiteral("see")};
    QTest::newRow("skipped: Liquid in a value") << QStringLiteral("{{ page.titel }}") << QStringList{};
}

void TestSpellingWords::text()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(texts(SpellingWords::inText(text)), words);
}

void TestSpellingWords::frontMatter()
{
    const FrontMatter fm(QByteArrayLiteral("title: \"Collaboraiton day\"\n"
                                           "layout: postt\n"
                                           "date: 2025-03-19 10:00:00\n"
                                           "categories: [semminar]\n"
                                           "image: /images/lumii.png\n"
                                           "description: >-\n"
                                           "  Talks on\n"
                                           "  scienze\n"
                                           "speaker: Jane Doee\n"));
    const QList<SpellingWord> words = SpellingWords::inFrontMatter(fm);
    QCOMPARE(texts(words), (QStringList{QStringLiteral("Collaboraiton"), QStringLiteral("day"), QStringLiteral("Talks"),
                                        QStringLiteral("on"), QStringLiteral("scienze"), QStringLiteral("Jane"),
                                        QStringLiteral("Doee")}));
    QCOMPARE(words.at(0).line, 2);     // the file's line: front matter starts on line 2
    QCOMPARE(words.at(0).column, 8);   // after `title: "`
    QCOMPARE(words.at(4).line, 9);
    QCOMPARE(words.at(4).column, 2);
}

QTEST_GUILESS_MAIN(TestSpellingWords)
#include "tst_spellingwords.moc"
