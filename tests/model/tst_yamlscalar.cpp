// SPDX-License-Identifier: GPL-3.0-or-later
// Values we write must read back as the same string, by yaml-cpp (our reader) and by
// Psych (Jekyll's reader, YAML 1.1: yes/no/on/off, 1,000, 12:30, :symbol, dates...).
#include "frontmatter.h"
#include "yamlscalar.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QJsonValue>
#include <QTest>

using namespace Lectern;

namespace {

const QStringList &trickyValues()
{
    static const QStringList values = {
        QStringLiteral("plain words"), QStringLiteral("yes"), QStringLiteral("No"), QStringLiteral("ON"),
        QStringLiteral("off"), QStringLiteral("true"), QStringLiteral("False"), QStringLiteral("y"),
        QStringLiteral("n"), QStringLiteral("null"), QStringLiteral("NuLl"), QStringLiteral("~"),
        QStringLiteral("12"), QStringLiteral("-3"), QStringLiteral("+4"), QStringLiteral("012"),
        QStringLiteral("0x1F"), QStringLiteral("0b101"), QStringLiteral("1,000"), QStringLiteral("1_000"),
        QStringLiteral("3.14"), QStringLiteral("1."), QStringLiteral(".5"), QStringLiteral("1e5"),
        QStringLiteral("1.0e+3"), QStringLiteral(".inf"), QStringLiteral("-.Inf"), QStringLiteral(".NaN"),
        QStringLiteral("12:30"), QStringLiteral("1:20:30"), QStringLiteral("2025-03-19"),
        QStringLiteral("2025-03-19 10:00:00 +0100"), QStringLiteral("2025-3-9"), QStringLiteral(":symbol"),
        QStringLiteral("::"), QStringLiteral("a: b"), QStringLiteral("a:b"), QStringLiteral("ends with:"),
        QStringLiteral("a #b"), QStringLiteral("a#b"), QStringLiteral("#start"), QStringLiteral("- item"),
        QStringLiteral("-item"), QStringLiteral("? q"), QStringLiteral("[x]"), QStringLiteral("{x}"),
        QStringLiteral("x, y"), QStringLiteral("&anchor"), QStringLiteral("*alias"), QStringLiteral("!tag"),
        QStringLiteral("|bar"), QStringLiteral(">gt"), QStringLiteral("%pct"), QStringLiteral("@at"),
        QStringLiteral("`tick"), QStringLiteral("'single'"), QStringLiteral("\"double\""),
        QStringLiteral("It's"), QStringLiteral("say \"hi\""), QStringLiteral(" leading"),
        QStringLiteral("trailing "), QStringLiteral("tab\tinside"), QStringLiteral("back\\slash"),
        QStringLiteral("---"), QStringLiteral("..."), QStringLiteral("Grüße, Zoë — “quoted” ✓"),
        QStringLiteral("nbsp\u00a0inside"), QStringLiteral("line\u2028sep"), QStringLiteral("nel\u0085x"),
        QStringLiteral("bell\u0007"), QStringLiteral("=equals"), QStringLiteral("<<"),
        QStringLiteral("Seminar: Dr. A. Smith (ETH) — \"LLMs\" #1"), QStringLiteral("100%"),
        QStringLiteral("a{b}"), QStringLiteral("x]"), QStringLiteral(""), QStringLiteral("two\nlines"),
        QStringLiteral("a\n\nb"), QStringLiteral("trailing\n"), QStringLiteral(" indented\nnext"),
        QStringLiteral("x\n\n\n"), QStringLiteral("\nleading"), QStringLiteral("a\n  b\nc"),
        QStringLiteral("tab\n\tline"), QStringLiteral("ctl\n\u0001"),
    };
    return values;
}

} // namespace

class TestYamlScalar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yamlCppReadsBackWhatWeWrite_data();
    void yamlCppReadsBackWhatWeWrite();
    void leastQuoting_data();
    void leastQuoting();
    void psychReadsBackWhatWeWrite();
    void plainScalarsTypedAsPsychTypesThem_data();
    void plainScalarsTypedAsPsychTypesThem();
};

void TestYamlScalar::yamlCppReadsBackWhatWeWrite_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QString>("value");
    const QList<QPair<const char *, QByteArray>> styles = {
        {"plain", "title: old\n"}, {"single-quoted", "title: 'old'\n"}, {"double-quoted", "title: \"old\"\n"},
        {"new key", "other: x\n"}, {"literal block", "title: |\n  old\n"}, {"folded block", "title: >-\n  old\n"},
    };
    for (const auto &style : styles) {
        for (const QString &value : trickyValues()) {
            QTest::addRow("%s: %s", style.first, qPrintable(value)) << style.second << value;
        }
    }
}

void TestYamlScalar::yamlCppReadsBackWhatWeWrite()
{
    QFETCH(QByteArray, original);
    QFETCH(QString, value);
    FrontMatter fm(original);
    QString error;
    QVERIFY2(fm.setScalar(QStringLiteral("title"), value, &error), qPrintable(error));
    const FrontMatter reread(fm.text());
    QVERIFY2(reread.isValid(), fm.text().constData());
    QCOMPARE(reread.scalar(QStringLiteral("title")), value);
}

