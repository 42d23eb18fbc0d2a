// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recoverystore.h"

#include <QMainWindow>

class QSplitter;

namespace Lectern {

class DiskChangeBar;
class ExportNoticeBar;
class DiskWatch;
class EditSession;
class FindBar;
class FrontMatterForm;
class MarkdownEditor;
class OutlinePane;
class PostDocument;
class PostList;
class PostListActions;
class PostOpening;
class Site;
class SiteIndex;
class PreviewPane;
class ExactPreview;
class PreviewScheduler;
class PreviewView;
class RecoveryWriter;
class WindowState;

// Wires the panes to the open document. It parses, renders and validates nothing itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a post, or a site folder's newest post. Shows a message and returns false on failure.
    // The post is read off the GUI thread: opening()->isBusy() until it is shown (issue 9).
    bool openPath(const QString &path);
    PostOpening *opening() const { return m_opening; }
    // Shows a post recovered after a crash as unsaved edits; its recovery entry is taken over.
    void restoreRecovered(const RecoveryStore::Entry &entry);

    // The open post and its undo stack; document() is session()->document().
    EditSession *session() const { return m_session; }
    PostDocument *document() const { return m_document; }
    FrontMatterForm *form() const { return m_form; }
    MarkdownEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }
    PreviewView *preview() const { return m_preview; }
    PreviewPane *previewPane() const { return m_previewPane; }
    PostList *postList() const { return m_postList; }
    // The body's headings, under the post list in the splitter's first pane; View → Outline
    // (outlineAction(), checkable) shows and hides it, and WindowState remembers which.
    OutlinePane *outline() const { return m_outline; }
    QAction *outlineAction() const { return m_outlineAction; }
    // Format → Link… (Ctrl+K in the editor): LinkDialog::createAction.
    QAction *linkAction() const { return m_linkAction; }
    Site *site() const { return m_site; }
    SiteIndex *siteIndex() const;
    QSplitter *splitter() const { return m_splitter; }
    // Geometry, splitter, preview tab and Open Recent, remembered once windowState()->restore() ran.
    WindowState *windowState() const { return m_windowState; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void open();
    bool save();
    bool saveAs();
    // Asks to save unsaved edits; false when the user cancels.
    bool maybeSave();
    // Before a save: when Jekyll would refuse the front matter as it stands (PostFile::isReadOnly) but
    // not the file as last read or saved, asks whether to write it anyway (the default is Cancel, which
    // keeps the edits unsaved). True: go on and save. A file already refused on disk is saved without
    // asking again; the status bar says where the error is either way.
    bool confirmRefusedFrontMatter();
    void updateTitle();
    void showError(const QString &title, const QString &message);
    void wireSafety();
    void showDiskDiff();
    // Opens the site holding PATH (a post) unless it is the open one: before the post loads, so the
    // form and preview find its schema and config ready.
    void followSite(const QString &path);

    EditSession *m_session = nullptr;
    PostDocument *m_document = nullptr;
    FrontMatterForm *m_form = nullptr;
    MarkdownEditor *m_editor = nullptr;
    FindBar *m_findBar = nullptr;
    PreviewView *m_preview = nullptr;
    PreviewPane *m_previewPane = nullptr;
    QSplitter *m_splitter = nullptr;
    Site *m_site = nullptr;
    ExactPreview *m_exactPreview = nullptr;
    PostList *m_postList = nullptr;
    OutlinePane *m_outline = nullptr;
    QAction *m_outlineAction = nullptr;
    QAction *m_linkAction = nullptr;
    PostListActions *m_postActions = nullptr;
    PreviewScheduler *m_scheduler = nullptr;
    RecoveryWriter *m_recovery = nullptr;
    DiskWatch *m_diskWatch = nullptr;
    DiskChangeBar *m_diskBar = nullptr;
    ExportNoticeBar *m_exportNotes = nullptr;
    PostOpening *m_opening = nullptr;
    WindowState *m_windowState = nullptr;
    bool m_refusedOnDisk = false;   // the file as last loaded or saved has a front matter Jekyll refuses
};

} // namespace Lectern
