// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lectern {

PublishDialog::PublishDialog(QWidget *parent)
    : QDialog(parent), m_posts(new QLabel), m_warningTitle(new QLabel(tr("The check found these warnings; publish anyway?"))),
      m_warnings(new QListWidget), m_message(new QLineEdit), m_progress(new QLabel)
{
    setWindowTitle(tr("Publish"));
    setObjectName(QStringLiteral("publishDialog"));
    m_warnings->setAccessibleName(tr("Warnings"));
    m_warnings->setWordWrap(true);   // "file:line:col: warning: …" lines are long
    m_message->setAccessibleName(tr("Commit message"));
    auto *messageLabel = new QLabel(tr("Describe the change (commit message):"));
    messageLabel->setBuddy(m_message);
    auto *buttons = new QDialogButtonBox;
    m_publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_publish->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_posts);
    layout->addWidget(m_warningTitle);
    layout->addWidget(m_warnings, 1);
    layout->addWidget(messageLabel);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    m_progress->hide();
    m_posts->hide();
    m_posts->setWordWrap(true);
    m_posts->setObjectName(QStringLiteral("publishPosts"));
    resize(560, 200);
    connect(m_publish, &QPushButton::clicked, this, [this] {
        if (!message().isEmpty())
            Q_EMIT publishRequested();
    });
    connect(m_message, &QLineEdit::textChanged, this,
            [this] { m_publish->setEnabled(!m_running && !message().isEmpty()); });
    connect(m_cancel, &QPushButton::clicked, this, &PublishDialog::reject);
    setWarnings({});
}

void PublishDialog::setWarnings(const QStringList &warnings)
{
    m_warnings->clear();
    m_warnings->addItems(warnings);
    m_warningTitle->setVisible(!warnings.isEmpty());
    m_warnings->setVisible(!warnings.isEmpty());
    if (!warnings.isEmpty())
        resize(width(), 300);
}

void PublishDialog::setPosts(const QStringList &paths)
{
    QStringList names;
    for (const QString &p : paths)
        names << QFileInfo(p).fileName();
    // Shown for two or more only, so no singular form is needed.
    m_posts->setText(tr("%1 posts, in one commit: they reach the site together, or none does.").arg(paths.size())
                     + QLatin1Char('\n') + names.join(QLatin1Char('\n')));
    m_posts->setVisible(paths.size() > 1);
}

void PublishDialog::setMessage(const QString &message)
{
    m_message->setText(message);
}

QString PublishDialog::message() const
{
    return m_message->text().trimmed();
}

void PublishDialog::setRunning(bool running)
{
    m_running = running;
    m_message->setEnabled(!running);
    m_publish->setEnabled(!running && !message().isEmpty());
    m_progress->setVisible(running);
    m_cancel->setEnabled(true);
    if (running)
        m_progress->setText(tr("Starting…"));
}

void PublishDialog::setProgress(const QString &step)
{
    m_progress->setText(step);
}

void PublishDialog::reject()
{
    if (!m_running) {
        QDialog::reject();
        return;
    }
    m_progress->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
    Q_EMIT cancelRequested();
}

} // namespace Lectern
