// SPDX-License-Identifier: GPL-3.0-or-later
// The odd cases Jekyll accepts, each as a named row: exact bytes after one edit, values read,
// diagnostics for what we cannot edit.
#include "postfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QJsonArray>
#include <QTest>

using namespace Lectern;

class TestFrontMatter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainScalarsAreTold();
    void editKeepsEverythingElse_data();
    void editKeepsEverythingElse();
    void readsWhatJekyllReads_data();
    void readsWhatJekyllReads();
    void invalidYamlIsReadOnly_data();
    void invalidYamlIsReadOnly();
    void duplicateKeyWarns();
    void emptyReadingsStayEditable_data();
    void emptyReadingsStayEditable();
    void tabAfterDashIsAnError_data();
    void tabAfterDashIsAnError();
    void jekyllLoaderRefuses_data();
    void jekyllLoaderRefuses();
    void refusedValueWrittenQuoted_data();
    void refusedValueWrittenQuoted();
    void typedScalar_data();
    void typedScalar();
    void largeFrontMatter();
    void aliasGraphsAreWalkedOnce();
    void editLeavesCopiesAlone();
    void setBodyKeepsFrontMatterBytes();
    void largeBody();
};

void TestFrontMatter::editKeepsEverythingElse_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QString>("op");   // set, list, yaml, unset
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("value");
    QTest::addColumn<QByteArray>("expected");
    const auto set = QStringLiteral("set");
    const auto list = QStringLiteral("list");
    const auto yaml = QStringLiteral("yaml");
    const auto unset = QStringLiteral("unset");
    const auto title = QStringLiteral("title");
    const QStringList newTitle{QStringLiteral("New")};

    QTest::newRow("crlf: set title keeps CRLF on every line")
        << QByteArray("---\r\ntitle: Old\r\ntags: [a]\r\n---\r\nBody\r\n") << set << title << newTitle
        << QByteArray("---\r\ntitle: New\r\ntags: [a]\r\n---\r\nBody\r\n");
    QTest::newRow("crlf: a new multi-line value is written with CRLF")
        << QByteArray("---\r\ntitle: Old\r\n---\r\n") << set << QStringLiteral("note")
        << QStringList{QStringLiteral("one\ntwo\n")}
        << QByteArray("---\r\ntitle: Old\r\nnote: |\r\n  one\r\n  two\r\n---\r\n");
    QTest::newRow("mixed line endings: untouched lines keep theirs")
        << QByteArray("---\ntitle: Old\r\nx: 1\n---\n") << set << QStringLiteral("x") << QStringList{QStringLiteral("2")}
        << QByteArray("---\ntitle: Old\r\nx: '2'\n---\n");
    QTest::newRow("bom: set title keeps the BOM")
        << QByteArray("\xEF\xBB\xBF---\ntitle: Old\n---\nB") << set << title << newTitle
        << QByteArray("\xEF\xBB\xBF---\ntitle: New\n---\nB");
    QTest::newRow("tabs: a tab after the colon is kept")
        << QByteArray("---\ntitle:\tOld\nx:\t1\t\n---\n") << set << title << newTitle
        << QByteArray("---\ntitle:\tNew\nx:\t1\t\n---\n");
    QTest::newRow("duplicate key: set changes the last and keeps both lines")
        << QByteArray("---\ntitle: A\nx: 1\ntitle: B\n---\n") << set << title << newTitle
        << QByteArray("---\ntitle: A\nx: 1\ntitle: New\n---\n");
    QTest::newRow("duplicate key: unset removes every copy")
        << QByteArray("---\ntitle: A\nx: 1\ntitle: B\n---\n") << unset << title << QStringList()
        << QByteArray("---\nx: 1\n---\n");
    QTest::newRow("delimiters: --- with trailing spaces are kept")
        << QByteArray("---  \ntitle: Old\n--- \t\nB\n") << set << title << newTitle
        << QByteArray("---  \ntitle: New\n--- \t\nB\n");
    QTest::newRow("delimiters: closing ... is kept")
        << QByteArray("---\ntitle: Old\n...\nB\n") << set << title << newTitle
        << QByteArray("---\ntitle: New\n...\nB\n");
    QTest::newRow("empty front matter: set title adds the entry")
        << QByteArray("---\n---\nBody") << set << title << newTitle << QByteArray("---\ntitle: New\n---\nBody");
    QTest::newRow("no front matter: set title creates the block at the top")
        << QByteArray("Body\n") << set << title << newTitle << QByteArray("---\ntitle: New\n---\nBody\n");
    QTest::newRow("no front matter, CRLF: the new block uses CRLF")
        << QByteArray("Body\r\n") << set << title << newTitle << QByteArray("---\r\ntitle: New\r\n---\r\nBody\r\n");
    QTest::newRow("no final newline: after the closing ---")
        << QByteArray("---\ntitle: Old\n---") << set << title << newTitle << QByteArray("---\ntitle: New\n---");
    QTest::newRow("no final newline: in the body")
        << QByteArray("---\ntitle: Old\n---\nlast line") << set << title << newTitle
        << QByteArray("---\ntitle: New\n---\nlast line");
    QTest::newRow("block scalar: description keeps | and indentation")
        << QByteArray("---\ndescription: |\n    line one\n    line two\ntitle: x\n---\n") << set
        << QStringLiteral("description") << QStringList{QStringLiteral("new one\nnew two\n")}
        << QByteArray("---\ndescription: |\n    new one\n    new two\ntitle: x\n---\n");
    QTest::newRow("block scalar: |- strip chomping kept")
        << QByteArray("---\nd: |-\n  a\nx: 1\n---\n") << set << QStringLiteral("d") << QStringList{QStringLiteral("b")}
        << QByteArray("---\nd: |-\n  b\nx: 1\n---\n");
    QTest::newRow("block scalar: |+ keep chomping with its trailing blank lines")
        << QByteArray("---\nd: |+\n  a\n\nx: 1\n---\n") << set << QStringLiteral("d")
        << QStringList{QStringLiteral("b\n\n")} << QByteArray("---\nd: |+\n  b\n\nx: 1\n---\n");
    QTest::newRow("block scalar: a |+ value before a blank line falls back to double quotes")
        << QByteArray("---\nd: x\n\nn: 1\n---\n") << set << QStringLiteral("d")
        << QStringList{QStringLiteral("a\n\n")} << QByteArray("---\nd: \"a\\n\\n\"\n\nn: 1\n---\n");
    QTest::newRow("block scalar: folded > kept")
        << QByteArray("---\nd: >\n  a b\n---\n") << set << QStringLiteral("d") << QStringList{QStringLiteral("c d\n")}
        << QByteArray("---\nd: >\n  c d\n---\n");
    QTest::newRow("block scalar: a comment after the block stays")
        << QByteArray("---\nd: |\n  a\n# about x\nx: 1\n---\n") << set << QStringLiteral("d")
        << QStringList{QStringLiteral("b\n")} << QByteArray("---\nd: |\n  b\n# about x\nx: 1\n---\n");
    QTest::newRow("block scalar followed by whitespace-only lines: set keeps other values")
        << QByteArray("---\nd: |\n  a\n   \n\nx: 1\n---\n") << set << QStringLiteral("d")
        << QStringList{QStringLiteral("b\n")} << QByteArray("---\nd: \"b\\n\"\n   \n\nx: 1\n---\n");
    QTest::newRow("block scalar followed by whitespace-only lines: a plain value becomes a block safely")
        << QByteArray("---\nd: a\n   \nx: 1\n---\n") << set << QStringLiteral("d")
        << QStringList{QStringLiteral("b\nc")} << QByteArray("---\nd: \"b\\nc\"\n   \nx: 1\n---\n");
    QTest::newRow("flow list: categories keep brackets")
        << QByteArray("---\ncategories: [a, b] # kinds\n---\n") << list << QStringLiteral("categories")
        << QStringList{QStringLiteral("c"), QStringLiteral("d: e"), QStringLiteral("yes")}
        << QByteArray("---\ncategories: [c, 'd: e', 'yes'] # kinds\n---\n");
    QTest::newRow("block list: indent and dash spacing kept")
        << QByteArray("---\ntags:\n    -   a\nx: 1\n---\n") << list << QStringLiteral("tags")
        << QStringList{QStringLiteral("x"), QStringLiteral("y")}
        << QByteArray("---\ntags:\n    -   x\n    -   y\nx: 1\n---\n");
    QTest::newRow("block list: zero-indented dashes kept")
        << QByteArray("---\ntags:\n- a\n- b\nx: 1\n---\n") << list << QStringLiteral("tags")
        << QStringList{QStringLiteral("c")} << QByteArray("---\ntags:\n- c\nx: 1\n---\n");
    QTest::newRow("nested map: setting a sibling leaves the map")
        << QByteArray("---\nauthor:\n  name: A\n  # who\n  email: b\ntitle: x\n---\n") << set << title << newTitle
        << QByteArray("---\nauthor:\n  name: A\n  # who\n  email: b\ntitle: New\n---\n");
    QTest::newRow("quoted title: single quote char kept")
        << QByteArray("---\ntitle: 'Old'\n---\n") << set << title << QStringList{QStringLiteral("It's new")}
        << QByteArray("---\ntitle: 'It''s new'\n---\n");
    QTest::newRow("quoted title: double quote char kept")
        << QByteArray("---\ntitle: \"Old\"\n---\n") << set << title << QStringList{QStringLiteral("Say \"hi\"")}
        << QByteArray("---\ntitle: \"Say \\\"hi\\\"\"\n---\n");
    QTest::newRow("comments: comment lines and a trailing comment survive")
        << QByteArray("---\n# top\ntitle: A   # note\n\n# between\ntags: [a]\n---\n") << set << title << newTitle
        << QByteArray("---\n# top\ntitle: New   # note\n\n# between\ntags: [a]\n---\n");
    QTest::newRow("unset: removes the entry's lines, keeps the comment before the next")
        << QByteArray("---\ntitle: A\ntags:\n  - a\n  - b\n# c\nx: 1\n---\n") << unset << QStringLiteral("tags")
        << QStringList() << QByteArray("---\ntitle: A\n# c\nx: 1\n---\n");
    QTest::newRow("set --yaml: a flow list fragment")
        << QByteArray("---\ntitle: A\n---\n") << yaml << QStringLiteral("tags")
        << QStringList{QStringLiteral("[seminar, ai]")} << QByteArray("---\ntitle: A\ntags: [seminar, ai]\n---\n");
    QTest::newRow("set --yaml: a block list fragment replaces a scalar")
        << QByteArray("---\ntags: one\ntitle: A\n---\n") << yaml << QStringLiteral("tags")
        << QStringList{QStringLiteral("- a\n- b\n")} << QByteArray("---\ntags:\n  - a\n  - b\ntitle: A\n---\n");
    QTest::newRow("anchor: setting an anchored value keeps the anchor")
        << QByteArray("---\nimage:\n  path: x\ntop: &img a.jpg\nfeature: *img\n---\n") << set << QStringLiteral("top")
        << QStringList{QStringLiteral("b.jpg")} << QByteArray("---\nimage:\n  path: x\ntop: &img b.jpg\nfeature: *img\n---\n");
    QTest::newRow("date: a plain date stays plain")
        << QByteArray("---\ndate: 2025-03-19 10:00:00 +0100\n---\n") << set << QStringLiteral("date")
        << QStringList{QStringLiteral("2025-04-01 09:30:00 +0200")}
        << QByteArray("---\ndate: 2025-04-01 09:30:00 +0200\n---\n");
    QTest::newRow("date: a quoted date stays quoted")
        << QByteArray("---\ndate: \"2025-03-19\"\n---\n") << set << QStringLiteral("date")
        << QStringList{QStringLiteral("2025-04-01")} << QByteArray("---\ndate: \"2025-04-01\"\n---\n");
    QTest::newRow("date: a date-like title is quoted (Psych would read a Date)")
        << QByteArray("---\ntitle: Old\n---\n") << set << title << QStringList{QStringLiteral("2025-04-01")}
        << QByteArray("---\ntitle: '2025-04-01'\n---\n");
    QTest::newRow("value on the next line: rewritten on the key line")
        << QByteArray("---\ntitle:\n  Long old\nx: 1\n---\n") << set << title << newTitle
        << QByteArray("---\ntitle: New\nx: 1\n---\n");
    QTest::newRow("new key: appended after the last entry")
        << QByteArray("---\ntitle: A\n---\n") << set << QStringLiteral("speaker")
        << QStringList{QStringLiteral("Dr. B: ETH")} << QByteArray("---\ntitle: A\nspeaker: 'Dr. B: ETH'\n---\n");
    QTest::newRow("same value: nothing changes")
        << QByteArray("---\ntitle:   Old  # c\n---\n") << set << title << QStringList{QStringLiteral("Old")}
        << QByteArray("---\ntitle:   Old  # c\n---\n");
    // Found by fuzzing: the block's line of three spaces is content (" ") to YAML, not a blank line;
    // the writer kept the lines as they were, which read "b\n \n", not "b\n".
    QTest::newRow("block scalar with a line of spaces: written so it reads as set")
        << QByteArray("---\nd: |\n  b\n   \nx: 1\n---\nbody\n") << set << QStringLiteral("d")
        << QStringList{QStringLiteral("b\n")} << QByteArray("---\nd: \"b\\n\"\n   \nx: 1\n---\nbody\n");
}

