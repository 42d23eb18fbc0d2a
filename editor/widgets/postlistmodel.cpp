// SPDX-License-Identifier: GPL-3.0-or-later
#include "postlistmodel.h"

#include "siteindex.h"

#include <QBrush>
#include <QPalette>

namespace Lectern {

PostListModel::PostListModel(SiteIndex *index, QObject *parent)
    : QAbstractTableModel(parent)
    , m_index(index)
    , m_rows(int(index->entries().size()))
{
    connect(index, &SiteIndex::reset, this, [this] {
        beginResetModel();
        m_rows = int(m_index->entries().size());
        endResetModel();
    });
    connect(index, &SiteIndex::entriesChanged, this, [this](const QList<int> &rows) {
        for (int row : rows)
            Q_EMIT dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    });
    connect(index, &SiteIndex::entryAdded, this, [this](int row) {
        beginInsertRows({}, row, row);
        m_rows = int(m_index->entries().size());
        endInsertRows();
    });
    connect(index, &SiteIndex::entryRemoved, this, [this](int row) {
        beginRemoveRows({}, row, row);
        m_rows = int(m_index->entries().size());
        endRemoveRows();
    });
}

int PostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int PostListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PostListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_index->entries().size())
        return {};
    const PostEntry &e = m_index->entries().at(index.row());
    const bool draft = e.draft || e.unpublished;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == DateColumn)
            return e.date.isValid() ? e.date.toString(Qt::ISODate) : QString();
        if (index.column() == TitleColumn) {
            QString title = e.displayTitle();
            if (draft)
                title = tr("%1 (draft)").arg(title);
            return e.error.isEmpty() ? title : tr("⚠ %1").arg(title);
        }
        return (e.categories + e.tags).join(QStringLiteral(", "));
    case Qt::ToolTipRole:
        return e.error.isEmpty() ? e.relativePath : e.error;
    case Qt::ForegroundRole:
        if (!e.error.isEmpty())
            return QBrush(Qt::darkRed);
        if (draft)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case PathRole:
        return e.path;
    case DateRole:
        return e.date;
    case SearchTextRole:
        return QString(e.title + QLatin1Char('\n') + e.fileName() + QLatin1Char('\n') + e.categories.join(QLatin1Char('\n')));
    case CategoriesRole:
        return e.categories;
    case TagsRole:
        return e.tags;
    case DraftRole:
        return draft;
    case ErrorRole:
        return e.error;
    default:
        return {};
    }
}

QVariant PostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    default:
        return tr("Categories");
    }
}

PostListFilter::PostListFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0);
}

void PostListFilter::setSearchText(const QString &text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void PostListFilter::setTerm(const QString &term)
{
    m_term = term;
    invalidateFilter();
}

void PostListFilter::setStatus(Status status)
{
    m_status = status;
    invalidateFilter();
}

void PostListFilter::setToday(QDate today)
{
    m_today = today;
    invalidate();
}

bool PostListFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool draft = i.data(PostListModel::DraftRole).toBool();
    switch (m_status) {
    case Status::Published:
        if (draft)
            return false;
        break;
    case Status::Drafts:
        if (!draft)
            return false;
        break;
    case Status::Problems:
        if (i.data(PostListModel::ErrorRole).toString().isEmpty())
            return false;
        break;
    case Status::All:
        break;
    }
    if (m_term.startsWith(QLatin1String("category:"))
        && !i.data(PostListModel::CategoriesRole).toStringList().contains(m_term.mid(9)))
        return false;
    if (m_term.startsWith(QLatin1String("tag:")) && !i.data(PostListModel::TagsRole).toStringList().contains(m_term.mid(4)))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = i.data(PostListModel::SearchTextRole).toString();
    for (const QString &w : m_words) {
        if (!text.contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool PostListFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QDate a = left.siblingAtColumn(0).data(PostListModel::DateRole).toDate();
    const QDate b = right.siblingAtColumn(0).data(PostListModel::DateRole).toDate();
    auto rank = [this](QDate d) { return !d.isValid() ? 2 : (d >= m_today ? 0 : 1); };
    if (rank(a) != rank(b))
        return rank(a) < rank(b);
    if (a != b)
        return rank(a) == 0 ? a < b : a > b;
    return left.siblingAtColumn(0).data(PostListModel::PathRole).toString()
            < right.siblingAtColumn(0).data(PostListModel::PathRole).toString();
}

} // namespace Lectern
