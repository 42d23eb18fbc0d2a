// SPDX-License-Identifier: GPL-3.0-or-later
#include "postlistmodel.h"

#include "siteindex.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>

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
    // One signal per batch: the proxy re-sorts once rather than once per row.
    connect(index, &SiteIndex::entriesChanged, this, [this](const QList<int> &rows) {
        if (rows.isEmpty())
            return;
        const auto [lo, hi] = std::minmax_element(rows.cbegin(), rows.cend());
        Q_EMIT dataChanged(this->index(*lo, 0), this->index(*hi, ColumnCount - 1));
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

const PostEntry &PostListModel::entry(int row) const
{
    return m_index->entries().at(row);
}

void PostListModel::setRepoStates(const QHash<QString, QString> &labels, const QHash<QString, QString> &tooltips)
{
    if (labels == m_repoLabels && tooltips == m_repoTooltips)
        return;
    m_repoLabels = labels;
    m_repoTooltips = tooltips;
    m_distinctLabels.clear();
    for (const QString &label : labels) {
        if (!m_distinctLabels.contains(label))
            m_distinctLabels << label;
    }
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, RepoStateColumn), index(m_rows - 1, RepoStateColumn));
    Q_EMIT repoStatesChanged();
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
        if (index.column() == RepoStateColumn)
            return m_repoLabels.value(e.path);
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
        if (index.column() == RepoStateColumn && m_repoTooltips.contains(e.path))
            return m_repoTooltips.value(e.path);
        if (!e.error.isEmpty())
            return e.error;
        {
            // The whole title and the categories: a narrow list elides the one and hides the other.
            QStringList lines{e.displayTitle(), (e.categories + e.tags).join(QStringLiteral(", ")), e.relativePath,
                              m_repoTooltips.value(e.path)};
            lines.removeAll(QString());
            return lines.join(QLatin1Char('\n'));
        }
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
    case RepoStateRole:
        return m_repoLabels.value(e.path);
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
    case RepoStateColumn:
        return tr("Git");
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

bool PostListFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const PostEntry &e = static_cast<const PostListModel *>(sourceModel())->entry(sourceRow);
    const bool draft = e.draft || e.unpublished;
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
        if (e.error.isEmpty())
            return false;
        break;
    case Status::All:
        break;
    }
    if (m_term.startsWith(QLatin1String("category:")) && !e.categories.contains(m_term.mid(9)))
        return false;
    if (m_term.startsWith(QLatin1String("tag:")) && !e.tags.contains(m_term.mid(4)))
        return false;
    for (const QString &w : m_words) {
        if (!e.title.contains(w, Qt::CaseInsensitive) && !e.fileName().contains(w, Qt::CaseInsensitive)
            && !e.categories.join(QLatin1Char(' ')).contains(w, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool PostListFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = static_cast<const PostListModel *>(sourceModel());
    const PostEntry &l = model->entry(left.row());
    const PostEntry &r = model->entry(right.row());
    const QDate a = l.date;
    const QDate b = r.date;
    auto rank = [this](QDate d) { return !d.isValid() ? 2 : (d >= m_today ? 0 : 1); };
    if (rank(a) != rank(b))
        return rank(a) < rank(b);
    if (a != b)
        return rank(a) == 0 ? a < b : a > b;
    return l.relativePath < r.relativePath;
}

} // namespace Lectern