void TestFrontMatter::editKeepsEverythingElse()
{
    QFETCH(QByteArray, original);
    QFETCH(QString, op);
    QFETCH(QString, key);
    QFETCH(QStringList, value);
    QFETCH(QByteArray, expected);
    PostFile post = PostFile::fromBytes(original);
    QCOMPARE(post.toBytes(), original);
    QString error;
    FrontMatter &fm = post.frontMatter();
    bool ok = false;
    if (op == QLatin1String("set"))
        ok = fm.setScalar(key, value.first(), &error);
    else if (op == QLatin1String("list"))
        ok = fm.setStringList(key, value, &error);
    else if (op == QLatin1String("yaml"))
        ok = fm.setYaml(key, value.first().toUtf8(), &error);
    else
        ok = fm.remove(key, &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(post.toBytes(), expected);
    const PostFile reread = PostFile::fromBytes(post.toBytes());
    QVERIFY(reread.frontMatter().isValid());
    if (op == QLatin1String("set"))
        QCOMPARE(reread.frontMatter().scalar(key), value.first());
    else if (op == QLatin1String("list"))
        QCOMPARE(reread.frontMatter().stringList(key), value);
    else if (op == QLatin1String("unset"))
        QVERIFY(!reread.frontMatter().contains(key));
}

void TestFrontMatter::readsWhatJekyllReads_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("json");   // the key's value as compact JSON

    QTest::newRow("tabs: a tab between colon and value") << QByteArray("---\ntitle:\tA\n---\n")
                                                         << QStringLiteral("title") << QStringLiteral("\"A\"");
    QTest::newRow("tabs: a tab before the colon") << QByteArray("---\ntitle\t: A\n---\n") << QStringLiteral("title")
                                                  << QStringLiteral("\"A\"");
    QTest::newRow("tabs: trailing tabs after a value") << QByteArray("---\ntitle: A\t\t\n---\n")
                                                       << QStringLiteral("title") << QStringLiteral("\"A\"");
    QTest::newRow("tabs: inside a flow list") << QByteArray("---\ntags: [a,\tb]\n---\n") << QStringLiteral("tags")
                                              << QStringLiteral("[\"a\",\"b\"]");
    QTest::newRow("tabs: inside a literal block") << QByteArray("---\nd: |\n  a\tb\n---\n") << QStringLiteral("d")
                                                  << QStringLiteral("\"a\\tb\\n\"");
    QTest::newRow("duplicate key: the last wins") << QByteArray("---\ntitle: A\ntitle: B\n---\n")
                                                  << QStringLiteral("title") << QStringLiteral("\"B\"");
    QTest::newRow("flow list continued at column 0") << QByteArray("---\ntags: [a,\nb]\n---\n")
                                                     << QStringLiteral("tags") << QStringLiteral("[\"a\",\"b\"]");
    QTest::newRow("block list with one-space indent") << QByteArray("---\nk:\n - a\n -  b\n---\n")
                                                      << QStringLiteral("k") << QStringLiteral("[\"a\",\"b\"]");
    QTest::newRow("nested map with three-space indent") << QByteArray("---\nm:\n   a: 1\n   b: x\n---\n")
                                                        << QStringLiteral("m") << QStringLiteral("{\"a\":1,\"b\":\"x\"}");
    QTest::newRow("alias: refers to an anchor") << QByteArray("---\na: &x v\nb: *x\n---\n") << QStringLiteral("b")
                                                << QStringLiteral("\"v\"");
    QTest::newRow("merge key: << merges the anchored map")
        << QByteArray("---\nbase: &b\n  x: 1\n  y: 1\nm:\n  <<: *b\n  y: 2\n---\n") << QStringLiteral("m")
        << QStringLiteral("{\"x\":1,\"y\":2}");
    QTest::newRow("plain scalar over two lines") << QByteArray("---\ntitle: a\n  b\n---\n") << QStringLiteral("title")
                                                 << QStringLiteral("\"a b\"");
    QTest::newRow("YAML 1.1 types: yes, 1,000, ~") << QByteArray("---\nb: yes\n---\n") << QStringLiteral("b")
                                                   << QStringLiteral("true");
    QTest::newRow("indented root map") << QByteArray("---\n  title: A\n  x: b\n---\n") << QStringLiteral("title")
                                       << QStringLiteral("\"A\"");
    QTest::newRow("flow root map") << QByteArray("---\n{title: A, x: b}\n---\n") << QStringLiteral("title")
                                   << QStringLiteral("\"A\"");
    QTest::newRow("empty value is null") << QByteArray("---\ntitle:\n---\n") << QStringLiteral("title")
                                         << QStringLiteral("null");
    QTest::newRow("crlf: literal block value has LF") << QByteArray("---\r\nd: |\r\n  a\r\n  b\r\n---\r\n")
                                                      << QStringLiteral("d") << QStringLiteral("\"a\\nb\\n\"");
}

