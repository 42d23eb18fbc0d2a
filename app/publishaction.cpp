// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishaction.h"

#include "conflictdialog.h"
#include "mainwindow.h"
#include "postdocument.h"
#include "eventdate.h"
#include "postchecks.h"
#include "postfile.h"
#include "postlist.h"
#include "publishdialog.h"
#include "publishjob.h"
#include "site.h"
#include "sitepaths.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QStatusBar>

namespace Lectern {

PublishAction::PublishAction(MainWindow *window, std::function<bool()> saveFirst)
    : QObject(window), m_window(window), m_saveFirst(std::move(saveFirst)),
      m_action(new QAction(tr("&Publish…"), this)), m_selectedAction(new QAction(tr("Publish &Selected…"), this)),
      m_job(new PublishJob(this))
{
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_action->setStatusTip(tr("Commit this post and the images it needs, and push them to the site's repository"));
    connect(m_action, &QAction::triggered, this, &PublishAction::publish);
    m_selectedAction->setStatusTip(tr("Publish the posts selected in the post list together, in one commit"));
    connect(m_selectedAction, &QAction::triggered, this, &PublishAction::publishSelected);
    connect(m_job, &PublishJob::progress, this, [this](const QString &step) {
        m_window->statusBar()->showMessage(step);
        if (m_dialog)
            m_dialog->setProgress(step);
    });
    connect(m_job, &PublishJob::finished, this, &PublishAction::done);
}

void PublishAction::setUnavailable(const QString &why)
{
    m_unavailable = why;
    m_action->setStatusTip(why.isEmpty() ? tr("Commit this post and the images it needs, and push them to the site's repository")
                                         : why);
    m_selectedAction->setStatusTip(why.isEmpty() ? tr("Publish the posts selected in the post list together, in one commit")
                                                 : why);
    m_action->setToolTip(why);   // "": the action's text, as by default
    m_selectedAction->setToolTip(why);
    updateEnabled();
}

void PublishAction::updateEnabled()
{
    const bool enabled = m_unavailable.isEmpty() && !m_job->isRunning();
    m_action->setEnabled(enabled);
    m_selectedAction->setEnabled(enabled);
}

void PublishAction::publish()
{
    if (m_job->isRunning() || m_dialog || m_conflict)
        return;
    const QString path = m_window->document()->path();
    if (path.isEmpty()) {
        QMessageBox::information(m_window, tr("Publish"), tr("Save the post in the site's folder first."));
        return;
    }
    if (!m_saveFirst())
        return;
    prepare({path});
}

void PublishAction::publishSelected()
{
    if (m_job->isRunning() || m_dialog || m_conflict)
        return;
    const QStringList paths = m_window->postList()->selectedPaths();
    if (paths.isEmpty()) {
        QMessageBox::information(m_window, tr("Publish Selected"),
                                 tr("Select the posts to publish in the post list (Ctrl+click or Shift+click for several)."));
        return;
    }
    if (paths.contains(m_window->document()->path()) && !m_saveFirst())
        return;
    prepare(paths);
}

void PublishAction::prepare(const QStringList &paths)
{
    const Site *site = m_window->site();
    QStringList errors, warnings;
    for (const QString &path : paths) {
        PostFile post;
        QString error;
        if (!PostFile::load(path, &post, &error)) {
            errors << error;
            continue;
        }
        Diagnostics diagnostics = post.diagnostics();
        diagnostics += PostChecks::conflictMarkers(post);   // refused before the message is asked for
        const Schema schema = site ? site->schemaFor(path) : Schema();
        if (site)
            diagnostics += schema.validate(post);
        if (hasErrors(diagnostics)) {
            for (const Diagnostic &d : std::as_const(diagnostics)) {
                if (d.severity == Diagnostic::Severity::Error)
                    errors << d.format(QDir::toNativeSeparators(path));
            }
            continue;
        }
        // The rest of `lectern-cli check`: warnings, shown for acceptance (spelling is not asked for).
        QStringList imageKeys = {QStringLiteral("image")};
        for (const Schema::Field &f : schema.fields()) {
            if (f.type == Schema::Type::Image && !imageKeys.contains(f.key))
                imageKeys << f.key;
        }
        const QString baseurl = site && site->isJekyllSite() ? site->config().baseurl() : QString();
        diagnostics += PostChecks::placeholders(post, imageKeys);
        diagnostics += PostChecks::rootRelativeLinks(post, baseurl);
        diagnostics += PostChecks::largeImages(post, site ? site->root() : QFileInfo(path).absolutePath(), baseurl, imageKeys);
        diagnostics += PostChecks::imagesWithoutAlt(post);
        diagnostics += EventDate::diagnostics(post);
        const QString name = QFileInfo(path).fileName();
        for (const Diagnostic &d : std::as_const(diagnostics)) {
            if (d.severity == Diagnostic::Severity::Warning && !warnings.contains(d.format(name)))
                warnings << d.format(name);
        }
    }
    if (!errors.isEmpty()) {
        QMessageBox::warning(m_window, tr("Publish"), tr("Fix these errors before publishing:\n%1").arg(errors.join(QLatin1Char('\n'))));
        return;
    }
    // git status is local and quick; the network steps run on the job's thread.
    Publisher publisher;
    const RepoStatus status = publisher.status(QFileInfo(paths.first()).absolutePath());
    if (!status.isRepo) {
        QMessageBox::information(m_window, tr("Publish"), status.error);
        return;
    }
    m_paths = paths;
    m_dialog = new PublishDialog(m_window);
    m_dialog->setWarnings(warnings);
    m_dialog->setPosts(paths);
    m_dialog->setMessage(publisher.defaultMessage(paths, status));
    connect(m_dialog, &PublishDialog::publishRequested, this, &PublishAction::start);
    connect(m_dialog, &PublishDialog::cancelRequested, m_job, &PublishJob::cancel);
    connect(m_dialog, &QDialog::finished, this, [this] {
        m_dialog->deleteLater();
        m_dialog = nullptr;
    });
    m_dialog->open();
}

void PublishAction::start()
{
    if (!m_dialog || !m_job->startPublish(m_paths, m_dialog->message()))
        return;
    updateEnabled();
    m_dialog->setRunning(true);
}

void PublishAction::done(const PublishResult &result)
{
    updateEnabled();
    if (m_dialog) {
        m_dialog->setRunning(false);
        m_dialog->accept();
    }
    Q_EMIT finished(result);
    m_window->statusBar()->showMessage(result.message, 10000);
    if (result.outcome == PublishResult::Outcome::Conflict && !result.conflicts.isEmpty()) {
        showConflict(result);
        return;
    }
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        return;   // tests read the status bar, finished() and reportTitle/reportText
    const bool good = result.outcome == PublishResult::Outcome::Published || result.outcome == PublishResult::Outcome::NothingToDo
        || result.outcome == PublishResult::Outcome::NeedsEditing;
    if (good)
        QMessageBox::information(m_window, reportTitle(result), reportText(result));
    else
        QMessageBox::warning(m_window, reportTitle(result), reportText(result));
}

QString PublishAction::reportTitle(const PublishResult &result)
{
    switch (result.outcome) {
    case PublishResult::Outcome::Published:
        return tr("Published");
    case PublishResult::Outcome::NothingToDo:
        // Keep Their Version with nothing else of ours: the post changed here, nothing went out.
        return result.kept.isEmpty() ? tr("Already Published") : tr("Their Version Kept");
    case PublishResult::Outcome::NeedsEditing:
        return tr("Edit the Post");
    default:
        break;
    }
    return tr("Not Published");
}

QString PublishAction::reportText(const PublishResult &result)
{
    QString text = result.message;
    if (!result.urls.isEmpty())
        text += QLatin1Char('\n') + tr("Online once the site is rebuilt: %1").arg(result.urls.join(QLatin1Char('\n')));
    for (const ConflictFile &c : result.conflicts)
        text += QLatin1Char('\n') + tr("Changed on both sides: %1").arg(c.path);
    for (const QString &k : result.kept)
        text += QLatin1Char('\n') + tr("Your version is kept in: %1").arg(QDir::toNativeSeparators(k));
    for (const QString &b : result.blocking)
        text += QLatin1Char('\n') + tr("Uncommitted changes in the way: %1").arg(b);
    if (!result.gitOutput.trimmed().isEmpty())
        text += QStringLiteral("\n\n") + result.gitOutput.trimmed();
    return text;
}

void PublishAction::showConflict(const PublishResult &result)
{
    const QString first = m_paths.value(0);
    QString siteRoot = SitePaths::findSiteRoot(first);
    if (siteRoot.isEmpty())
        siteRoot = QFileInfo(first).absolutePath();
    m_conflict = new ConflictDialog(m_window);
    m_conflict->setConflicts(result.conflicts);
    const QString upstream = result.upstreamCommit;
    connect(m_conflict, &ConflictDialog::chosen, this, [this, siteRoot, upstream](ConflictChoice choice) {
        if (m_job->startResolve(siteRoot, choice, upstream))
            updateEnabled();
    });
    connect(m_conflict, &QDialog::finished, this, [this] {
        m_conflict->deleteLater();
        m_conflict = nullptr;
    });
    m_conflict->open();
}

} // namespace Lectern
