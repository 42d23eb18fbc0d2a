// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

class QLabel;
class QMenu;

namespace Lectern {

class MainWindow;

// What the window remembers between runs (issue 14): its geometry, the main splitter's sizes, the
// preview tab (post or Home card), whether the outline is shown (issue 16), the post and site last open, and the recent posts and sites of
// File → Open Recent. Kept in QSettings under "windowState/" with a version number (STYLE.md habit
// 11, as Qt Creator does): settings of another version, or values that do not parse, are ignored
// and never shown as errors.
//
// Nothing is read or written until restore() is called: --self-test and --screenshot never call it,
// so they neither see nor change the user's settings. After restore(), closing the window saves
// (MainWindow::closeEvent calls save()) and each change of the recent lists is written at once.
class WindowState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowState)

public:
    static constexpr int Version = 1;   // of the "windowState/" keys below
    static constexpr int MaxRecent = 10;   // entries in each recent list

    // The window's File → Open Recent menu is recentMenu(); the window adds it to its File menu.
    // Follows WINDOW's PostOpening (each opened post and its site become the latest recent entries)
    // and its document's path (Save As and renames add the new name).
    explicit WindowState(MainWindow *window);
    ~WindowState() override;

    // Puts the saved state back on the window: geometry, splitter sizes, preview tab, recent lists.
    // Then opens PATH (a post or a site folder) when given, else the post last open when it still
    // exists (or the site last open, through its newest post). A remembered post that is gone opens
    // nothing: the status bar says so, and its site, when it is still there, fills the post list.
    // Never shows a dialog; the reason stays in the status bar until a post opens. Returns true when it started opening a post (the open is asynchronous:
    // see MainWindow::opening()). From now on the state is saved on close.
    bool restore(const QString &path = QString());
    // Writes the state now (a no-op before restore()).
    void save();
    bool isRemembering() const { return m_remembering; }

    // Absolute paths, latest first, at most MaxRecent; entries whose file is gone stay listed (shown
    // disabled) until the list is cleared.
    QStringList recentPosts() const { return m_posts; }
    QStringList recentSites() const { return m_sites; }
    QMenu *recentMenu() const { return m_menu; }
    // Puts PATH first in its list (moving it up if already there) and drops the oldest past MaxRecent.
    void addRecentPost(const QString &path);
    void addRecentSite(const QString &root);
    void clearRecent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The user chose an entry of Open Recent: a post, or a site folder (open its newest post).
    void openRequested(const QString &path);

private:
    void rebuildMenu();
    void saveRecent();
    void tell(const QString &notice);

    MainWindow *m_window = nullptr;
    QMenu *m_menu = nullptr;
    // Why nothing was reopened; stays in the status bar (the preview's own messages come later)
    // until a post opens.
    QLabel *m_notice = nullptr;
    QByteArray m_splitterState;   // put back once the window is laid out, at its first show
    QStringList m_posts;
    QStringList m_sites;
    bool m_remembering = false;
};

} // namespace Lectern
