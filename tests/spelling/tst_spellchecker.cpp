// SPDX-License-Identifier: GPL-3.0-or-later
#include "postfile.h"
#include "postspelling.h"
#include "spellchecker.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class TestSpellChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bestLanguage_data();
    void bestLanguage();
    void wantedLanguage();
    void checkAndSuggest();
    void noDictionaryChecksNothing();
    void sessionIgnore();
    void siteWords();
    void personalDictionary();
    void postDiagnostics();

private:
    QTemporaryDir m_config;
    bool m_hasEnUs = false;
};

void TestSpellChecker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Enchant's personal word lists go here, not into the user's ~/.config/enchant.
    qputenv("ENCHANT_CONFIG_DIR", m_config.path().toUtf8());
    // Aspell's provider keeps its own personal list in $HOME/.aspell.<lang>.pws: a temporary home too.
    qputenv("HOME", m_config.path().toUtf8());
    m_hasEnUs = SpellChecker::availableLanguages().contains(QStringLiteral("en_US"));
}

void TestSpellChecker::bestLanguage_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QStringList>("available");
    QTest::addColumn<QString>("best");
    const QStringList en = {QStringLiteral("de_AT"), QStringLiteral("de_DE"), QStringLiteral("en_AU"),
                            QStringLiteral("en_GB"), QStringLiteral("en_US")};
    QTest::newRow("exact tag") << QStringLiteral("en_GB") << en << QStringLiteral("en_GB");
    QTest::newRow("BCP 47 dash and case") << QStringLiteral("en-gb") << en << QStringLiteral("en_GB");
    QTest::newRow("bare en: en_US first") << QStringLiteral("en") << en << QStringLiteral("en_US");
    QTest::newRow("bare de: de_DE first") << QStringLiteral("de") << en << QStringLiteral("de_DE");
    QTest::newRow("country not installed: the language's best") << QStringLiteral("en_NZ") << en << QStringLiteral("en_US");
    QTest::newRow("bare language, usual country missing: first of the language")
        << QStringLiteral("en") << QStringList{QStringLiteral("en_AU"), QStringLiteral("en_GB")} << QStringLiteral("en_AU");
    QTest::newRow("locale with encoding") << QStringLiteral("de_DE.UTF-8") << en << QStringLiteral("de_DE");
    QTest::newRow("C locale reads as English") << QStringLiteral("C") << en << QStringLiteral("en_US");
    QTest::newRow("language not installed: none") << QStringLiteral("fr") << en << QStringLiteral("");
    QTest::newRow("nothing wanted: none") << QStringLiteral("") << en << QStringLiteral("");
}

void TestSpellChecker::bestLanguage()
{
    QFETCH(QString, wanted);
    QFETCH(QStringList, available);
    QFETCH(QString, best);
    QCOMPARE(SpellChecker::bestLanguage(wanted, available), best);
}

