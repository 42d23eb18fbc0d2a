// SPDX-License-Identifier: GPL-3.0-or-later
#include "slug.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

class TestSlug final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void slugify_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("slug");
        QTest::newRow("plain: Quantum Widgets at Scale → quantum-widgets-at-scale")
                << QStringLiteral("Quantum Widgets at Scale") << QStringLiteral("quantum-widgets-at-scale");
        QTest::newRow("accents: Zoë Ångström → zoe-angstrom")
                << QStringLiteral("Zoë Ångström") << QStringLiteral("zoe-angstrom");
        QTest::newRow("table letters: Straße, Æsir, Ørsted, Łódź → strasse-aesir-orsted-lodz")
                << QStringLiteral("Straße, Æsir, Ørsted, Łódź") << QStringLiteral("strasse-aesir-orsted-lodz");
        QTest::newRow("punctuation runs: one hyphen, none at the ends")
                << QStringLiteral("  --AI: What's Next?! (2025) -- ") << QStringLiteral("ai-what-s-next-2025");
        QTest::newRow("quotes and dashes: New GPU Cluster \"Cedar\" – Opens")
                << QStringLiteral("New GPU Cluster \"Cedar\" – Opens") << QStringLiteral("new-gpu-cluster-cedar-opens");
        QTest::newRow("compatibility forms: ﬁle ² → file-2") << QStringLiteral("ﬁle ²") << QStringLiteral("file-2");
        QTest::newRow("no ASCII form: 東京 Seminar → seminar")
                << QStringLiteral("東京 Seminar") << QStringLiteral("seminar");
        QTest::newRow("only punctuation: refused") << QStringLiteral("!!! — ???") << QString();
        QTest::newRow("only non-Latin letters: refused") << QStringLiteral("семинар") << QStringLiteral("");
    }
    void slugify()
    {
        QFETCH(QString, title);
        QFETCH(QString, slug);
        QCOMPARE(Slug::slugify(title), slug);
    }

    void uniquePath_data()
    {
        QTest::addColumn<QStringList>("existing");
        QTest::addColumn<QString>("expected");
        QTest::newRow("free: the name itself") << QStringList() << QStringLiteral("2026-12-01-talk.md");
        QTest::newRow("clash: adds -2") << QStringList{QStringLiteral("2026-12-01-talk.md")}
                                        << QStringLiteral("2026-12-01-talk-2.md");
        QTest::newRow("two clashes: adds -3")
                << QStringList{QStringLiteral("2026-12-01-talk.md"), QStringLiteral("2026-12-01-talk-2.md")}
                << QStringLiteral("2026-12-01-talk-3.md");
    }
    void uniquePath()
    {
        QFETCH(QStringList, existing);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        for (const QString &name : existing) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QCOMPARE(Slug::uniquePath(dir.path(), QStringLiteral("2026-12-01-talk"), QStringLiteral(".md")),
                 dir.filePath(expected));
    }
};

QTEST_GUILESS_MAIN(TestSlug)
#include "tst_slug.moc"
