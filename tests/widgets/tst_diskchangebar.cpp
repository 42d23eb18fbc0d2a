// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskchangebar.h"
#include "recoverydialog.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lectern;

namespace {

QPushButton *button(QWidget *parent, const QString &text)
{
    const auto buttons = parent->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

} // namespace

class TestDiskChangeBar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changedOffersReloadKeepAndDiff()
    {
        DiskChangeBar bar;
        bar.resize(900, 60);
        bar.showChange(QStringLiteral("/site/_posts/2025-03-19-post.md"), DiskWatch::Change::Modified);
        QVERIFY(bar.isVisible());
        QVERIFY(bar.findChild<QLabel *>()->text().contains(QLatin1String("2025-03-19-post.md")));
        if (!qEnvironmentVariableIsEmpty("LECTERN_SHOT_DIR"))
            bar.grab().save(qEnvironmentVariable("LECTERN_SHOT_DIR") + QStringLiteral("/diskchangebar.png"));
        QSignalSpy reload(&bar, &DiskChangeBar::reloadRequested);
        QSignalSpy keep(&bar, &DiskChangeBar::keepMineRequested);
        QSignalSpy diff(&bar, &DiskChangeBar::diffRequested);
        button(&bar, tr("Show Differences"))->click();
        QCOMPARE(diff.size(), 1);
        QVERIFY(bar.isVisible());   // the differences are a look, not a choice: the bar stays
        QVERIFY(button(&bar, tr("Reload"))->isVisible());
        // Reload asks first (window-modal, not blocking); Cancel changes nothing.
        button(&bar, tr("Reload"))->click();
        auto *question = bar.findChild<QMessageBox *>(QStringLiteral("reloadConfirmation"));
        QVERIFY(question);
        question->button(QMessageBox::Cancel)->click();
        QCOMPARE(reload.size(), 0);
        QVERIFY(bar.isVisible());
        QTRY_VERIFY(!bar.findChild<QMessageBox *>(QStringLiteral("reloadConfirmation")));
        button(&bar, tr("Reload"))->click();
        bar.findChild<QMessageBox *>(QStringLiteral("reloadConfirmation"))->button(QMessageBox::Discard)->click();
        QCOMPARE(reload.size(), 1);
        // Still up until the owner has the disk's version in (a failed reload leaves the choices).
        QVERIFY(bar.isVisible());
        bar.showChange(QStringLiteral("/p.md"), DiskWatch::Change::Modified);
        button(&bar, tr("Keep Mine"))->click();
        QCOMPARE(keep.size(), 1);
        QVERIFY(!bar.isVisible());
    }

    void removedHasNoReload()
    {
        DiskChangeBar bar;
        bar.showChange(QStringLiteral("/p.md"), DiskWatch::Change::Removed);
        QVERIFY(bar.findChild<QLabel *>()->text().contains(QLatin1String("deleted or moved")));
        QVERIFY(!button(&bar, tr("Reload"))->isVisible());
    }

    void recoveryDialogRestoresAndDiscards()
    {
        QTemporaryDir dir;
        const RecoveryStore store(dir.path());
        RecoveryStore::Entry a;
        a.id = QStringLiteral("a");
        a.path = dir.filePath(QStringLiteral("a.md"));
        a.content = "---\ntitle: A\n---\n";
        a.savedAt = QDateTime::currentDateTimeUtc();
        RecoveryStore::Entry b = a;
        b.id = QStringLiteral("b");
        b.path = dir.filePath(QStringLiteral("b.md"));
        QVERIFY(store.write(a));
        QVERIFY(store.write(b));
        RecoveryDialog dialog(store, store.orphans());
        dialog.show();
        if (!qEnvironmentVariableIsEmpty("LECTERN_SHOT_DIR"))
            dialog.grab().save(qEnvironmentVariable("LECTERN_SHOT_DIR") + QStringLiteral("/recoverydialog.png"));
        const auto restores = dialog.findChildren<QPushButton *>();
        QList<QPushButton *> restore, discard;
        for (QPushButton *p : restores) {
            if (p->text() == tr("Restore"))
                restore << p;
            if (p->text() == tr("Discard"))
                discard << p;
        }
        QCOMPARE(restore.size(), 2);
        restore.at(0)->click();
        discard.at(1)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.toRestore().size(), 1);
        QCOMPARE(store.orphans().size(), 1);   // the discarded one is gone; the restored one waits for its window
    }
};

QTEST_MAIN(TestDiskChangeBar)
#include "tst_diskchangebar.moc"
