// SPDX-License-Identifier: GPL-3.0-or-later
#include "listfieldeditor.h"

#include "frontmatter.h"

#include <QAbstractItemModel>
#include <QCompleter>
#include <QGridLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaObject>
#include <QToolButton>

namespace Lectern {

ListFieldEditor::ListFieldEditor(const Schema::Field &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_list(new QListWidget(this))
    , m_add(new QLineEdit(this))
    , m_remove(new QToolButton(this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_list, 0, 0, 3, 1, Qt::AlignTop);   // level with the buttons and the row's label
    layout->addWidget(m_up, 0, 1);
    layout->addWidget(m_down, 1, 1);
    layout->addWidget(m_remove, 2, 1);
    layout->addWidget(m_add, 3, 0, 1, 2);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_list->setObjectName(QStringLiteral("listItems"));
    m_up->setArrowType(Qt::UpArrow);
    m_up->setToolTip(tr("Move up"));
    m_down->setArrowType(Qt::DownArrow);
    m_down->setToolTip(tr("Move down"));
    m_remove->setText(QStringLiteral("−"));
    m_remove->setToolTip(tr("Remove the selected entry"));
    m_add->setPlaceholderText(tr("Add… (Enter)"));
    m_add->setObjectName(QStringLiteral("listAdd"));
    completeFrom(field.suggestions);
    connect(m_add, &QLineEdit::returnPressed, this, [this] {
        addItem(m_add->text());
        m_add->clear();
    });
    connect(m_remove, &QToolButton::clicked, this, &ListFieldEditor::removeCurrent);
    connect(m_up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveCurrent(1); });
    // Drag-and-drop reordering arrives as a row move.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &ListFieldEditor::commit);
    // Tab goes as the eye does: the list, the buttons beside it from the top, the field under them.
    setTabOrder(m_list, m_up);
    setTabOrder(m_up, m_down);
    setTabOrder(m_down, m_remove);
    setTabOrder(m_remove, m_add);
    setAccessibleLabel(field.label.isEmpty() ? Schema::labelFor(field.key) : field.label);
    fitHeight();
}

void ListFieldEditor::completeFrom(const QStringList &suggestions)
{
    const bool had = m_add->completer() != nullptr;
    QCompleter *completer = setSuggestions(m_add, suggestions, true);
    if (!completer || had)
        return;
    // Picking a completion (Enter on the popup, or a click) adds it. QCompleter writes the pick
    // into the field after the field's own Enter was handled, so clear it once that is done.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        addItem(text);
        QMetaObject::invokeMethod(m_add, &QLineEdit::clear, Qt::QueuedConnection);
    });
}

bool ListFieldEditor::updateField(const Schema::Field &field, const Schema &)
{
    if (!sameShown(this->field(), field))
        return false;
    completeFrom(field.suggestions);
    setField(field);
    return true;
}

QStringList ListFieldEditor::items() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void ListFieldEditor::setItems(const QStringList &items)
{
    m_showing = true;
    m_list->clear();
    m_list->addItems(items);
    m_showing = false;
    fitHeight();
}

void ListFieldEditor::showValue(const FrontMatter &fm)
{
    const QStringList values = fm.stringList(key());
    m_shown = values;
    if (items() != values)
        setItems(values);
    m_add->setPlaceholderText(tr("Add… (Enter)"));
}

void ListFieldEditor::showInherited(const QVariant &value)
{
    m_shown.clear();
    setItems({});
    m_add->setPlaceholderText(tr("Site default: %1 — type to add").arg(inheritedText(value)));
}

QWidget *ListFieldEditor::focusTarget() const { return m_add; }

QList<QWidget *> ListFieldEditor::focusOrder() const
{
    return {m_list, m_up, m_down, m_remove, m_add};
}

void ListFieldEditor::setAccessibleLabel(const QString &label)
{
    m_list->setAccessibleName(label);
    m_up->setAccessibleName(tr("Move the selected entry of %1 up").arg(label));
    m_down->setAccessibleName(tr("Move the selected entry of %1 down").arg(label));
    m_remove->setAccessibleName(tr("Remove the selected entry of %1").arg(label));
    m_add->setAccessibleName(tr("Add to %1").arg(label));
}

bool ListFieldEditor::contains(const QString &text) const
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->text() == text)
            return true;
    }
    return false;
}

void ListFieldEditor::addItem(const QString &text)
{
    const QString item = text.trimmed();
    if (item.isEmpty())
        return;
    if (contains(item)) {
        // Already there (Jekyll would drop the copy): point at it instead.
        m_list->setCurrentRow(int(items().indexOf(item)));
        return;
    }
    m_list->addItem(item);
    fitHeight();
    commit();
}

void ListFieldEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    fitHeight();
    commit();
}

void ListFieldEditor::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    m_showing = true;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
    m_showing = false;
    commit();
}

void ListFieldEditor::fitHeight()
{
    const int rows = std::clamp(m_list->count(), 2, 8);
    const int rowHeight = std::max(m_list->sizeHintForRow(0), fontMetrics().height() + 4);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 2);
}

void ListFieldEditor::commit()
{
    if (m_showing)
        return;
    const QStringList now = items();
    if (now == m_shown)
        return;
    m_shown = now;
    emitList(now);
}

} // namespace Lectern
