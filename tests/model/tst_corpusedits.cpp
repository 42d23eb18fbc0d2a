// SPDX-License-Identifier: GPL-3.0-or-later
// The corpus of real posts (../shared/corpus/posts): each opens, saves to identical bytes,
// and one-field edits change only that entry's lines.
#include "postfile.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    for (qsizetype pos = 0; pos < text.size();) {
        const qsizetype nl = text.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.append(text.mid(pos, end - pos));
        pos = end;
    }
    return lines;
}

// Psych's value (strings as such, other types as "<Class>", which we do not compare) against ours.
bool sameAsPsych(const QJsonValue &ours, const QJsonValue &psych)
{
    if (psych.isString())
        return psych.toString().startsWith(QLatin1Char('<')) || ours == psych;
    if (psych.isArray()) {
        const QJsonArray a = ours.toArray(), b = psych.toArray();
        if (!ours.isArray() || a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!sameAsPsych(a.at(i), b.at(i)))
                return false;
        }
        return true;
    }
    if (psych.isObject()) {
        const QJsonObject a = ours.toObject(), b = psych.toObject();
        if (!ours.isObject() || a.keys() != b.keys())
            return false;
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (!sameAsPsych(a.value(it.key()), it.value()))
                return false;
        }
        return true;
    }
    return true;
}

} // namespace

class TestCorpusEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripIsByteIdentical();
    void everyPostJekyllOpensIsEditable();
    void valuesMatchPsych();
    void oneFieldEdit_data();
    void oneFieldEdit();
    void cleanupTestCase();

private:
    QStringList m_posts;
    int m_edits = 0;
};

void TestCorpusEdits::initTestCase()
{
    m_posts = LecternTest::corpusPosts();
}

void TestCorpusEdits::roundTripIsByteIdentical()
{
    if (m_posts.isEmpty())
        QSKIP("../shared/corpus is absent: the corpus round trip needs the shared folder beside the checkout");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int count = 0;
    for (const QString &path : std::as_const(m_posts)) {
        const QByteArray original = LecternTest::readAll(path);
        PostFile post;
        QString error;
        QVERIFY2(PostFile::load(path, &post, &error), qPrintable(error));
        const QString out = dir.filePath(QStringLiteral("out.md"));
        QVERIFY2(post.save(out, &error), qPrintable(error));
        QVERIFY2(LecternTest::readAll(out) == original, qPrintable(path));
        ++count;
    }
    QCOMPARE(count, m_posts.size());
    qInfo("round-tripped %d corpus posts byte-identically", count);
}

void TestCorpusEdits::everyPostJekyllOpensIsEditable()
{
    if (m_posts.isEmpty())
        QSKIP("../shared/corpus is absent");
    // Every corpus post builds with Jekyll, so none may open read-only here.
    for (const QString &path : std::as_const(m_posts)) {
        PostFile post;
        QVERIFY(PostFile::load(path, &post, nullptr));
        QVERIFY2(!post.isReadOnly(), qPrintable(path + QLatin1Char(' ')
                                                + post.diagnostics().value(0).format(path)));
    }
}

void TestCorpusEdits::valuesMatchPsych()
{
    if (m_posts.isEmpty())
        QSKIP("../shared/corpus is absent");
    const QString ruby = QStandardPaths::findExecutable(QStringLiteral("ruby"));
    if (ruby.isEmpty())
        QSKIP("ruby is not installed: cannot compare with Psych, Jekyll's YAML reader");
    // Jekyll's own split and load (Document::YAML_FRONT_MATTER_REGEXP, Utils.safe_load_yaml), one JSON line per post.
    const QString script = QStringLiteral(
        "require 'yaml'; require 'json'; require 'date'\n"
        "conv = lambda { |v| case v when String then v when Array then v.map(&conv) "
        "when Hash then v.to_h { |k, x| [k.to_s, conv.(x)] } else \"<#{v.class}>\" end }\n"
        "ARGV.each do |f|\n"
        "  s = File.read(f, mode: 'rb').force_encoding('UTF-8').sub(/\\A\\xEF\\xBB\\xBF/, '')\n"
        "  h = s =~ /\\A(---\\s*\\n.*?\\n?)^((---|\\.\\.\\.)\\s*$\\n?)/m ? "
        "(Psych.safe_load($1, permitted_classes: [Date, Time], aliases: true) || {}) : {}\n"
        "  puts JSON.generate(conv.(h))\n"
        "end\n");
    QProcess process;
    process.start(ruby, QStringList{QStringLiteral("-e"), script} + m_posts);
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    QVERIFY(lines.size() >= m_posts.size());
    int compared = 0;
    for (int i = 0; i < m_posts.size(); ++i) {
        const QJsonObject psych = QJsonDocument::fromJson(lines.at(i)).object();
        PostFile post;
        QVERIFY(PostFile::load(m_posts.at(i), &post, nullptr));
        const QJsonObject ours = post.frontMatter().toJson().toObject();
        QVERIFY2(sameAsPsych(ours, psych), qPrintable(m_posts.at(i) + QLatin1Char('\n') + QString::fromUtf8(lines.at(i))));
        compared += int(psych.size());
    }
    qInfo("%d corpus posts: %d top-level values read as Psych (Jekyll) reads them", int(m_posts.size()), compared);
}

