// SPDX-License-Identifier: GPL-3.0-or-later
#include "kramdowntypography.h"

namespace Lectern::KramdownTypography {

namespace {

const QByteArray kNbsp("\xc2\xa0");

// kramdown's TYPOGRAPHIC_SYMS at s[i] (alternatives in its order): bytes matched, or 0.
size_t typographicAt(const std::string &s, size_t i, size_t end, QByteArray *out)
{
    auto has = [&](const char *w) {
        const size_t n = std::strlen(w);
        return i + n <= end && s.compare(i, n, w) == 0;
    };
    if (has("---")) { *out = "\xe2\x80\x94"; return 3; }
    if (has("--")) { *out = "\xe2\x80\x93"; return 2; }
    if (has("...")) { *out = "\xe2\x80\xa6"; return 3; }
    if (has("\\<<")) { *out = "<<"; return 3; }
    if (has("\\>>")) { *out = ">>"; return 3; }
    if (has("<< ")) { *out = QByteArray("\xc2\xab") + kNbsp; return 3; }
    if (has(" >>")) { *out = kNbsp + QByteArray("\xc2\xbb"); return 3; }
    if (has("<<")) { *out = "\xc2\xab"; return 2; }
    if (has(">>")) { *out = "\xc2\xbb"; return 2; }
    return 0;
}

// kramdown's SQ_RULES applied at s[p] (smart_quotes.rb), where s[p] is a quote or the character
// before one. Records the quotes replaced; returns the bytes consumed.
size_t smartQuoteAt(const std::string &s, size_t p, const KramdownOptions &o, std::vector<Edit> *edits)
{
    const size_t n = s.size();
    auto at = [&](size_t i) { return i < n ? s[i] : '\0'; };
    auto endOfLine = [&](size_t i) { return i >= n || s[i] == '\n'; };   // Ruby's $
    auto left = [&](char q) { return q == '"' ? o.quotes[2] : o.quotes[0]; };
    auto right = [&](char q) { return q == '"' ? o.quotes[3] : o.quotes[1]; };
    auto put = [&](size_t i, const QByteArray &t) { edits->push_back({i, 1, t}); };
    const char c = at(p);
    // [/("|')(?=[_*]{1,2}\S)/, [:lquote1]]
    if (isQuote(c)) {
        const char a = at(p + 1), b = at(p + 2), d = at(p + 3);
        const bool delim = a == '_' || a == '*';
        if (delim && (((b == '_' || b == '*') && d != '\0' && !isSpace(d)) || (b != '\0' && !isSpace(b)))) {
            put(p, left(c));
            return 1;
        }
        // [/("|')(?=#{SQ_PUNCT}(?!\.\.)\B)/, [:rquote1]]: after the punctuation, no ".." and no word.
        if (isPunct(a) && !(b == '.' && d == '.') && !isWord(b)) {
            put(p, right(c));
            return 1;
        }
    }
    // [/(\s?)"'(?=\w)/, [1, :ldquo, :lsquo]] and [/(\s?)'"(?=\w)/, [1, :lsquo, :ldquo]]
    for (const size_t ws : {size_t(1), size_t(0)}) {
        if (ws && !isSpace(c))
            continue;
        const char q1 = at(p + ws), q2 = at(p + ws + 1);
        if (isQuote(q1) && isQuote(q2) && q1 != q2 && isWord(at(p + ws + 2))) {
            put(p + ws, left(q1));
            put(p + ws + 1, left(q2));
            return ws + 2;
        }
        // [/(\s?)'(?=\d\ds)/, [1, :rsquo]]
        if (q1 == '\'' && isDigit(at(p + ws + 1)) && isDigit(at(p + ws + 2)) && at(p + ws + 3) == 's') {
            put(p + ws, o.quotes[1]);
            return ws + 1;
        }
    }
    // [/(\s)('|")(?=\w)/, [1, :lquote2]]
    if (isSpace(c) && isQuote(at(p + 1)) && isWord(at(p + 2))) {
        put(p + 1, left(at(p + 1)));
        return 2;
    }
    // [/(#{SQ_CLOSE})('|")/, [1, :rquote2]]
    if (isClose(c) && isQuote(at(p + 1))) {
        put(p + 1, right(at(p + 1)));
        return 2;
    }
    // [/("|')(?=\s|s\b|$)/, [:rquote1]]
    if (isQuote(c) && (isSpace(at(p + 1)) || (at(p + 1) == 's' && !isWord(at(p + 2))) || endOfLine(p + 1))) {
        put(p, right(c));
        return 1;
    }
    // [/(.?)'/m, [1, :lsquo]] and [/(.?)"/m, [1, :ldquo]]
    for (const char q : {'\'', '"'}) {
        if (isQuote(at(p + 1)) && at(p + 1) == q && p + 1 < n) {
            put(p + 1, left(q));
            return 2;
        }
        if (c == q) {
            put(p, left(q));
            return 1;
        }
    }
    return 1;
}

} // namespace

// kramdown's span scanner stops at the earliest of a typographic symbol or `[^\\]?["']` (smart
// quotes first where both start together).
std::vector<Edit> edits(const std::string &run, size_t end, const KramdownOptions &o)
{
    std::vector<Edit> edits;
    size_t pos = 0;
    while (pos < end) {
        const size_t q = run.find_first_of("\"'", pos);
        size_t p = std::string::npos;
        if (q < end)
            p = q > pos && run[q - 1] != '\\' ? q - 1 : q;
        size_t t = pos;
        QByteArray sym;
        size_t symLength = 0;
        for (; t < end && (p == std::string::npos || t < p); ++t) {
            const char c = run[t];
            if ((c == '-' || c == '.' || c == '<' || c == '>' || c == '\\' || c == ' ')
                && (symLength = typographicAt(run, t, end, &sym)) > 0)
                break;
        }
        if (symLength > 0 && (p == std::string::npos || t < p)) {
            edits.push_back({t, symLength, sym});
            pos = t + symLength;
        } else if (p != std::string::npos) {
            pos = p + smartQuoteAt(run, p, o, &edits);
        } else {
            break;
        }
    }
    return edits;
}

} // namespace Lectern::KramdownTypography