void TestFrontMatter::readsWhatJekyllReads()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, key);
    QFETCH(QString, json);
    const PostFile post = PostFile::fromBytes(bytes);
    QVERIFY(post.hasFrontMatter());
    QVERIFY2(post.frontMatter().isValid(), qPrintable(post.diagnostics().value(0).message));
    const QJsonValue value = post.frontMatter().toJson(key);
    const QJsonObject wrapped{{QStringLiteral("v"), value}};
    QByteArray compact = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
    compact = compact.mid(5, compact.size() - 6);   // strip {"v": and }
    QCOMPARE(QString::fromUtf8(compact), json);
    QCOMPARE(post.toBytes(), bytes);
}

void TestFrontMatter::invalidYamlIsReadOnly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("invalid YAML: colon-space inside a plain value") << QByteArray("---\ntitle: a: b\n---\n") << 2 << 9;
    QTest::newRow("invalid YAML: unclosed flow list") << QByteArray("---\ntitle: x\ntags: [a, b\n---\nBody\n") << 4 << 1;
    QTest::newRow("invalid YAML: tab used as indentation") << QByteArray("---\nd: |\n\tx\n---\n") << 3 << 1;
    QTest::newRow("invalid YAML: @ cannot start a value") << QByteArray("---\nk: @x\n---\n") << 2 << 4;
    QTest::newRow("invalid YAML: list item under a map") << QByteArray("---\nk: v\n- x\n---\n") << 3 << 1;
    QTest::newRow("not a map: a list at the top") << QByteArray("---\n- a\n- b\n---\n") << 2 << 1;
    QTest::newRow("invalid YAML: a quote never closed (yaml-cpp reads to the end)")
        << QByteArray("---\ntitle: y\nd : 'abc\n---\nBody\n") << 3 << 5;
    QTest::newRow("invalid YAML: a double quote never closed in the last list item")
        << QByteArray("---\ntags:\n  - a\n  - \"b\n\n---\n") << 4 << 5;
    QTest::newRow("invalid YAML read as empty by yaml-cpp: a key starting with a comma")
        << QByteArray("---\n# note\n,: a\ntitle: x\n---\nBody\n") << 3 << 1;
    // Found by fuzz_frontmatter: yaml-cpp read "title:\x04Fourier" as a title, and an edit of it then
    // wrote the new value in the wrong place. libyaml (Jekyll) refuses any control character.
    QTest::newRow("invalid YAML: a control character after the colon (Jekyll refuses the file)")
        << QByteArray("---\nlayout: seminar\ntitle:\x04" "Fourier and other\n---\nBody\n") << 3 << 7;
    QTest::newRow("invalid YAML: DEL inside a value") << QByteArray("---\ntitle: Zha\x7f\n---\n") << 2 << 11;
}

