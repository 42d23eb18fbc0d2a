// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMessageBox;

namespace Lectern {

class MainWindow;
class PublishJob;
struct PublishResult;

// Post → Update from Remote (issue 18, `lectern-cli pull`): Publisher::pull on PublishJob's worker
// thread (fetch, then `git merge --ff-only @{u}`), progress in the status bar, the window never waits.
// When the open post has unsaved edits it first asks to save them ([Save and Update] [Cancel]):
// pulling under unsaved edits let the disk-change bar's Keep Mine overwrite a colleague's change to
// the same post without a conflict view. Saved, the post is a local change git protects: when the
// remote changed it too, Publisher::pull refuses, naming who, and Publish then shows both versions.
// A refusal (local changes in files the remote changed, unpushed commits, no upstream, offline) is
// reported with git's output. The open post is reloaded by the window's DiskWatch like any change on disk.
class UpdateAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateAction)

public:
    // SAVE: saves the open post (the window's Save); false when that failed or was cancelled.
    UpdateAction(MainWindow *window, std::function<bool()> save);
    QAction *action() const { return m_action; }
    PublishJob *job() const { return m_job; }
    // The question asked before pulling under unsaved edits, while it is open (for tests); else null.
    QMessageBox *saveQuestion() const;
    // As PublishAction::setUnavailable: with a reason WHY the action is disabled and its tooltip and
    // status tip say WHY; "" enables it again (while no pull is running).
    void setUnavailable(const QString &why);

Q_SIGNALS:
    // After every run, whatever its outcome (the window checks the disk and the repository again).
    void finished(const Lectern::PublishResult &result);

private:
    void update();
    void pull(const QString &root);
    void done(const PublishResult &result);

    MainWindow *m_window = nullptr;
    std::function<bool()> m_save;
    QAction *m_action = nullptr;
    PublishJob *m_job = nullptr;
    QPointer<QMessageBox> m_question;
    QString m_unavailable;   // why updating cannot work in the open site; "" when it can
};

} // namespace Lectern
