// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diskstamp.h"
#include "postfile.h"

#include <QObject>

namespace Lectern {

class SaveSink;

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
    // Takes a post read elsewhere (PostLoader's worker) as if load(path) had read it: body in LF,
    // diskHash of the bytes read, stamp taken just before reading them. Emits what load() emits.
    void adopt(const QString &path, PostFile &&post, const QString &body, const QByteArray &diskHash,
               const DiskStamp &stamp = {});
    // A prepared buffer for the first edits of a large body (PostLoad::spare).
    void adoptSpare(QString &&spare) { m_spare = std::move(spare); }
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);

    QString path() const { return m_path; }
    // The file as it would be saved. Typing updates only the body text; the file's bytes catch up here.
    const PostFile &post() const;
    bool isModified() const { return m_modified; }
    // Every edit marks the post modified, load and save unmodified. EditSession also says so when its
    // undo stack reaches or leaves the saved index (its clean state): undo back to what was saved.
    void setModified(bool modified);

    QString body() const { return m_body; }
    void setBody(const QString &body);
    // Replaces LENGTH characters of the body at POSITION with TEXT (LF line ends): one keystroke
    // or paste, without handing the whole body around. Out-of-range arguments change nothing.
    void replaceBodyRange(qsizetype position, qsizetype length, const QString &text);
    // Front-matter edits; false with a reason when the value cannot be written.
    bool setScalar(const QString &key, const QString &value, QString *error = nullptr);
    // setScalar() in the style of the entry's earlier lines (FrontMatter::setScalarStyledAs): one
    // keystroke of a run of typing in a field, as one change and one frontMatterChanged.
    bool setScalarStyledAs(const QString &key, const QString &value, const QByteArray &styleLines,
                           QString *error = nullptr);
    bool setStringList(const QString &key, const QStringList &values, QString *error = nullptr);
    bool setYaml(const QString &key, const QByteArray &yaml, QString *error = nullptr);
    bool removeKey(const QString &key, QString *error = nullptr);
    void setFrontMatterText(const QByteArray &text);

    // --- Nothing lost (issue 9): disk state, guarded save, recovery, fault injection ---
    // SHA-256 of the bytes on disk when the post was loaded or last saved; empty for a new post.
    QByteArray diskHash() const { return m_diskHash; }
    // The file's stamp when diskHash was last known to match it: lets checks skip the hash.
    DiskStamp diskStamp() const { return m_diskStamp; }
    // A check hashed the file (stamp taken before reading it) and found diskHash: remember it.
    void confirmDisk(const DiskStamp &stamp) { m_diskStamp = stamp; }
    // True when the file on disk is no longer what was loaded or saved (changed, deleted or moved).
    bool diskChanged() const;
    // Like save(), but refuses (and sets *conflict) when the file changed on disk since load,
    // unless keepMine() was called for the file now on disk: saving never silently overwrites
    // someone else's edit.
    bool saveGuarded(QString *error, bool *conflict = nullptr);
    // The user chose to keep their version over the file now on disk (hashed here; a file that is
    // gone counts as one version): the next guarded save may overwrite that version, but not a
    // later change the user has not seen, which conflicts again.
    void keepMine();
    // Rereads the file; false with a reason and the document unchanged on failure.
    bool reload(QString *error);
    // Puts recovered text in place of the post at path, as unsaved edits against diskHash.
    void restore(const QString &path, const QByteArray &bytes, const QByteArray &diskHash);
    // Where saves go; nullptr (the default) writes the file with QSaveFile. Not owned. For fault tests.
    void setSaveSink(SaveSink *sink) { m_saveSink = sink; }

Q_SIGNALS:
    void loaded();
    void frontMatterChanged(const QString &key);   // empty key: the whole block changed
    void bodyChanged();
    // Just before bodyChanged: body characters [position, position + removed) became
    // [position, position + added), so a view can update only that range.
    void bodyEdited(qsizetype position, qsizetype removed, qsizetype added);
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    void saved();

private:
    void bodyReplaced(qsizetype position, qsizetype removed, qsizetype added);
    void syncPostBody() const;
    template<typename Edit>
    bool editFrontMatter(const QString &key, Edit edit);

    QString m_path;
    // The body's bytes in m_post lag behind m_body while m_postBodyStale (a keystroke in a megabyte
    // post must not re-encode it); whoever replaces m_post and m_body together clears the flag.
    mutable PostFile m_post;
    QString m_body;      // decoded once; the post holds the bytes
    mutable bool m_postBodyStale = false;
    QString m_spare;     // a second body buffer for edits while a render shares m_body
    bool m_modified = false;
    QByteArray m_diskHash;
    DiskStamp m_diskStamp;
    bool m_keepMine = false;
    QByteArray m_keepMineOver;   // hash of the disk version keepMine() may overwrite; empty: gone
    SaveSink *m_saveSink = nullptr;
};

} // namespace Lectern
