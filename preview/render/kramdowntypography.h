// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// kramdown's typography (parser/kramdown/smart_quotes.rb, typographic_symbol.rb) over UTF-8 text,
// for KramdownTree: internal to lectern_render.

#include "kramdowntree.h"

#include <QByteArray>

#include <cstring>
#include <string>
#include <vector>

namespace Lectern::KramdownTypography {

// The character classes of kramdown's regexes (Ruby: \s and \w are ASCII only).
inline bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline bool isWord(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
inline bool isDigit(char c) { return c >= '0' && c <= '9'; }
inline bool isQuote(char c) { return c == '"' || c == '\''; }
// SQ_PUNCT = [!"#$%'()*+,\-./:;<=>?@[\\\]^_`{|}~]
inline bool isPunct(char c) { return c != '\0' && std::strchr("!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~", c) != nullptr; }
// SQ_CLOSE = [^ \\\t\r\n\[{(-]
inline bool isClose(char c) { return c != '\0' && std::strchr(" \\\t\r\n[{(-", c) == nullptr; }

struct Edit
{
    size_t at = 0;          // byte offset in the run
    size_t length = 0;      // bytes replaced
    QByteArray text;        // UTF-8
};

// The replacements kramdown's span scanner makes over run[0, end) (run[end...] is the source that
// follows, for lookahead only): smart quotes by SQ_RULES with OPTIONS' quote characters, and
// ---, --, ..., << and >> (no-break space with `<< ` and ` >>`), in order, none overlapping.
std::vector<Edit> edits(const std::string &run, size_t end, const KramdownOptions &options);

} // namespace Lectern::KramdownTypography
