// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Lectern {

// The language names Rouge (Jekyll's default highlighter) has a lexer for: kramdown wraps a code
// block in Rouge's markup only when Rouge::Lexer.find_fancy(lang) finds one (kramdown 2.4
// converter/syntax_highlighter/rouge.rb). Internal to lectern_render.
namespace RougeLexers {
// Whether NAME (UTF-8, as typed after the fence; case-sensitive, as Rouge::Lexer.find) names a lexer.
bool knows(const QByteArray &name);
// Whether NAME names Rouge's plain-text lexer ("plaintext", "text").
bool isPlainText(const QByteArray &name);
} // namespace RougeLexers

} // namespace Lectern