void TestFrontMatter::invalidYamlIsReadOnly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    PostFile post = PostFile::fromBytes(bytes);
    QVERIFY(post.isReadOnly());
    const Diagnostics diagnostics = post.diagnostics();
    QVERIFY(hasErrors(diagnostics));
    QCOMPARE(diagnostics.first().line, line);
    QCOMPARE(diagnostics.first().column, column);
    QVERIFY(diagnostics.first().format(QStringLiteral("p.md"))
                .startsWith(QStringLiteral("p.md:%1:%2: error: ").arg(line).arg(column)));
    QString error;
    QVERIFY(!post.frontMatter().setScalar(QStringLiteral("title"), QStringLiteral("x"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!post.frontMatter().remove(QStringLiteral("title"), &error));
    QCOMPARE(post.toBytes(), bytes);
}

void TestFrontMatter::emptyReadingsStayEditable_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("only comments and blank lines") << QByteArray("---\n# draft\n\n  # indented\n---\nBody\n");
    QTest::newRow("a spelled-out null: ~") << QByteArray("---\n~\n---\nBody\n");
    QTest::newRow("a spelled-out null: null, after a comment") << QByteArray("---\n# c\nnull\n---\n");
}

void TestFrontMatter::emptyReadingsStayEditable()
{
    // Psych reads these as no front matter at all, which Jekyll accepts: the user can add fields.
    QFETCH(QByteArray, bytes);
    PostFile post = PostFile::fromBytes(bytes);
    QVERIFY(!post.isReadOnly());
    QVERIFY(!hasErrors(post.diagnostics()));
    QCOMPARE(post.toBytes(), bytes);
    QString error;
    QVERIFY2(post.frontMatter().setScalar(QStringLiteral("title"), QStringLiteral("Hi"), &error), qPrintable(error));
    const PostFile saved = PostFile::fromBytes(post.toBytes());
    QVERIFY(!hasErrors(saved.diagnostics()));
    QCOMPARE(saved.frontMatter().scalar(QStringLiteral("title")), QStringLiteral("Hi"));
    if (bytes.contains('#'))
        QVERIFY(post.toBytes().contains("# "));   // comments stay
}

