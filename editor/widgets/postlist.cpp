// SPDX-License-Identifier: GPL-3.0-or-later
#include "postlist.h"

#include "postlistmodel.h"
#include "siteindex.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QTimer>
#include <QTreeView>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Lectern {

PostList::PostList(SiteIndex *index, QWidget *parent)
    : QWidget(parent)
    , m_index(index)
    , m_model(new PostListModel(index, this))
    , m_filter(new PostListFilter(this))
    , m_search(new QLineEdit)
    , m_term(new QComboBox)
    , m_status(new QComboBox)
    , m_view(new QTreeView)
    , m_count(new QLabel)
    , m_keyOpen(new QTimer(this))
{
    setObjectName(QStringLiteral("postList"));
    m_filter->setSourceModel(m_model);

    m_search->setPlaceholderText(tr("Search titles, file names, categories"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search posts"));
    m_term->setAccessibleName(tr("Category or tag"));
    m_status->setAccessibleName(tr("Which posts"));
    m_view->setAccessibleName(tr("Posts"));
    m_term->addItem(tr("All categories and tags"), QString());
    m_status->addItem(tr("All posts"), int(PostListFilter::Status::All));
    m_status->addItem(tr("Published"), int(PostListFilter::Status::Published));
    m_status->addItem(tr("Drafts"), int(PostListFilter::Status::Drafts));
    m_status->addItem(tr("Problems"), int(PostListFilter::Status::Problems));

    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);   // keeps 10,000 rows cheap to lay out
    m_view->setAlternatingRowColors(true);
    // Several rows for Post → Publish Selected… (issue 18); opening stays on activation (double-click, Enter).
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(PostListModel::TitleColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(PostListModel::DateColumn,
                           qMax(82, m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 16));
    m_view->setColumnWidth(PostListModel::CategoriesColumn, m_categoriesWidth);
    // The git column shows only for a site in a git work tree (issue 18).
    // Fixed, fitted by fitColumns(): as wide as its words while the title keeps room, narrower (elided)
    // when not; the whole state is in every cell's tooltip.
    m_view->header()->setSectionResizeMode(PostListModel::RepoStateColumn, QHeaderView::Fixed);
    m_view->setColumnHidden(PostListModel::RepoStateColumn, true);
    connect(m_model, &PostListModel::repoStatesChanged, this, [this] {
        m_view->setColumnHidden(PostListModel::RepoStateColumn, !m_model->hasRepoStates());
        fitColumns();
    });

    // The filters shrink with the column (their texts elide, the popups stay wide): at their full
    // width ("All categories and tags") the post list could not be narrower than 265 px, which the
    // splitter took from the editor in a window on a 1280x800 screen.
    m_term->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_term->setMinimumContentsLength(5);
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(4);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_term, 1);
    filters->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_filter, &PostListFilter::setSearchText);
    connect(m_term, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTerm(m_term->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(PostListFilter::Status(m_status->currentData().toInt())); });
    // A click opens the post, as a sidebar's document list does (Kate's Documents, Dolphin's Places),
    // and so does Enter (activated). A style that activates on a single click (KDE's) sends both for one
    // click: the second asks for the post the first opened and is dropped. A Ctrl- or Shift-click
    // extends the selection (Post → Publish Selected…) and opens nothing.
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (!(QGuiApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            requestOpen(index);
    });
    connect(m_view, &QTreeView::activated, this, &PostList::requestOpen);
    // The keyboard's current row opens once the user stops on it (a mouse press moves the current row
    // too: its click opens at once). Shift and Ctrl with the keys extend or leave the selection alone.
    m_keyOpen->setSingleShot(true);
    m_keyOpen->setInterval(kKeyOpenDelayMs);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_settingCurrent || !current.isValid() || !m_view->hasFocus()
            || QGuiApplication::mouseButtons() != Qt::NoButton
            || (QGuiApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            return;
        m_keyOpen->start();
    });
    m_view->viewport()->installEventFilter(this);
    connect(m_keyOpen, &QTimer::timeout, this, [this] {
        if (m_view->hasFocus())
            requestOpen(m_view->currentIndex());
        else   // the user went on elsewhere (or a dialog has the keyboard): the mark goes back to the open post
            setCurrentPath(m_currentPath);
    });
    connect(m_index, &SiteIndex::ready, this, &PostList::updateTerms);
    connect(m_index, &SiteIndex::entryAdded, this, &PostList::updateTerms);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &PostList::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &PostList::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PostList::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &PostList::updateCount);
    connect(m_index, &SiteIndex::ready, this, &PostList::updateCount);
    // The open post's row stays selected when the index fills in or changes.
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { setCurrentPath(m_currentPath); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] { setCurrentPath(m_currentPath); });
    updateCount();
}

