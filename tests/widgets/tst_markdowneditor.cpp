// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowneditor.h"
#include "postdocument.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

// Typing in the body changes only what was typed: characters the editor shows alike
// (no-break spaces, CRLF line ends) keep their bytes.
class TestMarkdownEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingKeepsUntouchedBytes_data();
    void typingKeepsUntouchedBytes();
};

void TestMarkdownEditor::typingKeepsUntouchedBytes_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("no-break space: stays a no-break space after typing elsewhere")
        << QByteArray("---\ntitle: A\n---\n10\xC2\xA0km walk\n")
        << QByteArray("---\ntitle: A\n---\n10\xC2\xA0km walk\nSee you!");
    QTest::newRow("crlf: typed line ends are written as CRLF")
        << QByteArray("---\r\ntitle: A\r\n---\r\nFirst\r\n")
        << QByteArray("---\r\ntitle: A\r\n---\r\nFirst\r\nSee you!");
    QTest::newRow("non-ASCII: Jyväskylä and 東京 survive")
        << QByteArray("---\ntitle: A\n---\nJyv\xC3\xA4skyl\xC3\xA4 \xE6\x9D\xB1\xE4\xBA\xAC\n")
        << QByteArray("---\ntitle: A\n---\nJyv\xC3\xA4skyl\xC3\xA4 \xE6\x9D\xB1\xE4\xBA\xAC\nSee you!");
}

void TestMarkdownEditor::typingKeepsUntouchedBytes()
{
    QFETCH(QByteArray, original);
    QFETCH(QByteArray, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    LecternTest::writeFile(path, original);
    PostDocument doc;
    QString error;
    QVERIFY2(doc.load(path, &error), qPrintable(error));
    MarkdownEditor editor(&doc);
    editor.show();
    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, QStringLiteral("See you!"));
    QVERIFY(doc.isModified());
    QVERIFY2(doc.save(&error), qPrintable(error));
    QCOMPARE(LecternTest::readAll(path), expected);
}

QTEST_MAIN(TestMarkdownEditor)
#include "tst_markdowneditor.moc"
