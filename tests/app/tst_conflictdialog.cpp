// SPDX-License-Identifier: GPL-3.0-or-later
// The conflict view (issue 18) on its own: what it says each side changed, and that each button
// reports the choice it names (the choices' effects on the repository: tst_publisher and tst_repostate).
#include "conflictdialog.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Lectern;

namespace {

ConflictFile sample()
{
    ConflictFile c;
    c.path = QStringLiteral("_posts/2025-01-01-first.md");
    c.base = "---\ntitle: First\ndate: 2025-01-01\nlayout: post\n---\nline one\nline two\nline three\n";
    c.ours = "---\ntitle: First\ndate: 2025-01-02\nlayout: post\n---\nline one\nline two, as we say\nline three\n";
    c.theirs = "---\ntitle: First (fixed)\ndate: 2025-01-01\nlayout: post\n---\nline one\nline two, as Ada says\nline three\n";
    c.inBase = c.inOurs = c.inTheirs = true;
    c.theirAuthors = QStringList{QStringLiteral("Ada")};
    c.theirAuthor = QStringLiteral("Ada");
    c.theirTime = QDateTime::fromString(QStringLiteral("2025-01-03T10:00:00+01:00"), Qt::ISODate);
    c.theirSubject = QStringLiteral("Ada's fix");
    c.theirCommit = QStringLiteral("abc1234");
    c.ourSubject = QStringLiteral("Our edit");
    return c;
}

QStringList paneTexts(const QWidget &dialog)
{
    QStringList texts;
    for (const char *name : {"conflictBase", "conflictOurs", "conflictTheirs"}) {
        const auto *e = dialog.findChild<QPlainTextEdit *>(QLatin1String(name));
        texts << (e ? e->toPlainText() : QStringLiteral("<no pane>"));
    }
    return texts;
}

} // namespace

class TestConflictDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhatEachSideChanged()
    {
        QCOMPARE(ConflictDialog::summary(sample()),
                 (QStringList{QStringLiteral("title: changed by Ada"), QStringLiteral("date: changed by you"),
                              QStringLiteral("text: changed by you and by Ada")}));
        ConflictFile added = sample();
        added.inBase = false;
        added.base.clear();
        QVERIFY(ConflictDialog::summary(added).contains(QStringLiteral("title: changed by you and by Ada")));
        ConflictFile deleted = sample();
        deleted.inTheirs = false;
        deleted.theirs.clear();
        QVERIFY(ConflictDialog::summary(deleted).contains(QStringLiteral("Ada deleted the post")));
    }

    void showsFieldsAndBothChanges()
    {
        ConflictDialog dialog;
        dialog.setConflicts({sample()});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflictFields"));
        QVERIFY(table);
        // Only the fields that differ: title and date, with each side's value.
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("title"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("First"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("First (fixed)"));
        QVERIFY(table->item(0, 3)->font().bold());
        QVERIFY(!table->item(0, 2)->font().bold());
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("date"));
        QVERIFY(table->item(1, 2)->font().bold());
        QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("Ada's version"));
        // The body: the common text, then each side's changes as lines taken out and put in.
        const QStringList panes = paneTexts(dialog);
        QCOMPARE(panes.size(), 3);
        QCOMPARE(panes.at(0), QStringLiteral("line one\nline two\nline three\n"));
        QVERIFY2(panes.at(1).contains(QStringLiteral("\u2212 line two\n+ line two, as we say")), qPrintable(panes.at(1)));
        QVERIFY2(panes.at(2).contains(QStringLiteral("\u2212 line two\n+ line two, as Ada says")), qPrintable(panes.at(2)));
        // Who and what, in words.
        bool named = false;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            named = named || (l->text().contains(QLatin1String("Ada's version is already on the site"))
                              && l->text().contains(QStringLiteral("“Ada's fix” (commit abc1234)")));
        QVERIFY(named);
        QCOMPARE(dialog.keepTheirsButton()->text(), QStringLiteral("Keep Ada's Version"));
        QVERIFY(dialog.files()->tabBar()->isHidden());
    }

    // Bob changed line two, then Carol the title: the view names both, never Carol alone for Bob's words.
    void namesEveryColleague()
    {
        ConflictFile c = sample();
        c.theirAuthors = QStringList{QStringLiteral("Bob Baker"), QStringLiteral("Carol Chen")};
        c.theirAuthor = QStringLiteral("Carol Chen");
        ConflictDialog dialog;
        dialog.setConflicts({c});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList labels;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            labels << l->text();
        const QString all = labels.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("Bob Baker and Carol Chen published changes to the same post")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("text: changed by you and by Bob Baker and Carol Chen")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("changed by Bob Baker and Carol Chen, last by Carol Chen")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1String("Carol Chen's version")), qPrintable(all));
        auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflictFields"));
        QCOMPARE(table->horizontalHeaderItem(3)->text(), QStringLiteral("Their version (Bob Baker, Carol Chen)"));
        QCOMPARE(dialog.keepTheirsButton()->text(), QStringLiteral("Keep &Their Version"));
        QVERIFY(all.contains(QLatin1String("Their version (Bob Baker, Carol Chen): what they changed")));

        c.theirAuthors << QStringLiteral("Dan Drake");
        QCOMPARE(c.theirNames(), QStringLiteral("Bob Baker and 2 others"));
        dialog.setConflicts({c});
        bool intro = false;
        for (const QLabel *l : dialog.findChildren<QLabel *>())
            intro = intro || l->text().startsWith(QLatin1String("Bob Baker and 2 others published changes to the same post"));
        QVERIFY(intro);
    }

    // Ada moved the post to a new date (the file is gone on her side): Keep My Version would put the
    // old file back beside hers, so it is not offered, and its tooltip says why.
    void keepMineNotOfferedWhenTheyMovedThePost()
    {
        ConflictFile c = sample();
        c.inTheirs = false;
        c.theirs.clear();
        ConflictDialog dialog;
        dialog.setConflicts({c});
        QVERIFY(!dialog.keepMineButton()->isEnabled());
        QVERIFY2(dialog.keepMineButton()->toolTip().contains(QLatin1String("moved or deleted")), qPrintable(dialog.keepMineButton()->toolTip()));
        QVERIFY(dialog.keepTheirsButton()->isEnabled());
        dialog.setConflicts({sample()});
        QVERIFY(dialog.keepMineButton()->isEnabled());
        QCOMPARE(dialog.keepMineButton()->toolTip(), ConflictDialog::keepMineTip());
    }

    void eachButtonReportsItsChoice_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("expected");   // -1: no choice
        QTest::newRow("Keep Ada's Version: keep theirs") << QStringLiteral("theirs") << int(ConflictChoice::KeepTheirs);
        QTest::newRow("Keep My Version: keep mine") << QStringLiteral("mine") << int(ConflictChoice::KeepMine);
        QTest::newRow("Edit Both in the Post: edit the merge") << QStringLiteral("edit") << int(ConflictChoice::EditMerge);
        QTest::newRow("Decide Later: nothing chosen") << QStringLiteral("later") << -1;
        QTest::newRow("Enter: Decide Later, never a side") << QStringLiteral("enter") << -1;
    }
    void eachButtonReportsItsChoice()
    {
        QFETCH(QString, button);
        QFETCH(int, expected);
        ConflictDialog dialog;
        dialog.setConflicts({sample()});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy chosen(&dialog, &ConflictDialog::chosen);
        QSignalSpy finished(&dialog, &QDialog::finished);
        if (button == QLatin1String("enter"))
            QTest::keyClick(&dialog, Qt::Key_Return);
        else
            QTest::mouseClick(button == QLatin1String("theirs") ? dialog.keepTheirsButton()
                              : button == QLatin1String("mine") ? dialog.keepMineButton()
                              : button == QLatin1String("edit") ? dialog.editButton()
                                                                : dialog.laterButton(),
                              Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QVERIFY(!dialog.isVisible());
        if (expected < 0) {
            QCOMPARE(chosen.size(), 0);
            QVERIFY(!dialog.choice());
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
        } else {
            QCOMPARE(chosen.size(), 1);
            QCOMPARE(int(chosen.first().first().value<ConflictChoice>()), expected);
            QCOMPARE(int(*dialog.choice()), expected);
        }
    }

    void oneTabPerFile()
    {
        ConflictFile second = sample();
        second.path = QStringLiteral("images/pic.png");
        ConflictDialog dialog;
        dialog.setConflicts({sample(), second});
        dialog.show();
        QCOMPARE(dialog.files()->count(), 2);
        QCOMPARE(dialog.files()->tabText(1), QStringLiteral("pic.png"));
        QVERIFY(!dialog.files()->tabBar()->isHidden());
    }
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
