// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publisher.h"

#include <QObject>
#include <QThreadPool>

class QLabel;

namespace Lectern {

class MainWindow;

// The site's git repository in the window (issue 18, docs/publishing.md "Post states"): each post's
// state in the post list's git column, and a permanent status-bar label with the branch, how many
// posts wait to be published and whether the remote has new changes. Publisher::status runs on a
// worker thread (git status, ls-files and log: local, no network; "behind" is as of the last fetch);
// a result older than the last request is dropped. Nothing is shown outside a git work tree.
// It refreshes when a site opens, after each save, when a post appears or goes, when the user comes
// back to Lectern, and when refresh() is called (after a publish or a pull).
class RepoStateView final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepoStateView)

public:
    explicit RepoStateView(MainWindow *window);
    ~RepoStateView() override;   // waits for a running status (git status is quick)

    QLabel *label() const { return m_label; }
    // Reads the open site's repository again, off the GUI thread.
    void refresh();
    // The last status applied (isRepo false before the first and outside a repository).
    const RepoStatus &status() const { return m_status; }

    // The post list's word for a state: "New", "Modified", "Not yet pushed", "Published", "Committed".
    static QString stateLabel(PostState state);
    // The label's text for STATUS: "main · 2 posts waiting to be published · remote has new changes";
    // on a detached HEAD no count (no branch: nothing can be said to wait) but "detached HEAD: switch
    // to the branch the site builds from (SITE_BRANCH)" (Publisher::siteBranch; left out when "");
    // "" when STATUS is not a repository.
    static QString summary(const RepoStatus &status, const QString &siteBranch = QString());

Q_SIGNALS:
    // A status was applied to the list and the label (for tests).
    void updated();

private:
    void apply(const RepoStatus &status, const QString &siteRoot, const QString &siteBranch);

    MainWindow *m_window = nullptr;
    QLabel *m_label = nullptr;
    RepoStatus m_status;
    quint64 m_generation = 0;
    QThreadPool m_pool;
};

} // namespace Lectern
