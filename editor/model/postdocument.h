// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postfile.h"

#include <QObject>

namespace Lectern {

// The post open in the editor: its file, its path and whether it has unsaved edits.
// Every change goes through here, so views learn of it from one signal.
class PostDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostDocument)

public:
    explicit PostDocument(QObject *parent = nullptr);
    ~PostDocument() override;

    bool load(const QString &path, QString *error);
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);

    QString path() const { return m_path; }
    const PostFile &post() const { return m_post; }
    bool isModified() const { return m_modified; }

    QString body() const { return m_body; }
    void setBody(const QString &body);
    // Front-matter edits; false with a reason when the value cannot be written.
    bool setScalar(const QString &key, const QString &value, QString *error = nullptr);
    bool setStringList(const QString &key, const QStringList &values, QString *error = nullptr);
    bool setYaml(const QString &key, const QByteArray &yaml, QString *error = nullptr);
    bool removeKey(const QString &key, QString *error = nullptr);
    void setFrontMatterText(const QByteArray &text);

Q_SIGNALS:
    void loaded();
    void frontMatterChanged(const QString &key);   // empty key: the whole block changed
    void bodyChanged();
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    void saved();

private:
    void setModified(bool modified);
    template<typename Edit>
    bool editFrontMatter(const QString &key, Edit edit);

    QString m_path;
    PostFile m_post;
    QString m_body;      // decoded once; the post holds the bytes
    bool m_modified = false;
};

} // namespace Lectern