void TestFrontMatter::duplicateKeyWarns()
{
    const PostFile post = PostFile::fromBytes("---\ntitle: A\nx: 1\ntitle: B\n---\n");
    const Diagnostics diagnostics = post.diagnostics();
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().severity, Diagnostic::Severity::Warning);
    QCOMPARE(diagnostics.first().line, 4);
    QVERIFY(!post.isReadOnly());
    QCOMPARE(post.frontMatter().duplicateKeys(), QStringList{QStringLiteral("title")});
    QCOMPARE(post.frontMatter().line(QStringLiteral("title")), 4);
}

void TestFrontMatter::tabAfterDashIsAnError_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("tab after a dash: yaml-cpp reads it, Jekyll does not") << QByteArray("---\ntags:\n-\ta\n---\n") << 3 << 1;
    QTest::newRow("space then tab after an indented dash") << QByteArray("---\nx: 1\ntags:\n  - \ta\n---\n") << 4 << 3;
    QTest::newRow("in a nested map's list") << QByteArray("---\nm:\n  l:\n    -\tb\n---\n") << 4 << 5;
}

void TestFrontMatter::tabAfterDashIsAnError()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, line);
    QFETCH(int, column);
    PostFile post = PostFile::fromBytes(bytes);
    QVERIFY(!post.isReadOnly());   // the user can still fix it in the form
    QVERIFY(hasErrors(post.diagnostics()));
    QCOMPARE(post.diagnostics().first().line, line);
    QCOMPARE(post.diagnostics().first().column, column);
    // After an edit above it (spliced, not re-parsed) the diagnostic still points at its line.
    QVERIFY(post.frontMatter().setYaml(QStringLiteral("title"), "|\n  one\n  two\n"));
    QVERIFY(post.frontMatter().setYaml(QStringLiteral("aaa"), "x"));
    PostFile moved = PostFile::fromBytes("---\nnew: |\n  1\n  2\n" + bytes.mid(4));
    QCOMPARE(moved.diagnostics().value(0).line, line + 3);
    QVERIFY(moved.frontMatter().setScalar(QStringLiteral("new"), QStringLiteral("short")));
    // The three lines of "new" became two ("new: |-" and "  short"): two more lines than in bytes.
    QCOMPARE(moved.diagnostics().value(0).line, line + 2);
    QVERIFY(PostFile::fromBytes("---\ntags:\n  - a\n  - b\nd: |\n  -\tnot a list item\n---\n").diagnostics().isEmpty());
}

