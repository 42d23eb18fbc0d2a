// SPDX-License-Identifier: GPL-3.0-or-later
#include "postdocument.h"

namespace Lectern {

PostDocument::PostDocument(QObject *parent)
    : QObject(parent)
{
}

PostDocument::~PostDocument() = default;

bool PostDocument::load(const QString &path, QString *error)
{
    PostFile post;
    if (!PostFile::load(path, &post, error))
        return false;
    m_post = post;
    m_body = m_post.body();
    // Editors work in LF; the file's own line endings come back on write (setBody).
    m_body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    m_path = path;
    Q_EMIT pathChanged(m_path);
    setModified(false);
    Q_EMIT loaded();
    return true;
}

bool PostDocument::save(QString *error)
{
    return saveAs(m_path, error);
}

bool PostDocument::saveAs(const QString &path, QString *error)
{
    if (!m_post.save(path, error))
        return false;
    if (path != m_path) {
        m_path = path;
        Q_EMIT pathChanged(m_path);
    }
    setModified(false);
    Q_EMIT saved();
    return true;
}

void PostDocument::setBody(const QString &body)
{
    if (body == m_body)
        return;
    m_body = body;
    if (m_post.lineEnding() == PostFile::LineEnding::CRLF) {
        QString crlf = body;
        crlf.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\n'), QLatin1String("\r\n"));
        m_post.setBody(crlf);
    } else {
        m_post.setBody(body);
    }
    setModified(true);
    Q_EMIT bodyChanged();
}

template<typename Edit>
bool PostDocument::editFrontMatter(const QString &key, Edit edit)
{
    const QByteArray before = m_post.frontMatter().text();
    if (!edit(m_post.frontMatter()))
        return false;
    if (m_post.frontMatter().text() != before) {
        setModified(true);
        Q_EMIT frontMatterChanged(key);
    }
    return true;
}

bool PostDocument::setScalar(const QString &key, const QString &value, QString *error)
{
    return editFrontMatter(key, [&](FrontMatter &fm) { return fm.setScalar(key, value, error); });
}

bool PostDocument::setStringList(const QString &key, const QStringList &values, QString *error)
{
    return editFrontMatter(key, [&](FrontMatter &fm) { return fm.setStringList(key, values, error); });
}

bool PostDocument::setYaml(const QString &key, const QByteArray &yaml, QString *error)
{
    return editFrontMatter(key, [&](FrontMatter &fm) { return fm.setYaml(key, yaml, error); });
}

bool PostDocument::removeKey(const QString &key, QString *error)
{
    return editFrontMatter(key, [&](FrontMatter &fm) { return fm.remove(key, error); });
}

void PostDocument::setFrontMatterText(const QByteArray &text)
{
    if (m_post.hasFrontMatter() && m_post.frontMatter().text() == text)
        return;
    m_post.setFrontMatterText(text);
    setModified(true);
    Q_EMIT frontMatterChanged(QString());
}

void PostDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace Lectern
