// SPDX-License-Identifier: GPL-3.0-or-later
#include "updateaction.h"

#include "mainwindow.h"
#include "postdocument.h"
#include "publishjob.h"
#include "site.h"

#include <QAction>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <utility>

namespace Lectern {

UpdateAction::UpdateAction(MainWindow *window, std::function<bool()> save)
    : QObject(window), m_window(window), m_save(std::move(save)), m_action(new QAction(tr("&Update from Remote"), this)), m_job(new PublishJob(this))
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
    if (m_job->isRunning() || m_question)
        return;
    const PostDocument *document = m_window->document();
    if (!document->isModified() || document->path().isEmpty()) {
        pull(root);
        return;
    }
    // Saved first, the edits are a local change git will not pull over: a colleague's change to the
    // same post then stops the pull, and Publish shows both versions instead of one overwriting the other.
    auto *question = new QMessageBox(QMessageBox::Question, tr("Update from Remote"),
                                     tr("“%1” has unsaved changes. Save them before updating? If a colleague changed "
                                        "the same post, Publish will show both versions side by side.")
                                         .arg(QFileInfo(document->path()).fileName()),
                                     QMessageBox::Cancel, m_window);
    QPushButton *save = question->addButton(tr("&Save and Update"), QMessageBox::AcceptRole);
    question->setDefaultButton(save);
    m_question = question;
    connect(question, &QMessageBox::finished, this, [this, question, save, root] {
        const bool saveChosen = question->clickedButton() == save;
        question->deleteLater();
        m_question = nullptr;
        if (saveChosen && m_save())
            pull(root);
        else if (!saveChosen)
            m_window->statusBar()->showMessage(tr("Not updated: nothing was saved or changed."), 5000);
    });
    question->open();
}

QMessageBox *UpdateAction::saveQuestion() const
{
    return m_question;
}

void UpdateAction::pull(const QString &root)
{
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
    // The message names the files in the way and who changed them on the remote.
    QString text = result.message;
    if (!result.gitOutput.trimmed().isEmpty())
        text += QStringLiteral("\n\n") + result.gitOutput.trimmed();
    QMessageBox::warning(m_window, tr("Not updated"), text);
}

} // namespace Lectern