void TestFrontMatter::jekyllLoaderRefuses_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("line");     // file line of the refusal; 0: Jekyll reads it
    QTest::addColumn<int>("column");
    // Refused by Psych.safe_load(permitted_classes: [Date, Time], aliases: true), as Jekyll 4.3 loads
    // front matter (Jekyll::Utils.safe_load_yaml): the post loses its whole front matter.
    QTest::newRow("refused: symbol, plain value starting with ':' (:P a lighthearted talk)")
        << QByteArray("title: :P a lighthearted talk\n") << 2 << 8;
    QTest::newRow("refused: symbol, '::x'") << QByteArray("a: 1\nsubtitle: ::x\n") << 3 << 11;
    QTest::newRow("refused: symbol, ':\"quoted\"' (the quotes belong to the symbol)")
        << QByteArray("t: :\"quoted\"\n") << 2 << 4;
    QTest::newRow("refused: symbol as a key (:sym: 1)") << QByteArray("title: x\n:sym: 1\n") << 3 << 1;
    QTest::newRow("refused: symbol in a block list") << QByteArray("tags:\n  - ok\n  - :b\n") << 4 << 5;
    QTest::newRow("refused: symbol in a nested map") << QByteArray("m:\n  k: :v\n") << 3 << 6;
    QTest::newRow("refused: symbol folded over two lines") << QByteArray("t: :a\n  continued\n") << 2 << 4;
    QTest::newRow("refused: symbol after a non-specific tag (! :x)") << QByteArray("t: ! :x\n") << 2 << 4;
    QTest::newRow("refused: tag !ruby/sym") << QByteArray("t: !ruby/sym foo\n") << 2 << 4;
    QTest::newRow("refused: tag !ruby/symbol") << QByteArray("t: !ruby/symbol foo\n") << 2 << 4;
    QTest::newRow("refused: tag !ruby/object:Foo") << QByteArray("t: !ruby/object:Foo {}\n") << 2 << 4;
    QTest::newRow("refused: tag !ruby/object on a map") << QByteArray("t: !ruby/object {}\n") << 2 << 4;
    QTest::newRow("refused: tag !ruby/regexp") << QByteArray("t: !ruby/regexp /a/\n") << 2 << 4;
    QTest::newRow("refused: tag !ruby/range") << QByteArray("t: !ruby/range 1..2\n") << 2 << 4;
    QTest::newRow("refused: tag !ruby/class") << QByteArray("t: !ruby/class String\n") << 2 << 4;
    QTest::newRow("refused: tag !ruby/struct") << QByteArray("t: !ruby/struct {}\n") << 2 << 4;
    QTest::newRow("refused: tag !ruby/string:Foo") << QByteArray("t: !ruby/string:Foo x\n") << 2 << 4;
    QTest::newRow("refused: tag !ruby/hash:Foo in a list") << QByteArray("l:\n  - !ruby/hash:Foo {}\n") << 3 << 5;
    QTest::newRow("refused: tag !!set") << QByteArray("t: !!set {a, b}\n") << 2 << 4;
    QTest::newRow("refused: !!float on text") << QByteArray("t: !!float abc\n") << 2 << 4;
    QTest::newRow("refused: !!float on a date") << QByteArray("t: !!float 2025-01-01\n") << 2 << 4;
    QTest::newRow("refused: alias of a symbol, reported once at the anchor")
        << QByteArray("a: &s :x\nb: *s\n") << 2 << 4;
    // Read by the same loader: no error.
    QTest::newRow("accepted: quoted ':P quoted'") << QByteArray("title: ':P quoted'\n") << 0 << 0;
    QTest::newRow("accepted: double-quoted \":x\"") << QByteArray("title: \":x\"\n") << 0 << 0;
    QTest::newRow("accepted: ':' inside a value (a :P)") << QByteArray("title: a :P\n") << 0 << 0;
    QTest::newRow("accepted: !!str :x") << QByteArray("t: !!str :x\n") << 0 << 0;
    QTest::newRow("accepted: sexagesimal 12:30") << QByteArray("t: 12:30\n") << 0 << 0;
    QTest::newRow("accepted: aliases (Jekyll passes aliases: true)") << QByteArray("a: &x [1]\nb: *x\n") << 0 << 0;
    QTest::newRow("accepted: !!python/tuple") << QByteArray("t: !!python/tuple [1]\n") << 0 << 0;
    QTest::newRow("accepted: unknown local tag !foo") << QByteArray("t: !foo bar\n") << 0 << 0;
    QTest::newRow("accepted: !ruby/object:Date") << QByteArray("t: !ruby/object:Date {}\n") << 0 << 0;
    QTest::newRow("accepted: !!binary") << QByteArray("t: !!binary aGVsbG8=\n") << 0 << 0;
    QTest::newRow("accepted: !!float on a number") << QByteArray("t: !!float 1_000.5\n") << 0 << 0;
    QTest::newRow("accepted: !!float on .inf") << QByteArray("t: !!float -.Inf\n") << 0 << 0;
    QTest::newRow("accepted: a block scalar starting ':'") << QByteArray("t: |\n  :x\n") << 0 << 0;
}

