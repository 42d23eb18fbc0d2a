// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodylines.h"

#include <QStringList>

namespace Lectern::BodyLines {

QString withoutCodeSpans(const QString &line)
{
    QString out = line;
    qsizetype i = 0;
    while (i < out.size()) {
        if (out.at(i) != QLatin1Char('`')) {
            ++i;
            continue;
        }
        qsizetype ticks = 0;
        while (i + ticks < out.size() && out.at(i + ticks) == QLatin1Char('`'))
            ++ticks;
        const qsizetype close = out.indexOf(QString(ticks, QLatin1Char('`')), i + ticks);
        if (close < 0)
            break;
        for (qsizetype k = i; k < close + ticks; ++k)
            out[k] = QLatin1Char(' ');
        i = close + ticks;
    }
    return out;
}

void forEachOutsideFences(const QString &body, const std::function<void(int index, const QString &line)> &visit)
{
    const QStringList lines = body.split(QLatin1Char('\n'));
    QString fence;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (!fence.isEmpty()) {
            if (trimmed.startsWith(fence) && trimmed.mid(fence.size()).trimmed().remove(fence.at(0)).isEmpty())
                fence.clear();
            continue;
        }
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
            qsizetype n = 0;
            while (n < trimmed.size() && trimmed.at(n) == trimmed.at(0))
                ++n;
            fence = trimmed.left(n);
            continue;
        }
        visit(i, line);
    }
}

} // namespace Lectern::BodyLines
