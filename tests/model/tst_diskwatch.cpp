// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskstamp.h"
#include "diskwatch.h"
#include "postdocument.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
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

// A post over DiskWatch::kInlineHashBytes, so checks hash it off the GUI thread.
QByteArray largePost(char fill)
{
    QByteArray bytes = "---\ntitle: Large\n---\n";
    const QByteArray line = QByteArray(99, fill) + '\n';
    while (bytes.size() <= DiskWatch::kInlineHashBytes)
        bytes += line;
    return bytes;
}
const QByteArray kTheirs = "---\ntitle: Theirs\n---\nBody from git pull.\n";

// A post loaded from a file of its own, under a DiskWatch, with spies on what the watch reports.
struct Watched
{
    explicit Watched(const QByteArray &bytes)
    {
        writeFile(path, bytes);
        loaded = doc.load(path, nullptr);
    }
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("post.md"));
    PostDocument doc;
    bool loaded = false;
    DiskWatch watch{&doc};
    QSignalSpy hashed{&watch, &DiskWatch::hashed};
    QSignalSpy reloaded{&watch, &DiskWatch::reloaded};
    QSignalSpy conflict{&watch, &DiskWatch::conflict};
};

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
        // Once the save has settled, the watch confirms the file once more: later checks and
        // saves trust its stamp instead of reading it.
        QVERIFY(doc.diskStamp().isRacy());
        QTRY_VERIFY_WITH_TIMEOUT(doc.diskStamp().proves(DiskStamp::of(path)), 5000);
        QCOMPARE(conflict.size(), 0);
        QCOMPARE(reloaded.size(), 0);
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

    // A stamp stands in for reading the file only when nothing could have changed unseen.
    void stampProvesOnlyAnUnchangedSettledFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("post.md"));
        writeFile(path, kPost);
        const DiskStamp fresh = DiskStamp::of(path);
        QVERIFY(fresh.isValid());
        QVERIFY2(!fresh.proves(DiskStamp::of(path)), "taken within the time resolution of the write: racy");
        QTest::qWait(2100);
        const DiskStamp settled = DiskStamp::of(path);
        QVERIFY(settled.proves(DiskStamp::of(path)));

        // Same size, and the modification time put back as `cp -p` or an unzip would: the status
        // change time still tells.
        const QDateTime modified = QFileInfo(path).lastModified();
        QByteArray same = kPost;
        same.replace("Mine", "Ours");
        writeFile(path, same);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        file.close();
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QVERIFY(!settled.proves(DiskStamp::of(path)));

        QVERIFY(QFile::remove(path));
        QVERIFY(!DiskStamp::of(path).isValid());
        QVERIFY(!settled.proves(DiskStamp::of(path)));
        QVERIFY(!DiskStamp::of(dir.path()).isValid());   // a folder is no post
    }

    // Large files are hashed on a worker: check() returns at once and the signals report.
    void largeFileIsCheckedInTheBackground_data()
    {
        QTest::addColumn<bool>("localEdits");
        QTest::newRow("unchanged: no reload, no conflict") << false;
        QTest::newRow("same size rewritten, no local edits: reloads") << false;
        QTest::newRow("same size rewritten, local edits: conflict") << true;
    }
    void largeFileIsCheckedInTheBackground()
    {
        QFETCH(bool, localEdits);
        const bool rewrite = QByteArray(QTest::currentDataTag()).startsWith("same size");
        Watched large(largePost('a'));
        QVERIFY(large.loaded);
        auto &[dir, path, doc, loaded, watch, hashed, reloaded, conflict] = large;
        if (localEdits)
            doc.setBody(QStringLiteral("Mine.\n"));
        if (rewrite)
            writeFile(path, largePost('b'));   // in place, same size, within the same second
        QVERIFY(!watch.check());
        QVERIFY(watch.isHashing());
        QVERIFY(hashed.wait(5000));
        QCOMPARE(reloaded.size(), rewrite && !localEdits ? 1 : 0);
        QCOMPARE(conflict.size(), rewrite && localEdits ? 1 : 0);
        QCOMPARE(doc.post().toBytes().startsWith("---\ntitle: Large\n---\nbbb"), rewrite && !localEdits);
        if (localEdits)
            QCOMPARE(doc.body(), QStringLiteral("Mine.\n"));
    }

    // A hash that started before our own save must not call the saved file someone else's.
    void ownSaveDuringBackgroundHashIsNoConflict()
    {
        Watched large(largePost('a'));
        QVERIFY(large.loaded);
        auto &[dir, path, doc, loaded, watch, hashed, reloaded, conflict] = large;
        watch.check();
        doc.setBody(QStringLiteral("Saved while hashing.\n"));
        QVERIFY(doc.saveGuarded(nullptr));
        while (watch.isHashing() || hashed.isEmpty())
            QVERIFY(hashed.wait(5000));
        QTest::qWait(400);   // and the watcher's own look after the save
        QCOMPARE(conflict.size(), 0);
        QCOMPARE(reloaded.size(), 0);
        QCOMPARE(doc.body(), QStringLiteral("Saved while hashing.\n"));
    }
};

QTEST_GUILESS_MAIN(TestDiskWatch)
#include "tst_diskwatch.moc"
