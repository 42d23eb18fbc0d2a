// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Lectern {

// Dates as Jekyll reads and writes them: Utils.parse_date (Ruby Time.parse forms) and strftime.
class JekyllDate final
{
public:
    // "2024-08-16", "2024-08-16 10:00:00 -0700", "2024-08-16T10:00:00Z", "19 March 2025",
    // "March 19, 2025", "2025/03/19". A date without an offset is in `timeZone` (IANA id;
    // local time when empty or unknown). Invalid QDateTime when the text is no date.
    static QDateTime parse(const QString &text, const QString &timeZone = QString());
    // The date in a post file name (2025-03-19-title.md), at midnight in timeZone.
    static QDateTime fromFileName(const QString &fileName, const QString &timeZone = QString());
    // Ruby strftime subset: %a %A %b %B %d %-d %e %H %-H %I %-I %j %m %-m %M %p %P %S %y %Y %Z %z %s %%.
    static QString format(const QDateTime &date, const QString &pattern);
    static QString toXmlSchema(const QDateTime &date);   // 2025-03-19T00:00:00-07:00
};

} // namespace Lectern
