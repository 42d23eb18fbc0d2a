// SPDX-License-Identifier: GPL-3.0-or-later
#include "postdocument.h"

#include "savesink.h"

#include <algorithm>
#include <future>
#include <numeric>

namespace Lectern {

namespace {

constexpr qsizetype kHashAsideFrom = 1024 * 1024;   // bytes; smaller posts hash in microseconds

} // namespace

PostDocument::PostDocument(QObject *parent)
    : QObject(parent)
{
}

PostDocument::~PostDocument() = default;

bool PostDocument::load(const QString &path, QString *error)
{
    const DiskStamp stamp = DiskStamp::of(path);   // before reading: a write after it moves the file's times
    PostFile post;
    if (!PostFile::load(path, &post, error))
        return false;
    m_post = post;
    m_postBodyStale = false;
    m_body = m_post.body();
    // Editors work in LF; the file's own line endings come back on write (setBody).
    m_body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    m_path = path;
    m_diskHash = SaveSink::hash(m_post.toParts());
    m_diskStamp = stamp;
    m_keepMine = false;
    Q_EMIT pathChanged(m_path);
    setModified(false);
    Q_EMIT loaded();
    return true;
}

void PostDocument::adopt(const QString &path, PostFile &&post, const QString &body, const QByteArray &diskHash,
                         const DiskStamp &stamp)
{
    m_post = std::move(post);
    m_body = body;
    m_path = path;
    m_diskHash = diskHash;
    m_diskStamp = stamp;
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
    const QByteArrayList parts = post().toParts();
    const qsizetype size = std::accumulate(parts.cbegin(), parts.cend(), qsizetype(0),
                                           [](qsizetype sum, const QByteArray &part) { return sum + part.size(); });
    // The hash of what we write, for the disk checks: on a second core while the file is written.
    std::future<QByteArray> hash = std::async(size > kHashAsideFrom ? std::launch::async : std::launch::deferred,
                                              [parts] { return SaveSink::hash(parts); });
    const bool written = m_saveSink ? m_saveSink->write(path, parts.join(), error) : PostFile::saveParts(path, parts, error);
    if (!written) {
        if (error)
            *error = SaveSink::explain(path, *error);
        return false;   // the future's destructor waits for the hash
    }
    m_diskHash = hash.get();
    // After the write: a racing writer in between is missed only if it wrote the same size in the
    // same clock tick, and then the stamp is racy anyway and the next check hashes.
    m_diskStamp = DiskStamp::of(path);
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
    // The edited range: what lies between the common start and the common end.
    const qsizetype shorter = std::min(body.size(), m_body.size());
    qsizetype head = 0;
    while (head < shorter && body.at(head) == m_body.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < shorter - head && body.at(body.size() - 1 - tail) == m_body.at(m_body.size() - 1 - tail))
        ++tail;
    const qsizetype removed = m_body.size() - head - tail;
    const qsizetype added = body.size() - head - tail;
    m_body = body;
    bodyReplaced(head, removed, added);
}

namespace {
// Spare capacity for a body buffer of SIZE UTF-16 units: typing grows it without a copy.
qsizetype bodyHeadroom(qsizetype size)
{
    return std::max<qsizetype>(4096, size / 16);
}
} // namespace

void PostDocument::replaceBodyRange(qsizetype position, qsizetype length, const QString &text)
{
    if (position < 0 || length < 0 || position > m_body.size() || length > m_body.size() - position)
        return;
    if (length == 0 && text.isEmpty())
        return;
    if (QStringView(m_body).mid(position, length) == text)
        return;
    const qsizetype size = m_body.size() - length + text.size();
    if (!m_body.isDetached() && m_spare.isDetached() && m_spare.capacity() >= size) {
        // A render holds the body: write the edited text into the spare buffer instead of a fresh
        // allocation, whose first touch of every page stalls typing in a megabyte post.
        m_spare.resize(0);
        m_spare.append(QStringView(m_body).left(position)).append(text).append(QStringView(m_body).mid(position + length));
        std::swap(m_body, m_spare);   // the spare is free again once the render lets go of it
    } else if (!m_body.isDetached()) {
        // One copy, with room to grow: a copy of exactly the new size would be copied again
        // (realloc) by the next keystroke.
        QString edited;
        edited.reserve(size + bodyHeadroom(size));
        edited.append(QStringView(m_body).left(position)).append(text).append(QStringView(m_body).mid(position + length));
        m_spare = std::exchange(m_body, edited);   // the render's copy: reusable once the render lets go
    } else {
        if (m_body.capacity() < size)
            m_body.reserve(size + bodyHeadroom(size));
        m_body.replace(position, length, text);
    }
    bodyReplaced(position, length, text.size());
}

void PostDocument::bodyReplaced(qsizetype position, qsizetype removed, qsizetype added)
{
    m_postBodyStale = true;
    setModified(true);
    Q_EMIT bodyEdited(position, removed, added);
    Q_EMIT bodyChanged();
}

const PostFile &PostDocument::post() const
{
    syncPostBody();
    return m_post;
}

void PostDocument::syncPostBody() const
{
    if (!m_postBodyStale)
        return;
    m_postBodyStale = false;
    if (m_post.lineEnding() == PostFile::LineEnding::CRLF) {
        // Each line break as CRLF (one already CRLF stays one), encoded in one pass: a 20 MB body
        // is not copied three times on the way to a save.
        QByteArray bytes;
        bytes.reserve(m_body.size() + m_body.size() / 8);
        const QStringView body(m_body);
        qsizetype start = 0;
        for (qsizetype nl = body.indexOf(QLatin1Char('\n')); nl >= 0; nl = body.indexOf(QLatin1Char('\n'), start)) {
            const qsizetype end = nl > start && body.at(nl - 1) == QLatin1Char('\r') ? nl - 1 : nl;
            bytes += body.mid(start, end - start).toUtf8();
            bytes += "\r\n";
            start = nl + 1;
        }
        bytes += body.mid(start).toUtf8();
        m_post.setBodyBytes(bytes);
    } else {
        m_post.setBody(m_body);
    }
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

bool PostDocument::setScalarStyledAs(const QString &key, const QString &value, const QByteArray &styleLines,
                                     QString *error)
{
    return editFrontMatter(key, [&](FrontMatter &fm) { return fm.setScalarStyledAs(key, value, styleLines, error); });
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
    if (m_diskStamp.proves(DiskStamp::of(m_path)))
        return false;
    return SaveSink::hashFile(m_path) != m_diskHash;
}

void PostDocument::keepMine()
{
    m_keepMine = true;
    m_keepMineOver = m_path.isEmpty() ? QByteArray() : SaveSink::hashFile(m_path);
}

bool PostDocument::saveGuarded(QString *error, bool *conflict)
{
    const bool changed = diskChanged() && !(m_keepMine && SaveSink::hashFile(m_path) == m_keepMineOver);
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
    m_postBodyStale = false;
    m_body = m_post.body();
    m_body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    m_path = path;
    m_diskHash = diskHash;
    m_diskStamp = DiskStamp();   // recovered: only the hash says which file the edits began from
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
