// SPDX-License-Identifier: GPL-3.0-or-later
#include "editsession.h"

#include "editcommand.h"
#include "postdocument.h"

#include <QUndoStack>

namespace Lectern {

EditSession::EditSession(QObject *parent)
    : QObject(parent)
    , m_document(new PostDocument(this))
    , m_stack(new QUndoStack(this))
{
    // Connected before any view: a new post's history starts before the views show it.
    connect(m_document, &PostDocument::loaded, this, &EditSession::startHistory);
    connect(m_document, &PostDocument::saved, m_stack, &QUndoStack::setClean);
    connect(m_document, &PostDocument::frontMatterChanged, this, &EditSession::changedOutsideStack);
    connect(m_document, &PostDocument::bodyChanged, this, &EditSession::changedOutsideStack);
    connect(m_document, &PostDocument::modifiedChanged, this, &EditSession::documentModifiedChanged);
    connect(m_stack, &QUndoStack::cleanChanged, this, &EditSession::stackCleanChanged);
}

EditSession::~EditSession()
{
    // The stack says "clean" as it goes; the document may already be gone by then.
    disconnect(m_stack, nullptr, this, nullptr);
}

bool EditSession::isModified() const
{
    return m_document->isModified();
}

bool EditSession::push(EditCommand *command, QString *error)
{
    // QUndoStack never merges into the step at the clean index: neither does a command continue it.
    const int index = m_stack->index();
    command->follow(index > 0 && index != m_stack->cleanIndex() ? m_stack->command(index - 1) : nullptr);
    m_failed = false;
    m_failure.clear();
    m_stack->push(command);   // redo(); a failed or empty edit marks itself obsolete and is dropped
    if (m_failed && error)
        *error = m_failure;
    return !m_failed;
}

void EditSession::startHistory()
{
    ++m_running;
    m_stack->clear();   // clean at index 0: the post as loaded (restore() marks it modified next)
    --m_running;
}

void EditSession::changedOutsideStack()
{
    if (m_running > 0)
        return;
    ++m_running;
    m_stack->clear();
    --m_running;
    m_stack->resetClean();
}

void EditSession::documentModifiedChanged(bool modified)
{
    // Recovered text: modified from the start, with no position on the stack that is saved.
    if (m_running == 0 && modified && m_stack->isClean())
        m_stack->resetClean();
}

void EditSession::stackCleanChanged(bool clean)
{
    if (m_running > 0)
        return;
    ++m_running;
    m_document->setModified(!clean);
    --m_running;
}

} // namespace Lectern
