// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmattertext.h"

#include <QTest>

using namespace Lectern;

// FrontMatterText::locate, the split both PostFile (bytes) and the renderer (text) use. The expected
// splits follow Jekyll 4.3's YAML_FRONT_MATTER_REGEXP (document.rb); each row says where it ends.
class TestFrontMatterSplit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locate_data();
    void locate();
    void renderSplit();
};

void TestFrontMatterSplit::locate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("plain") << QByteArray("---\ntitle: A\n---\nBody\n") << true << QByteArray("title: A\n")
                           << QByteArray("Body\n");
    QTest::newRow("dots close it") << QByteArray("---\ntitle: A\n...\nBody") << true << QByteArray("title: A\n")
                                   << QByteArray("Body");
    QTest::newRow("blanks after the fences") << QByteArray("---  \ntitle: A\n--- \t\nBody") << true
                                             << QByteArray("title: A\n") << QByteArray("Body");
    QTest::newRow("CRLF") << QByteArray("---\r\ntitle: A\r\n---\r\nBody") << true << QByteArray("title: A\r\n")
                          << QByteArray("Body");
    QTest::newRow("empty front matter") << QByteArray("---\n---\nBody") << true << QByteArray() << QByteArray("Body");
    QTest::newRow("close at end of file, no newline") << QByteArray("---\ntitle: A\n---") << true
                                                      << QByteArray("title: A\n") << QByteArray();
    QTest::newRow("no close: no front matter") << QByteArray("---\ntitle: A\nBody") << false << QByteArray()
                                               << QByteArray("---\ntitle: A\nBody");
    QTest::newRow("opening line needs its line break") << QByteArray("---") << false << QByteArray() << QByteArray("---");
    QTest::newRow("four dashes do not open") << QByteArray("----\ntitle: A\n---\n") << false << QByteArray()
                                             << QByteArray("----\ntitle: A\n---\n");
    QTest::newRow("dots do not open") << QByteArray("...\ntitle: A\n...\n") << false << QByteArray()
                                      << QByteArray("...\ntitle: A\n...\n");
    QTest::newRow("text after the opening dashes") << QByteArray("--- x\ntitle: A\n---\n") << false << QByteArray()
                                                   << QByteArray("--- x\ntitle: A\n---\n");
    QTest::newRow("indented close is YAML") << QByteArray("---\na: |\n  ---\n---\nBody") << true
                                            << QByteArray("a: |\n  ---\n") << QByteArray("Body");
    QTest::newRow("close with text after it is YAML") << QByteArray("---\na: 1\n--- x\n---\nBody") << true
                                                      << QByteArray("a: 1\n--- x\n") << QByteArray("Body");
    QTest::newRow("blank lines after the close stay in the body") << QByteArray("---\na: 1\n---\n\nBody") << true
                                                                  << QByteArray("a: 1\n") << QByteArray("\nBody");
}

void TestFrontMatterSplit::locate()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, found);
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, body);
    const FrontMatterBounds b = FrontMatterText::locate(QByteArrayView(text));
    QCOMPARE(b.found, found);
    if (!found)
        return;
    QCOMPARE(text.mid(b.openLength, b.yamlLength), yaml);
    QCOMPARE(text.mid(b.bodyStart()), body);
    // The text form splits at the same places.
    const QString s = QString::fromUtf8(text);
    const FrontMatterBounds t = FrontMatterText::locate(QStringView(s));
    QCOMPARE(t.found, true);
    QCOMPARE(t.bodyStart(), b.bodyStart());
    QCOMPARE(t.yamlLength, b.yamlLength);
}

void TestFrontMatterSplit::renderSplit()
{
    QString body;
    const QVariantMap values = FrontMatterText::split(QStringLiteral("\uFEFF---\ntitle: Hi\ncount: 3\n---\nText"), &body);
    QCOMPARE(values.value(QStringLiteral("title")).toString(), QStringLiteral("Hi"));
    QCOMPARE(values.value(QStringLiteral("count")).toLongLong(), 3);
    QCOMPARE(body, QStringLiteral("Text"));
    const QVariantMap none = FrontMatterText::split(QStringLiteral("  ---\ntitle: Hi\n---\nText"), &body);
    QVERIFY(none.isEmpty());
    QCOMPARE(body, QStringLiteral("  ---\ntitle: Hi\n---\nText"));
}

QTEST_GUILESS_MAIN(TestFrontMatterSplit)
#include "tst_frontmattersplit.moc"
