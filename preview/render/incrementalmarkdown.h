// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMutex>
#include <QString>

namespace Lectern {

struct KramdownOptions;

// MarkdownRenderer::toHtml (default options: source positions, raw HTML, footnotes) that remembers
// the last body it rendered, so a keystroke re-parses only the top-level blocks from the edit on
// (issue 14: a 100 KB body cost ~5 ms of cmark-gfm per keystroke).
//
// The result is always byte-identical to MarkdownRenderer::toHtml(markdown) (tst_incrementalmarkdown
// compares both over the corpus and random edits). Why the reuse is exact: cmark-gfm parses blocks
// line by line without lookahead (CommonMark spec, appendix "A parsing strategy"), so when the
// bodies agree on lines 1..L and line L opened a new top-level block after a blank line in the last
// parse, the blocks before L were closed by line L and render the same; the blocks from L on are
// parsed alone, fed after L-1 empty lines so their data-sourcepos lines are those of the body.
// The one thing crossing blocks is resolution of link reference definitions and footnotes (document
// wide, spec 4.7 and GFM "Footnotes"): a body containing "]:" or "[^" is always rendered whole, and
// so is one with a CR (a line ending for cmark-gfm, spec 2.1; post bodies are LF-only), and, with
// kramdown's rules on, one with a definition list line (": ...", which joins blocks).
// Edits before the first reusable block (or a body of one block) also render whole.
//
// Thread-safe (one render at a time); meant to live with one render worker.
class IncrementalMarkdown final
{
public:
    QString toHtml(const QString &markdown);
    // As above with KramdownTree::apply on each re-parsed block (MarkdownRenderer::Options::kramdown);
    // other options than the last render's render the whole body again.
    QString toHtml(const QString &markdown, const KramdownOptions *kramdown);
    // Blocks reused by the last toHtml call (0: rendered whole), for tests and benchmarks.
    int lastReusedBlocks() const { return m_lastReused; }

private:
    struct Block
    {
        int line = 0;              // 1-based start line of the top-level node
        qsizetype htmlStart = 0;   // where its HTML starts in m_html
    };
    QString renderFrom(const QByteArray &utf8, int firstLine, qsizetype byteOffset, qsizetype htmlBase,
                       QList<Block> *blocks, const KramdownOptions *kramdown);

    QMutex m_mutex;
    QByteArray m_body;     // UTF-8 of the last body rendered
    QString m_html;        // its HTML
    QList<Block> m_blocks; // its top-level nodes
    QByteArray m_optionsKey; // KramdownOptions::key() of the last render, empty without
    bool m_valid = false;  // m_blocks describe m_html (no global references in m_body)
    int m_lastReused = 0;
};

} // namespace Lectern
