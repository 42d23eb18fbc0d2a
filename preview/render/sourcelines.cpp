// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcelines.h"

#include <QRegularExpression>
#include <QStringView>

namespace Lectern {

namespace {

// How far ahead a moved-on line is looked for: a Liquid loop or a removed block rarely spans more.
constexpr int kWindow = 64;

QList<QStringView> linesOf(const QString &text)
{
    return QStringView(text).split(QLatin1Char('\n'));
}

} // namespace

QVector<int> SourceLines::align(const QString &rendered, const QString &source)
{
    const QList<QStringView> from = linesOf(rendered);
    const QList<QStringView> to = linesOf(source);
    QVector<int> map(from.size(), 1);
    qsizetype j = 0;   // the next unmatched source line
    for (qsizetype i = 0; i < from.size(); ++i) {
        const QStringView line = from.at(i);
        if (j < to.size() && line == to.at(j)) {
            map[i] = int(j++) + 1;
            continue;
        }
        // Blank lines are everywhere: they only match in place. Others may be found a little ahead
        // (the source lines between were dropped, e.g. an {% if %} that was false).
        qsizetype found = -1;
        if (!line.trimmed().isEmpty()) {
            for (qsizetype k = j + 1; k < to.size() && k <= j + kWindow; ++k) {
                if (to.at(k) == line) {
                    found = k;
                    break;
                }
            }
        }
        if (found >= 0) {
            j = found;
            map[i] = int(j++) + 1;
        } else {
            // Made by Liquid or changed by kramdown: it belongs to the source line being read.
            map[i] = int(std::min(j, to.size() - 1)) + 1;
        }
    }
    return map;
}

QString SourceLines::remap(const QString &html, const QVector<int> &map)
{
    static const QRegularExpression pos(QStringLiteral("data-sourcepos=\"(\\d+):(\\d+)-(\\d+):(\\d+)\""));
    const auto line = [&map](QStringView number) {
        const int n = number.toInt();
        return n >= 1 && n <= map.size() ? map.at(n - 1) : n;
    };
    QString out;
    out.reserve(html.size());
    qsizetype at = 0;
    auto it = pos.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(html).mid(at, m.capturedStart() - at);
        out += QLatin1String("data-sourcepos=\"") + QString::number(line(m.capturedView(1))) + QLatin1Char(':')
               + m.capturedView(2) + QLatin1Char('-') + QString::number(line(m.capturedView(3))) + QLatin1Char(':')
               + m.capturedView(4) + QLatin1Char('"');
        at = m.capturedEnd();
    }
    out += QStringView(html).mid(at);
    return out;
}

} // namespace Lectern
