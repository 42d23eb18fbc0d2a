// SPDX-License-Identifier: GPL-3.0-or-later
#include "dateformat.h"
#include "postfile.h"
#include "schema.h"
#include "site.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Lectern;

class TestSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateRoundTrip_data();
    void dateRoundTrip();
    void dateChangeKeepsFormat_data();
    void dateChangeKeepsFormat();
    void notADate_data();
    void notADate();
    void corpusDatesRoundTrip();
    void seedSite();
    void seedSiteJson();
    void fixtureTypes_data();
    void fixtureTypes();
    void overrides();
    void inheritedDefault();
    void validate_data();
    void validate();
    void validCorpusPostsHaveNoDateErrors();
};

namespace {

Schema::Type typeOf(const Schema &schema, const QString &key)
{
    const Schema::Field *f = schema.field(key);
    return f ? f->type : Schema::Type::Map;
}

QString fixtureSite()
{
    return LecternTest::dataPath(QStringLiteral("form/site"));
}

// The schema as the form and lectern-cli get it: from a Site opened on that root.
Schema loadSchema(const QString &root, const QString &postPath = QString())
{
    Site site;
    site.openNow(root);
    return site.schemaFor(postPath);
}

} // namespace

void TestSchema::dateRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hasTime");
    QTest::newRow("seed: day month-name year") << QStringLiteral("19 March 2025") << false;
    QTest::newRow("single-digit day keeps no zero") << QStringLiteral("2 June 2025") << false;
    QTest::newRow("zero-padded day keeps its zero") << QStringLiteral("02 June 2025") << false;
    QTest::newRow("iso date") << QStringLiteral("2024-08-16") << false;
    QTest::newRow("iso date-time with offset") << QStringLiteral("2024-08-16 10:00:00 -0700") << true;
    QTest::newRow("iso date-time with colon offset") << QStringLiteral("2024-08-16 10:00:00 +02:00") << true;
    QTest::newRow("T separator, offset glued") << QStringLiteral("2024-08-16T10:00:00+02:00") << true;
    QTest::newRow("date-time without offset") << QStringLiteral("2024-08-16 10:00") << true;
    QTest::newRow("month-name first with comma") << QStringLiteral("March 19, 2025") << false;
    QTest::newRow("abbreviated month") << QStringLiteral("19 Mar 2025") << false;
    QTest::newRow("slashes") << QStringLiteral("2025/03/19") << false;
    QTest::newRow("Z suffix") << QStringLiteral("2024-08-16T10:00:00Z") << true;
    QTest::newRow("UTC-prefixed offset (corpus)") << QStringLiteral("2018-05-31 13:00:00 UTC+01:00") << true;
}

void TestSchema::dateRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(bool, hasTime);
    const DateFormat::Parsed p = DateFormat::parse(text);
    QVERIFY2(p.valid, qPrintable(text));
    QCOMPARE(p.hasTime, hasTime);
    QCOMPARE(DateFormat::write(p.dateTime, p.format), text);
}

void TestSchema::dateChangeKeepsFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("nextDay");
    QTest::newRow("seed style") << QStringLiteral("19 March 2025") << QStringLiteral("20 March 2025");
    QTest::newRow("month end") << QStringLiteral("31 March 2025") << QStringLiteral("1 April 2025");
    QTest::newRow("iso with offset keeps time and offset") << QStringLiteral("2024-08-16 10:00:00 -0700")
                                                            << QStringLiteral("2024-08-17 10:00:00 -0700");
    QTest::newRow("american") << QStringLiteral("March 19, 2025") << QStringLiteral("March 20, 2025");
}

void TestSchema::dateChangeKeepsFormat()
{
    QFETCH(QString, text);
    QFETCH(QString, nextDay);
    const DateFormat::Parsed p = DateFormat::parse(text);
    QVERIFY(p.valid);
    QCOMPARE(DateFormat::write(p.dateTime.addDays(1), p.format), nextDay);
}

void TestSchema::notADate_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("words") << QStringLiteral("next Tuesday");
    QTest::newRow("impossible day") << QStringLiteral("2024-02-31");
    QTest::newRow("empty") << QString();
}

void TestSchema::notADate()
{
    QFETCH(QString, text);
    QVERIFY(!DateFormat::parse(text).valid);
}

