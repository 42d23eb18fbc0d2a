// SPDX-License-Identifier: GPL-3.0-or-later
#include "shellscript.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Lectern::ShellScript {

namespace {
QString jsString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    // "[...]" -> the string literal inside the array.
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString offsets(const QList<qsizetype> &starts, qsizetype base)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < starts.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QString::number(starts.at(i) - base);
    }
    return out + QLatin1Char(']');
}

QString readScript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("preview: the resource %s is missing", qPrintable(path));   // compiled in: a build defect
    return QString::fromUtf8(file.readAll());
}
} // namespace

QString library()
{
    static const QString script = readScript(QStringLiteral(":/preview/blocks.js"))
        + readScript(QStringLiteral(":/preview/pagepatch.js")) + readScript(QStringLiteral(":/preview/navigate.js"));
    return script;
}

QString pushBody(const QString &html, int serial)
{
    return QStringLiteral("lecternApply(") + jsString(html) + QStringLiteral(",%1)").arg(serial);
}

QString fetchBody(const QUrl &url, const QList<qsizetype> &blocks, int serial)
{
    return QStringLiteral("lecternFetch(") + jsString(url.toString()) + QLatin1Char(',')
        + (blocks.isEmpty() ? QStringLiteral("null") : offsets(blocks, 0)) + QStringLiteral(",%1)").arg(serial);
}

QString setBlocks(const QString &html, const QList<qsizetype> &blocks, int serial)
{
    return QStringLiteral("lecternSetBlocks(") + jsString(html) + QLatin1Char(',') + offsets(blocks, 0)
        + QStringLiteral(",%1)").arg(serial);
}

QString patchBlocks(const BlockPatch &patch)
{
    return QStringLiteral("lecternPatch(%1,%2,%3,").arg(patch.keptHead).arg(patch.removed).arg(patch.oldCount)
        + jsString(patch.html) + QLatin1Char(',') + offsets(patch.starts, patch.base)
        + QStringLiteral(",%1,%2,%3)").arg(patch.lineShift).arg(patch.expectSerial).arg(patch.serial);
}

QString patchPage(const QString &shellPage)
{
    return QStringLiteral("lecternPatchPage(") + jsString(shellPage) + QLatin1Char(')');
}

QString reloadStylesheet(const QString &urlPath, int version)
{
    return QStringLiteral("lecternReloadStylesheet(") + jsString(urlPath) + QStringLiteral(",%1)").arg(version);
}

QString scrollY()
{
    return QStringLiteral("window.scrollY");
}

QString scrollTo(int y)
{
    return QStringLiteral("window.scrollTo(0,%1);window.scrollY").arg(y);
}

QString scrollToContent()
{
    return QStringLiteral("lecternScrollToContent()");
}

QString scrollToSourceLine(int line)
{
    return QStringLiteral("lecternScrollToSourceLine(%1)").arg(line);
}

QString revealSourceLine(int line)
{
    return QStringLiteral("lecternRevealSourceLine(%1)").arg(line);
}

QString firstRemoteSource()
{
    return QStringLiteral("lecternFirstRemoteSource()");
}

QString sourceLineAt(double x, double y)
{
    return QStringLiteral("lecternSourceLineAt(%1,%2)").arg(x).arg(y);
}

} // namespace Lectern::ShellScript
