// SPDX-License-Identifier: GPL-3.0-or-later
#include "linediff.h"
#include "postdocument.h"
#include "recoverystore.h"
#include "recoverywriter.h"
#include "savesink.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const QByteArray kPost = "---\r\ntitle: Seminar\r\n# kept comment\r\n---\r\nFirst line.\r\n";

} // namespace

class TestRecovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultDirIsUnderAppData()
    {
        QVERIFY(RecoveryStore::defaultDir().endsWith(QLatin1String("/recovery")));
        QVERIFY(RecoveryStore::defaultDir().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void editsReachRecoveryFileWithPathAndHash()
    {
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("post.md"));
        writeFile(post, kPost);
        PostDocument doc;
        QVERIFY(doc.load(post, nullptr));
        RecoveryWriter writer(&doc, dir.filePath(QStringLiteral("recovery")));
        writer.setDelays(50, 200);
        QSignalSpy written(&writer, &RecoveryWriter::written);
        doc.setBody(QStringLiteral("First line.\nTyped more.\n"));
        QVERIFY(doc.setScalar(QStringLiteral("title"), QStringLiteral("Seminar: new")));
        QVERIFY(written.wait(2000));

        RecoveryStore::Entry entry;
        QVERIFY(RecoveryStore::read(RecoveryStore(dir.filePath(QStringLiteral("recovery"))).fileFor(writer.entryId()), &entry));
        QCOMPARE(entry.path, post);
        QCOMPARE(entry.diskHash, SaveSink::hash(kPost));
        QCOMPARE(entry.content, doc.post().toBytes());
        QVERIFY(entry.content.contains("title: 'Seminar: new'\r\n# kept comment"));
        QCOMPARE(readFile(post), kPost);   // never over the post itself
    }

    // Autosave runs on a worker (issue 9): a 20 MB post must not stall typing. Writes still land in
    // the order they were made, and a save removes the entry even with a write in flight.
    void backgroundWrites_data()
    {
        QTest::addColumn<bool>("saveMidWrite");
        QTest::newRow("large post, many quick edits: the newest text is what lands") << false;
        QTest::newRow("save while a write is in flight: the entry is removed and stays removed") << true;
    }
    void backgroundWrites()
    {
        QFETCH(bool, saveMidWrite);
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("post.md"));
        writeFile(post, kPost);
        const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
        PostDocument doc;
        QVERIFY(doc.load(post, nullptr));
        RecoveryWriter writer(&doc, store.dir());
        writer.setDelays(0, 0);
        QSignalSpy written(&writer, &RecoveryWriter::written);
        const QString big(4 * 1024 * 1024, QLatin1Char('w'));
        for (int i = 0; i < 5; ++i) {
            doc.setBody(big + QString::number(i) + QLatin1Char('\n'));
            QCoreApplication::processEvents();   // the idle timer fires: a write is queued
        }
        const QString file = store.fileFor(writer.entryId());
        QVERIFY(!writer.entryId().isEmpty());
        if (saveMidWrite) {
            QVERIFY(doc.save(nullptr));
            QVERIFY(!QFile::exists(file));
            writer.flush();   // waits for any write still queued: none may bring the entry back
            QCoreApplication::processEvents();
            QVERIFY(!QFile::exists(file));
            QVERIFY(store.orphans().isEmpty());
            return;
        }
        QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty(), 20000);
        writer.flush();
        RecoveryStore::Entry entry;
        QVERIFY(RecoveryStore::read(file, &entry));
        QCOMPARE(entry.content.size(), doc.post().toBytes().size());
        QVERIFY(entry.content == doc.post().toBytes());
        QVERIFY(entry.content.contains("w4"));   // the last edit, not an earlier one
    }

    void continuousTypingStillWritesWithinMaxDelay()
    {
        QTemporaryDir dir;
        PostDocument doc;
        RecoveryWriter writer(&doc, dir.filePath(QStringLiteral("recovery")));
        writer.setDelays(400, 150);   // idle delay never elapses while typing every 20 ms
        QSignalSpy written(&writer, &RecoveryWriter::written);
        QString text;
        QElapsedTimer typing;
        typing.start();
        while (written.isEmpty() && typing.elapsed() < 3000) {
            text += QLatin1Char('x');
            doc.setBody(text);
            QTest::qWait(20);
        }
        QVERIFY2(!written.isEmpty(), "no recovery write while typing continuously");
    }

    void saveAndCleanCloseRemoveTheRecoveryFile()
    {
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("post.md"));
        writeFile(post, kPost);
        const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
        PostDocument doc;
        QVERIFY(doc.load(post, nullptr));
        {
            RecoveryWriter writer(&doc, store.dir());
            doc.setBody(QStringLiteral("edited\n"));
            writer.flush();
            const QString file = store.fileFor(writer.entryId());
            QVERIFY(QFile::exists(file));
            QVERIFY(doc.save(nullptr));
            QVERIFY(!QFile::exists(file));

            doc.setBody(QStringLiteral("edited again\n"));
            writer.flush();
            QVERIFY(QFile::exists(store.fileFor(writer.entryId())));
        }
        // The writer ended (the window closed after asking): nothing left to offer.
        QVERIFY(store.orphans().isEmpty());
        QVERIFY(QDir(store.dir()).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty());
    }

    void liveEntriesAreNotOfferedAsOrphans()
    {
        QTemporaryDir dir;
        const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
        PostDocument doc;
        RecoveryWriter writer(&doc, store.dir());
        doc.setBody(QStringLiteral("typing in a running Lectern\n"));
        writer.flush();
        QVERIFY(QFile::exists(store.fileFor(writer.entryId())));
        QVERIFY(store.orphans().isEmpty());
    }

    void crashThenRestartOffersAndRestores_data()
    {
        QTest::addColumn<bool>("diskChangedMeanwhile");
        QTest::newRow("disk unchanged: restore, then save writes the recovered text") << false;
        QTest::newRow("disk changed after the crash: restored edits do not overwrite silently") << true;
    }
    void crashThenRestartOffersAndRestores()
    {
        QFETCH(bool, diskChangedMeanwhile);
        QTemporaryDir dir;
        const QString post = dir.filePath(QStringLiteral("post.md"));
        writeFile(post, kPost);
        const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
        QByteArray lost;
        QString file;
        {
            PostDocument doc;
            QVERIFY(doc.load(post, nullptr));
            RecoveryWriter writer(&doc, store.dir());
            doc.setBody(QStringLiteral("First line.\nWritten before the crash.\n"));
            writer.flush();
            lost = doc.post().toBytes();
            file = store.fileFor(writer.entryId());
            // A crash never runs the clean-up: keep a copy and put it back after the writer ends.
            QVERIFY(QFile::copy(file, file + QStringLiteral(".crash")));
        }
        QVERIFY(QFile::rename(file + QStringLiteral(".crash"), file));
        if (diskChangedMeanwhile)
            writeFile(post, "---\ntitle: Changed by git pull\n---\n");

        // Next start.
        const QList<RecoveryStore::Entry> orphans = store.orphans();
        QCOMPARE(orphans.size(), 1);
        const RecoveryStore::Entry entry = orphans.first();
        QCOMPARE(entry.path, post);
        QCOMPARE(entry.content, lost);
        QVERIFY(!LineDiff::unified(QString::fromUtf8(readFile(post)), QString::fromUtf8(entry.content),
                                   QStringLiteral("disk"), QStringLiteral("recovered")).isEmpty());

        PostDocument doc;
        doc.restore(entry.path, entry.content, entry.diskHash);
        QVERIFY(doc.isModified());
        QCOMPARE(doc.body(), QStringLiteral("First line.\nWritten before the crash.\n"));
        bool conflict = false;
        QString error;
        const bool saved = doc.saveGuarded(&error, &conflict);
        QCOMPARE(saved, !diskChangedMeanwhile);
        QCOMPARE(conflict, diskChangedMeanwhile);
        if (diskChangedMeanwhile) {
            QCOMPARE(readFile(post), QByteArray("---\ntitle: Changed by git pull\n---\n"));
            QVERIFY(doc.isModified());
        } else {
            QCOMPARE(readFile(post), lost);
            store.remove(entry.id);
            QVERIFY(store.orphans().isEmpty());
        }
    }

    void discardRemovesTheEntry()
    {
        QTemporaryDir dir;
        const RecoveryStore store(dir.filePath(QStringLiteral("recovery")));
        RecoveryStore::Entry entry;
        entry.id = RecoveryStore::idForPath(QString());
        entry.content = "---\ntitle: never saved\n---\nbody\n";
        QVERIFY(store.write(entry));
        QCOMPARE(store.orphans().size(), 1);
        QVERIFY(store.remove(entry.id));
        QVERIFY(store.orphans().isEmpty());
    }

    void diffShowsTheChangedLines()
    {
        const QString diff = LineDiff::unified(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nB\nc\n"),
                                               QStringLiteral("disk"), QStringLiteral("mine"));
        QVERIFY(diff.contains(QLatin1String("\n-b\n+B\n")));
        QVERIFY(diff.startsWith(QLatin1String("--- disk\n+++ mine\n")));
        QVERIFY(LineDiff::unified(QStringLiteral("same"), QStringLiteral("same"), QString(), QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