QStringList PostList::visiblePaths() const
{
    QStringList paths;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        paths << m_filter->index(row, 0).data(PostListModel::PathRole).toString();
    return paths;
}

QStringList PostList::selectedPaths() const
{
    QStringList paths;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    for (const QModelIndex &i : rows)
        paths << i.data(PostListModel::PathRole).toString();
    std::sort(paths.begin(), paths.end());
    return paths;
}

void PostList::setCurrentPath(const QString &path)
{
    const QScopedValueRollback<bool> setting(m_settingCurrent, true);
    m_keyOpen->stop();
    m_currentPath = path;
    const int row = m_index->indexOf(path);
    if (row < 0)
        return;
    const QModelIndex i = m_filter->mapFromSource(m_model->index(row, 0));
    if (i.isValid()) {
        m_view->setCurrentIndex(i);
        m_view->scrollTo(i);
    }
}

void PostList::requestOpen(const QModelIndex &index)
{
    m_keyOpen->stop();
    const QString path = index.siblingAtColumn(0).data(PostListModel::PathRole).toString();
    if (!path.isEmpty() && path != m_currentPath)
        Q_EMIT openRequested(path);
}

bool PostList::eventFilter(QObject *watched, QEvent *event)
{
    // The view's own area, once laid out (the list's first showing included): a resize of the side
    // column, a scroll bar coming or going.
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void PostList::fitColumns()
{
    QHeaderView *header = m_view->header();
    const int minTitle = m_view->fontMetrics().averageCharWidth() * 14;
    int others = header->sectionSize(PostListModel::DateColumn);
    if (!m_view->isColumnHidden(PostListModel::RepoStateColumn)) {
        // The git state gives way to the title, down to a few letters ("Not y…"), as categories do.
        int wanted = header->sectionSizeHint(PostListModel::RepoStateColumn);
        for (const QString &label : m_model->repoStateLabels())
            wanted = std::max(wanted, m_view->fontMetrics().horizontalAdvance(label) + 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8);
        const int least = m_view->fontMetrics().averageCharWidth() * 6;
        const int git = std::clamp(m_view->viewport()->width() - others - minTitle, least, std::max(least, wanted));
        if (header->sectionSize(PostListModel::RepoStateColumn) != git)
            m_view->setColumnWidth(PostListModel::RepoStateColumn, git);
        others += git;
    }
    if (!m_view->isColumnHidden(PostListModel::CategoriesColumn))
        m_categoriesWidth = header->sectionSize(PostListModel::CategoriesColumn);   // the user may widen it
    const int titleRoom = m_view->viewport()->width() - others - m_categoriesWidth;
    m_view->setColumnHidden(PostListModel::CategoriesColumn, titleRoom < minTitle);
}

void PostList::updateTerms()
{
    QStringList categories, tags;
    for (const PostEntry &e : m_index->entries()) {
        for (const QString &c : e.categories) {
            if (!categories.contains(c))
                categories << c;
        }
        for (const QString &t : e.tags) {
            if (!tags.contains(t))
                tags << t;
        }
    }
    categories.sort(Qt::CaseInsensitive);
    tags.sort(Qt::CaseInsensitive);
    const QString current = m_term->currentData().toString();
    const QSignalBlocker block(m_term);
    while (m_term->count() > 1)
        m_term->removeItem(1);
    for (const QString &c : std::as_const(categories))
        m_term->addItem(tr("Category: %1").arg(c), QString(QStringLiteral("category:") + c));
    for (const QString &t : std::as_const(tags))
        m_term->addItem(tr("Tag: %1").arg(t), QString(QStringLiteral("tag:") + t));
    m_term->setCurrentIndex(qMax(0, m_term->findData(current)));
}

void PostList::updateCount()
{
    const qsizetype total = m_index->entries().size();
    QString text = tr("%1 of %2 posts").arg(m_filter->rowCount()).arg(total);
    if (!m_index->isReady() && !m_index->root().isEmpty())
        text += tr(" — reading…");
    m_count->setText(text);
}

} // namespace Lectern
