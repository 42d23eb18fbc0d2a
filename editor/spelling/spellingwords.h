// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Lectern {

class FrontMatter;
class Schema;

// A word to spell-check: its text and where it is. Positions are UTF-16 code units, counted from 0:
// OFFSET in the text given, LINE in that text (lines end at '\n'), COLUMN in the line.
struct SpellingWord
{
    QString text;
    qsizetype offset = 0;
    int line = 0;
    int column = 0;

    bool operator==(const SpellingWord &other) const
    {
        return text == other.text && offset == other.offset && line == other.line && column == other.column;
    }
};

// Splits post text into the words a spelling checker should see, leaving out what is not prose.
//
// Skipped everywhere: URLs (scheme://…, www.…, mailto:…), e-mail addresses, Liquid ({{ … }}, {% … %}),
// HTML tags with their attributes (text between tags is prose), HTML entities (&nbsp;), kramdown
// attribute lists and extensions ({: … }, {#id}, {.class}, {::options …}).
// In Markdown also: code spans (CommonMark 6.1, any backtick run with its closing run), fenced code
// blocks (``` and ~~~, CommonMark 4.5), indented code blocks (4 spaces or a tab after a blank line, outside
// lists: CommonMark 4.4), {% highlight %}/{% raw %} blocks, HTML comments, kramdown {::comment} and
// {::nomarkdown} blocks (kramdown syntax "Extensions"), link destinations ](…), reference labels ][…]
// and reference definitions ([id]: url).
//
// A word is a run of letters (with their combining marks) with apostrophes (' and ’) inside it kept
// ("don't", "l'été"); hyphens split words ("well-known" is two). Left out as not words: tokens with a
// digit or an underscore inside (H2O, mp3, snake_case), one-letter words, and words in capitals only
// (acronyms: LUMI, HPC); a dictionary rarely knows them and they are seldom typos.
namespace SpellingWords {

// The carried state of a Markdown body between lines (an open fence, comment, code block).
struct MarkdownState
{
    QString fence;            // the opening fence's run ("```", "~~~~") while inside one
    enum class Block { None, HtmlComment, KramdownComment, Liquid };
    Block block = Block::None;
    bool previousBlank = true;
    bool inIndentedCode = false;
    bool inList = false;

    bool operator==(const MarkdownState &other) const
    {
        return fence == other.fence && block == other.block && previousBlank == other.previousBlank
            && inIndentedCode == other.inIndentedCode && inList == other.inList;
    }
};

// The words of a Markdown body (a post's text after its front matter; '\n' or "\r\n" line ends).
QList<SpellingWord> inMarkdown(const QString &body);
// The words of one Markdown line (no line break), given the state the lines before left and
// updated for the next one. LINE is copied into the words; offsets are in the line.
QList<SpellingWord> inMarkdownLine(QStringView line, MarkdownState *state, int lineNumber = 0);
// The words of text that is not Markdown (a front-matter value, a form field): only the skips that
// apply everywhere.
QList<SpellingWord> inText(QStringView text);

// Whether KEY's value is prose to check: a scalar string, in a field of type Text or MultiLineText
// when SCHEMA knows the key (else any key), and not one of the keys Jekyll or themes read as names,
// paths or identifiers: layout, permalink, slug, date, categories/category, tags, lang, author(s),
// published, redirect_from/redirect_to, image and other keys ending in image, url, path, file or id.
bool isProseKey(const QString &key, const FrontMatter &frontMatter, const Schema *schema = nullptr);
// The words of the prose values of a post's front matter (isProseKey), each at its place in the
// file: LINE is the 1-based file line, COLUMN 0-based in that line, OFFSET in that line too.
QList<SpellingWord> inFrontMatter(const FrontMatter &frontMatter, const Schema *schema = nullptr);

} // namespace SpellingWords

} // namespace Lectern