void TestSchema::corpusDatesRoundTrip()
{
    const QStringList posts = LecternTest::corpusPosts();
    if (posts.isEmpty())
        QSKIP("the shared corpus (../shared/corpus) is absent");
    int dates = 0;
    QStringList failures;
    for (const QString &path : posts) {
        PostFile post;
        if (!PostFile::load(path, &post, nullptr) || !post.frontMatter().isValid())
            continue;
        const QString text = post.frontMatter().scalar(QStringLiteral("date"));
        if (text.isEmpty())
            continue;
        ++dates;
        const DateFormat::Parsed p = DateFormat::parse(text);
        if (!p.valid || DateFormat::write(p.dateTime, p.format) != text.trimmed())
            failures << path + QLatin1String(": ") + text;
    }
    QVERIFY2(dates > 20, "the corpus should hold dated posts");
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

void TestSchema::seedSite()
{
    const Schema s = loadSchema(LecternTest::sourcePath(QStringLiteral("examples/site")));
    QCOMPARE(s.postCount(), 4);
    QCOMPARE(typeOf(s, QStringLiteral("title")), Schema::Type::Text);
    QVERIFY(s.field(QStringLiteral("title"))->required);
    QCOMPARE(typeOf(s, QStringLiteral("description")), Schema::Type::MultiLineText);
    QCOMPARE(typeOf(s, QStringLiteral("date")), Schema::Type::Date);
    QCOMPARE(s.field(QStringLiteral("date"))->format, QStringLiteral("d MMMM yyyy"));
    QCOMPARE(typeOf(s, QStringLiteral("image")), Schema::Type::Image);
    QCOMPARE(typeOf(s, QStringLiteral("layout")), Schema::Type::Choice);
    QCOMPARE(s.field(QStringLiteral("layout"))->choices, QStringList({QStringLiteral("default"), QStringLiteral("post")}));
    QCOMPARE(typeOf(s, QStringLiteral("categories")), Schema::Type::List);
    QVERIFY(s.field(QStringLiteral("categories"))->suggestions.contains(QStringLiteral("seminar")));
    QStringList order;
    for (const Schema::Field &f : s.fields())
        order << f.key;
    QCOMPARE(order.first(), QStringLiteral("title"));
}

void TestSchema::seedSiteJson()
{
    const QJsonArray json = loadSchema(LecternTest::sourcePath(QStringLiteral("examples/site"))).toJson();
    QJsonObject date;
    for (const QJsonValue &v : json) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.contains(QStringLiteral("key")) && o.contains(QStringLiteral("type"))
                && o.contains(QStringLiteral("required")) && o.contains(QStringLiteral("label")));
        if (o.value(QStringLiteral("key")).toString() == QLatin1String("date"))
            date = o;
        if (o.value(QStringLiteral("key")).toString() == QLatin1String("layout"))
            QCOMPARE(o.value(QStringLiteral("inherited")).toString(), QStringLiteral("post"));
    }
    QCOMPARE(date.value(QStringLiteral("format")).toString(), QStringLiteral("d MMMM yyyy"));
}

void TestSchema::fixtureTypes_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("type");
    QTest::newRow("date with time and offset is datetime") << "date" << "datetime";
    QTest::newRow("true/false is boolean") << "published" << "boolean";
    QTest::newRow("integers are a number") << "order" << "number";
    QTest::newRow("http(s) values are a URL") << "link" << "url";
    QTest::newRow("flow and block lists are a list") << "tags" << "list";
    QTest::newRow("nested keys are a map") << "speaker" << "map";
    QTest::newRow("image paths are an image") << "image" << "image";
    QTest::newRow("a block with several lines is multi-line") << "description" << "multiline";
    QTest::newRow("layout is a choice") << "layout" << "choice";
    QTest::newRow(".lectern.yml declares a choice") << "room" << "choice";
}

void TestSchema::fixtureTypes()
{
    QFETCH(QString, key);
    QFETCH(QString, type);
    const Schema s = loadSchema(fixtureSite());
    QVERIFY2(s.field(key), qPrintable(key));
    QCOMPARE(Schema::typeName(s.field(key)->type), type);
}

