// SPDX-License-Identifier: GPL-3.0-or-later
#include "postdocument.h"

#include "savesink.h"

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
    m_diskHash = SaveSink::hash(m_post.toBytes());
    m_keepMine = false;
    Q_EMIT pathChanged(m_path);
    setModified(false);
    Q_EMIT loaded();
    return true;
}

void PostDocument::adopt(const QString &path, PostFile &&post, const QString &body, const QByteArray &diskHash)
{
    m_post = std::move(post);
    m_body = body;
    m_path = path;
    m_diskHash = diskHash;
    m_keepMine = false;
    Q_EMIT pathChanged(m_path);
    setModified(false);
    Q_EMIT loaded();
}

bool PostDocument::save(QString *error)
{
    return saveAs(m_path, error);
}

bool PostDocument::saveAs(const QString &path, QString *error)
{
    const bool written = m_saveSink ? m_saveSink->write(path, m_post.toBytes(), error) : m_post.save(path, error);
    if (!written) {
        if (error)
            *error = SaveSink::explain(path, *error);
        return false;
    }
    m_diskHash = SaveSink::hash(m_post.toBytes());
    m_keepMine = false;
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

bool PostDocument::diskChanged() const
{
    if (m_path.isEmpty())
        return false;
    return SaveSink::hashFile(m_path) != m_diskHash;
}

bool PostDocument::saveGuarded(QString *error, bool *conflict)
{
    const bool changed = !m_keepMine && diskChanged();
    if (conflict)
        *conflict = changed;
    if (changed) {
        if (error)
            *error = tr("%1 was changed or removed by another program since it was opened. "
                        "Reload it, or choose to keep your version.").arg(m_path);
        return false;
    }
    return save(error);
}

bool PostDocument::reload(QString *error)
{
    return load(m_path, error);
}

void PostDocument::restore(const QString &path, const QByteArray &bytes, const QByteArray &diskHash)
{
    m_post = PostFile::fromBytes(bytes);
    m_body = m_post.body();
    m_body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    m_path = path;
    m_diskHash = diskHash;
    m_keepMine = false;
    Q_EMIT pathChanged(m_path);
    m_modified = false;   // loaded() first so views show the text, then mark it unsaved
    Q_EMIT loaded();
    setModified(true);
}

void PostDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace Lectern
