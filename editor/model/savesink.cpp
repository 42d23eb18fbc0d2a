// SPDX-License-Identifier: GPL-3.0-or-later
#include "savesink.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::SaveSink", text);
}

constexpr int kMaxNameBytes = 255;    // NAME_MAX on Linux file systems
constexpr int kMaxPathBytes = 4095;   // PATH_MAX - 1

// What is wrong with the path itself, before asking the system; empty when nothing is.
QString pathProblem(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return tr("%1 is a folder now, not a file.").arg(path);
    const QStringList parts = QDir::cleanPath(info.absoluteFilePath()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.toUtf8().size() > kMaxNameBytes)
            return tr("The name “%1…” is too long (%2 bytes; the limit is %3).")
                .arg(part.left(40)).arg(part.toUtf8().size()).arg(kMaxNameBytes);
    }
    if (info.absoluteFilePath().toUtf8().size() > kMaxPathBytes)
        return tr("The path is too long (%1 bytes; the limit is %2).").arg(info.absoluteFilePath().toUtf8().size()).arg(kMaxPathBytes);
    // The first folder on the way that is missing or is not a folder.
    QString walked;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        walked += QLatin1Char('/') + parts.at(i);
        const QFileInfo step(walked);
        if (!step.exists())
            return tr("The folder %1 does not exist any more (moved, deleted or unmounted?).").arg(walked);
        if (!step.isDir())
            return tr("%1 is a file, not a folder, so it cannot hold %2.").arg(walked, info.fileName());
    }
    // Permission bits, not isWritable(): root may write anyway, but the user marked it read-only.
    const auto writeBits = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    if (info.exists() && (!info.isWritable() || !(info.permissions() & writeBits)))
        return tr("%1 is read-only.").arg(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable() || !(folder.permissions() & writeBits))
        return tr("The folder %1 is read-only.").arg(folder.filePath());
    return QString();
}

} // namespace

SaveSink::~SaveSink() = default;

QByteArray SaveSink::hash(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray SaveSink::hash(const QByteArrayList &parts)
{
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    for (const QByteArray &part : parts)
        hasher.addData(part);
    return hasher.result();
}

QByteArray SaveSink::hashFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hasher(QCryptographicHash::Sha256);
    if (!hasher.addData(&file))
        return QByteArray();
    return hasher.result();
}

QString SaveSink::explain(const QString &path, const QString &systemError)
{
    QString what = pathProblem(path);
    if (what.isEmpty()) {
        const QString lower = systemError.toLower();
        if (lower.contains(QLatin1String("no space left")) || lower.contains(QLatin1String("quota")))
            what = tr("The disk is full.");
        else if (lower.contains(QLatin1String("permission denied")) || lower.contains(QLatin1String("read-only")))
            what = tr("You have no permission to write %1 or its folder.").arg(path);
        else
            what = tr("Could not save %1: %2").arg(path, systemError);
    }
    return what + QLatin1Char(' ')
        + tr("The file on disk was not changed and your edits are still open: use Save As to keep them elsewhere.");
}

} // namespace Lectern
