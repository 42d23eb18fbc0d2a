// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the Markdown renderer (MarkdownRenderer::toHtml, cmark-gfm with GFM extensions).
// Invariant: with raw HTML off, nothing the post says becomes a script element.
#include "markdownrenderer.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using Lectern::MarkdownRenderer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)MarkdownRenderer::toHtml(markdown);

    MarkdownRenderer::Options safe;
    safe.rawHtml = false;
    const QString html = MarkdownRenderer::toHtml(markdown, safe);
    if (html.contains(QLatin1String("<script"), Qt::CaseInsensitive)) {
        std::fprintf(stderr, "invariant broken: raw HTML off but output has <script\n%s\n", qPrintable(html));
        std::abort();
    }
    return 0;
}
