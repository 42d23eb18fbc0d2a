// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldeditor.h"

class QImage;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Lectern {

// An image path relative to the site root, with a thumbnail read from the site folder and a
// Choose… dialog that starts in the site's image folder and copies outside files into it.
class ImageFieldEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageFieldEditor)
public:
    ImageFieldEditor(const Schema::Field &field, const Schema &schema, QWidget *parent);
    void showValue(const FrontMatter &frontMatter) override;
    bool updateField(const Schema::Field &field, const Schema &schema) override;
    void showInherited(const QVariant &value) override;
    QWidget *focusTarget() const override;
    QList<QWidget *> focusOrder() const override;
    void setAccessibleLabel(const QString &label) override;

    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *thumbnail() const { return m_thumbnail; }
    // The folder Choose… starts in: the current image's folder, else the site's usual image folder.
    QString imageFolder() const;
    // Uses a picked file: inside the site its path is written; outside it is copied into
    // imageFolder() first when copyOutside is true. False with a reason when it cannot be used.
    bool useFile(const QString &file, bool copyOutside, QString *error = nullptr);

private:
    void choose();
    void commit();
    // Reads the field's picture on a worker (QThreadPool) and shows it when read: a thumbnail, else
    // "No image" (empty field) or "Not found". Answers for an older value are dropped.
    void updateThumbnail();
    void showThumbnail(const QImage &image, const QString &file, bool empty);

    QString m_siteRoot;
    Schema m_schema;
    QLineEdit *m_edit = nullptr;
    QLabel *m_thumbnail = nullptr;
    QPushButton *m_choose = nullptr;
    QString m_shown;
    bool m_present = false;
    quint64 m_thumbnailGeneration = 0;
};

} // namespace Lectern
