// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFormLayout;
class QLineEdit;
class QListWidget;

namespace Lectern {

class PostDocument;

// The structured front-matter form. It shows the document and edits it only through
// PostDocument's API, so the file changes in the edited field's lines alone.
class FrontMatterForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontMatterForm)

public:
    explicit FrontMatterForm(PostDocument *document, QWidget *parent = nullptr);
    ~FrontMatterForm() override;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *dateEdit() const { return m_date; }
    QListWidget *otherKeys() const { return m_others; }

private:
    void refresh();
    void commit(const QString &key, QLineEdit *edit);

    PostDocument *m_document = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_date = nullptr;
    QListWidget *m_others = nullptr;
    bool m_updating = false;
};

} // namespace Lectern
