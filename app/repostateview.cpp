// SPDX-License-Identifier: GPL-3.0-or-later
#include "repostateview.h"

#include "mainwindow.h"
#include "postdocument.h"
#include "postlist.h"
#include "postlistmodel.h"
#include "site.h"
#include "siteindex.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QMetaObject>
#include <QStatusBar>

namespace Lectern {

RepoStateView::RepoStateView(MainWindow *window)
    : QObject(window), m_window(window), m_label(new QLabel)
{
    m_label->setObjectName(QStringLiteral("repoStatus"));
    m_label->setAccessibleName(tr("Repository status"));
    m_label->hide();
    m_pool.setMaxThreadCount(1);
    window->statusBar()->addPermanentWidget(m_label);
    connect(window->site(), &Site::opened, this, &RepoStateView::refresh);
    connect(window->document(), &PostDocument::saved, this, &RepoStateView::refresh);
    connect(window->siteIndex(), &SiteIndex::ready, this, &RepoStateView::refresh);
    connect(window->siteIndex(), &SiteIndex::entryAdded, this, &RepoStateView::refresh);
    connect(window->siteIndex(), &SiteIndex::entryRemoved, this, &RepoStateView::refresh);
    // A commit or a fetch in a terminal: look again when the user comes back.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            refresh();
    });
}

RepoStateView::~RepoStateView()
{
    m_pool.waitForDone();
}

void RepoStateView::refresh()
{
    const quint64 generation = ++m_generation;
    const QString root = m_window->site()->root();
    if (root.isEmpty()) {
        apply(RepoStatus(), root, QString());
        return;
    }
    // The destructor waits for the pool, and a queued call to a deleted object is dropped.
    m_pool.start([this, generation, root] {
        const Publisher publisher;
        const RepoStatus status = publisher.status(root);
        // Only a detached HEAD's message names it: not worth a git run otherwise.
        const QString siteBranch = status.git.detached ? publisher.siteBranch(root, status) : QString();
        QMetaObject::invokeMethod(this, [this, generation, status, root, siteBranch] {
            if (generation == m_generation)   // a newer request is on its way: this one is stale
                apply(status, root, siteBranch);
        }, Qt::QueuedConnection);
    });
}

QString RepoStateView::stateLabel(PostState state)
{
    switch (state) {
    case PostState::New:
        return tr("New");
    case PostState::Modified:
        return tr("Modified");
    case PostState::Unpushed:
        return tr("Not yet pushed");
    case PostState::Committed:
        return tr("Committed");
    case PostState::Published:
        break;
    }
    return tr("Published");
}

static QString stateTooltip(PostState state)
{
    switch (state) {
    case PostState::New:
        return RepoStateView::tr("Not in the repository yet: Publish adds it");
    case PostState::Modified:
        return RepoStateView::tr("Changed since the last commit: Publish commits and pushes it");
    case PostState::Unpushed:
        return RepoStateView::tr("Committed but not pushed: Publish pushes it");
    case PostState::Committed:
        return RepoStateView::tr("Committed; the repository is on no branch (detached HEAD), so whether it is "
                                 "pushed cannot be told");
    case PostState::Published:
        break;
    }
    return RepoStateView::tr("Pushed: online once the site is rebuilt");
}

QString RepoStateView::summary(const RepoStatus &status, const QString &siteBranch)
{
    if (!status.isRepo)
        return {};
    if (status.git.detached) {
        // No branch: nothing is "waiting to be published" from here; say how to get back.
        return siteBranch.isEmpty() ? tr("detached HEAD: switch to the branch the site builds from")
                                    : tr("detached HEAD: switch to the branch the site builds from (%1)").arg(siteBranch);
    }
    QStringList parts;
    parts << status.git.head;
    const int waiting = status.waiting();
    // English has no plural form without a translation file: the singular is its own string.
    if (waiting == 0)
        parts << tr("all posts published");
    else if (waiting == 1)
        parts << tr("1 post waiting to be published");
    else
        parts << tr("%n posts waiting to be published", nullptr, waiting);
    if (status.git.behind > 0)
        parts << tr("remote has new changes");
    return parts.join(QStringLiteral(" · "));
}

void RepoStateView::apply(const RepoStatus &status, const QString &siteRoot, const QString &siteBranch)
{
    m_status = status;
    QHash<QString, QString> labels, tooltips;
    if (status.isRepo) {
        // RepoPost paths are relative to the repository's top; the list holds absolute paths under
        // the site root as the site was opened (git's top level has its symlinks resolved).
        const QString canonicalRoot = QFileInfo(siteRoot).canonicalFilePath();
        QString prefix = QDir(status.top).relativeFilePath(canonicalRoot);
        prefix = (prefix == QLatin1String(".") || prefix.isEmpty()) ? QString() : prefix + QLatin1Char('/');
        for (const RepoPost &post : status.posts) {
            if (!post.path.startsWith(prefix))
                continue;
            const QString path = QDir::cleanPath(siteRoot + QLatin1Char('/') + post.path.mid(prefix.size()));
            labels.insert(path, stateLabel(post.state));
            tooltips.insert(path, stateTooltip(post.state));
        }
    }
    m_window->postList()->model()->setRepoStates(labels, tooltips);
    const QString text = summary(status, siteBranch);
    m_label->setText(text);
    m_label->setToolTip(status.git.detached ? tr("No branch is checked out (a detached HEAD, as after checking out a "
                                                 "commit): Publish needs the branch the site builds from")
                        : status.git.upstream.isEmpty()
                            ? tr("No upstream branch: Publish cannot push yet")
                            : tr("Upstream %1: %2 ahead, %3 behind as of the last fetch")
                                  .arg(status.git.upstream).arg(status.git.ahead).arg(status.git.behind));
    m_label->setVisible(!text.isEmpty());
    Q_EMIT updated();
}

} // namespace Lectern
