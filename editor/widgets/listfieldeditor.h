// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldeditor.h"

class QLineEdit;
class QListWidget;
class QToolButton;

namespace Lectern {

// A list of strings (categories, tags): add with completion from the site's values, remove, reorder.
class ListFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListFieldEditor)
public:
    ListFieldEditor(const Schema::Field &field, QWidget *parent);
    void showValue(const FrontMatter &frontMatter) override;
    void showInherited(const QVariant &value) override;
    QWidget *focusTarget() const override;

    QListWidget *listWidget() const { return m_list; }
    QLineEdit *addEdit() const { return m_add; }
    QStringList items() const;
    // The same steps the buttons take.
    void addItem(const QString &text);
    void removeCurrent();
    void moveCurrent(int delta);

private:
    void setItems(const QStringList &items);
    void fitHeight();
    void commit();

    QListWidget *m_list = nullptr;
    QLineEdit *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QStringList m_shown;
    bool m_showing = false;
};

} // namespace Lectern