void TestSpellChecker::wantedLanguage()
{
    QCOMPARE(SpellChecker::wantedLanguage(QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr_FR")), QStringLiteral("de"));
    QCOMPARE(SpellChecker::wantedLanguage(QString(), QStringLiteral("en"), QStringLiteral("fr_FR")), QStringLiteral("en"));
    QCOMPARE(SpellChecker::wantedLanguage(QStringLiteral(" "), QString(), QStringLiteral("fr_FR")), QStringLiteral("fr_FR"));
}

void TestSpellChecker::checkAndSuggest()
{
    if (!m_hasEnUs)
        QSKIP("no en_US dictionary for Enchant (install hunspell-en-us)");
    const SpellChecker checker(QStringLiteral("en_US"));
    QVERIFY(checker.hasDictionary());
    QCOMPARE(checker.language(), QStringLiteral("en_US"));
    QVERIFY(checker.check(QStringLiteral("Collaboration")));
    QVERIFY(checker.check(QStringLiteral("don't")));
    QVERIFY(checker.check(QStringLiteral("don’t")));   // the typographic apostrophe too
    QVERIFY(!checker.check(QStringLiteral("Collaboraiton")));
    const QStringList suggestions = checker.suggest(QStringLiteral("Collaboraiton"));
    QVERIFY(!suggestions.isEmpty());
    QVERIFY(suggestions.size() <= 5);
    QCOMPARE(suggestions.first(), QStringLiteral("Collaboration"));
}

void TestSpellChecker::noDictionaryChecksNothing()
{
    const SpellChecker checker(QStringLiteral("xx_YY"));
    QVERIFY(!checker.hasDictionary());
    QVERIFY(checker.check(QStringLiteral("Collaboraiton")));
    QVERIFY(checker.suggest(QStringLiteral("Collaboraiton")).isEmpty());
    const PostFile post = PostFile::fromBytes("---\ntitle: Wrold\n---\nwrold\n");
    QVERIFY(PostSpelling::check(post, checker, nullptr).isEmpty());
}

void TestSpellChecker::sessionIgnore()
{
    if (!m_hasEnUs)
        QSKIP("no en_US dictionary for Enchant (install hunspell-en-us)");
    SpellChecker checker(QStringLiteral("en_US"));
    QVERIFY(!checker.check(QStringLiteral("Lectern2x")));
    checker.ignore(QStringLiteral("Lectern2x"));
    QVERIFY(checker.check(QStringLiteral("Lectern2x")));
    const SpellChecker other(QStringLiteral("en_US"));
    QVERIFY(!other.check(QStringLiteral("Lectern2x")));   // a session's, not written anywhere
    // The site's list read again (a word added to it) leaves the ignored words ignored.
    checker.setSiteWords({QStringLiteral("Zebrafishh")});
    QVERIFY(checker.check(QStringLiteral("Lectern2x")));
}

void TestSpellChecker::siteWords()
{
    QTemporaryDir site;
    QVERIFY(SpellChecker::readSiteWords(site.path()).isEmpty());
    QString error;
    QVERIFY(SpellChecker::addSiteWord(site.path(), QStringLiteral("Zebrafish"), &error));
    QVERIFY(SpellChecker::addSiteWord(site.path(), QStringLiteral("Exascale"), &error));
    QVERIFY(SpellChecker::addSiteWord(site.path(), QStringLiteral("Exascale"), &error));   // once only
    QFile file(site.filePath(QStringLiteral(".lectern/words.txt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArrayLiteral("Exascale\nZebrafish\n"));
    QCOMPARE(SpellChecker::readSiteWords(site.path()), (QStringList{QStringLiteral("Exascale"), QStringLiteral("Zebrafish")}));
    if (!m_hasEnUs)
        QSKIP("no en_US dictionary for Enchant (install hunspell-en-us)");
    SpellChecker checker(QStringLiteral("en_US"));
    QVERIFY(!checker.check(QStringLiteral("Zebrafishh")));
    checker.setSiteWords({QStringLiteral("Zebrafishh")});
    QVERIFY(checker.check(QStringLiteral("Zebrafishh")));
}

void TestSpellChecker::personalDictionary()
{
    if (!m_hasEnUs)
        QSKIP("no en_US dictionary for Enchant (install hunspell-en-us)");
    {
        SpellChecker checker(QStringLiteral("en_US"));
        QVERIFY(!checker.check(QStringLiteral("Zorbleflux")));
        checker.addToPersonal(QStringLiteral("Zorbleflux"));
        QVERIFY(checker.check(QStringLiteral("Zorbleflux")));
    }
    const SpellChecker later(QStringLiteral("en_US"));   // a later session reads it back
    QVERIFY(later.check(QStringLiteral("Zorbleflux")));
}

void TestSpellChecker::postDiagnostics()
{
    if (!m_hasEnUs)
        QSKIP("no en_US dictionary for Enchant (install hunspell-en-us)");
    const SpellChecker checker(QStringLiteral("en_US"));
    const PostFile post = PostFile::fromBytes("---\ntitle: A Collaboraiton\nlayout: postt\n---\n\nSome `wrogn` text, wrold.\n");
    const Diagnostics d = PostSpelling::check(post, checker, nullptr);
    QCOMPARE(d.size(), 2);
    // The dictionary orders the rest of the suggestions; the best one comes first.
    QVERIFY2(d.at(0).format(QStringLiteral("p.md")).startsWith(
                 QStringLiteral("p.md:2:10: warning: unknown word \"Collaboraiton\" (did you mean: Collaboration, ")),
             qPrintable(d.at(0).format(QStringLiteral("p.md"))));
    QCOMPARE(d.at(1).line, 6);
    QCOMPARE(d.at(1).column, 20);
    QVERIFY(d.at(1).message.startsWith(QStringLiteral("unknown word \"wrold\"")));
}

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
