// SPDX-License-Identifier: GPL-3.0-or-later
#include "postlistactions.h"

#include "newpost.h"
#include "newpostdialog.h"
#include "postdate.h"
#include "postdocument.h"
#include "siteindex.h"
#include "sitepaths.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMessageBox>

namespace Lectern {

PostListActions::PostListActions(PostDocument *document, SiteIndex *index, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_index(index)
    , m_window(window)
{
    connect(document, &PostDocument::loaded, this, &PostListActions::remember);
    connect(document, &PostDocument::pathChanged, this, &PostListActions::updateActions);
}

void PostListActions::addTo(QMenu *fileMenu, QMenu *postMenu)
{
    QAction *newPost = new QAction(tr("&New Post…"), this);
    newPost->setShortcut(QKeySequence::New);
    connect(newPost, &QAction::triggered, this, &PostListActions::newPost);
    fileMenu->insertAction(fileMenu->actions().value(0), newPost);
    // Not "Publish": that word is Post → Publish… (to the live site through git, issue 18).
    m_publish = postMenu->addAction(tr("&Move Draft to Posts (Dated Today)"), this, &PostListActions::publish);
    m_unpublish = postMenu->addAction(tr("Move Back to &Drafts"), this, &PostListActions::unpublish);
    postMenu->addSeparator();
    m_undoRename = postMenu->addAction(tr("Undo &Rename"), this, &PostListActions::undoRename);
    updateActions();
}

QString PostListActions::siteRoot() const
{
    if (!m_document->path().isEmpty())
        return SitePaths::findSiteRoot(m_document->path());
    return m_index->root();
}

void PostListActions::remember()
{
    m_openedTitle = m_document->post().frontMatter().scalar(QStringLiteral("title"));
    m_openedDate = PostDate::parse(m_document->post().frontMatter().scalar(QStringLiteral("date")));
    updateActions();
}

void PostListActions::updateActions()
{
    const bool draft = NewPost::isDraft(m_document->path());
    const bool post = m_document->path().contains(QLatin1String("/_posts/"));
    if (m_publish)
        m_publish->setEnabled(draft);
    if (m_unpublish)
        m_unpublish->setEnabled(post);
    if (m_undoRename)
        m_undoRename->setEnabled(!m_renamedTo.isEmpty() && m_renamedTo == m_document->path());
}

QString PostListActions::newPost()
{
    const QString root = siteRoot();
    if (root.isEmpty()) {
        Q_EMIT message(tr("Open a post of a Jekyll site first: new posts go into its _posts/ folder."));
        return QString();
    }
    NewPostDialog dialog(root, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return QString();
    // Ask about the open post's edits before the new file exists: Cancel leaves nothing behind.
    if (m_leaveCheck && !m_leaveCheck())
        return QString();
    QString error;
    const QString path = NewPost::create(root, dialog.title(), dialog.date(), dialog.templatePath(),
                                         dialog.isDraft(), &error);
    if (path.isEmpty()) {
        QMessageBox::warning(m_window, tr("New post"), error);
        return QString();
    }
    m_index->refreshFolder(QFileInfo(path).absolutePath());
    Q_EMIT openRequested(path);
    return path;
}

void PostListActions::move(const QString &to, const QString &done)
{
    const QString from = m_document->path();
    QString error;
    if (!NewPost::moveTo(m_document, to, &error)) {
        QMessageBox::warning(m_window, tr("Cannot move the post"), error);
        return;
    }
    m_renamedFrom = from;
    m_renamedTo = to;
    m_index->refreshFolder(QFileInfo(from).absolutePath());
    m_index->refreshFolder(QFileInfo(to).absolutePath());
    updateActions();
    Q_EMIT message(done.arg(QFileInfo(from).fileName(), QDir(siteRoot()).relativeFilePath(to)));
}

void PostListActions::offerRename()
{
    const QString title = m_document->post().frontMatter().scalar(QStringLiteral("title"));
    const QDate date = PostDate::parse(m_document->post().frontMatter().scalar(QStringLiteral("date")));
    const QString oldTitle = m_openedTitle;
    const bool changed = title != oldTitle || (date.isValid() && date != m_openedDate);
    m_openedTitle = title;
    if (date.isValid())
        m_openedDate = date;
    if (!changed || QGuiApplication::platformName() == QLatin1String("offscreen"))
        return;
    const QString to = NewPost::renamedPath(m_document->path(), oldTitle, title, date);
    if (to.isEmpty())
        return;
    const auto answer = QMessageBox::question(
            m_window, tr("Rename the file?"),
            tr("The title or date changed. Rename “%1” to “%2” to match?\n\n"
               "The post's web address changes with its file name. Post → Undo Rename moves it back.")
                    .arg(QFileInfo(m_document->path()).fileName(), QFileInfo(to).fileName()),
            QMessageBox::Yes | QMessageBox::No,
            QMessageBox::No);   // Enter keeps the address: links to the published post must not break by accident
    if (answer == QMessageBox::Yes)
        move(to, tr("Renamed %1 to %2 (Post → Undo Rename moves it back)"));
}

void PostListActions::publish()
{
    const QString root = siteRoot();
    const QDate today = QDate::currentDate();
    const QString format = NewPost::inspect(root).dateFormat;
    m_document->setScalar(QStringLiteral("date"), PostDate::format(today, format));
    move(NewPost::publishedPath(root, m_document->path(), today), tr("Published %1 as %2"));
    remember();
}

void PostListActions::unpublish()
{
    move(NewPost::unpublishedPath(siteRoot(), m_document->path()), tr("Unpublished %1: now %2"));
}

void PostListActions::undoRename()
{
    if (m_renamedFrom.isEmpty() || QFileInfo::exists(m_renamedFrom))
        return;
    const QString back = m_renamedFrom;
    m_renamedFrom.clear();
    m_renamedTo.clear();
    move(back, tr("Moved %1 back to %2"));
    m_renamedTo.clear();
    updateActions();
}

} // namespace Lectern
