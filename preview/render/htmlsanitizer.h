// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporthtmltokens.h"

#include <QHash>

#include <functional>

namespace Lectern {

// Rebuilds HTML from tokens keeping only an allow-list of elements, attributes and URL schemes.
// Anything else is dropped (script-like elements with their content) or unwrapped (unknown
// formatting elements keep their text). Output is always well-formed: every kept start tag
// is closed, end tags without a start are dropped.
class HtmlSanitizer final
{
public:
    struct Options
    {
        // Makes a URL absolute; given the raw reference and whether it is an image source.
        std::function<QString(const QString &reference, bool image)> resolveUrl;
        bool keepClasses = true;             // false for e-mail: no stylesheet there
        bool keepIds = true;
        bool keepStyleAttributes = true;     // author styles, after a CSS safety check
        QHash<QString, QString> inlineStyles; // element name -> style attribute to set
    };

    static QString sanitize(const QList<HtmlToken> &tokens, const Options &options);
    static QString sanitize(const QString &html, const Options &options);

    // True for URLs a reader may follow: http(s), mailto, tel; images also data:image/*.
    static bool isAllowedUrl(const QString &absoluteUrl, bool image);
    static bool isAllowedElement(const QString &name);
    // True for the same-document links of kramdown's footnotes, kept as written (never resolved
    // against the site): "#fn:NAME" and "#fnref:NAME[:N]" (kramdown 2.4 converter/html.rb
    // convert_footnote and footnote_content). The ids they point at ("fn:..", "fnref:..") are kept
    // even when Options::keepIds is false, and so are the footnote markup's ARIA roles
    // (doc-noteref, doc-endnotes, doc-endnote, doc-backlink), so footnotes work in every export.
    static bool isFootnoteFragment(const QString &href);
};

} // namespace Lectern