void TestCorpusEdits::oneFieldEdit_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("value");   // one item for a scalar
    QTest::addColumn<bool>("list");
    if (m_posts.isEmpty())
        QSKIP("../shared/corpus is absent: the one-field edits need the shared folder beside the checkout");
    const QString root = LecternTest::sharedDir() + QStringLiteral("/corpus/posts/");
    for (const QString &path : std::as_const(m_posts)) {
        const QString name = path.mid(root.size());
        PostFile post;
        if (!PostFile::load(path, &post, nullptr))
            continue;
        const FrontMatter &fm = post.frontMatter();
        QTest::addRow("set title: %s", qPrintable(name))
            << path << QStringLiteral("title")
            << QStringList{QStringLiteral("Neuer Titel: \"KI\" & #1 — yes")} << false;
        if (fm.contains(QStringLiteral("date")))
            QTest::addRow("set date: %s", qPrintable(name))
                << path << QStringLiteral("date") << QStringList{QStringLiteral("2024-02-29 10:30:00 +0100")} << false;
        if (fm.contains(QStringLiteral("categories")))
            QTest::addRow("set categories: %s", qPrintable(name))
                << path << QStringLiteral("categories")
                << QStringList{QStringLiteral("news"), QStringLiteral("ai: ml"), QStringLiteral("yes")} << true;
    }
}

void TestCorpusEdits::oneFieldEdit()
{
    QFETCH(QString, path);
    QFETCH(QString, key);
    QFETCH(QStringList, value);
    QFETCH(bool, list);
    PostFile post;
    QString error;
    QVERIFY2(PostFile::load(path, &post, &error), qPrintable(error));
    const PostFile before = post;
    const FrontMatter &old = before.frontMatter();
    const QByteArray oldText = old.text();
    const bool existed = old.contains(key);
    QVERIFY(list ? post.frontMatter().setStringList(key, value, &error)
                 : post.frontMatter().setScalar(key, value.first(), &error));

    // Only the entry's lines differ: the lines before and after its span are untouched.
    const QList<QByteArray> oldLines = splitLines(oldText);
    const QByteArray newText = post.frontMatter().text();
    if (existed) {
        const int first = old.line(key) - 2;   // text starts on file line 2
        const int count = int(splitLines(old.entryText(key)).size());
        QByteArray head, tail;
        for (int i = 0; i < first; ++i)
            head += oldLines.at(i);
        for (int i = first + count; i < oldLines.size(); ++i)
            tail += oldLines.at(i);
        QVERIFY2(newText.startsWith(head) && newText.endsWith(tail), newText.constData());
        QVERIFY(newText.size() >= head.size() + tail.size());
    } else {
        QVERIFY(newText.startsWith(oldText));
    }

    // Reparsed from the written bytes: the new value, every other key as before, same body.
    const PostFile reread = PostFile::fromBytes(post.toBytes());
    const FrontMatter &fm = reread.frontMatter();
    QVERIFY2(fm.isValid(), newText.constData());
    if (list)
        QCOMPARE(fm.stringList(key), value);
    else
        QCOMPARE(fm.scalar(key), value.first());
    for (const QString &other : old.keys()) {
        if (other != key)
            QVERIFY2(fm.toJson(other) == old.toJson(other), qPrintable(other));
    }
    QCOMPARE(fm.keys().size(), old.keys().size() + (existed ? 0 : 1));
    QCOMPARE(reread.bodyBytes(), before.bodyBytes());
    QCOMPARE(reread.hasBom(), before.hasBom());
    ++m_edits;
}

void TestCorpusEdits::cleanupTestCase()
{
    if (m_edits > 0)
        qInfo("checked %d one-field edits on corpus posts", m_edits);
}

QTEST_GUILESS_MAIN(TestCorpusEdits)
#include "tst_corpusedits.moc"
