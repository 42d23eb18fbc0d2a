// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QVariantMap>

struct cmark_node;

namespace Lectern {

// The `kramdown:` settings of a site that change what the built-in renderer makes, with Jekyll 4's
// defaults (jekyll/configuration.rb: input GFM, hard_wrap false, auto_ids true,
// smart_quotes "lsquo,rsquo,ldquo,rdquo", entity_output as_char).
struct KramdownOptions
{
    // UTF-8 of the left single, right single, left double and right double quote kramdown writes
    // (smart_quotes: entity names or code points, turned into characters as entity_output as_char does).
    QByteArray quotes[4] = {QByteArray("\xe2\x80\x98"), QByteArray("\xe2\x80\x99"), QByteArray("\xe2\x80\x9c"),
                            QByteArray("\xe2\x80\x9d")};
    bool typography = true;   // smart quotes and -- --- ... << >> (kramdown always applies them)
    bool hardWrap = false;    // input GFM with hard_wrap: true: each line break in a paragraph is a <br />
    // Heading ids (auto_ids, default true). With input GFM (Jekyll's default) the GFM parser makes
    // them (kramdown-parser-gfm 1.1 generate_gfm_header_id: lower case, characters other than
    // \p{Word}, '-', space and tab dropped, spaces to '-', "-1", "-2"... for repeats, no id when
    // empty); with input kramdown the converter does (kramdown 2.4 Converter::Base#generate_id:
    // leading non-letters dropped, only a-z 0-9 '-' kept, "section" when empty), transliterating
    // accented letters first when transliterated_header_ids is true (which input GFM ignores).
    bool autoIds = true;
    bool gfmIds = true;
    bool transliteratedIds = false;
    QString autoIdPrefix;     // auto_id_prefix, put before every generated id
    // Rouge's markup around code (Jekyll's default highlighter, kramdown 2.4's rouge.rb and
    // Converter::Html#convert_codeblock/#convert_codespan): true unless the site's highlighter
    // (kramdown.syntax_highlighter, else the top-level `highlighter`, default rouge) is another one
    // ("none") or syntax_highlighter_opts.disable is true. guessLang is kramdown.guess_lang (Jekyll:
    // true), defaultLang syntax_highlighter_opts.default_lang (Jekyll: plaintext).
    bool rouge = true;
    bool guessLang = true;
    QByteArray defaultLang = QByteArray("plaintext");

    // From a site's _config.yml values (`kramdown:` mapping); missing or unknown values keep the defaults.
    static KramdownOptions fromSite(const QVariantMap &site);
    // A short text that differs whenever two options render differently (for render caches).
    QByteArray key() const;
};

// kramdown's span-level rules that cmark-gfm does not follow, applied to cmark-gfm's parsed tree
// (DOCUMENT, before rendering to HTML), in place:
// - typography (kramdown/parser/kramdown/smart_quotes.rb and typographic_symbol.rb): straight quotes
//   to curly by kramdown's SQ_RULES, `---` em dash, `--` en dash, `...` ellipsis, `<<` `>>`
//   guillemets (`<< ` and ` >>` with a no-break space), never inside code spans, code blocks, raw
//   HTML or image alt text;
// - `<<word>>`: cmark-gfm reads `<word>` as an HTML tag, kramdown as text between guillemets;
// - `**strong**` and `*em*` left as text by CommonMark's flanking rules (next to CJK punctuation:
//   `**强调：**后文`) become STRONG/EMPH nodes as kramdown's parse_emphasis makes them (the closing
//   delimiter not after white space; within one text node);
// - hard_wrap: soft line breaks become hard ones.
// - a raw-content span element's text (`<strike>`, `<kbd>`, `<u>`, any not in kramdown's block or
//   span content models) takes no typography: kramdown keeps it as typed;
// - a bare URL is no link (kramdown has no such autolinks), its backslash escapes taken out; a link
//   whose URL holds spaces keeps them in its href;
// - with OPTIONS.rouge, code spans are `<code class="language-plaintext highlighter-rouge">` and code
//   blocks whose language Rouge knows (RougeLexers) are wrapped as Jekyll's Rouge writes them:
//   `<div class="language-X highlighter-rouge"><div class="highlight"><pre class="highlight"><code>`
//   (the wrapper carries data-sourcepos when SOURCEPOSITIONS); the code is not coloured (Rouge's
//   token spans are not made), so a site's CSS for the wrappers applies, not its token colours.
// - a quote, '<', '>', '-' or '.' escaped with a backslash or written as an entity in the source
//   (\" \<< \-- &quot;) takes part in no typography rule, as in kramdown; found in SOURCE, the
//   UTF-8 cmark-gfm parsed (line N of the parse = line N of SOURCE; without it, not found).
// Works on any subtree (the preview's incremental renderer passes one top-level block at a time):
// every rule here stays inside one block.
namespace KramdownTree {
void apply(cmark_node *root, const KramdownOptions &options, const QByteArray *source = nullptr,
           bool sourcePositions = false);
}

} // namespace Lectern
