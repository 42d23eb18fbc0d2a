// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportinput.h"

namespace Lectern {

// The post as HTML to paste elsewhere: a self-contained snippet, an e-mail body with inline
// styles only, and the plain-text alternative. All three are sanitised and use absolute URLs.
class HtmlExport final
{
public:
    struct Options
    {
        bool withHeader = false;   // title, date and image above the body
    };
    struct Result
    {
        QString text;
        QList<ExportWarning> warnings;
    };

    static Result snippet(const ExportInput &input, const Options &options);
    static Result email(const ExportInput &input, const Options &options);
    // Markdown-ish text: headings with #, list items with -, links as "text [URL]".
    static Result plainText(const ExportInput &input, const Options &options);
    // The body's text only, for calendar descriptions (no header, no warnings).
    static QString bodyPlainText(const ExportInput &input);
    // The header block (title, date, image) as HTML; empty parts are left out.
    static QString headerHtml(const ExportInput &input);
};

} // namespace Lectern
