// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the body path of the preview: PostRenderer::renderBody (Liquid, then kramdown IALs and
// markdown="1" blocks, then cmark-gfm). Invariants: no crash, no sanitizer report, no hang
// (libFuzzer's -timeout). The output is not checked for script: the preview page runs none, and
// export passes it through HtmlSanitizer (fuzz_sanitizer).
#include "postrenderer.h"

#include <QString>
#include <QVariantMap>

#include <cstdint>

using Lectern::PostRenderer;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A post body of a few pages is what a user types; larger inputs only slow the search down.
    if (size > 16 * 1024)
        return 0;
    Lectern::PostRenderInput input;
    input.body = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    input.filePath = QStringLiteral("_posts/2025-03-19-fuzz.md");
    input.site = QVariantMap{{QStringLiteral("url"), QStringLiteral("https://example.org")},
                             {QStringLiteral("baseurl"), QStringLiteral("/lab")},
                             {QStringLiteral("title"), QStringLiteral("Lab")}};
    input.page = QVariantMap{{QStringLiteral("title"), QStringLiteral("A <b>talk</b> & more")},
                             {QStringLiteral("tags"), QVariantList{QStringLiteral("ai"), QStringLiteral("hpc")}},
                             {QStringLiteral("speaker"), QVariantMap{{QStringLiteral("name"), QStringLiteral("Ada")}}}};
    Lectern::RenderWarnings warnings;
    (void)PostRenderer::renderBody(input, &warnings);
    return 0;
}
