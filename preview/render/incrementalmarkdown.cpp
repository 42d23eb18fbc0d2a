// SPDX-License-Identifier: GPL-3.0-or-later
#include "incrementalmarkdown.h"

#include "kramdowntree.h"
#include "markdownrenderer.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

namespace Lectern {

namespace {

struct ParserDeleter { void operator()(cmark_parser *p) const { cmark_parser_free(p); } };
struct NodeDeleter { void operator()(cmark_node *n) const { cmark_node_free(n); } };
struct CharDeleter { void operator()(char *s) const { std::free(s); } };

// As MarkdownRenderer with its default Options (the two must agree: the tests compare them).
constexpr int kFlags = CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES;
const char *const kExtensions[] = {"table", "strikethrough", "autolink", "tasklist"};

// Link reference definitions and footnotes resolve across the whole document. A CR is a line end
// for cmark-gfm too (bodies come with LF only; anything else is rendered whole, lines not counted).
bool renderWhole(const QByteArray &utf8)
{
    return utf8.contains("]:") || utf8.contains("[^") || utf8.contains('\r');
}

// kramdown's definition lists join paragraphs and the blocks indented under them across blank
// lines (KramdownTree): a body with a line starting ": " is rendered whole when they apply.
bool hasDefinitionLines(const QByteArray &utf8)
{
    return utf8.startsWith(": ") || utf8.startsWith(":\t") || utf8.contains("\n: ") || utf8.contains("\n:\t");
}

bool isBlankLine(const char *begin, const char *end)
{
    return std::all_of(begin, end, [](char c) { return c == ' ' || c == '\t'; });
}

} // namespace

QString IncrementalMarkdown::renderFrom(const QByteArray &utf8, int firstLine, qsizetype byteOffset,
                                        qsizetype htmlBase, QList<Block> *blocks,
                                        const KramdownOptions *kramdown)
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(kFlags));
    for (const char *name : kExtensions) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
    if (firstLine > 1) {
        // Empty lines before the first block put its data-sourcepos on the body's lines.
        const QByteArray lines(firstLine - 1, '\n');
        cmark_parser_feed(parser.get(), lines.constData(), size_t(lines.size()));
    }
    cmark_parser_feed(parser.get(), utf8.constData() + byteOffset, size_t(utf8.size() - byteOffset));
    std::unique_ptr<cmark_node, NodeDeleter> document(cmark_parser_finish(parser.get()));
    if (kramdown)
        KramdownTree::apply(document.get(), *kramdown, &utf8, true);   // block by block: its rules stay inside one
    cmark_llist *extensions = cmark_parser_get_syntax_extensions(parser.get());
    // Each top-level node alone: the document renders as their concatenation (it adds nothing itself).
    QString html;
    for (cmark_node *node = cmark_node_first_child(document.get()); node; node = cmark_node_next(node)) {
        blocks->append({cmark_node_get_start_line(node), htmlBase + html.size()});
        std::unique_ptr<char, CharDeleter> part(cmark_render_html(node, kFlags, extensions));
        html += QString::fromUtf8(part.get());
    }
    return html;
}

QString IncrementalMarkdown::toHtml(const QString &markdown)
{
    return toHtml(markdown, nullptr);
}

QString IncrementalMarkdown::toHtml(const QString &markdown, const KramdownOptions *kramdown)
{
    QMutexLocker lock(&m_mutex);
    const QByteArray optionsKey = kramdown ? kramdown->key() : QByteArray();
    if (optionsKey != m_optionsKey) {
        m_valid = false;
        m_optionsKey = optionsKey;
    }
    const QByteArray utf8 = markdown.toUtf8();
    m_lastReused = 0;
    if (renderWhole(utf8) || (kramdown && hasDefinitionLines(utf8))) {
        m_valid = false;
        m_body.clear();
        m_blocks.clear();
        MarkdownRenderer::Options options;
        options.kramdown = kramdown;
        m_html = MarkdownRenderer::toHtml(markdown, options);
        return m_html;
    }
    if (m_valid && utf8 == m_body)
        return m_html;
    int keep = 0;           // blocks of the last render reused
    int cutLine = 1;
    qsizetype cutByte = 0;
    if (m_valid && m_blocks.size() > 1) {
        // Lines 1..changed-1 are the same in both bodies.
        const qsizetype common = std::mismatch(utf8.cbegin(), utf8.cbegin() + std::min(utf8.size(), m_body.size()),
                                               m_body.cbegin()).first - utf8.cbegin();
        std::vector<qsizetype> lineStarts{0};
        for (const char *p = utf8.constData(), *end = p + common;
             (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))) != nullptr; ) {
            ++p;
            lineStarts.push_back(p - utf8.constData());
        }
        const int changedLine = int(lineStarts.size());   // the line holding the first difference
        // The GFM table extension leaves the lines a table takes from a paragraph in a node at 0:0
        // (its real lines unknown): only blocks before the first such node can be cut at.
        int trusted = 0;
        while (trusted < m_blocks.size() && m_blocks.at(trusted).line > 0
               && (trusted == 0 || m_blocks.at(trusted).line > m_blocks.at(trusted - 1).line))
            ++trusted;
        for (int k = trusted - 1; k >= 1; --k) {
            const int line = m_blocks.at(k).line;
            if (line >= changedLine || line < 2)
                continue;
            const char *prevBegin = utf8.constData() + lineStarts[size_t(line - 2)];
            const char *prevEnd = utf8.constData() + lineStarts[size_t(line - 1)] - 1;   // its '\n'
            if (!isBlankLine(prevBegin, prevEnd))
                continue;
            keep = k;
            cutLine = line;
            cutByte = lineStarts[size_t(line - 1)];
            break;
        }
    }
    QList<Block> blocks;
    QString html;
    if (keep > 0) {
        blocks = m_blocks.mid(0, keep);
        const qsizetype htmlCut = m_blocks.at(keep).htmlStart;
        html = m_html.left(htmlCut);
        html += renderFrom(utf8, cutLine, cutByte, htmlCut, &blocks, kramdown);
    } else {
        html = renderFrom(utf8, 1, 0, 0, &blocks, kramdown);
    }
    m_lastReused = keep;
    m_body = utf8;
    m_html = html;
    m_blocks = std::move(blocks);
    m_valid = true;
    return html;
}

} // namespace Lectern
