// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Lectern {

class PostDocument;
class SiteIndex;

// What the window does to post files as a whole: new post, publish/unpublish, and the offer to
// rename a file after its title or date changed (with a way back). Kept out of the window so it
// only wires menus.
class PostListActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostListActions)

public:
    PostListActions(PostDocument *document, SiteIndex *index, QWidget *window);

    // Adds New post… to the File menu and a Post menu with Publish, Unpublish, Undo rename.
    void addTo(QMenu *fileMenu, QMenu *postMenu);
    // Asks for a new post and writes it; the path of the new file, or empty.
    QString newPost();
    // After a save: if the title or date changed since the post was opened, offers to rename the file.
    void offerRename();
    void publish();
    void unpublish();
    void undoRename();

Q_SIGNALS:
    void openRequested(const QString &path);
    void message(const QString &text);

private:
    void remember();
    void move(const QString &to, const QString &done);
    void updateActions();
    QString siteRoot() const;

    PostDocument *m_document = nullptr;
    SiteIndex *m_index = nullptr;
    QWidget *m_window = nullptr;
    QString m_openedTitle;
    QDate m_openedDate;
    QString m_renamedFrom;   // for Undo rename
    QString m_renamedTo;
    QAction *m_publish = nullptr;
    QAction *m_unpublish = nullptr;
    QAction *m_undoRename = nullptr;
};

} // namespace Lectern
