// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>

namespace Lectern {

// Liquid (includes, loops) and the kramdown pass add and drop lines before cmark-gfm sees the text,
// so its data-sourcepos count lines of that text, not of the post the user edits. These map them
// back by aligning the two texts line by line (scroll sync needs lines, not columns).
namespace SourceLines {

// For each line of `rendered` (index 0 = line 1), the 1-based line of `source` it came from: equal
// lines are matched in order; lines Liquid produced map to the line of the tag that made them.
QVector<int> align(const QString &rendered, const QString &source);

// `html` with each data-sourcepos="L1:C1-L2:C2" line number mapped through `map`.
QString remap(const QString &html, const QVector<int> &map);

// EXACT (HTML without positions: the site's Jekyll writes none) with each top-level element given
// the data-sourcepos attribute of its counterpart in BUILTIN (the built-in render of the same text):
// the two lists of top-level elements are aligned by tag name and text (tags dropped, white space
// collapsed, typography folded to ASCII), in order, by longest common subsequence, so a block one
// side lacks (a Liquid-made list, a footnote div) shifts nothing after it. Elements without a match
// stay without a position; an element that has one already keeps it. With more than 4,000,000
// element pairs, elements are paired by index when the counts are equal, else none is.
QString copyPositions(const QString &exact, const QString &builtIn);

} // namespace SourceLines

} // namespace Lectern
