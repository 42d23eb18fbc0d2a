// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverydialog.h"

#include "diffdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lectern {

RecoveryDialog::RecoveryDialog(const RecoveryStore &store, const QList<RecoveryStore::Entry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Posts"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Lectern did not close properly last time. These posts had unsaved edits:"), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    grid->setObjectName(QStringLiteral("recoveryRows"));
    layout->addLayout(grid);
    for (const RecoveryStore::Entry &entry : entries)
        addRow(entry);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Decide Later"), QDialogButtonBox::RejectRole);
    buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

RecoveryDialog::~RecoveryDialog() = default;

void RecoveryDialog::addRow(const RecoveryStore::Entry &entry)
{
    auto *grid = findChild<QGridLayout *>(QStringLiteral("recoveryRows"));
    const int row = grid->rowCount();
    const QString name = entry.path.isEmpty() ? tr("Untitled post") : QFileInfo(entry.path).fileName();
    auto *label = new QLabel(tr("<b>%1</b><br>%2<br>autosaved %3")
                                 .arg(name.toHtmlEscaped(), entry.path.toHtmlEscaped(),
                                      QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat)),
                             this);
    auto *restore = new QPushButton(tr("Restore"), this);
    auto *compare = new QPushButton(tr("Compare…"), this);
    auto *discard = new QPushButton(tr("Discard"), this);
    compare->setEnabled(!entry.path.isEmpty());
    grid->addWidget(label, row, 0);
    grid->addWidget(restore, row, 1);
    grid->addWidget(compare, row, 2);
    grid->addWidget(discard, row, 3);
    ++m_open;
    const auto done = [this, label, restore, compare, discard](const QString &status) {
        label->setText(label->text() + QStringLiteral("<br><i>") + status + QStringLiteral("</i>"));
        restore->setEnabled(false);
        compare->setEnabled(false);
        discard->setEnabled(false);
        if (--m_open == 0)
            accept();
    };
    connect(restore, &QPushButton::clicked, this, [this, entry, done] {
        m_restore.append(entry);
        done(tr("will be restored"));
    });
    connect(discard, &QPushButton::clicked, this, [this, entry, done] {
        m_store.remove(entry.id);
        done(tr("discarded"));
    });
    connect(compare, &QPushButton::clicked, this, [this, entry] { this->compare(entry); });
}

void RecoveryDialog::compare(const RecoveryStore::Entry &entry)
{
    QFile file(entry.path);
    const QString disk = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    DiffDialog dialog(tr("Recovered vs on disk: %1").arg(QFileInfo(entry.path).fileName()), disk,
                      QString::fromUtf8(entry.content), tr("on disk"), tr("recovered"), this);
    dialog.exec();
}

} // namespace Lectern
