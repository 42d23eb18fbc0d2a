// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Lectern {

// File → New post…: title, date (next weekday by default), template, draft. Shows the file name
// the post will get; OK stays off while the title has nothing to name the file after.
class NewPostDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPostDialog)

public:
    explicit NewPostDialog(const QString &siteRoot, QWidget *parent = nullptr);

    QString title() const;
    QDate date() const;
    QString templatePath() const;
    bool isDraft() const;

private:
    void updateTarget();

    QString m_root;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_template = nullptr;
    QCheckBox *m_draft = nullptr;
    QLabel *m_target = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Lectern