void TestFrontMatter::jekyllLoaderRefuses()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, line);
    QFETCH(int, column);
    const PostFile post = PostFile::fromBytes("---\n" + yaml + "---\nBody\n");
    QVERIFY(!post.isReadOnly());   // editable: the form can quote it
    Diagnostics errors;
    for (const Diagnostic &d : post.diagnostics()) {
        if (d.severity == Diagnostic::Severity::Error)
            errors << d;
    }
    if (line == 0) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).format(QStringLiteral("post.md"))));
    } else {
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().line, line);
        QCOMPARE(errors.first().column, column);
        QVERIFY(errors.first().message.contains(QLatin1String("Jekyll")));
    }
    // The expectation is Psych's own verdict, when Ruby is here to ask.
    const QString ruby = QStandardPaths::findExecutable(QStringLiteral("ruby"));
    if (ruby.isEmpty())
        return;
    QProcess psych;
    psych.start(ruby, {QStringLiteral("-rpsych"), QStringLiteral("-rdate"), QStringLiteral("-e"),
                       QStringLiteral("begin; Psych.safe_load(STDIN.read, permitted_classes: [Date, Time], aliases: true); "
                                      "rescue Psych::DisallowedClass, Psych::BadAlias, ArgumentError, TypeError; exit 1; end")});
    QVERIFY(psych.waitForStarted());
    psych.write(yaml);
    psych.closeWriteChannel();
    QVERIFY(psych.waitForFinished(30000));
    QCOMPARE(psych.exitCode() == 1, line != 0);
}

void TestFrontMatter::refusedValueWrittenQuoted_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("form writes a symbol-like value quoted: :P a lighthearted talk") << QStringLiteral(":P a lighthearted talk");
    QTest::newRow("form writes a symbol-like value quoted: ::x") << QStringLiteral("::x");
    QTest::newRow("form writes a tag-like value quoted: !ruby/sym x") << QStringLiteral("!ruby/sym x");
    QTest::newRow("form writes a tag-like value quoted: !!set {a}") << QStringLiteral("!!set {a}");
}

void TestFrontMatter::refusedValueWrittenQuoted()
{
    QFETCH(QString, value);
    PostFile post = PostFile::fromBytes("---\ntitle: Old\n---\n");
    QVERIFY(post.frontMatter().setScalar(QStringLiteral("title"), value));
    QVERIFY2(!hasErrors(post.diagnostics()), post.toBytes().constData());
    QCOMPARE(post.frontMatter().scalar(QStringLiteral("title")), value);
    QVERIFY(post.frontMatter().setStringList(QStringLiteral("tags"), {value, QStringLiteral("ok")}));
    QVERIFY2(!hasErrors(post.diagnostics()), post.toBytes().constData());
    QCOMPARE(post.frontMatter().stringList(QStringLiteral("tags")), QStringList({value, QStringLiteral("ok")}));
}

void TestFrontMatter::typedScalar_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");   // empty: refused, nothing changed
    QTest::newRow("typed: published false is a boolean, not 'false'")
        << QByteArray("title: A\npublished: true\n") << QStringLiteral("published") << QStringLiteral("false")
        << QByteArray("title: A\npublished: false\n");
    QTest::newRow("typed: replacing a quoted 'false' keeps the comment")
        << QByteArray("published: 'false' # hide\n") << QStringLiteral("published") << QStringLiteral("false")
        << QByteArray("published: false # hide\n");
    QTest::newRow("typed: a new number") << QByteArray("title: A\n") << QStringLiteral("order") << QStringLiteral("3")
                                         << QByteArray("title: A\norder: 3\n");
    QTest::newRow("typed: a date stays a YAML date") << QByteArray("date: x\n") << QStringLiteral("date")
                                                     << QStringLiteral("2025-03-19") << QByteArray("date: 2025-03-19\n");
    QTest::newRow("typed: refused for text (would be a string)") << QByteArray("t: 1\n") << QStringLiteral("t")
                                                                 << QStringLiteral("hello") << QByteArray();
    QTest::newRow("typed: refused for a symbol") << QByteArray("t: 1\n") << QStringLiteral("t") << QStringLiteral(":x")
                                                 << QByteArray();
}

void TestFrontMatter::typedScalar()
{
    QFETCH(QByteArray, original);
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    FrontMatter fm(original);
    QString error;
    const bool ok = fm.setTypedScalar(key, text, &error);
    QCOMPARE(ok, !expected.isEmpty());
    QCOMPARE(fm.text(), expected.isEmpty() ? original : expected);
    if (!ok)
        QVERIFY(!error.isEmpty());
}

void TestFrontMatter::largeFrontMatter()
{
    // 5,000 keys: set the last one; everything before it stays byte for byte.
    QByteArray text = "---\n";
    for (int i = 0; i < 5000; ++i)
        text += "key" + QByteArray::number(i) + ": value " + QByteArray::number(i) + "\n";
    const QByteArray original = text + "---\nBody\n";
    PostFile post = PostFile::fromBytes(original);
    QCOMPARE(post.frontMatter().keys().size(), 5000);
    QVERIFY(post.frontMatter().setScalar(QStringLiteral("key4999"), QStringLiteral("changed")));
    QByteArray expected = original;
    expected.replace("key4999: value 4999\n", "key4999: changed\n");
    QCOMPARE(post.toBytes(), expected);
    QCOMPARE(post.frontMatter().scalar(QStringLiteral("key0")), QStringLiteral("value 0"));
}