void TestSchema::overrides()
{
    const Schema s = loadSchema(fixtureSite());
    QVERIFY2(s.diagnostics().isEmpty(), qPrintable(s.diagnostics().value(0).message));
    QCOMPARE(s.field(QStringLiteral("title"))->label, QStringLiteral("Headline"));
    QVERIFY(s.field(QStringLiteral("title"))->help.startsWith(QStringLiteral("The post's title")));
    QVERIFY(s.field(QStringLiteral("link"))->required);
    QCOMPARE(s.field(QStringLiteral("room"))->choices, QStringList({QStringLiteral("Auditorium"), QStringLiteral("MDR 1137")}));
    // Declared fields come first, in the file's order.
    QStringList order;
    for (const Schema::Field &f : s.fields())
        order << f.key;
    QCOMPARE(order.mid(0, 4), QStringList({QStringLiteral("title"), QStringLiteral("speaker"), QStringLiteral("link"),
                                           QStringLiteral("room")}));
    // Drafts count towards the schema.
    QCOMPARE(s.postCount(), 3);
    QVERIFY(s.field(QStringLiteral("tags"))->suggestions.contains(QStringLiteral("hpc")));
}

void TestSchema::inheritedDefault()
{
    const Schema s = loadSchema(fixtureSite(), QStringLiteral("_posts/2024-08-16-typed.md"));
    QCOMPARE(s.field(QStringLiteral("author"))->inherited.toString(), QStringLiteral("Lab News Team"));
    // The seed site's `layout: post` default reaches its posts.
    QCOMPARE(loadSchema(LecternTest::sourcePath(QStringLiteral("examples/site")),
                          QStringLiteral("_posts/2025-03-19-lumi-ai-factories.md"))
                 .field(QStringLiteral("layout"))->inherited.toString(),
             QStringLiteral("post"));
}

void TestSchema::validate_data()
{
    QTest::addColumn<QByteArray>("frontMatter");
    QTest::addColumn<QString>("expected");   // regular expression over "line: message" lines; empty = none
    QTest::newRow("clean post has no problems")
        << QByteArray("title: T\nlink: https://x.org\ndate: 2024-08-16 10:00:00 -0700\nimage: /images/a.png\n") << QString();
    QTest::newRow("required title missing")
        << QByteArray("link: https://x.org\n") << QStringLiteral("^1: required field \"title\" is missing$");
    QTest::newRow("unparsable date at its line")
        << QByteArray("title: T\nlink: https://x.org\ndate: next Tuesday\n")
        << QStringLiteral("^4: \"next Tuesday\" is not a date Jekyll can read");
    QTest::newRow("image missing from the site")
        << QByteArray("title: T\nlink: https://x.org\nimage: /images/nope.png\n")
        << QStringLiteral("^4: image \"/images/nope.png\" is not in the site folder$");
    QTest::newRow("image with baseurl prefix is found")
        << QByteArray("title: T\nlink: https://x.org\nimage: /lab/images/a.png\n") << QString();
    QTest::newRow("a list under title is reported, not coerced")
        << QByteArray("title: [a, b]\nlink: https://x.org\n") << QStringLiteral("^2: \"title\" holds a list");
    QTest::newRow("layout outside the choices")
        << QByteArray("title: T\nlink: https://x.org\nlayout: nope\n") << QStringLiteral("^4: \"nope\" is not one of");
}

void TestSchema::validate()
{
    QFETCH(QByteArray, frontMatter);
    QFETCH(QString, expected);
    const Schema s = loadSchema(fixtureSite());
    const PostFile post = PostFile::fromBytes("---\n" + frontMatter + "---\nBody\n");
    QStringList lines;
    for (const Diagnostic &d : s.validate(post))
        lines << QString::number(d.line) + QLatin1String(": ") + d.message;
    if (expected.isEmpty()) {
        QVERIFY2(lines.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
        return;
    }
    QCOMPARE(lines.size(), 1);
    QVERIFY2(QRegularExpression(expected).match(lines.first()).hasMatch(), qPrintable(lines.first()));
}

void TestSchema::validCorpusPostsHaveNoDateErrors()
{
    const QStringList posts = LecternTest::corpusPosts();
    if (posts.isEmpty())
        QSKIP("the shared corpus (../shared/corpus) is absent");
    // An empty site: only the built-in fields (title required, date a date) apply.
    QTemporaryDir dir;
    const Schema s = loadSchema(dir.path());
    for (const QString &path : posts) {
        PostFile post;
        if (!PostFile::load(path, &post, nullptr) || !post.frontMatter().isValid())
            continue;
        for (const Diagnostic &d : s.validate(post))
            QVERIFY2(!d.message.contains(QLatin1String("not a date")), qPrintable(d.format(path)));
    }
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
