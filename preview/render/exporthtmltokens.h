// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Lectern {

// One piece of an HTML fragment as a browser's tokenizer would see it. Export works on these
// tokens rather than on the text so that no tag or attribute slips through a pattern's gap.
struct HtmlToken
{
    enum class Kind { Text, StartTag, EndTag, Comment, Doctype };

    Kind kind = Kind::Text;
    QString name;                              // lower-case tag name
    QList<QPair<QString, QString>> attributes; // lower-case names, decoded values, in order
    QString text;                              // decoded text for Text; raw content for Comment
    bool selfClosing = false;
    int sourceLine = 0;                        // from data-sourcepos of the nearest block, 0 if unknown
    int sourceColumn = 0;

    QString attribute(const QString &name) const;
};

// Splits HTML into tokens. Character references are decoded, so "&#106;avascript:" is seen as
// "javascript:". The content of <script>, <style>, <textarea>, <title> is one raw text token.
QList<HtmlToken> tokenizeHtml(const QString &html);

// Escapes text for an element's content or a double-quoted attribute value.
QString escapeHtml(const QString &text);

// Void elements have no end tag.
bool isVoidElement(const QString &name);

} // namespace Lectern
