// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishaction.h"

#include "mainwindow.h"
#include "postdocument.h"
#include "postfile.h"
#include "publishjob.h"
#include "site.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>

namespace Lectern {

PublishAction::PublishAction(MainWindow *window, std::function<bool()> saveFirst)
    : QObject(window), m_window(window), m_saveFirst(std::move(saveFirst)),
      m_action(new QAction(tr("&Publish…"), this)), m_job(new PublishJob(this))
{
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_action->setStatusTip(tr("Commit this post and the images it needs, and push them to the site's repository"));
    connect(m_action, &QAction::triggered, this, &PublishAction::publish);
    connect(m_job, &PublishJob::progress, this, [this](const QString &step) { m_window->statusBar()->showMessage(step); });
    connect(m_job, &PublishJob::finished, this, &PublishAction::done);
}

void PublishAction::publish()
{
    if (m_job->isRunning())
        return;
    const QString path = m_window->document()->path();
    if (path.isEmpty()) {
        QMessageBox::information(m_window, tr("Publish"), tr("Save the post in the site's folder first."));
        return;
    }
    if (!m_saveFirst())
        return;
    PostFile post;
    QString error;
    if (!PostFile::load(path, &post, &error)) {
        QMessageBox::warning(m_window, tr("Publish"), error);
        return;
    }
    Diagnostics diagnostics = post.diagnostics();
    if (m_window->site())
        diagnostics += m_window->site()->schemaFor(path).validate(post);
    if (hasErrors(diagnostics)) {
        QStringList lines;
        for (const Diagnostic &d : std::as_const(diagnostics)) {
            if (d.severity == Diagnostic::Severity::Error)
                lines << d.format(QDir::toNativeSeparators(path));
        }
        QMessageBox::warning(m_window, tr("Publish"), tr("Fix these errors before publishing:\n%1").arg(lines.join(QLatin1Char('\n'))));
        return;
    }
    // git status is local and quick; the network steps run on the job's thread.
    Publisher publisher;
    const RepoStatus status = publisher.status(QFileInfo(path).absolutePath());
    if (!status.isRepo) {
        QMessageBox::information(m_window, tr("Publish"), status.error);
        return;
    }
    bool ok = false;
    const QString message = QInputDialog::getText(m_window, tr("Publish"), tr("Describe the change (commit message):"),
                                                  QLineEdit::Normal, publisher.defaultMessage({path}, status), &ok);
    if (!ok || message.trimmed().isEmpty())
        return;
    m_action->setEnabled(false);
    m_job->startPublish({path}, message.trimmed());
}

void PublishAction::done(const PublishResult &result)
{
    m_action->setEnabled(true);
    Q_EMIT finished(result);
    m_window->statusBar()->showMessage(result.message, 10000);
    QString text = result.message;
    if (!result.urls.isEmpty())
        text += QLatin1Char('\n') + tr("Online once the site is rebuilt: %1").arg(result.urls.join(QLatin1Char('\n')));
    for (const ConflictFile &c : result.conflicts)
        text += QLatin1Char('\n') + tr("Changed on both sides: %1").arg(c.path);
    for (const QString &b : result.blocking)
        text += QLatin1Char('\n') + tr("Uncommitted changes in the way: %1").arg(b);
    if (!result.gitOutput.trimmed().isEmpty())
        text += QStringLiteral("\n\n") + result.gitOutput.trimmed();
    const bool good = result.outcome == PublishResult::Outcome::Published || result.outcome == PublishResult::Outcome::NothingToDo;
    if (good)
        QMessageBox::information(m_window, tr("Published"), text);
    else
        QMessageBox::warning(m_window, tr("Not published"), text);
}

} // namespace Lectern
