// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskchangebar.h"

#include "messagebar.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace Lectern {

DiskChangeBar::DiskChangeBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_reload(new QPushButton(tr("Reload"), this))
    , m_keep(new QPushButton(tr("Keep Mine"), this))
    , m_diff(new QPushButton(tr("Show Differences"), this))
{
    setObjectName(QStringLiteral("diskChangeBar"));
    styleMessageBar(this, QColor(0xff, 0xf4, 0xce), QColor(0x3b, 0x2f, 0x00));
    m_text->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_diff);
    layout->addWidget(m_reload);
    layout->addWidget(m_keep);
    connect(m_reload, &QPushButton::clicked, this, &DiskChangeBar::confirmReload);
    connect(m_keep, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT keepMineRequested();
    });
    connect(m_diff, &QPushButton::clicked, this, &DiskChangeBar::diffRequested);
    hide();
}

DiskChangeBar::~DiskChangeBar() = default;

void DiskChangeBar::showChange(const QString &path, DiskWatch::Change change)
{
    const QString name = QFileInfo(path).fileName();
    if (change == DiskWatch::Change::Removed) {
        m_text->setText(tr("“%1” was deleted or moved by another program. Your text is still here; "
                           "saving will create the file again.").arg(name));
        m_reload->hide();
    } else {
        m_text->setText(tr("“%1” was changed by another program while you were editing it. "
                           "Saving now would overwrite that change.").arg(name));
        m_reload->show();
    }
    show();
}

void DiskChangeBar::confirmReload()
{
    // Window-modal but not blocking: the text the user is about to drop stays in view, and the bar
    // stays until the reload has replaced it (PostDocument::loaded hides it), so a reload that
    // fails leaves every choice on offer.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reload from Disk"),
                                tr("Reloading discards your unsaved edits. Reload anyway?"),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("reloadConfirmation"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Discard)
            Q_EMIT reloadRequested();
    });
    box->open();
}

} // namespace Lectern
