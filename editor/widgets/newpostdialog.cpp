// SPDX-License-Identifier: GPL-3.0-or-later
#include "newpostdialog.h"

#include "newpost.h"
#include "postdate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Lectern {

NewPostDialog::NewPostDialog(const QString &siteRoot, QWidget *parent)
    : QDialog(parent)
    , m_root(siteRoot)
    , m_title(new QLineEdit)
    , m_date(new QDateEdit(PostDate::nextWeekday(QDate::currentDate())))
    , m_template(new QComboBox)
    , m_draft(new QCheckBox(tr("Start as a draft (in _drafts/, not on the site)")))
    , m_target(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New Post"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dddd d MMMM yyyy"));
    for (const NewPost::Template &t : NewPost::templates(siteRoot))
        m_template->addItem(t.name, t.path);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("T&emplate:"), m_template);
    form->addRow(QString(), m_draft);
    form->addRow(tr("File:"), m_target);
    form->addRow(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &NewPostDialog::updateTarget);
    connect(m_date, &QDateEdit::dateChanged, this, &NewPostDialog::updateTarget);
    connect(m_draft, &QCheckBox::toggled, this, &NewPostDialog::updateTarget);
    updateTarget();
    resize(520, sizeHint().height());
}

QString NewPostDialog::title() const
{
    return m_title->text().trimmed();
}

QDate NewPostDialog::date() const
{
    return m_date->date();
}

QString NewPostDialog::templatePath() const
{
    return m_template->currentData().toString();
}

bool NewPostDialog::isDraft() const
{
    return m_draft->isChecked();
}

void NewPostDialog::updateTarget()
{
    QString error;
    const QString path = title().isEmpty() ? QString()
                                           : NewPost::targetPath(m_root, title(), date(), isDraft(), &error);
    m_target->setText(path.isEmpty() ? (title().isEmpty() ? tr("(type a title)") : error)
                                     : QDir(m_root).relativeFilePath(path));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!path.isEmpty());
}

} // namespace Lectern
