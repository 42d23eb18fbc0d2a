// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Lectern {

// A problem met while rendering (bad Liquid, missing include...): the output still renders.
struct RenderWarning
{
    QString file;      // empty for the post body
    int line = 0;      // 1-based, 0 when unknown
    int column = 0;    // 1-based
    QString message;

    QString toString() const
    {
        return (file.isEmpty() ? QStringLiteral("body") : file) + QLatin1Char(':') + QString::number(line)
            + QLatin1Char(':') + QString::number(column) + QStringLiteral(": ") + message;
    }
};

using RenderWarnings = QList<RenderWarning>;

} // namespace Lectern
