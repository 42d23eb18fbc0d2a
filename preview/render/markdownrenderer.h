// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern {

struct KramdownOptions;

// The one cmark-gfm wrapper: GFM extensions registered once, parser and nodes owned by RAII.
class MarkdownRenderer final
{
public:
    struct Options
    {
        bool sourcePositions = true;   // data-sourcepos on blocks, for scroll sync
        bool rawHtml = true;           // deliberate: posts carry HTML; the preview runs no script
        bool footnotes = true;
        // When set, kramdown's span rules are applied to the parsed tree (KramdownTree::apply).
        const KramdownOptions *kramdown = nullptr;
    };

    static QString toHtml(const QString &markdown);
    static QString toHtml(const QString &markdown, const Options &options);
};

} // namespace Lectern
