// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSortFilterProxyModel>

namespace Lectern {

class SiteIndex;
struct PostEntry;

// The site index as rows: date, title, categories and the post's state in the site's git repository
// (issue 18). Follows the index's signals row by row, so a changed file updates one row rather than
// the whole list.
class PostListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostListModel)

public:
    enum Column { DateColumn, TitleColumn, CategoriesColumn, RepoStateColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, DateRole, SearchTextRole, CategoriesRole, TagsRole, DraftRole, ErrorRole, RepoStateRole };

    explicit PostListModel(SiteIndex *index, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Direct access for sorting and filtering 10,000 rows without a QVariant per comparison.
    const PostEntry &entry(int row) const;

    // What each post is to the site's repository: absolute post path → a short translated word
    // ("New", "Modified", …) shown in RepoStateColumn and its tooltip (RepoStateRole). The caller
    // maps git's states to words: this library does not know git. Empty (not a repository): the
    // column is blank and hasRepoStates() is false.
    void setRepoStates(const QHash<QString, QString> &labels, const QHash<QString, QString> &tooltips = {});
    bool hasRepoStates() const { return !m_repoLabels.isEmpty(); }
    // The distinct git state labels shown (a handful: New, Modified, …), for fitting their column.
    QStringList repoStateLabels() const { return m_distinctLabels; }

Q_SIGNALS:
    void repoStatesChanged();

private:
    SiteIndex *m_index = nullptr;
    int m_rows = 0;
    QHash<QString, QString> m_repoLabels;
    QStringList m_distinctLabels;
    QHash<QString, QString> m_repoTooltips;
};

// Search as you type, category/tag and draft filters, and the list's order: upcoming first
// (soonest on top), then past posts newest first.
class PostListFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostListFilter)

public:
    enum class Status { All, Published, Drafts, Problems };

    explicit PostListFilter(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    // "category:NAME", "tag:NAME" or empty for all.
    void setTerm(const QString &term);
    void setStatus(Status status);
    void setToday(QDate today);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
    QString m_term;
    Status m_status = Status::All;
    QDate m_today = QDate::currentDate();
};

} // namespace Lectern
