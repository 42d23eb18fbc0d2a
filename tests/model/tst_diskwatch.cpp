// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskwatch.h"
#include "postdocument.h"

#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// How git and sync clients replace a file: write beside it, rename over it (the watch loses the inode).
void replaceAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    QVERIFY(file.commit());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray kPost = "---\ntitle: Mine\n---\nBody.\n";
const QByteArray kTheirs = "---\ntitle: Theirs\n---\nBody from git pull.\n";

} // namespace

class TestDiskWatch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void externalChange_data()
    {
        QTest::addColumn<bool>("atomic");
        QTest::newRow("in-place write: no local edits reloads silently") << false;
        QTest::newRow("atomic rename: no local edits reloads silently") << true;
    }
    void externalChange()
    {
        QFETCH(bool, atomic);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        writeFile(path, kPost);
        PostDocument doc;
        QVERIFY(doc.load(path, nullptr));
        DiskWatch watch(&doc);
        QSignalSpy reloaded(&watch, &DiskWatch::reloaded);
        QSignalSpy conflict(&watch, &DiskWatch::conflict);
        atomic ? replaceAtomically(path, kTheirs) : writeFile(path, kTheirs);
        QVERIFY(reloaded.wait(3000));
        QCOMPARE(doc.body(), QStringLiteral("Body from git pull.\n"));
        QVERIFY(!doc.isModified());
        QCOMPARE(conflict.size(), 0);

        // The path is watched again after the rename: a second change is seen too.
        replaceAtomically(path, kPost);
        QVERIFY(reloaded.wait(3000));
        QCOMPARE(doc.post().toBytes(), kPost);
    }

    void ownSaveIsNotAnExternalChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        writeFile(path, kPost);
        PostDocument doc;
        QVERIFY(doc.load(path, nullptr));
        DiskWatch watch(&doc);
        QSignalSpy reloaded(&watch, &DiskWatch::reloaded);
        QSignalSpy conflict(&watch, &DiskWatch::conflict);
        doc.setBody(QStringLiteral("Saved by us.\n"));
        QVERIFY(doc.saveGuarded(nullptr));
        QVERIFY(!reloaded.wait(600));
        QCOMPARE(conflict.size(), 0);
        QVERIFY(!watch.check());
    }

    void localEditsAndExternalChangeConflict()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        writeFile(path, kPost);
        PostDocument doc;
        QVERIFY(doc.load(path, nullptr));
        DiskWatch watch(&doc);
        QSignalSpy conflict(&watch, &DiskWatch::conflict);
        doc.setBody(QStringLiteral("My unsaved words.\n"));
        replaceAtomically(path, kTheirs);
        QVERIFY(conflict.wait(3000));
        QCOMPARE(conflict.first().first().value<DiskWatch::Change>(), DiskWatch::Change::Modified);
        QCOMPARE(doc.body(), QStringLiteral("My unsaved words.\n"));

        // Saving now would overwrite their change: refused, theirs untouched, mine kept.
        bool isConflict = false;
        QString error;
        QVERIFY(!doc.saveGuarded(&error, &isConflict));
        QVERIFY(isConflict);
        QVERIFY(error.contains(path));
        QCOMPARE(readFile(path), kTheirs);
        QVERIFY(doc.isModified());

        // Keep mine: the next save overwrites, once.
        doc.keepMine();
        QVERIFY(doc.saveGuarded(&error));
        QCOMPARE(readFile(path), QByteArray("---\ntitle: Mine\n---\nMy unsaved words.\n"));
        QVERIFY(!doc.diskChanged());
    }

    void reloadAfterConflictTakesTheirs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        writeFile(path, kPost);
        PostDocument doc;
        QVERIFY(doc.load(path, nullptr));
        DiskWatch watch(&doc);
        doc.setBody(QStringLiteral("Mine.\n"));
        writeFile(path, kTheirs);
        QVERIFY(watch.check());   // the hash check on focus, without waiting for the watcher
        QVERIFY(doc.reload(nullptr));
        QCOMPARE(doc.post().toBytes(), kTheirs);
        QVERIFY(!doc.isModified());
        QVERIFY(!watch.check());
    }

    void deletedOrMoved_data()
    {
        QTest::addColumn<bool>("localEdits");
        QTest::addColumn<bool>("moved");
        QTest::newRow("deleted, no local edits: reported, save recreates") << false << false;
        QTest::newRow("deleted with local edits: reported, save recreates") << true << false;
        QTest::newRow("moved away with local edits: reported, save recreates") << true << true;
    }
    void deletedOrMoved()
    {
        QFETCH(bool, localEdits);
        QFETCH(bool, moved);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        writeFile(path, kPost);
        PostDocument doc;
        QVERIFY(doc.load(path, nullptr));
        DiskWatch watch(&doc);
        QSignalSpy conflict(&watch, &DiskWatch::conflict);
        if (localEdits)
            doc.setBody(QStringLiteral("Still here.\n"));
        if (moved)
            QVERIFY(QFile::rename(path, dir.filePath(QStringLiteral("elsewhere.md"))));
        else
            QVERIFY(QFile::remove(path));
        QVERIFY(conflict.wait(3000));
        QCOMPARE(conflict.first().first().value<DiskWatch::Change>(), DiskWatch::Change::Removed);
        QCOMPARE(conflict.size(), 1);   // once per disk state, not on every later event
        QVERIFY(!doc.saveGuarded(nullptr));
        doc.keepMine();
        QVERIFY(doc.saveGuarded(nullptr));
        QCOMPARE(readFile(path), doc.post().toBytes());
    }
};

QTEST_GUILESS_MAIN(TestDiskWatch)
#include "tst_diskwatch.moc"