// Aliases make a graph: an anchor holding an alias of itself (found by fuzz_frontmatter: the walk to
// JSON never ended, a stack overflow), and aliases doubling at each level (2^40 nodes named in 1 KB).
// The post opens, reads and takes an edit; the walk stops where the graph loops or after many aliases.
void TestFrontMatter::aliasGraphsAreWalkedOnce()
{
    const QByteArray recursive = "---\ntitle: two\nself: &a\n  again: *a\n  name: x\n---\nBody\n";
    PostFile post = PostFile::fromBytes(recursive);
    QVERIFY(!post.isReadOnly());
    const QJsonObject self = post.frontMatter().toJson().toObject().value(QStringLiteral("self")).toObject();
    QCOMPARE(self.value(QStringLiteral("name")).toString(), QStringLiteral("x"));
    QVERIFY(self.value(QStringLiteral("again")).isObject());   // the loop, followed a while, then null
    QVERIFY(post.frontMatter().setScalar(QStringLiteral("title"), QStringLiteral("edited")));
    QByteArray expected = recursive;
    expected.replace("title: two", "title: edited");
    QCOMPARE(post.toBytes(), expected);

    QByteArray doubling = "---\ntitle: laughs\na0: &a0 [x, x]\n";
    for (int i = 1; i < 40; ++i)
        doubling += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [*a" + QByteArray::number(i - 1) + ", *a"
                    + QByteArray::number(i - 1) + "]\n";
    doubling += "---\n";
    PostFile laughs = PostFile::fromBytes(doubling);
    QVERIFY(!laughs.isReadOnly());
    QCOMPARE(laughs.frontMatter().keys().size(), 41);
    QVERIFY(laughs.frontMatter().toJson().toObject().value(QStringLiteral("a39")).isArray());
    QCOMPARE(laughs.frontMatter().toJson().toObject().value(QStringLiteral("a1")).toArray(),
             (QJsonArray{QJsonArray{QStringLiteral("x"), QStringLiteral("x")}, QJsonArray{QStringLiteral("x"), QStringLiteral("x")}}));
    (void)laughs.diagnostics();
    QVERIFY(laughs.frontMatter().setScalar(QStringLiteral("title"), QStringLiteral("edited")));
    QCOMPARE(laughs.frontMatter().scalar(QStringLiteral("title")), QStringLiteral("edited"));
}

void TestFrontMatter::largeBody()
{
    QByteArray body;
    body.reserve(10 * 1024 * 1024 + 100);
    while (body.size() < 10 * 1024 * 1024)
        body += "A line of Markdown text with *emphasis* and a [link](https://example.org).\n";
    const QByteArray original = "---\ntitle: Old\n---\n" + body;
    PostFile post = PostFile::fromBytes(original);
    QCOMPARE(post.toBytes(), original);
    QVERIFY(post.frontMatter().setScalar(QStringLiteral("title"), QStringLiteral("New")));
    QCOMPARE(post.bodyBytes(), body);
    QCOMPARE(post.toBytes(), "---\ntitle: New\n---\n" + body);
}

void TestFrontMatter::editLeavesCopiesAlone()
{
    // An undo stack or a "before" snapshot holds copies: an edit must never show through them.
    FrontMatter edited("title: A\nx: 1\ny: [a, b]\nz: 3\n");
    const FrontMatter copy = edited;
    const QJsonValue before = copy.toJson();
    QVERIFY(edited.setScalar(QStringLiteral("title"), QStringLiteral("B")));
    QVERIFY(edited.remove(QStringLiteral("x")));
    QVERIFY(edited.setStringList(QStringLiteral("y"), {QStringLiteral("c")}));
    QCOMPARE(copy.toJson(), before);
    QCOMPARE(copy.text(), QByteArray("title: A\nx: 1\ny: [a, b]\nz: 3\n"));
    QCOMPARE(edited.text(), QByteArray("title: B\ny: [c]\nz: 3\n"));
    QCOMPARE(edited.scalar(QStringLiteral("z")), QStringLiteral("3"));
    QCOMPARE(edited.line(QStringLiteral("z")), 4);
}

void TestFrontMatter::setBodyKeepsFrontMatterBytes()
{
    const QByteArray head = "\xEF\xBB\xBF---  \r\ntitle:   'Old'  # c\r\n...\r\n";
    PostFile post = PostFile::fromBytes(head + "Old body\r\n");
    post.setBody(QStringLiteral("New body\r\n"));
    QCOMPARE(post.toBytes(), head + "New body\r\n");
}

// Psych types only plain scalars: an unquoted timestamp is a Time, a quoted one a String.
void TestFrontMatter::plainScalarsAreTold()
{
    const FrontMatter fm(QByteArrayLiteral("a: 2025-03-19 10:00:00\nb: \"2025-03-19 10:00:00\"\nc: 'x'\nd: |\n  x\ne: [1]\n"));
    QVERIFY(fm.isPlainScalar(QStringLiteral("a")));
    QVERIFY(!fm.isPlainScalar(QStringLiteral("b")));
    QVERIFY(!fm.isPlainScalar(QStringLiteral("c")));
    QVERIFY(!fm.isPlainScalar(QStringLiteral("d")));
    QVERIFY(!fm.isPlainScalar(QStringLiteral("e")));
    QVERIFY(!fm.isPlainScalar(QStringLiteral("missing")));
}

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
