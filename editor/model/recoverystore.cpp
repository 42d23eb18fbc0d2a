// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverystore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace Lectern {

namespace {
constexpr int kFormatVersion = 1;
}

RecoveryStore::RecoveryStore(const QString &dir)
    : m_dir(dir)
{
}

QString RecoveryStore::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString RecoveryStore::idForPath(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("untitled-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    return QString::fromLatin1(QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha1).toHex().left(16))
        + QLatin1Char('-') + QFileInfo(path).completeBaseName().left(60);
}

QString RecoveryStore::fileFor(const QString &id) const
{
    return m_dir + QLatin1Char('/') + id + QStringLiteral(".json");
}

QString RecoveryStore::lockFileFor(const QString &id) const
{
    return m_dir + QLatin1Char('/') + id + QStringLiteral(".lock");
}

bool RecoveryStore::write(const Entry &entry, QString *error) const
{
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_dir);
        return false;
    }
    QJsonObject json;
    json.insert(QStringLiteral("version"), kFormatVersion);
    json.insert(QStringLiteral("path"), entry.path);
    json.insert(QStringLiteral("diskHash"), QString::fromLatin1(entry.diskHash.toHex()));
    json.insert(QStringLiteral("savedAt"), entry.savedAt.toUTC().toString(Qt::ISODateWithMs));
    // Text when it is UTF-8 (readable by a person rescuing it by hand), base64 otherwise.
    const QString text = QString::fromUtf8(entry.content);
    if (text.toUtf8() == entry.content)
        json.insert(QStringLiteral("text"), text);
    else
        json.insert(QStringLiteral("base64"), QString::fromLatin1(entry.content.toBase64()));
    QSaveFile file(fileFor(entry.id));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    return true;
}

bool RecoveryStore::remove(const QString &id) const
{
    return QFile::remove(fileFor(id)) || !QFileInfo::exists(fileFor(id));
}

bool RecoveryStore::read(const QString &file, Entry *entry)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject json = QJsonDocument::fromJson(in.readAll()).object();
    if (json.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return false;
    entry->id = QFileInfo(file).completeBaseName();
    entry->path = json.value(QStringLiteral("path")).toString();
    entry->diskHash = QByteArray::fromHex(json.value(QStringLiteral("diskHash")).toString().toLatin1());
    entry->savedAt = QDateTime::fromString(json.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    if (json.contains(QStringLiteral("text")))
        entry->content = json.value(QStringLiteral("text")).toString().toUtf8();
    else if (json.contains(QStringLiteral("base64")))
        entry->content = QByteArray::fromBase64(json.value(QStringLiteral("base64")).toString().toLatin1());
    else
        return false;
    return true;
}

QList<RecoveryStore::Entry> RecoveryStore::orphans() const
{
    QList<Entry> out;
    const QFileInfoList files = QDir(m_dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : files) {
        // A live Lectern holds this lock; QLockFile takes over locks whose process is gone.
        QLockFile lock(lockFileFor(info.completeBaseName()));
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        Entry entry;
        if (read(info.filePath(), &entry))
            out.append(entry);
    }
    return out;
}

} // namespace Lectern
