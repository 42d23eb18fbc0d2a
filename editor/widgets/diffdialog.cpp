// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffdialog.h"

#include "linediff.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Lectern {

DiffDialog::DiffDialog(const QString &title, const QString &oldText, const QString &newText, const QString &oldName,
                       const QString &newName, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    auto *view = new QPlainTextEdit(this);
    view->setObjectName(QStringLiteral("diffText"));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const QString diff = LineDiff::unified(oldText, newText, oldName, newName);
    view->setPlainText(diff.isEmpty() ? tr("The two versions are identical.") : diff);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(760, 520);
}

DiffDialog::~DiffDialog() = default;

} // namespace Lectern
