// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmattercommand.h"

#include "postdocument.h"

#include <QCoreApplication>

namespace Lectern {

namespace {
// Changes closer together than this are one step (a burst of typing or spin-box clicks).
constexpr qint64 mergeWindowMs = 1500;
} // namespace

FrontMatterCommand::FrontMatterCommand(PostDocument *document, const QString &key, const QByteArray &before,
                                       const QByteArray &after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_key(key)
    , m_before(before)
    , m_after(after)
{
    m_age.start();
}

void FrontMatterCommand::undo()
{
    m_document->setFrontMatterText(m_before);
}

void FrontMatterCommand::redo()
{
    if (m_applied) {
        m_applied = false;   // the edit is already in the document
        return;
    }
    m_document->setFrontMatterText(m_after);
}

bool FrontMatterCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FrontMatterCommand *>(other);
    if (next->m_key != m_key || m_age.elapsed() > mergeWindowMs)
        return false;
    m_after = next->m_after;
    m_age.restart();
    return true;
}

bool FrontMatterCommand::wouldMerge(const QString &key) const
{
    return key == m_key && m_age.elapsed() <= mergeWindowMs;
}

BodyCommand::BodyCommand(PostDocument *document, const QString &before, const QString &after)
    : QUndoCommand(QCoreApplication::translate("Lectern::BodyCommand", "Typing"))
    , m_document(document)
    , m_before(before)
    , m_after(after)
{
    m_age.start();
}

void BodyCommand::undo()
{
    m_document->setBody(m_before);
}

void BodyCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_document->setBody(m_after);
}

bool BodyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const BodyCommand *>(other);
    if (m_age.elapsed() > mergeWindowMs)
        return false;
    m_after = next->m_after;
    m_age.restart();
    return true;
}

} // namespace Lectern
