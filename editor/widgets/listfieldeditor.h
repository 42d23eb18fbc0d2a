// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldeditor.h"

class QLineEdit;
class QListWidget;
class QToolButton;

namespace Lectern {

// A list of strings (categories, tags): add with completion from the site's values, remove, reorder.
// Adding never makes a duplicate: an entry equal to one in the list (after trimming, compared
// case-sensitively) selects that one instead. The rule is Jekyll's (4.3 Document#populate_categories
// drops exact copies with uniq!, and site.categories/site.tags key on the exact string, so "News"
// and "news" are two categories; a copied tag would list the post twice under it). Entries already
// duplicated in the file are shown as they are: the form never rewrites what it did not edit.
class ListFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListFieldEditor)
public:
    ListFieldEditor(const Schema::Field &field, QWidget *parent);
    void showValue(const FrontMatter &frontMatter) override;
    bool updateField(const Schema::Field &field, const Schema &schema) override;
    void showInherited(const QVariant &value) override;
    QWidget *focusTarget() const override;
    // The list, its up / down / remove buttons (top to bottom beside it), then the field under it.
    QList<QWidget *> focusOrder() const override;
    void setAccessibleLabel(const QString &label) override;

    QListWidget *listWidget() const { return m_list; }
    QLineEdit *addEdit() const { return m_add; }
    QStringList items() const;
    // The same steps the buttons take. addItem: TEXT trimmed; empty, or already in the list, adds nothing.
    void addItem(const QString &text);
    bool contains(const QString &text) const;
    void removeCurrent();
    void moveCurrent(int delta);

private:
    // The completer of the Add field, made or updated (issue 14: the site schema arrives later).
    void completeFrom(const QStringList &suggestions);
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
