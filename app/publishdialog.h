// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Lectern {

// Post → Publish…'s dialog (issue 18): the check's warnings to accept (errors never get here), the
// commit message (docs/publishing.md's default, editable), then, while PublishJob runs, its progress
// and a Cancel button that stops the running git step (PublishJob::cancel).
class PublishDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishDialog)

public:
    explicit PublishDialog(QWidget *parent = nullptr);

    // WARNINGS: one line each, "file:line:col: warning: …" (Diagnostic::format); none hides the list.
    void setWarnings(const QStringList &warnings);
    // The posts to publish (absolute paths): several are named above the warnings, one is not.
    void setPosts(const QStringList &paths);
    void setMessage(const QString &message);
    QString message() const;   // trimmed
    // Running: the message and Publish are disabled, Cancel asks cancelRequested() instead of closing.
    void setRunning(bool running);
    bool isRunning() const { return m_running; }
    void setProgress(const QString &step);

    QListWidget *warningList() const { return m_warnings; }
    QPushButton *publishButton() const { return m_publish; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void publishRequested();
    void cancelRequested();

protected:
    void reject() override;   // Escape and the window's close button: Cancel's meaning

private:
    QLabel *m_posts = nullptr;
    QLabel *m_warningTitle = nullptr;
    QListWidget *m_warnings = nullptr;
    QLineEdit *m_message = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_publish = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_running = false;
};

} // namespace Lectern
