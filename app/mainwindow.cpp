// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "bodycounts.h"
#include "exactpreview.h"
#include "exportmenu.h"
#include "exportnoticebar.h"
#include "diffdialog.h"
#include "diskchangebar.h"
#include "diskwatch.h"
#include "findbar.h"
#include "editsession.h"
#include "formscrollarea.h"
#include "frontmatterform.h"
#include "linkdialog.h"
#include "longlinebar.h"
#include "markdowneditor.h"
#include "outlinepane.h"
#include "postdocument.h"
#include "postlist.h"
#include "postlistactions.h"
#include "postopening.h"
#include "publishaction.h"
#include "repostateview.h"
#include "updateaction.h"
#include "previewpane.h"
#include "previewscheduler.h"
#include "previewwiring.h"
#include "rawyamlview.h"
#include "previewview.h"
#include "site.h"
#include "sitecalendarexport.h"
#include "siteindex.h"
#include "recoverywriter.h"
#include "sitepaths.h"
#include "spellingwiring.h"
#include "viewmenus.h"
#include "whenlinebar.h"
#include "windowstate.h"

#include <QAction>
#include <QApplication>
#include <QScreen>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>
#include <QTextBlock>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace Lectern {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new EditSession(this))
    , m_document(m_session->document())
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/lectern.svg")));
    m_form = new FrontMatterForm(m_session);
    auto *formScroll = new FormScrollArea(m_form);
    formScroll->setObjectName(QStringLiteral("formPane"));
    m_editor = new MarkdownEditor(m_session);   // one Undo for form and body edits: the session's
    auto *previewPane = new PreviewPane;
    previewPane->setObjectName(QStringLiteral("previewPane"));
    m_preview = previewPane->view();
    m_previewPane = previewPane;

    m_site = new Site(this);
    m_form->setSite(m_site);
    m_editor->setSite(m_site);   // pasted and dropped images go into the site's image folder
    connect(m_editor, &MarkdownEditor::imageFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Insert Image"), message);
    });
    m_postList = new PostList(m_site->index());
    m_postActions = new PostListActions(m_document, m_site->index(), this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    // The post list and, under it, the open post's outline: one pane of the splitter (ViewMenus' first).
    m_outline = new OutlinePane(m_document, m_editor);
    auto *sideColumn = new QSplitter(Qt::Vertical);
    sideColumn->setObjectName(QStringLiteral("postListPane"));
    sideColumn->setChildrenCollapsible(false);
    sideColumn->addWidget(m_postList);
    sideColumn->addWidget(m_outline);
    sideColumn->setStretchFactor(0, 3);
    sideColumn->setStretchFactor(1, 2);
    m_postList->setAccessibleName(tr("Post list"));
    m_outlineAction = new QAction(tr("O&utline"), this);
    m_outlineAction->setObjectName(QStringLiteral("outlineAction"));
    m_outlineAction->setCheckable(true);
    m_outlineAction->setChecked(true);
    connect(m_outlineAction, &QAction::toggled, m_outline, &QWidget::setVisible);
    m_splitter->addWidget(sideColumn);
    m_splitter->addWidget(formScroll);
    m_findBar = new FindBar;   // under the editor; searches the editor or the YAML view, whichever had focus
    m_findBar->addTarget(m_editor);
    m_findBar->addTarget(m_form->yamlView()->textEdit());
    m_findBar->setUndoStack(m_session->undoStack());
    auto *editorPane = new QWidget;
    auto *editorColumn = new QVBoxLayout(editorPane);
    editorColumn->setContentsMargins(0, 0, 0, 0);
    editorColumn->setSpacing(0);
    editorColumn->addWidget(m_editor, 1);
    editorColumn->addWidget(m_findBar);
    m_splitter->addWidget(editorPane);
    m_splitter->addWidget(previewPane);
    m_splitter->setSizes({200, 290, 300, 490});   // the preview ~40 %: wide enough for the site's layout
    // Dragging a neighbour's edge stops at the editor's minimum width: a new user widened the post
    // list and the Markdown editor vanished (collapsed to nothing, its handle at the next pane's edge).
    m_splitter->setCollapsible(m_splitter->indexOf(editorPane), false);
    m_diskBar = new DiskChangeBar;
    auto *central = new QWidget;
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_diskBar);
    column->addWidget(new LongLineBar(m_editor));
    column->addWidget(new WhenLineBar(m_session));   // its edit is one step on the session's stack
    m_exportNotes = new ExportNoticeBar;
    column->addWidget(m_exportNotes);
    column->addWidget(m_splitter, 1);
    setCentralWidget(central);
    // Four panes need room: open at most of the screen rather than Qt's small default.
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        resize(screen->availableSize().boundedTo(QSize(1600, 1000)) * 0.9);

    m_scheduler = new PreviewScheduler(this);
    m_scheduler->watch(m_document);
    m_preview->follow(m_scheduler);
    auto *previewWiring = new PreviewWiring(m_document, m_scheduler, previewPane, this);
    connect(previewWiring, &PreviewWiring::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    // Issue 17: the site's own Jekyll replaces the built-in body when typing pauses.
    m_exactPreview = new ExactPreview(m_document, m_scheduler, m_preview, m_site, this, this);
    connect(m_exactPreview, &ExactPreview::message, this, [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    // The Home card's page links the same stylesheet: it loads the compiled Sass again too.
    connect(m_exactPreview, &ExactPreview::stylesheetServed, this, [this](const QString &urlPath) {
        PreviewView *card = m_previewPane->cardView();
        if (card && card->host() == m_preview->host())
            card->reloadStylesheet(urlPath);
    });
    // Scroll sync: the preview follows the editor's top line; a click in the preview moves the editor.
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, m_preview, [this] {
        m_preview->scrollToSourceLine(m_editor->bodyLineOfBlock(m_editor->cursorForPosition(QPoint(0, 0)).blockNumber()));
    });
    // The preview follows the cursor while typing (issue 15; the rule is PreviewView's).
    connect(m_document, &PostDocument::bodyChanged, m_preview, [this] {
        m_preview->revealSourceLineAfterUpdate(m_editor->bodyLineOfBlock(m_editor->textCursor().blockNumber()));
    });
    connect(m_outline, &OutlinePane::headingChosen, m_preview, &PreviewView::scrollToSourceLine);
    connect(m_preview, &PreviewView::sourceLineClicked, m_editor, [this](int line) {
        m_editor->setTextCursor(QTextCursor(m_editor->document()->findBlockByNumber(m_editor->blockOfBodyLine(line))));
        m_editor->centerCursor();
    });

    connect(m_document, &PostDocument::modifiedChanged, this, &MainWindow::updateTitle);
    for (auto signal : {&PostDocument::loaded, &PostDocument::saved})
        connect(m_document, signal, this, [this] { m_refusedOnDisk = m_document->post().isReadOnly(); });
    connect(m_document, &PostDocument::pathChanged, this, &MainWindow::updateTitle);
    // Switching posts asks to save first; one post is open at a time.
    auto switchTo = [this](const QString &path) {
        if (path != m_document->path() && maybeSave())
            openPath(path);
        else
            m_postList->setCurrentPath(m_document->path());   // Cancel: the open post's row stays marked
    };
    connect(m_postList, &PostList::openRequested, this, switchTo);
    // New post asks about unsaved edits before it writes the file (issue 15), then opens it.
    m_postActions->setLeaveCheck([this] { return maybeSave(); });
    connect(m_postActions, &PostListActions::openRequested, this, &MainWindow::openPath);
    connect(m_postActions, &PostListActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connect(m_document, &PostDocument::pathChanged, m_postList, &PostList::setCurrentPath);

    wireSafety();
    // The preview renders in the open site (none for a post outside any Jekyll site: the built-in look),
    // told again when _config.yml, _layouts/ or _includes/ change; nothing is read per keystroke.
    const auto giveSite = [this, previewWiring] {
        const bool jekyll = m_site->isJekyllSite();
        previewWiring->setSite(jekyll ? m_site->root() : QString(), jekyll ? m_site->config().values() : QVariantMap(),
                               m_site->generation());
    };
    connect(m_site, &Site::configChanged, previewWiring, giveSite);
    connect(m_site, &Site::layoutsChanged, previewWiring, giveSite);
    connect(m_site, &Site::opened, previewWiring, giveSite);
    m_windowState = new WindowState(this);
    connect(m_windowState, &WindowState::openRequested, this, switchTo);
    createMenus();
    new ViewMenus(this);   // View and Help menus, F6 pane navigation (issue 16)
    if (auto *view = findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addSeparator();
        view->addAction(m_exactPreview->trustAction());
    }
    new SpellingWiring(this);   // underlines, context menus, View → Spelling (issue 16)
    statusBar()->addPermanentWidget(new BodyCounts(m_document, m_editor));
    statusBar()->addPermanentWidget(m_exactPreview->indicator());
    updateTitle();
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

SiteIndex *MainWindow::siteIndex() const
{
    return m_site->index();
}

void MainWindow::followSite(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString root = SitePaths::findSiteRoot(path);
    m_site->open(root.isEmpty() ? QFileInfo(path).absolutePath() : root);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::open);
    open->setShortcut(QKeySequence::Open);
    file->addMenu(m_windowState->recentMenu());
    QAction *save = file->addAction(tr("&Save"), this, &MainWindow::save);
    save->setShortcut(QKeySequence::Save);
    QAction *saveAs = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAs->setShortcut(QKeySequence::SaveAs);
    auto *exportMenu = new ExportMenu(m_document, this);
    exportMenu->setSite(m_site);
    exportMenu->setExactBodySource([this] { return m_exactPreview->currentBodyHtml(); });
    file->addMenu(exportMenu);
    // Each export's notes replace the last one's (an export without notes clears them).
    connect(exportMenu, &ExportMenu::message, this, [this](const QString &text) {
        m_exportNotes->hide();
        statusBar()->showMessage(text, 8000);
    });
    connect(exportMenu, &ExportMenu::gaps, m_exportNotes, &ExportNoticeBar::showGaps);
    auto *siteCalendar = new SiteCalendarExport(m_site, this);
    siteCalendar->setUnsavedPost([this] { return m_document->isModified() ? m_document->path() : QString(); });
    file->addAction(siteCalendar->action());
    connect(siteCalendar, &SiteCalendarExport::message, this, [this](const QString &text) {
        m_exportNotes->hide();
        statusBar()->showMessage(text, 15000);
    });
    connect(siteCalendar, &SiteCalendarExport::gaps, m_exportNotes, &ExportNoticeBar::showGaps);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    // The platform's Redo (Ctrl+Shift+Z here) and Ctrl+Y, which word-processor users press.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    redo->setShortcuts(redoKeys);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_form->yamlAction());
    edit->addSeparator();
    edit->addActions({m_findBar->findAction(), m_findBar->findNextAction(), m_findBar->findPreviousAction(),
                      m_findBar->replaceAction()});
    // The editor's formatting keys (they act on the Markdown editor, where their shortcuts live).
    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    format->addActions(m_editor->formattingActions());
    format->addSeparator();
    m_linkAction = LinkDialog::createAction(m_editor, m_site);
    format->addAction(m_linkAction);
    QMenu *postMenu = menuBar()->addMenu(tr("&Post"));
    m_postActions->addTo(file, postMenu);
    auto *publish = new PublishAction(this, [this] { return !m_document->isModified() || this->save(); });
    postMenu->addSeparator();
    postMenu->addAction(publish->action());
    postMenu->addAction(publish->selectedAction());
    // Issue 18: each post's git state in the list and the status bar; Update (pull) beside Publish.
    auto *repoState = new RepoStateView(this);
    auto *update = new UpdateAction(this, [this] { return this->save(); });
    postMenu->addAction(update->action());
    // Outside a git work tree the three actions could only refuse: disabled, saying why.
    connect(repoState, &RepoStateView::updated, this, [this, repoState, publish, update] {
        const RepoStatus &status = repoState->status();
        const QString why = status.isRepo ? QString()
                            : !status.error.isEmpty() ? status.error
                                                      : tr("Publishing needs a post saved in the site's git repository");
        publish->setUnavailable(why);
        update->setUnavailable(why);
    });
    connect(publish, &PublishAction::finished, repoState, &RepoStateView::refresh);
    connect(update, &UpdateAction::finished, repoState, &RepoStateView::refresh);
    // The watcher may miss git's rename over the open post: compare now (reloads it when unmodified).
    connect(update, &UpdateAction::finished, m_diskWatch, [this] { m_diskWatch->check(); });
    // A conflict resolved by keeping theirs or editing both changes the open post on disk.
    connect(publish, &PublishAction::finished, m_diskWatch, [this] { m_diskWatch->check(); });

    // The main toolbar, as KDE applications have one: the everyday steps, Publish among them (issue 18:
    // "Post menu and toolbar"). Icons from the desktop's theme, else Qt's own; text beside the icon,
    // since the names are what a new user looks for. Right-click the bar to hide it (remembered with
    // the window's state).
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto iconFor = [this](QAction *action, const char *theme, QStyle::StandardPixmap fallback) {
        action->setIcon(QIcon::fromTheme(QLatin1String(theme), style()->standardIcon(fallback)));
        return action;
    };
    QAction *newPost = file->actions().value(0);   // PostListActions put New Post first
    bar->addAction(iconFor(newPost, "document-new", QStyle::SP_FileIcon));
    bar->addAction(iconFor(open, "document-open", QStyle::SP_DialogOpenButton));
    bar->addAction(iconFor(save, "document-save", QStyle::SP_DialogSaveButton));
    bar->addSeparator();
    bar->addAction(iconFor(publish->action(), "document-send", QStyle::SP_ArrowUp));
    bar->addAction(iconFor(update->action(), "view-refresh", QStyle::SP_BrowserReload));
}

bool MainWindow::openPath(const QString &path)
{
    QString error;
    const QString post = SitePaths::postToOpen(path, &error);
    if (post.isEmpty()) {
        showError(tr("Cannot open"), error);
        return false;
    }
    followSite(post);
    m_opening->open(post);
    return true;
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString start = m_document->path().isEmpty() ? QString() : QFileInfo(m_document->path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Post"), start,
                                                      tr("Posts (*.md *.markdown *.html);;All files (*)"));
    if (!path.isEmpty())
        openPath(path);
}

bool MainWindow::save()
{
    if (m_opening->isBusy()) {
        statusBar()->showMessage(tr("Not saved: a post is still opening"), 5000);
        return false;
    }
    if (m_document->path().isEmpty())
        return saveAs();
    if (!confirmRefusedFrontMatter())
        return false;
    QString error;
    bool conflict = false;
    if (!m_document->saveGuarded(&error, &conflict)) {
        if (conflict) {
            m_diskWatch->check();
            // The bar reports each disk version once; a refused save must always offer the way out.
            m_diskBar->showChange(m_document->path(), QFileInfo::exists(m_document->path())
                                                          ? DiskWatch::Change::Modified
                                                          : DiskWatch::Change::Removed);
            statusBar()->showMessage(error);
            return false;
        }
        statusBar()->showMessage(error);
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            return false;
        QMessageBox box(QMessageBox::Critical, tr("Save failed"), error, QMessageBox::Cancel, this);
        QPushButton *saveAsButton = box.addButton(tr("Save As…"), QMessageBox::AcceptRole);
        box.exec();
        return box.clickedButton() == saveAsButton && saveAs();
    }
    const QString name = QFileInfo(m_document->path()).fileName();
    if (m_document->post().isReadOnly()) {
        // Written as typed (the text is the user's), but the site would not build with it.
        const Diagnostics problems = m_document->post().diagnostics();
        const auto error = std::find_if(problems.cbegin(), problems.cend(),
                                        [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
        statusBar()->showMessage(tr("Saved %1, but Jekyll will refuse its front matter: %2")
                                     .arg(name, (error == problems.cend() ? Diagnostic() : *error).format(name)));
    } else {
        statusBar()->showMessage(tr("Saved %1").arg(name), 5000);
    }
    m_postActions->offerRename();
    return true;
}

bool MainWindow::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Post As"), m_document->path(),
                                                      tr("Posts (*.md *.markdown *.html);;All files (*)"));
    if (path.isEmpty() || !confirmRefusedFrontMatter())
        return false;
    QString error;
    if (!m_document->saveAs(path, &error)) {
        showError(tr("Save failed"), tr("%1\n\nYour edits are still here.").arg(error));
        return false;
    }
    followSite(path);
    return true;
}

bool MainWindow::confirmRefusedFrontMatter()
{
    if (!m_document->post().isReadOnly() || m_refusedOnDisk)
        return true;
    const QString name = QFileInfo(m_document->path()).fileName();
    const Diagnostics problems = m_document->post().diagnostics();
    const auto error = std::find_if(problems.cbegin(), problems.cend(),
                                    [](const Diagnostic &d) { return d.severity == Diagnostic::Severity::Error; });
    QMessageBox box(QMessageBox::Warning, tr("Front matter error"),
                    tr("Jekyll cannot read the front matter of “%1” as it is now. Saved like this, the site "
                       "shows the post without anything its front matter sets: title, categories, image and "
                       "the rest.")
                        .arg(name.isEmpty() ? tr("Untitled") : name),
                    QMessageBox::Cancel, this);
    box.setInformativeText((error == problems.cend() ? Diagnostic() : *error).format(name));
    QPushButton *saveAnyway = box.addButton(tr("Save Anyway"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != saveAnyway) {
        statusBar()->showMessage(tr("Not saved: fix the front matter, or save anyway"), 5000);
        return false;
    }
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("“%1” has unsaved changes. Save them first?").arg(QFileInfo(m_document->path()).fileName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave()) {
        m_windowState->save();
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::updateTitle()
{
    const QString name = m_document->path().isEmpty() ? tr("Untitled") : QFileInfo(m_document->path()).fileName();
    setWindowTitle(tr("%1[*] — Lectern").arg(name));
    setWindowModified(m_document->isModified());
}

// Nothing lost (issue 9): autosave for crash recovery, files changed on disk, guarded saves.
void MainWindow::wireSafety()
{
    m_recovery = new RecoveryWriter(m_document, RecoveryStore::defaultDir(), this);
    m_diskWatch = new DiskWatch(m_document, this);
    connect(m_diskWatch, &DiskWatch::conflict, this,
            [this](DiskWatch::Change change) { m_diskBar->showChange(m_document->path(), change); });
    // Opens and reloads (silent ones keep the cursor and scroll) read the file off the GUI thread.
    m_opening = new PostOpening(m_document, m_editor, m_form, m_diskWatch, this);
    connect(m_opening, &PostOpening::failed, this, &MainWindow::showError);
    connect(m_opening, &PostOpening::opened, this, &MainWindow::followSite);
    connect(m_diskBar, &DiskChangeBar::reloadRequested, m_opening, &PostOpening::reload);
    connect(m_diskBar, &DiskChangeBar::keepMineRequested, m_document, &PostDocument::keepMine);
    connect(m_diskBar, &DiskChangeBar::diffRequested, this, &MainWindow::showDiskDiff);
    connect(m_document, &PostDocument::loaded, m_diskBar, &QWidget::hide);
    connect(m_document, &PostDocument::loaded, m_exportNotes, &QWidget::hide);
    connect(m_document, &PostDocument::saved, m_diskBar, &QWidget::hide);
    // Watchers miss some replacements: look again whenever the user comes back to Lectern.
    connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
        if (state == Qt::ApplicationActive)
            m_diskWatch->check();
        else
            m_recovery->flush();
    });
}

void MainWindow::showDiskDiff()
{
    QFile file(m_document->path());
    const QString disk = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    DiffDialog dialog(tr("Changes on disk vs yours"), disk, QString::fromUtf8(m_document->post().toBytes()),
                      tr("on disk"), tr("yours"), this);
    dialog.exec();
}

void MainWindow::restoreRecovered(const RecoveryStore::Entry &entry)
{
    m_opening->cancel();   // a post still being read must not replace the recovered text
    followSite(entry.path);
    m_document->restore(entry.path, entry.content, entry.diskHash);
    m_recovery->flush();
    if (m_recovery->entryId() != entry.id)
        RecoveryStore().remove(entry.id);
    statusBar()->showMessage(tr("Restored unsaved edits of %1").arg(QFileInfo(entry.path).fileName()));
    m_diskWatch->check();
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message);
    if (QGuiApplication::platformName() != QLatin1String("offscreen"))
        QMessageBox::critical(this, title, message);
}

} // namespace Lectern
