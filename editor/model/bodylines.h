#pragma once

#include <QString>

#include <functional>

namespace Lectern::BodyLines {

// LINE (one body line, no line end) with each code span blanked to spaces: same length, so columns
// stay. A span opens with a run of N backticks and closes at the next run of N (CommonMark 0.30
// §6.1); an unclosed run is left as it is.
QString withoutCodeSpans(const QString &line);

// Calls VISIT(index, line) for each line of BODY (split on '\n', a trailing '\r' removed) that is not
// inside a fenced code block or one of its fences (``` or ~~~, closed by a fence of at least as many of
// the same character and nothing else, CommonMark 0.30 §4.5); INDEX is the 0-based line number in BODY.
// Indented code blocks are not recognised (their lines are visited).
void forEachOutsideFences(const QString &body, const std::function<void(int index, const QString &line)> &visit);

} // namespace Lectern::BodyLines
