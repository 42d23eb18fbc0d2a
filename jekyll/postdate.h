// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringList>

namespace Lectern::PostDate {

// Date-only views of JekyllDate::read, enough to sort a site and to write a new post's date the way the
// site already does (DateFormat keeps times and offsets for the form).

// "2025-03-19", "2025-03-19 11:00:00 -0700", "19 March 2025", "March 19, 2025", "19 Mar 2025"…; invalid if none.
QDate parse(const QString &value);
// The QDate format of a value parse() reads ("yyyy-MM-dd", "d MMMM yyyy"…); empty when none.
QString formatOf(const QString &value);
// The most common format among values; "yyyy-MM-dd" when none is recognised.
QString mostCommonFormat(const QStringList &values);
QString format(QDate date, const QString &format);
// The date of a Jekyll post file name, YYYY-MM-DD-slug.ext (JekyllDate::dateOfFileName); invalid when none.
QDate fromFileName(const QString &fileName);
// The next Monday–Friday after day.
QDate nextWeekday(QDate day);

} // namespace Lectern::PostDate
