// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <algorithm>

namespace Lectern::CodeSpan {

// The end of the code span whose opening backtick run starts at OPEN in TEXT: the index just past
// the next run of exactly as many backticks that ends before LIMIT (CommonMark 0.30 6.1; kramdown's
// codespan reads them the same way). -1 when there is none (the backticks are literal text), or
// when TEXT at OPEN is not a backtick. *OPENING_END, when given, gets the index past the opening run.
// Linear in LIMIT - OPEN; LIMIT is clamped to TEXT's size.
inline qsizetype end(QStringView text, qsizetype open, qsizetype limit, qsizetype *openingEnd = nullptr)
{
    limit = std::min(limit, text.size());
    qsizetype run = open;
    while (run < limit && text.at(run) == u'`')
        ++run;
    if (openingEnd)
        *openingEnd = run;
    const qsizetype length = run - open;
    if (length == 0)
        return -1;
    for (qsizetype j = run; j < limit;) {
        if (text.at(j) != u'`') {
            ++j;
            continue;
        }
        qsizetype k = j;
        while (k < limit && text.at(k) == u'`')
            ++k;
        if (k - j == length)
            return k;
        j = k;
    }
    return -1;
}

} // namespace Lectern::CodeSpan
