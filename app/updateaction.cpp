// SPDX-License-Identifier: GPL-3.0-or-later
#include "updateaction.h"

#include "mainwindow.h"
#include "publishjob.h"
#include "site.h"

#include <QAction>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStatusBar>

namespace Lectern {

UpdateAction::UpdateAction(MainWindow *window)
    : QObject(window), m_window(window), m_action(new QAction(tr("&Update from Remote"), this)), m_job(new PublishJob(this))
{
    m_action->setObjectName(QStringLiteral("updateFromRemoteAction"));
    m_action->setStatusTip(tr("Fetch the site's repository and bring in your colleagues' published changes"));
    connect(m_action, &QAction::triggered, this, &UpdateAction::update);
    connect(m_job, &PublishJob::progress, this, [this](const QString &step) { m_window->statusBar()->showMessage(step); });
    connect(m_job, &PublishJob::finished, this, &UpdateAction::done);
}

void UpdateAction::setUnavailable(const QString &why)
{
    m_unavailable = why;
    m_action->setStatusTip(why.isEmpty() ? tr("Fetch the site's repository and bring in your colleagues' published changes")
                                         : why);
    m_action->setToolTip(why);   // "": the action's text, as by default
    m_action->setEnabled(why.isEmpty() && !m_job->isRunning());
}

void UpdateAction::update()
{
    const QString root = m_window->site()->root();
    if (root.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Open a post of the site first."), 5000);
        return;
    }
    if (!m_job->startPull(root))
        return;   // one run at a time; the action is disabled meanwhile
    m_action->setEnabled(false);
    m_window->statusBar()->showMessage(tr("Updating from the remote…"));
}

void UpdateAction::done(const PublishResult &result)
{
    m_action->setEnabled(m_unavailable.isEmpty());
    m_window->statusBar()->showMessage(result.message, 10000);
    const bool good = result.outcome == PublishResult::Outcome::Published
                      || result.outcome == PublishResult::Outcome::NothingToDo;
    Q_EMIT finished(result);
    if (good || QGuiApplication::platformName() == QLatin1String("offscreen"))
        return;
    QString text = result.message;
    for (const QString &b : result.blocking)
        text += QLatin1Char('\n') + tr("Uncommitted changes in the way: %1").arg(b);
    if (!result.gitOutput.trimmed().isEmpty())
        text += QStringLiteral("\n\n") + result.gitOutput.trimmed();
    QMessageBox::warning(m_window, tr("Not updated"), text);
}

} // namespace Lectern
