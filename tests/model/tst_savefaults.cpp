// SPDX-License-Identifier: GPL-3.0-or-later
// Save faults: the original stays byte-identical, the edits stay, the message says what happened
// and points to Save As. Real conditions where root can make them; injected through SaveSink otherwise.
#include "postdocument.h"
#include "savesink.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Lectern;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes half the bytes through QSaveFile, then fails the way the kernel would.
class FaultySink final : public SaveSink
{
public:
    explicit FaultySink(QString reason) : m_reason(std::move(reason)) {}
    bool write(const QString &path, const QByteArray &bytes, QString *error) override
    {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes.left(bytes.size() / 2));
        file.cancelWriting();
        if (error)
            *error = m_reason;
        return false;
    }

private:
    QString m_reason;
};

const QByteArray kPost = "---\ntitle: Original\n---\nOriginal body.\n";

} // namespace

class TestSaveFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fault_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing folder: folder deleted while open") << "missing-folder" << "does not exist";
        QTest::newRow("file replaced by a folder") << "is-folder" << "is a folder";
        QTest::newRow("name too long: over 255 bytes") << "long-name" << "too long";
        QTest::newRow("a path component is a regular file") << "component-file" << "not a folder";
        QTest::newRow("disk full (injected)") << "disk-full" << "disk is full";
        QTest::newRow("permission denied (injected)") << "permission" << "permission";
        QTest::newRow("read-only file (real when not root, injected as root)") << "read-only-file" << "read-only";
        QTest::newRow("read-only folder (real when not root, injected as root)") << "read-only-folder" << "read-only";
    }
    void fault()
    {
        QFETCH(QString, fault);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("posts")));
        const QString folder = dir.filePath(QStringLiteral("posts"));
        const QString path = folder + QStringLiteral("/post.md");
        writeFile(path, kPost);
        PostDocument doc;
        QVERIFY(doc.load(path, nullptr));
        doc.setBody(QStringLiteral("My edits.\n"));
        const QByteArray edited = doc.post().toBytes();

        QString target = path;
        std::unique_ptr<FaultySink> sink;
        const bool root = ::geteuid() == 0;
        if (fault == QLatin1String("missing-folder")) {
            QVERIFY(QDir(folder).removeRecursively());
        } else if (fault == QLatin1String("is-folder")) {
            QVERIFY(QFile::remove(path));
            QVERIFY(QDir(folder).mkdir(QStringLiteral("post.md")));
        } else if (fault == QLatin1String("long-name")) {
            target = folder + QLatin1Char('/') + QString(300, QLatin1Char('n')) + QStringLiteral(".md");
        } else if (fault == QLatin1String("component-file")) {
            target = path + QStringLiteral("/inside.md");
        } else if (fault == QLatin1String("disk-full")) {
            sink = std::make_unique<FaultySink>(QStringLiteral("No space left on device"));
        } else if (fault == QLatin1String("permission")) {
            sink = std::make_unique<FaultySink>(QStringLiteral("Permission denied"));
        } else if (fault == QLatin1String("read-only-file")) {
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
            if (root)
                sink = std::make_unique<FaultySink>(QStringLiteral("Permission denied"));
        } else if (fault == QLatin1String("read-only-folder")) {
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
            if (root)
                sink = std::make_unique<FaultySink>(QStringLiteral("Permission denied"));
        }
        doc.setSaveSink(sink.get());

        QString error;
        const bool saved = target == path ? doc.save(&error) : doc.saveAs(target, &error);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!saved);
        QVERIFY2(error.contains(expected, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("Save As")), qPrintable(error));
        QVERIFY(doc.isModified());
        QCOMPARE(doc.post().toBytes(), edited);
        QCOMPARE(doc.path(), path);
        if (QFileInfo(path).isFile())
            QCOMPARE(readFile(path), kPost);
        if (fault == QLatin1String("is-folder"))
            QVERIFY(QFileInfo(path).isDir());
        if (fault == QLatin1String("missing-folder"))
            QVERIFY(!QFileInfo::exists(folder));
        // No temporary files left beside the post.
        if (QFileInfo(folder).isDir()) {
            const QStringList left = QDir(folder).entryList(QDir::Files | QDir::Hidden);
            QVERIFY2(left.size() <= 1, qPrintable(left.join(QLatin1Char(' '))));
        }

        // Save As elsewhere keeps the edits.
        doc.setSaveSink(nullptr);
        const QString rescue = dir.filePath(QStringLiteral("rescued.md"));
        QVERIFY(doc.saveAs(rescue, &error));
        QCOMPARE(readFile(rescue), edited);
    }
};

QTEST_GUILESS_MAIN(TestSaveFaults)
#include "tst_savefaults.moc"
