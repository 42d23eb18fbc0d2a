// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>

#include <functional>

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
    // What decides whether the open post may be left (the window's "save unsaved changes?"
    // question): true to go on. New post asks it after its dialog and before writing anything.
    void setLeaveCheck(std::function<bool()> check) { m_leaveCheck = std::move(check); }
    // Asks for a new post and, once the open post may be left, writes it; the path of the new file,
    // or empty (cancelled at either question: nothing written).
    QString newPost();
    // After a save: if the title or date changed since the post was opened, offers to rename the file.
    void offerRename();
    void publish();
    void unpublish();
    void undoRename();

Q_SIGNALS:
    // A post just created: open it (the leave check has already been answered).
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
    std::function<bool()> m_leaveCheck;
    QString m_openedTitle;
    QDate m_openedDate;
    QString m_renamedFrom;   // for Undo rename
    QString m_renamedTo;
    QAction *m_publish = nullptr;
    QAction *m_unpublish = nullptr;
    QAction *m_undoRename = nullptr;
};

} // namespace Lectern
