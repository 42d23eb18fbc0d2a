// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTimer;
class QTreeView;

namespace Lectern {

class PostListFilter;
class PostListModel;
class SiteIndex;

// The side panel: a site's posts with search, category/tag and status filters.
// It reads the index and asks for a post to be opened; opening is the window's job.
class PostList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostList)

public:
    explicit PostList(SiteIndex *index, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QComboBox *termFilter() const { return m_term; }
    QComboBox *statusFilter() const { return m_status; }
    QTreeView *view() const { return m_view; }
    PostListFilter *filter() const { return m_filter; }
    // The rows before filtering; setRepoStates() there fills the git column.
    PostListModel *model() const { return m_model; }
    // Paths in the order the list shows them, after filters.
    QStringList visiblePaths() const;
    // The selected rows' paths (several with Ctrl/Shift-click), sorted; the open post's row is selected
    // with it unless the user changed the selection.
    QStringList selectedPaths() const;
    // Selects the row of a path (the open post), if it is listed. Clicking that row again asks nothing.
    void setCurrentPath(const QString &path);

Q_SIGNALS:
    // A row was clicked or activated (Enter, double-click) that is not the open post's (setCurrentPath),
    // or the keyboard moved to it (arrow keys, Page Up/Down, Home/End without Ctrl or Shift) and stayed
    // there for kKeyOpenDelayMs, as in a mail program's message list: the row marked is the post shown.
    void openRequested(const QString &path);

public:
    static constexpr int kKeyOpenDelayMs = 250;   // holding an arrow key passes rows without opening them

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The title gets what the date, categories and git columns leave; the categories column hides
    // when the title would keep fewer than ~14 characters (their text is in the row's tooltip).
    void fitColumns();
    void requestOpen(const QModelIndex &index);
    void updateTerms();
    void updateCount();

    SiteIndex *m_index = nullptr;
    PostListModel *m_model = nullptr;
    PostListFilter *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_term = nullptr;
    QComboBox *m_status = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QString m_currentPath;
    QTimer *m_keyOpen = nullptr;
    int m_categoriesWidth = 70;      // the categories column's width while it is shown
    bool m_settingCurrent = false;   // setCurrentPath moves the current row: nothing to open
};

} // namespace Lectern
