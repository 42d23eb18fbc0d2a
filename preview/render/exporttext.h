// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern::ExportText {

// Sanitised HTML to Markdown-ish plain text for an e-mail's text/plain part: "# Heading",
// "- item", "**bold**", "_em_", links as "text [URL]", images as "[Image: alt] [URL]".
// With markup false, emphasis marks and the headings' "#" are left out (calendar descriptions).
QString fromHtml(const QString &html, bool markup = true);

// The text of each block (p, h1-h6, li, td, th, dt, dd, figcaption), whitespace collapsed,
// in document order. Used to compare our HTML with the site's.
QStringList blockTexts(const QString &html);

} // namespace Lectern::ExportText
