// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidvalue.h"

#include "jekylldate.h"

#include <QDateTime>

namespace Lectern::Liquid {

bool isNumber(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int: case QMetaType::LongLong: case QMetaType::UInt: case QMetaType::ULongLong:
    case QMetaType::Double: case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

QString toText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::QString:
        return v.toString();
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double: case QMetaType::Float: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) + QStringLiteral(".0") : QString::number(d);
    }
    case QMetaType::QDateTime:
        return JekyllDate::format(v.toDateTime(), QStringLiteral("%Y-%m-%d %H:%M:%S %z"));
    case QMetaType::QVariantList: case QMetaType::QStringList: {
        QString out;
        for (const QVariant &item : v.toList())
            out += toText(item);
        return out;
    }
    case QMetaType::QVariantMap: {
        // Ruby prints a Hash with inspect; nobody relies on it, so keep it short and harmless.
        return {};
    }
    default:
        return v.toString();
    }
}

bool isTruthy(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return false;
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    return true;
}

bool isBlank(const QVariant &v)
{
    if (!isTruthy(v))
        return true;
    switch (v.typeId()) {
    case QMetaType::QString: return v.toString().trimmed().isEmpty();
    case QMetaType::QVariantList: case QMetaType::QStringList: return v.toList().isEmpty();
    case QMetaType::QVariantMap: return v.toMap().isEmpty();
    default: return false;
    }
}

QVariantList toList(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType: return {};
    case QMetaType::QVariantList: case QMetaType::QStringList: return v.toList();
    case QMetaType::QVariantMap: {
        // Iterating a hash yields [key, value] pairs, as in Ruby.
        QVariantList pairs;
        const QVariantMap map = v.toMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            pairs.append(QVariant(QVariantList{it.key(), it.value()}));
        return pairs;
    }
    default: return {v};
    }
}

QVariant member(const QVariant &v, const QString &key)
{
    if (v.typeId() == QMetaType::QVariantMap) {
        const QVariantMap map = v.toMap();
        const auto it = map.constFind(key);
        if (it != map.cend())
            return it.value();
    }
    const bool isList = v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList;
    if (key == QLatin1String("size")) {
        if (isList)
            return v.toList().size();
        if (v.typeId() == QMetaType::QVariantMap)
            return v.toMap().size();
        if (v.typeId() == QMetaType::QString)
            return v.toString().size();
    }
    if (isList && key == QLatin1String("first"))
        return v.toList().value(0);
    if (isList && key == QLatin1String("last")) {
        const QVariantList list = v.toList();
        return list.isEmpty() ? QVariant() : list.last();
    }
    return {};
}

QVariant at(const QVariant &v, const QVariant &index)
{
    if (v.typeId() == QMetaType::QVariantList || v.typeId() == QMetaType::QStringList) {
        const QVariantList list = v.toList();
        qsizetype i = index.toLongLong();
        if (i < 0)
            i += list.size();
        return i >= 0 && i < list.size() ? list.at(i) : QVariant();
    }
    return member(v, toText(index));
}

bool equals(const QVariant &a, const QVariant &b)
{
    if (isNumber(a) && isNumber(b))
        return a.toDouble() == b.toDouble();
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid();
    if (a.typeId() == QMetaType::Bool || b.typeId() == QMetaType::Bool)
        return a.typeId() == b.typeId() && a.toBool() == b.toBool();
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return a.typeId() == b.typeId() && a.toString() == b.toString();
    return a == b;
}

int compare(const QVariant &a, const QVariant &b)
{
    if (isNumber(a) && isNumber(b)) {
        const double x = a.toDouble(), y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.typeId() == QMetaType::QDateTime && b.typeId() == QMetaType::QDateTime) {
        const QDateTime x = a.toDateTime(), y = b.toDateTime();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    return toText(a).compare(toText(b));
}

bool contains(const QVariant &haystack, const QVariant &needle)
{
    if (haystack.typeId() == QMetaType::QString)
        return haystack.toString().contains(toText(needle));
    if (haystack.typeId() == QMetaType::QVariantMap)
        return haystack.toMap().contains(toText(needle));
    for (const QVariant &item : toList(haystack)) {
        if (equals(item, needle))
            return true;
    }
    return false;
}

} // namespace Lectern::Liquid
