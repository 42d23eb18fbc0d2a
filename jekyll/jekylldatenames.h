// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// English month and weekday names, as Ruby's Date._parse reads them and strftime writes them
// (internal to lectern_jekyll).
namespace Lectern::DateNames {

inline constexpr const char *kMonths[] = {"January", "February", "March", "April", "May", "June", "July",
                                          "August", "September", "October", "November", "December"};
inline constexpr const char *kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                        "Sunday"};

} // namespace Lectern::DateNames
