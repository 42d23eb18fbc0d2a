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
    // New-post file names: Jekyll's default slugify mode (full comparison with Jekyll in tests/jekyll/tst_slugify).
    void slugify_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("slug");
        QTest::newRow("plain: Quantum Widgets at Scale → quantum-widgets-at-scale")
                << QStringLiteral("Quantum Widgets at Scale") << QString() << QStringLiteral("quantum-widgets-at-scale");
        QTest::newRow("accents kept: Zoë Ångström → zoë-ångström")
                << QStringLiteral("Zoë Ångström") << QString() << QStringLiteral("zoë-ångström");
        QTest::newRow("latin mode transliterates: Zoë Ångström → zoe-angstrom")
                << QStringLiteral("Zoë Ångström") << QStringLiteral("latin") << QStringLiteral("zoe-angstrom");
        QTest::newRow("latin mode: Straße, Æsir, Ørsted, Łódź → strasse-aesir-orsted-lodz")
                << QStringLiteral("Straße, Æsir, Ørsted, Łódź") << QStringLiteral("latin")
                << QStringLiteral("strasse-aesir-orsted-lodz");
        QTest::newRow("punctuation runs: one hyphen, none at the ends")
                << QStringLiteral("  --AI: What's Next?! (2025) -- ") << QString() << QStringLiteral("ai-what-s-next-2025");
        QTest::newRow("quotes and dashes: New GPU Cluster \"Cedar\" – Opens")
                << QStringLiteral("New GPU Cluster \"Cedar\" – Opens") << QString()
                << QStringLiteral("new-gpu-cluster-cedar-opens");
        QTest::newRow("CJK kept: 量子计算研讨会") << QStringLiteral("量子计算研讨会") << QString()
                                                << QStringLiteral("量子计算研讨会");
        QTest::newRow("CJK and Latin: GPU 研讨会 → gpu-研讨会") << QStringLiteral("GPU 研讨会") << QString()
                                                         << QStringLiteral("gpu-研讨会");
        QTest::newRow("Cyrillic kept: семинар") << QStringLiteral("семинар") << QString() << QStringLiteral("семинар");
        QTest::newRow("latin mode drops what it cannot spell: 東京 Seminar → seminar")
                << QStringLiteral("東京 Seminar") << QStringLiteral("latin") << QStringLiteral("seminar");
        QTest::newRow("only punctuation: refused") << QStringLiteral("!!! — ???") << QString() << QString();
    }
    void slugify()
    {
        QFETCH(QString, title);
        QFETCH(QString, mode);
        QFETCH(QString, slug);
        QCOMPARE(Slug::slugify(title, mode), slug);
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
