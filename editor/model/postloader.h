// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diskstamp.h"
#include "postfile.h"

#include <QObject>
#include <QThreadPool>

namespace Lectern {

class PostDocument;

// What a worker hands the GUI thread: everything PostDocument::load computes, done off the GUI
// thread (read, UTF-8 check, split, YAML parse, LF body, hash). Moved, never shared.
struct PostLoad
{
    QString path;
    PostFile post;
    QString body;          // LF line endings, as the editors show it
    QByteArray diskHash;
    DiskStamp diskStamp;   // taken before reading
    // For large bodies: an empty buffer with room for the body and some typing, its pages already
    // touched here. The first keystroke, while the preview still holds the body, copies into it
    // instead of faulting in tens of megabytes on the GUI thread (PostDocument::replaceBodyRange).
    QString spare;
    QString error;         // empty on success
    bool ok = false;

    // The slow part of opening a post; safe on any thread.
    static PostLoad read(const QString &path);
};

// Opens posts without blocking the GUI thread (issue 9: a 20 MB post takes seconds to parse).
// The newest request wins: a result of an older one is dropped (generation number), so a second
// open while the first is still reading never shows the first post.
class PostLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostLoader)

public:
    explicit PostLoader(PostDocument *document, QObject *parent = nullptr);
    // Waits for a read in flight (its result is dropped): the worker never outlives the loader.
    ~PostLoader() override;

    // Starts reading path; the document is replaced when the read ends, unless a newer request came.
    void open(const QString &path);
    // What a reload does with unsaved edits in the document when the read ends.
    enum class Edits {
        Keep,      // a silent reload (DiskWatch): edits that arrived meanwhile win; the reload fails
        Discard,   // the user confirmed "Reload from disk": the disk's version replaces them
    };
    // Rereads the document's own file. With Edits::Keep it is dropped (failed) if the document has
    // unsaved edits when the read ends; with Edits::Discard those edits are replaced (the caller
    // asked the user, and keeps the editor read-only while isBusy()).
    void reload(Edits edits = Edits::Keep);
    // Drops the request in flight (its result is ignored); e.g. recovered text is put in its place.
    void cancel();
    // True from open()/reload() until finished() or failed(): nothing may edit or save meanwhile.
    bool isBusy() const { return !m_pendingPath.isEmpty(); }
    QString pendingPath() const { return m_pendingPath; }

Q_SIGNALS:
    void started(const QString &path, bool reload);
    void finished(const QString &path, bool reload);
    void failed(const QString &path, const QString &error, bool reload);
    // The read of path ended after a newer request: its result was dropped.
    void superseded(const QString &path);

private:
    void start(const QString &path, bool reload, Edits edits = Edits::Keep);
    void done(quint64 generation, bool reload, Edits edits, PostLoad &load);

    PostDocument *m_document = nullptr;
    QThreadPool m_pool;
    quint64 m_generation = 0;
    QString m_pendingPath;
};

} // namespace Lectern
