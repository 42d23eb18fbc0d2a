// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMainWindow;

namespace Lectern {

class DiskWatch;
class FrontMatterForm;
class MarkdownEditor;
class PostDocument;
class PostLoader;

// Opening and reloading a post without freezing the window (issue 9): the file is read and parsed
// on a worker (PostLoader), the editor fills in slices, and meanwhile the status bar says
// "Opening NAME…" and nothing can be edited or saved, so no keystroke lands in a post about to be
// replaced. A silent reload (DiskWatch) keeps the cursor and the scroll position.
class PostOpening final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostOpening)

public:
    PostOpening(PostDocument *document, MarkdownEditor *editor, FrontMatterForm *form, DiskWatch *diskWatch,
                QMainWindow *window);
    ~PostOpening() override;

    void open(const QString &path);
    // The user asked to reread the file and confirmed that unsaved edits are dropped (disk-change bar):
    // the disk's version replaces the document, which is then unmodified.
    void reload();
    // Stops waiting for a post being read (recovered text takes its place) and makes editing possible.
    void cancel();
    // From open()/reload() until the post is in the document and the editor: no edits, no saves.
    bool isBusy() const;
    PostLoader *loader() const { return m_loader; }

Q_SIGNALS:
    // The post is in the document (the editor may still be filling).
    void opened(const QString &path);
    // The post is fully shown and editable.
    void ready();
    void failed(const QString &title, const QString &message);

private:
    void started(const QString &path, bool reload);
    void finished(const QString &path, bool reload);
    void loadFailed(const QString &path, const QString &error, bool reload);
    void complete();
    void setEditable(bool editable);

    PostDocument *m_document = nullptr;
    MarkdownEditor *m_editor = nullptr;
    FrontMatterForm *m_form = nullptr;
    QMainWindow *m_window = nullptr;
    PostLoader *m_loader = nullptr;
    bool m_waitingForEditor = false;
    bool m_userReload = false;
    bool m_keepCursor = false;      // a silent reload: put the cursor and the scroll back
    int m_cursor = 0;
    int m_scroll = 0;
    QString m_doneMessage;
    bool m_doneMessageStays = false;   // a diagnostic stays in the status bar
};

} // namespace Lectern
