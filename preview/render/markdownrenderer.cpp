// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownrenderer.h"

#include "kramdowntree.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>

namespace Lectern {

namespace {

struct ParserDeleter { void operator()(cmark_parser *p) const { cmark_parser_free(p); } };
struct NodeDeleter { void operator()(cmark_node *n) const { cmark_node_free(n); } };
struct CharDeleter { void operator()(char *s) const { std::free(s); } };

using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using CharPtr = std::unique_ptr<char, CharDeleter>;

const char *const kExtensions[] = {"table", "strikethrough", "autolink", "tasklist"};

void registerExtensionsOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

int cmarkOptions(const MarkdownRenderer::Options &options)
{
    int flags = CMARK_OPT_DEFAULT;
    if (options.sourcePositions)
        flags |= CMARK_OPT_SOURCEPOS;
    if (options.rawHtml)
        flags |= CMARK_OPT_UNSAFE;
    if (options.footnotes)
        flags |= CMARK_OPT_FOOTNOTES;
    return flags;
}

} // namespace

QString MarkdownRenderer::toHtml(const QString &markdown)
{
    return toHtml(markdown, Options());
}

QString MarkdownRenderer::toHtml(const QString &markdown, const Options &options)
{
    registerExtensionsOnce();
    const int flags = cmarkOptions(options);
    ParserPtr parser(cmark_parser_new(flags));
    for (const char *name : kExtensions) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), size_t(utf8.size()));
    NodePtr document(cmark_parser_finish(parser.get()));
    if (options.kramdown)
        KramdownTree::apply(document.get(), *options.kramdown, &utf8, options.sourcePositions);
    CharPtr html(cmark_render_html(document.get(), flags, cmark_parser_get_syntax_extensions(parser.get())));
    return QString::fromUtf8(html.get());
}

} // namespace Lectern
