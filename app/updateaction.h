// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace Lectern {

class MainWindow;
class PublishJob;
struct PublishResult;

// Post → Update from Remote (issue 18, `lectern-cli pull`): Publisher::pull on PublishJob's worker
// thread (fetch, then `git merge --ff-only @{u}`), progress in the status bar, the window never waits.
// A refusal (local changes in files the remote changed, unpushed commits, no upstream, offline) is
// reported with the files it names and git's output. The open post is reloaded by the window's
// DiskWatch like any change on disk: silently without unsaved edits, through the DiskChangeBar with them.
class UpdateAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateAction)

public:
    explicit UpdateAction(MainWindow *window);
    QAction *action() const { return m_action; }
    PublishJob *job() const { return m_job; }
    // As PublishAction::setUnavailable: with a reason WHY the action is disabled and its tooltip and
    // status tip say WHY; "" enables it again (while no pull is running).
    void setUnavailable(const QString &why);

Q_SIGNALS:
    // After every run, whatever its outcome (the window checks the disk and the repository again).
    void finished(const Lectern::PublishResult &result);

private:
    void update();
    void done(const PublishResult &result);

    MainWindow *m_window = nullptr;
    QAction *m_action = nullptr;
    PublishJob *m_job = nullptr;
    QString m_unavailable;   // why updating cannot work in the open site; "" when it can
};

} // namespace Lectern
