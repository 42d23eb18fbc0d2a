// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAction;

namespace Lectern {

class MainWindow;
class ConflictDialog;
class PublishDialog;
class PublishJob;
struct PublishResult;

// Post → Publish… (Ctrl+Shift+P), issue 18's window side: saves, blocks on the post's errors (front
// matter and schema), shows PublishDialog with the check's warnings to accept and the commit message
// (docs/publishing.md's default), runs PublishJob off the GUI thread with progress in the dialog and
// the status bar and a Cancel button, and reports the outcome (public URL, or the files changed on
// both sides). When it stops on a conflict, ConflictDialog shows the three versions and the user's
// choice runs Publisher::resolveConflict through the same job; the open post then follows the disk
// (the window's DiskWatch reloads it after finished()).
class PublishAction final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishAction)

public:
    // SAVE_FIRST: saves the open post when it has unsaved edits; false when that failed or was cancelled.
    PublishAction(MainWindow *window, std::function<bool()> saveFirst);
    QAction *action() const { return m_action; }
    // Post → Publish Selected…: the posts selected in the post list, in one commit and one push, so
    // they reach the site together or not at all (a refusing hook or a conflict in one holds back all;
    // one push, one rebuild of the site).
    QAction *selectedAction() const { return m_selectedAction; }
    // The dialog of the run being set up or running; null otherwise.
    PublishDialog *dialog() const { return m_dialog; }
    // The conflict view while it is open; null otherwise.
    ConflictDialog *conflictDialog() const { return m_conflict; }

    // Publishing needs the open site's git work tree (RepoStateView's status): with a reason WHY (not
    // in a git repository, git missing) Publish… and Publish Selected… are disabled and their tooltip
    // and status tip say WHY; "" enables them again (while no run is going on).
    void setUnavailable(const QString &why);

    // The box shown after a run (not after a conflict, which opens ConflictDialog): its title says
    // what happened ("Published", "Their Version Kept" when the post became the colleague's and
    // nothing was published, "Already Published", "Edit the Post", "Not Published"), and its text is
    // RESULT's message, then the public URLs, each kept copy's path (once), the files in the way
    // and git's own output.
    static QString reportTitle(const PublishResult &result);
    static QString reportText(const PublishResult &result);

Q_SIGNALS:
    // After every run, whatever its outcome (the window reads the repository's state again).
    void finished(const Lectern::PublishResult &result);

private:
    void publish();
    void publishSelected();
    // Checks PATHS (errors stop, warnings go to the dialog) and opens the dialog.
    void prepare(const QStringList &paths);
    void start();
    void done(const PublishResult &result);
    void showConflict(const PublishResult &result);
    void updateEnabled();

    MainWindow *m_window = nullptr;
    std::function<bool()> m_saveFirst;
    QAction *m_action = nullptr;
    QAction *m_selectedAction = nullptr;
    PublishJob *m_job = nullptr;
    PublishDialog *m_dialog = nullptr;
    ConflictDialog *m_conflict = nullptr;
    QStringList m_paths;
    QString m_unavailable;   // why publishing cannot work in the open site; "" when it can
};

} // namespace Lectern
