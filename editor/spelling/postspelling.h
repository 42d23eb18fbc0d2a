// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

namespace Lectern {

class PostFile;
class Schema;
class SpellChecker;

namespace PostSpelling {

// The unknown words of a post (front-matter prose values and the Markdown body, as SpellingWords
// splits them) as diagnostics at their 1-based file line and column (the column counts UTF-16 code
// units, as the other checks do): `unknown word "Collaboraiton" (did you mean: Collaboration)`, with
// up to three suggestions. SEVERITY: Warning for `check --spelling`, Error for `--spelling-errors`.
// Each distinct word is looked up once. Nothing when CHECKER has no dictionary.
Diagnostics check(const PostFile &post, const SpellChecker &checker, const Schema *schema,
                  Diagnostic::Severity severity = Diagnostic::Severity::Warning);

} // namespace PostSpelling

} // namespace Lectern
