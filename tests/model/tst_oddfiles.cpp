// SPDX-License-Identifier: GPL-3.0-or-later
// Large and odd files open (or are refused with a message saying where) and survive a no-op save
// byte for byte. Load times are logged for docs/BENCHMARKS.md, never asserted.
// Also replays the fuzzers' past findings (tests/data/fuzz/crashes) with the fuzzers' invariants.
#include "postdocument.h"
#include "postfile.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}


} // namespace

class TestOddFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAndSavesByteIdentical_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("editKey");
        const QByteArray head = "---\r\ntitle: Big\r\n---\r\n";
        QByteArray twenty = head;
        const QByteArray para = QByteArray(1000, 'w') + "\r\n";
        while (twenty.size() < 20 * 1024 * 1024)
            twenty += para;
        QTest::newRow("20 MB post with CRLF") << twenty << QStringLiteral("title");
        QTest::newRow("100,000-line body") << ("---\ntitle: Lines\n---\n" + LecternTest::manyLines(100000)) << QStringLiteral("title");
        QTest::newRow("front matter of 10,000 keys") << LecternTest::manyKeys(10000) << QStringLiteral("key_9999");
        QTest::newRow("one line of 1 MB") << ("---\ntitle: Wide\n---\n" + QByteArray(1024 * 1024, 'x') + "\n") << QStringLiteral("title");
        QTest::newRow("1 MB front-matter value") << ("---\ntitle: " + QByteArray(1024 * 1024, 'v') + "\n---\n") << QStringLiteral("title");
    }
    void opensAndSavesByteIdentical()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, editKey);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("odd.md"));
        LecternTest::writeFile(path, bytes);
        PostDocument doc;
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(doc.load(path, &error), qPrintable(error));
        const qint64 loadMs = timer.elapsed();
        QVERIFY(doc.save(&error));
        qInfo("%s: %lld bytes, model load %lld ms, load+save %lld ms", QTest::currentDataTag(),
              qlonglong(bytes.size()), loadMs, qlonglong(timer.elapsed()));
        QCOMPARE(readFile(path), bytes);

        // One edit changes only that entry.
        const qsizetype oldSize = doc.post().frontMatter().scalar(editKey).toUtf8().size();
        QVERIFY(doc.setScalar(editKey, QStringLiteral("Edited")));
        QVERIFY(doc.save(&error));
        const QByteArray after = readFile(path);
        QCOMPARE(after.size() - bytes.size(), qsizetype(6) - oldSize);
        QCOMPARE(PostFile::fromBytes(after).frontMatter().scalar(editKey), QStringLiteral("Edited"));
        QCOMPARE(PostFile::fromBytes(after).bodyBytes(), PostFile::fromBytes(bytes).bodyBytes());
    }

    void refusedWithMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("NUL byte in the body: refused, says the line") << QByteArray("---\ntitle: x\n---\nok\nbad\0here\n", 27)
                                                                   << QStringLiteral("odd.md:5: binary file");
        QTest::newRow("invalid UTF-8 in the body: refused, says line and column")
            << QByteArray("---\ntitle: x\n---\nok\nab\xff\xfe\n") << QStringLiteral("odd.md:5:3: not valid UTF-8");
    }
    void refusedWithMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("odd.md"));
        LecternTest::writeFile(path, bytes);
        PostDocument doc;
        QString error;
        QVERIFY(!doc.load(path, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(readFile(path), bytes);   // refusing never touches the file
        // The splitter alone still keeps every byte (e.g. for a raw view).
        QCOMPARE(PostFile::fromBytes(bytes).toBytes(), bytes);
    }

    void fuzzFindingsStayFixed_data()
    {
        QTest::addColumn<QString>("file");
        const QDir crashes(LecternTest::dataPath(QStringLiteral("fuzz/crashes")));
        const QStringList names = crashes.entryList(QDir::Files);
        QVERIFY(!names.isEmpty());
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << crashes.filePath(name);
    }
    void fuzzFindingsStayFixed()
    {
        // Same layout and invariants as tests/fuzz/fuzz_frontmatter.cpp.
        QFETCH(QString, file);
        const QByteArray input = readFile(file);
        const qsizetype sep = input.lastIndexOf('\x1f');
        const QByteArray bytes = sep >= 0 ? input.left(sep) : input;
        const QByteArray edit = sep >= 0 ? input.mid(sep + 1) : QByteArray();
        PostFile post = PostFile::fromBytes(bytes);
        QCOMPARE(post.toBytes(), bytes);
        const qsizetype eq = edit.indexOf('=');
        if (eq <= 0 || post.isReadOnly() || bytes.contains('\0'))
            return;   // NUL: refused at load, never edited (see the fuzzer)
        const QString key = QString::fromUtf8(edit.left(eq));
        const QString value = QString::fromUtf8(edit.mid(eq + 1));
        for (const QChar c : key) {
            if (c.unicode() < 0x20)
                return;   // keys never hold control characters (see the fuzzer)
        }
        if (value.contains(QChar(0)))
            return;
        QJsonObject othersBefore = post.frontMatter().toJson().toObject();
        othersBefore.remove(key);
        if (!post.frontMatter().setScalar(key, value))
            return;
        const PostFile reread = PostFile::fromBytes(post.toBytes());
        QCOMPARE(reread.toBytes(), post.toBytes());
        QCOMPARE(reread.frontMatter().scalar(key), value);
        if (!bytes.contains('*') && !bytes.contains("<<")) {
            QJsonObject othersAfter = reread.frontMatter().toJson().toObject();
            othersAfter.remove(key);
            QCOMPARE(othersAfter, othersBefore);
        }
    }
};

QTEST_GUILESS_MAIN(TestOddFiles)
#include "tst_oddfiles.moc"
