// SPDX-License-Identifier: GPL-3.0-or-later
#include "postdocument.h"
#include "postloader.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdint>
#include <iterator>

using namespace Lectern;

// Body edits by range (one keystroke, one paste) change exactly those characters and say where.
class TestPostDocument final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replaceBodyRange_data();
    void replaceBodyRange();
    void setBodyReportsTheChangedRange_data();
    void setBodyReportsTheChangedRange();
    void editsOfALargeBodyWhileARenderHoldsIt();
    void crlfBodiesAreWrittenAsBefore();
};

void TestPostDocument::replaceBodyRange_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<bool>("changes");
    const QByteArray head("---\ntitle: A\n---\n");
    QTest::newRow("insert: one character in the middle") << head + "abc\n" << 1 << 0 << QStringLiteral("X")
                                                        << head + "aXbc\n" << true;
    QTest::newRow("delete: a line break joins lines") << head + "ab\ncd\n" << 2 << 1 << QString() << head + "abcd\n" << true;
    QTest::newRow("replace: multi-line text over a range") << head + "1\n2\n3\n" << 2 << 2 << QStringLiteral("x\ny\n")
                                                           << head + "1\nx\ny\n3\n" << true;
    QTest::newRow("crlf: inserted line breaks are written as CRLF")
        << QByteArray("---\r\ntitle: A\r\n---\r\nab\r\n") << 1 << 0 << QStringLiteral("\n\n")
        << QByteArray("---\r\ntitle: A\r\n---\r\na\r\n\r\nb\r\n") << true;
    // Pasted text may bring its own CRLF or a lone CR: one CRLF stays one, a lone CR stays as it is,
    // and characters outside the BMP (an emoji) survive being cut at line breaks.
    QTest::newRow("crlf: pasted CRLF, lone CR, non-ASCII and an emoji, no final break")
        << QByteArray("---\r\ntitle: A\r\n---\r\nab") << 1 << 0
        << QString::fromUtf8("\xC3\xA4\r\n\xF0\x9F\x98\x80\r\r\nx\ry\n")
        << QByteArray("---\r\ntitle: A\r\n---\r\na\xC3\xA4\r\n\xF0\x9F\x98\x80\r\r\nx\ry\r\nb") << true;
    QTest::newRow("end: append at the very end") << head + "a" << 1 << 0 << QStringLiteral("\tb") << head + "a\tb" << true;
    QTest::newRow("no-op: same text changes nothing") << head + "abc" << 1 << 1 << QStringLiteral("b") << head + "abc"
                                                      << false;
    QTest::newRow("bad range: past the end changes nothing") << head + "abc" << 2 << 5 << QStringLiteral("x")
                                                             << head + "abc" << false;
    QTest::newRow("bad range: negative position changes nothing") << head + "abc" << -1 << 0 << QStringLiteral("x")
                                                                  << head + "abc" << false;
}

void TestPostDocument::replaceBodyRange()
{
    QFETCH(QByteArray, original);
    QFETCH(int, position);
    QFETCH(int, length);
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QFETCH(bool, changes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    LecternTest::writeFile(path, original);
    PostDocument doc;
    QVERIFY(doc.load(path, nullptr));
    QSignalSpy edited(&doc, &PostDocument::bodyEdited);
    QSignalSpy changed(&doc, &PostDocument::bodyChanged);
    doc.replaceBodyRange(position, length, text);
    QCOMPARE(doc.post().toBytes(), expected);
    QCOMPARE(doc.isModified(), changes);
    QCOMPARE(changed.size(), changes ? 1 : 0);
    QCOMPARE(edited.size(), changes ? 1 : 0);
    if (changes) {
        QCOMPARE(edited.at(0).at(0).value<qsizetype>(), qsizetype(position));
        QCOMPARE(edited.at(0).at(1).value<qsizetype>(), qsizetype(length));
        QCOMPARE(edited.at(0).at(2).value<qsizetype>(), text.size());
    }
}

void TestPostDocument::setBodyReportsTheChangedRange_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("added");
    QTest::newRow("typing: one character") << QStringLiteral("abc") << QStringLiteral("abXc") << 2 << 0 << 1;
    QTest::newRow("repeated letters: the first difference counts") << QStringLiteral("aaa") << QStringLiteral("aaaa") << 3 << 0 << 1;
    QTest::newRow("everything replaced") << QStringLiteral("abc") << QStringLiteral("xyz") << 0 << 3 << 3;
    QTest::newRow("cleared") << QStringLiteral("abc") << QString() << 0 << 3 << 0;
}

