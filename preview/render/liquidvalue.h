// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>

namespace Lectern {

// Liquid's view of QVariant values: nil/false are falsy, lists and maps answer size/first/last.
namespace Liquid {

QString toText(const QVariant &value);                 // what {{ value }} prints
bool isTruthy(const QVariant &value);
bool isBlank(const QVariant &value);                   // nil, false, "", [], {}
QVariant member(const QVariant &value, const QString &key);
QVariant at(const QVariant &value, const QVariant &index);
QVariantList toList(const QVariant &value);
bool equals(const QVariant &a, const QVariant &b);
int compare(const QVariant &a, const QVariant &b);      // <0, 0, >0
bool contains(const QVariant &haystack, const QVariant &needle);
bool isNumber(const QVariant &value);

} // namespace Liquid
} // namespace Lectern
