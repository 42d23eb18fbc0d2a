// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishaction.h"

#include "conflictdialog.h"
#include "mainwindow.h"
#include "postdocument.h"
#include "eventdate.h"
#include "postchecks.h"
#include "postfile.h"
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
      m_action(new QAction(tr("&Publish…"), this)), m_job(new PublishJob(this))
{
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_action->setStatusTip(tr("Commit this post and the images it needs, and push them to the site's repository"));
    connect(m_action, &QAction::triggered, this, &PublishAction::publish);
    connect(m_job, &PublishJob::progress, this, [this](const QString &step) {
        m_window->statusBar()->showMessage(step);
        if (m_dialog)
            m_dialog->setProgress(step);
    });
    connect(m_job, &PublishJob::finished, this, &PublishAction::done);
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
    // The rest of `lectern-cli check`: warnings, shown for acceptance (spelling is not asked for).
    QStringList imageKeys = {QStringLiteral("image")};
    const Site *site = m_window->site();
    const Schema schema = site ? site->schemaFor(path) : Schema();
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
    QStringList warnings;
    const QString name = QFileInfo(path).fileName();
    for (const Diagnostic &d : std::as_const(diagnostics)) {
        if (d.severity == Diagnostic::Severity::Warning && !warnings.contains(d.format(name)))
            warnings << d.format(name);
    }
    m_path = path;
    m_dialog = new PublishDialog(m_window);
    m_dialog->setWarnings(warnings);
    m_dialog->setMessage(publisher.defaultMessage({path}, status));
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
    if (!m_dialog || !m_job->startPublish({m_path}, m_dialog->message()))
        return;
    m_action->setEnabled(false);
    m_dialog->setRunning(true);
}

void PublishAction::done(const PublishResult &result)
{
    m_action->setEnabled(true);
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
    const bool good = result.outcome == PublishResult::Outcome::Published || result.outcome == PublishResult::Outcome::NothingToDo
        || result.outcome == PublishResult::Outcome::NeedsEditing;
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        return;   // tests read the status bar and finished()
    if (result.outcome == PublishResult::Outcome::NeedsEditing)
        QMessageBox::information(m_window, tr("Edit the Post"), text);
    else if (good)
        QMessageBox::information(m_window, tr("Published"), text);
    else
        QMessageBox::warning(m_window, tr("Not published"), text);
}

void PublishAction::showConflict(const PublishResult &result)
{
    QString siteRoot = SitePaths::findSiteRoot(m_path);
    if (siteRoot.isEmpty())
        siteRoot = QFileInfo(m_path).absolutePath();
    m_conflict = new ConflictDialog(m_window);
    m_conflict->setConflicts(result.conflicts);
    const QString upstream = result.upstreamCommit;
    connect(m_conflict, &ConflictDialog::chosen, this, [this, siteRoot, upstream](ConflictChoice choice) {
        if (m_job->startResolve(siteRoot, choice, upstream))
            m_action->setEnabled(false);
    });
    connect(m_conflict, &QDialog::finished, this, [this] {
        m_conflict->deleteLater();
        m_conflict = nullptr;
    });
    m_conflict->open();
}

} // namespace Lectern