void TestYamlScalar::leastQuoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("words stay plain") << QStringLiteral("AI factories in Europe") << QByteArray("AI factories in Europe");
    QTest::newRow("colon without space stays plain") << QStringLiteral("10:30am") << QByteArray("10:30am");
    QTest::newRow("yes is quoted (Psych reads a bool)") << QStringLiteral("yes") << QByteArray("'yes'");
    QTest::newRow("1,000 is quoted (Psych reads 1000)") << QStringLiteral("1,000") << QByteArray("'1,000'");
    QTest::newRow("colon-space is single-quoted") << QStringLiteral("Talk: AI") << QByteArray("'Talk: AI'");
    QTest::newRow("apostrophe doubles inside single quotes") << QStringLiteral("It's: ok")
                                                             << QByteArray("'It''s: ok'");
    QTest::newRow("control character is double-quoted") << QStringLiteral("a\u0007") << QByteArray("\"a\\u0007\"");
    QTest::newRow("leading colon is quoted (Psych Symbol)") << QStringLiteral(":x") << QByteArray("':x'");
}

void TestYamlScalar::leastQuoting()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, written);
    QCOMPARE(YamlScalar::minimalScalar(value), written);
}

void TestYamlScalar::psychReadsBackWhatWeWrite()
{
    const QString ruby = QStandardPaths::findExecutable(QStringLiteral("ruby"));
    if (ruby.isEmpty())
        QSKIP("ruby is not installed: Psych (Jekyll's YAML reader) cannot check what we write");
    // One front matter per style, every tricky value under its own key; Psych reads it once.
    const QList<QByteArray> styles = {"", "'old'", "\"old\"", "|\n  old", ">-\n  old", "old"};
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int checked = 0;
    for (const QByteArray &style : styles) {
        QByteArray text;
        const QStringList &values = trickyValues();
        for (int i = 0; i < values.size(); ++i) {
            if (!style.isEmpty())
                text += "k" + QByteArray::number(i) + ": " + style + "\n";
        }
        FrontMatter fm(text);
        for (int i = 0; i < values.size(); ++i)
            QVERIFY(fm.setScalar(QStringLiteral("k%1").arg(i), values.at(i)));
        const QString path = dir.filePath(QStringLiteral("fm.yml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(fm.text());
        file.close();
        QProcess process;
        process.start(ruby, {QStringLiteral("-ryaml"), QStringLiteral("-rjson"), QStringLiteral("-rdate"),
                             QStringLiteral("-e"),
                             QStringLiteral("h = Psych.safe_load(File.read(ARGV[0], encoding: 'UTF-8'), "
                                            "permitted_classes: [Date, Time], aliases: true); "
                                            "puts JSON.generate(h.transform_values { |v| v.is_a?(String) ? v "
                                            ": { 'not a string' => v.inspect } })"),
                             path});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QJsonObject read = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        for (int i = 0; i < values.size(); ++i) {
            const QString key = QStringLiteral("k%1").arg(i);
            QVERIFY2(read.value(key) == QJsonValue(values.at(i)),
                     qPrintable(QStringLiteral("style %1: wrote %2, Psych read %3")
                                    .arg(QString::fromUtf8(style), QString::fromUtf8(fm.entryText(key)),
                                         QString::fromUtf8(QJsonDocument(QJsonObject{{key, read.value(key)}})
                                                               .toJson(QJsonDocument::Compact)))));
            ++checked;
        }
    }
    qInfo("Psych read back %d written values exactly", checked);
}

void TestYamlScalar::plainScalarsTypedAsPsychTypesThem_data()
{
    // Expected values are what ruby -ryaml (Psych 4, Jekyll's reader) gives for "k: TEXT".
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonValue>("expected");
    const auto row = [](const char *text, const QJsonValue &expected) {
        QTest::addRow("lectern-cli get types %s as Psych does", text) << QString::fromUtf8(text) << expected;
    };
    row("1,000", 1000);
    row("012", 10);
    row("0x1A", 26);
    row("0b101", 5);
    row("1_000", 1000);
    row("+12", 12);
    row("-0", 0);
    row("12:30", 45000);
    row("1:30:15", 5415);
    row("-1:30", -1800);
    row("12:30.5", 45030.0);
    row("1.5", 1.5);
    row("1,000.5", 1000.5);
    row("1.5e+3", 1500.0);
    row("3.", 3.0);
    row("08", QStringLiteral("08"));
    row("1e3", QStringLiteral("1e3"));
    row("1.5e3", QStringLiteral("1.5e3"));
    row(".", QStringLiteral("."));
    row("0o12", QStringLiteral("0o12"));
    row("1__0", QStringLiteral("1__0"));
    row("1,,0", QStringLiteral("1,,0"));
    row("yes", true);
    row("Off", false);
    row("~", QJsonValue(QJsonValue::Null));
    row("NULL", QJsonValue(QJsonValue::Null));
    row("nullify", QStringLiteral("nullify"));
    row("2025-03-19", QStringLiteral("2025-03-19"));   // a Date; JSON has none
    row("19 March 2025", QStringLiteral("19 March 2025"));
}

void TestYamlScalar::plainScalarsTypedAsPsychTypesThem()
{
    QFETCH(QString, text);
    QFETCH(QJsonValue, expected);
    QCOMPARE(YamlScalar::plainToJson(text), expected);
}

QTEST_GUILESS_MAIN(TestYamlScalar)
#include "tst_yamlscalar.moc"
