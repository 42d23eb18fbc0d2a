// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern::Slug {

// Jekyll's `slugify` in its default mode, limited to ASCII: lowercase letters and digits,
// runs of anything else become one hyphen, no hyphen at either end. Non-ASCII letters are
// transliterated where possible (NFKD without combining marks, plus a small table for ß, æ, ø, ł…)
// and dropped otherwise. Empty when nothing is left (e.g. only punctuation).
QString slugify(const QString &title);

// dir/base + suffix, or dir/base-2 + suffix, -3… : the first name no file has yet.
QString uniquePath(const QString &dir, const QString &base, const QString &suffix);

} // namespace Lectern::Slug
