// SPDX-License-Identifier: GPL-3.0-or-later
#include "postfile.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <unistd.h>
#include <QTest>

using namespace Lectern;

class TestPostFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsLikeJekyll_data();
    void splitsLikeJekyll();
    void corpusRoundTripIsByteIdentical();
    void setTitleChangesOnlyItsLine();
    void refusesBinaryAndNonUtf8_data();
    void refusesBinaryAndNonUtf8();
    void failedSaveKeepsOldFileAndEdits_data();
    void failedSaveKeepsOldFileAndEdits();
};

void TestPostFile::splitsLikeJekyll_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("hasFrontMatter");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("body");

    QTest::newRow("nominal: LF front matter and body") << QByteArray("---\ntitle: A\n---\nBody\n") << true
                                                       << QStringLiteral("A") << QStringLiteral("Body\n");
    QTest::newRow("crlf: delimiters end in CRLF") << QByteArray("---\r\ntitle: A\r\n---\r\nBody\r\n") << true
                                                   << QStringLiteral("A") << QStringLiteral("Body\r\n");
    QTest::newRow("bom: BOM before the opening line") << QByteArray("\xEF\xBB\xBF---\ntitle: A\n---\nB") << true
                                                       << QStringLiteral("A") << QStringLiteral("B");
    QTest::newRow("closing dots: front matter closed by ...") << QByteArray("---\ntitle: A\n...\nB\n") << true
                                                              << QStringLiteral("A") << QStringLiteral("B\n");
    QTest::newRow("trailing spaces after the opening ---") << QByteArray("---   \ntitle: A\n---\n") << true
                                                           << QStringLiteral("A") << QString();
    QTest::newRow("empty front matter") << QByteArray("---\n---\nBody") << true << QString() << QStringLiteral("Body");
    QTest::newRow("no front matter: plain Markdown") << QByteArray("# Hello\n") << false << QString()
                                                     << QStringLiteral("# Hello\n");
    QTest::newRow("unclosed front matter: all body") << QByteArray("---\ntitle: A\n") << false << QString()
                                                     << QStringLiteral("---\ntitle: A\n");
    QTest::newRow("no final newline after closing ---") << QByteArray("---\ntitle: A\n---") << true
                                                        << QStringLiteral("A") << QString();
}

void TestPostFile::splitsLikeJekyll()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, hasFrontMatter);
    QFETCH(QString, title);
    QFETCH(QString, body);
    const PostFile post = PostFile::fromBytes(bytes);
    QCOMPARE(post.hasFrontMatter(), hasFrontMatter);
    QCOMPARE(post.frontMatter().scalar(QStringLiteral("title")), title);
    QCOMPARE(post.body(), body);
    QCOMPARE(post.toBytes(), bytes);
}

void TestPostFile::corpusRoundTripIsByteIdentical()
{
    const QStringList posts = LecternTest::corpusPosts();
    if (posts.isEmpty())
        QSKIP("../shared/corpus is absent: the corpus round trip needs the shared folder beside the checkout");
    int count = 0;
    for (const QString &path : posts) {
        const QByteArray original = LecternTest::readAll(path);
        PostFile post;
        QString error;
        QVERIFY2(PostFile::load(path, &post, &error), qPrintable(error));
        QCOMPARE(post.toBytes(), original);
        ++count;
    }
    qInfo("round-tripped %d corpus posts byte-identically", count);
}

void TestPostFile::setTitleChangesOnlyItsLine()
{
    const QByteArray original = "---\n# a comment\ntitle: \"Old\"\ncategories:\n  - seminar\n---\nBody\n";
    PostFile post = PostFile::fromBytes(original);
    QVERIFY(post.frontMatter().setScalar(QStringLiteral("title"), QStringLiteral("New")));
    QCOMPARE(post.toBytes(), QByteArray("---\n# a comment\ntitle: \"New\"\ncategories:\n  - seminar\n---\nBody\n"));
}

void TestPostFile::refusesBinaryAndNonUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("binary: NUL byte") << QByteArray("---\ntitle: x\n---\n\0abc", 20) << QStringLiteral("binary");
    QTest::newRow("latin-1: not UTF-8") << QByteArray("---\ntitle: Caf\xe9\n---\n") << QStringLiteral("UTF-8");
}

void TestPostFile::refusesBinaryAndNonUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    LecternTest::writeFile(path, bytes);
    PostFile post;
    QString error;
    QVERIFY(!PostFile::load(path, &post, &error));
    QVERIFY2(error.contains(reason) && error.contains(path), qPrintable(error));
}

void TestPostFile::failedSaveKeepsOldFileAndEdits_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("missing directory: the target's folder does not exist") << QStringLiteral("missing-dir");
    QTest::newRow("target is a directory") << QStringLiteral("is-dir");
    // As root (CI containers) chmod does not stop writes, so these rows only run as a normal user.
    if (::geteuid() != 0) {
        QTest::newRow("read-only directory: chmod 0555 on the folder") << QStringLiteral("ro-dir");
        QTest::newRow("read-only file: chmod 0444 on the post") << QStringLiteral("ro-file");
    }
}

void TestPostFile::failedSaveKeepsOldFileAndEdits()
{
    QFETCH(QString, how);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray original = "---\ntitle: Old\n---\nBody\n";
    QString path = dir.filePath(QStringLiteral("post.md"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(original);
    }
    PostFile post;
    QString error;
    QVERIFY(PostFile::load(path, &post, &error));
    QVERIFY(post.frontMatter().setScalar(QStringLiteral("title"), QStringLiteral("New")));
    const QByteArray edited = post.toBytes();

    QString target = path;
    if (how == QLatin1String("missing-dir")) {
        target = dir.filePath(QStringLiteral("gone/post.md"));
    } else if (how == QLatin1String("is-dir")) {
        target = dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    } else if (how == QLatin1String("ro-file")) {
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    } else {
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
    }
    QVERIFY(!post.save(target, &error));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY2(error.contains(target), qPrintable(error));
    QCOMPARE(LecternTest::readAll(path), original);     // the old file as it was
    QCOMPARE(post.toBytes(), edited);                   // the edits still in memory
    QVERIFY(post.save(path, &error));                   // and savable elsewhere/later
    QCOMPARE(LecternTest::readAll(path), edited);
}

QTEST_GUILESS_MAIN(TestPostFile)
#include "tst_postfile.moc"
