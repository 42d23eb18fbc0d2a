// SPDX-License-Identifier: GPL-3.0-or-later
#include "postopening.h"

#include "diskwatch.h"
#include "frontmatterform.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "postloader.h"

#include <QFileInfo>
#include <QMainWindow>
#include <QScrollBar>
#include <QStatusBar>

namespace Lectern {

PostOpening::PostOpening(PostDocument *document, MarkdownEditor *editor, FrontMatterForm *form,
                         DiskWatch *diskWatch, QMainWindow *window)
    : QObject(window)
    , m_document(document)
    , m_editor(editor)
    , m_form(form)
    , m_window(window)
    , m_loader(new PostLoader(document, this))
{
    connect(m_loader, &PostLoader::started, this, &PostOpening::started);
    connect(m_loader, &PostLoader::finished, this, &PostOpening::finished);
    connect(m_loader, &PostLoader::failed, this, &PostOpening::loadFailed);
    connect(m_editor, &MarkdownEditor::documentShown, this, [this] {
        if (m_loader->isBusy())
            m_editor->setEditable(false);   // the fill of an older post ended; a newer one is on its way
        else if (m_waitingForEditor)
            complete();
        else
            setEditable(true);   // a fill not started by a load (recovered text) or after cancel()
    });
    diskWatch->setLoader(m_loader);
    connect(diskWatch, &DiskWatch::aboutToReload, this, [this] {
        m_cursor = m_editor->textCursor().position();
        m_scroll = m_editor->verticalScrollBar()->value();
        m_keepCursor = true;
    });
}

PostOpening::~PostOpening() = default;

void PostOpening::open(const QString &path)
{
    m_userReload = false;
    m_loader->open(path);
}

void PostOpening::reload()
{
    m_userReload = true;
    // The user confirmed that their edits go (DiskChangeBar asks); the editor and the form stay
    // read-only until the disk's version is shown, so no new edit can be lost either.
    m_loader->reload(PostLoader::Edits::Discard);
}

void PostOpening::cancel()
{
    m_loader->cancel();
    m_waitingForEditor = false;
    m_keepCursor = false;
    if (!m_editor->isFilling())
        setEditable(true);
}

bool PostOpening::isBusy() const
{
    return m_loader->isBusy() || m_waitingForEditor || m_editor->isFilling();
}

void PostOpening::started(const QString &path, bool reload)
{
    if (!reload)
        m_keepCursor = false;
    m_waitingForEditor = false;
    setEditable(false);
    m_window->statusBar()->showMessage(
        reload ? tr("Reloading %1…").arg(QFileInfo(path).fileName()) : tr("Opening %1…").arg(QFileInfo(path).fileName()));
}

void PostOpening::finished(const QString &path, bool reload)
{
    const QString name = QFileInfo(path).fileName();
    const Diagnostics diagnostics = m_document->post().diagnostics();
    m_doneMessageStays = !diagnostics.isEmpty();
    if (!diagnostics.isEmpty())
        m_doneMessage = diagnostics.first().format(name);
    else if (m_keepCursor)
        m_doneMessage = tr("Reloaded %1: it changed on disk").arg(name);
    else
        m_doneMessage = reload ? tr("Reloaded %1").arg(name) : tr("Opened %1").arg(name);
    Q_EMIT opened(path);
    m_waitingForEditor = true;
    if (!m_editor->isFilling())
        complete();
}

void PostOpening::loadFailed(const QString &, const QString &error, bool reload)
{
    m_waitingForEditor = false;
    m_keepCursor = false;
    setEditable(true);
    if (reload && !m_userReload) {
        m_window->statusBar()->showMessage(error);   // the disk-change bar offers the choices
        return;
    }
    Q_EMIT failed(reload ? tr("Cannot reload") : tr("Cannot open"), error);
}

void PostOpening::complete()
{
    m_waitingForEditor = false;
    if (m_keepCursor) {
        m_keepCursor = false;
        QTextCursor cursor = m_editor->textCursor();
        cursor.setPosition(std::min(m_cursor, m_editor->document()->characterCount() - 1));
        m_editor->setTextCursor(cursor);
        m_editor->verticalScrollBar()->setValue(m_scroll);
    }
    setEditable(true);
    m_window->statusBar()->showMessage(m_doneMessage, m_doneMessageStays ? 0 : 5000);
    Q_EMIT ready();
}

void PostOpening::setEditable(bool editable)
{
    // The editor stays readable (and scrollable) while busy; the form has nothing to show yet.
    m_editor->setEditable(editable);
    m_form->setEnabled(editable);
}

} // namespace Lectern
