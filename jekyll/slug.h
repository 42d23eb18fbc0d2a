// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern::Slug {

// Jekyll 4.3's Utils.slugify (jekyll/utils.rb), mode by mode. Each replaces runs of the characters
// it does not keep with one "-", drops one "-" at each end, and lowercases unless `cased`:
//   Raw      keeps all but ASCII blanks (Ruby's \s)
//   Default  keeps Unicode letters, marks and decimal digits ([^\p{M}\p{L}\p{Nd}]+): "GPU 研讨会" → "gpu-研讨会"
//   Pretty   as Default, also keeps ._~!$&'()+,;=@
//   Ascii    keeps A-Z a-z 0-9 only
//   Latin    first transliterates with I18n's default approximations (i18n 1.10
//            backend/transliterator.rb: "é" → "e", "ß" → "ss"; anything else non-ASCII → "?"), then Default
//   None     (or any other name) returns the text itself, lowercased unless cased
// The result may be empty (only punctuation; or a non-Latin title in Ascii/Latin mode).
enum class Mode { Raw, Default, Pretty, Ascii, Latin, None };

// The mode named in _config.yml / the slugify filter / --slug-mode: "" and "default" are Default,
// "raw", "pretty", "ascii", "latin" their modes, anything else None (as Jekyll's SLUGIFY_MODES check).
Mode modeFromName(const QString &name);
QString slugify(const QString &text, Mode mode = Mode::Default, bool cased = false);
QString slugify(const QString &text, const QString &modeName, bool cased = false);

// dir/base + suffix, or dir/base-2 + suffix, -3… : the first name no file has yet.
QString uniquePath(const QString &dir, const QString &base, const QString &suffix);

} // namespace Lectern::Slug