void TestPostDocument::setBodyReportsTheChangedRange()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, position);
    QFETCH(int, removed);
    QFETCH(int, added);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    LecternTest::writeFile(path, "---\ntitle: A\n---\n" + before.toUtf8());
    PostDocument doc;
    QVERIFY(doc.load(path, nullptr));
    QSignalSpy edited(&doc, &PostDocument::bodyEdited);
    doc.setBody(after);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.at(0).at(0).value<qsizetype>(), qsizetype(position));
    QCOMPARE(edited.at(0).at(1).value<qsizetype>(), qsizetype(removed));
    QCOMPARE(edited.at(0).at(2).value<qsizetype>(), qsizetype(added));
    QCOMPARE(doc.body(), after);
}

// A large post opened by the loader comes with a spare buffer; edits while a render still holds
// the body go into it, and neither the render's copy nor the saved bytes are mixed up.
void TestPostDocument::editsOfALargeBodyWhileARenderHoldsIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.md"));
    const QByteArray body = LecternTest::manyLines(40000);   // about 1.7 MB
    LecternTest::writeFile(path, "---\ntitle: Large\n---\n" + body);
    PostLoad load = PostLoad::read(path);
    QVERIFY(load.ok);
    QVERIFY(load.spare.isEmpty());
    QVERIFY(load.spare.capacity() > load.body.size());
    PostDocument doc;
    doc.adopt(load.path, std::move(load.post), load.body, load.diskHash, load.diskStamp);
    doc.adoptSpare(std::move(load.spare));
    for (int key = 0; key < 3; ++key) {
        const QString held = doc.body();   // what a render would hold
        doc.replaceBodyRange(key, 0, QStringLiteral("x"));
        QCOMPARE(held.size(), body.size() + key);
        QVERIFY(held.startsWith(QString(key, QLatin1Char('x')) + QString::fromUtf8(body.left(4))));
    }
    QCOMPARE(doc.post().toBytes(), "---\ntitle: Large\n---\nxxx" + body);
    QVERIFY(doc.save(nullptr));
    QCOMPARE(LecternTest::readAll(path), "---\ntitle: Large\n---\nxxx" + body);
}

// The one-pass CRLF encoder against the rule it replaced (CRLF to LF, then every LF to CRLF, then
// UTF-8), on 2,000 random bodies of line breaks, lone CRs, umlauts and emoji.
void TestPostDocument::crlfBodiesAreWrittenAsBefore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crlf.md"));
    LecternTest::writeFile(path, "---\r\ntitle: A\r\n---\r\nBody\r\n");
    PostDocument doc;
    QVERIFY(doc.load(path, nullptr));
    const QString pieces[] = {QStringLiteral("a"), QStringLiteral("\n"), QStringLiteral("\r"), QStringLiteral("\r\n"),
                              QString::fromUtf8("\xC3\xA4"), QString::fromUtf8("\xF0\x9F\x98\x80"), QStringLiteral(" ")};
    std::uint32_t seed = 20261125;
    for (int round = 0; round < 2000; ++round) {
        QString body;
        seed = seed * 1664525u + 1013904223u;
        const int length = int(seed >> 24) % 40;
        for (int i = 0; i < length; ++i) {
            seed = seed * 1664525u + 1013904223u;
            body += pieces[(seed >> 16) % std::size(pieces)];
        }
        doc.setBody(body);
        QString expected = body;
        expected.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        QCOMPARE(doc.post().toBytes(), "---\r\ntitle: A\r\n---\r\n" + expected.toUtf8());
    }
}

QTEST_GUILESS_MAIN(TestPostDocument)
#include "tst_postdocument.moc"
