// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QSortFilterProxyModel>

namespace Lectern {

class SiteIndex;
struct PostEntry;

// The site index as rows: date, title, categories. Follows the index's signals row by row,
// so a changed file updates one row rather than the whole list.
class PostListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostListModel)

public:
    enum Column { DateColumn, TitleColumn, CategoriesColumn, ColumnCount };
    enum Role { PathRole = Qt::UserRole + 1, DateRole, SearchTextRole, CategoriesRole, TagsRole, DraftRole, ErrorRole };

    explicit PostListModel(SiteIndex *index, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Direct access for sorting and filtering 10,000 rows without a QVariant per comparison.
    const PostEntry &entry(int row) const;

private:
    SiteIndex *m_index = nullptr;
    int m_rows = 0;
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
