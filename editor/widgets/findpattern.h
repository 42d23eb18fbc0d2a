// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>

namespace Lectern {

// The find bar's rules, apart from its widgets (FindBar).

// The expression that finds TYPED: the text itself, or with REGEX a QRegularExpression (PCRE2) pattern.
// Without MATCHCASE letters match either case; with WHOLEWORDS a match must not have a letter, digit
// or '_' (Unicode \w) just before or after it. '^' and '$' match at each line's start and end.
// A REGEX pattern that does not compile gives an invalid expression, with *ERROR set to
// QRegularExpression::errorString() and *ERRORAT to its 0-based offset in TYPED; otherwise *ERROR
// is cleared.
QRegularExpression findPattern(const QString &typed, bool matchCase, bool wholeWords, bool regex, QString *error, int *errorAt);

// The replacement text for MATCH: with REGEX, \N and $N (N = 0..99; two digits only when the pattern
// has that many groups) insert capture N (empty when it did not take part), \\ and $$ a backslash
// and a dollar, \n a line break and \t a tab; anything else after \ or $ is kept as typed.
// Without REGEX, REPLACEMENT as it is. So sed's and Perl's \1 and JavaScript's $1 both work.
QString expandReplacement(const QString &replacement, const QRegularExpressionMatch &match, bool regex);

} // namespace Lectern
