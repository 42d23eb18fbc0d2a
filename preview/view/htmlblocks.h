// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Lectern {

// The body HTML cut into top-level blocks that a browser parses the same alone as in one piece, so
// a keystroke's update can replace only the blocks that changed. Cutting is conservative: HTML a
// plain tag stack cannot follow exactly (unbalanced or misnested tags, raw-text and form elements,
// foreign content, doctype-like markup, data-sourcepos not written as the renderer writes it) is
// not cut at all, and the page then parses the whole body.
class HtmlBlocks final
{
public:
    // Where each block starts (the first is 0); empty when the HTML is not safely cut.
    static QList<qsizetype> split(QStringView html);

    struct Diff
    {
        int keptHead = 0;    // blocks equal at the start
        int keptTail = 0;    // blocks equal at the end, once their lines are shifted
        int lineShift = 0;   // lines to add to every data-sourcepos of the kept tail
    };
    // How to turn OLD (cut at oldStarts) into NEW (cut at newStarts) keeping most blocks.
    static Diff diff(QStringView oldHtml, const QList<qsizetype> &oldStarts, QStringView newHtml,
                     const QList<qsizetype> &newStarts);
    static QStringView block(QStringView html, const QList<qsizetype> &starts, int index);
    // True when B is A with every data-sourcepos line moved by shift (columns and all else equal).
    static bool sameShifted(QStringView a, QStringView b, int shift);
};

} // namespace Lectern
