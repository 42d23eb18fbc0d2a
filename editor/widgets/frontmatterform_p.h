// SPDX-License-Identifier: GPL-3.0-or-later
// What frontmatterform.cpp (the form) and frontmatterformrows.cpp (its rows) share.
#pragma once

#include <QString>

namespace Lectern::FrontMatterFormStyle {

inline const QString errorStyle = QStringLiteral("color: #b00020;");
inline const QString warningStyle = QStringLiteral("color: #8a5300;");
inline const QString noteStyle = QStringLiteral("color: palette(placeholder-text);");
// Rows the form builds; keys past these are edited in the YAML view.
constexpr int kMaxRows = 100;

} // namespace Lectern::FrontMatterFormStyle
