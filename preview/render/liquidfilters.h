// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>

#include <functional>

namespace Lectern {

// Liquid's standard filters and Jekyll's additions (relative_url, date_to_string, markdownify...).
class LiquidFilters final
{
public:
    // Applies `name` to input. Returns false for a filter we do not know (the caller keeps the input).
    static bool apply(const QString &name, const QVariant &input, const QVariantList &args,
                      const QVariantMap &site, QVariant *result);
    static QString escapeHtml(const QString &text);
    static QString stripHtml(const QString &html);
    static QString truncateWords(const QString &text, int words, const QString &ellipsis = QStringLiteral("..."));
    // Liquid::Utils.to_date: a QDateTime as is, "now"/epoch seconds in timeZone, text by Time.parse
    // (JekyllDate::parseAsWritten, a written offset kept). Invalid when it is no date.
    static QDateTime toDate(const QVariant &value, const QString &timeZone);
    // group_by's result: [{name, items, size}] in first-seen order of keyOf(item).
    static QVariantList groupBy(const QVariantList &items, const std::function<QString(const QVariant &)> &keyOf);
};

} // namespace Lectern
