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

} // namespace SourceLines

} // namespace Lectern
