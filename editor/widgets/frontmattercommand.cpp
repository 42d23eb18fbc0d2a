// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmattercommand.h"

#include "postdocument.h"

#include <QCoreApplication>

#include <algorithm>

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

BodyCommand::BodyCommand(PostDocument *document, qsizetype position, const QString &removed, const QString &inserted)
    : QUndoCommand(QCoreApplication::translate("Lectern::BodyCommand", "Typing"))
    , m_document(document)
    , m_position(position)
    , m_removed(removed)
    , m_inserted(inserted)
{
    m_age.start();
}

void BodyCommand::undo()
{
    m_document->replaceBodyRange(m_position, m_inserted.size(), m_removed);
}

void BodyCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_document->replaceBodyRange(m_position, m_removed.size(), m_inserted);
}

bool BodyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const BodyCommand *>(other);
    if (m_age.elapsed() > mergeWindowMs)
        return false;
    // Both edits are applied: the body is body2. One replacement of the region covering both,
    // in body1 coordinates [start, end), takes body0 to body2. Body1's text over that region is
    // body2's with the second edit taken back.
    const qsizetype p1 = m_position, l1 = m_inserted.size();
    const qsizetype p2 = next->m_position, r2 = next->m_removed.size(), l2 = next->m_inserted.size();
    // Only edits that touch (typing on, backspacing over what was typed) are one step; an edit
    // elsewhere is a step of its own, and merging would copy all the text in between.
    if (p2 > p1 + l1 || p2 + r2 < p1)
        return false;
    const QString body2 = m_document->body();
    const qsizetype start = std::min(p1, p2);
    const qsizetype end = std::max(p1 + l1, p2 + r2);
    const qsizetype end2 = end - r2 + l2;   // the region's end in body2
    if (start < 0 || end2 > body2.size())
        return false;
    QString region1 = body2.mid(start, p2 - start) + next->m_removed + body2.mid(p2 + l2, end2 - p2 - l2);
    m_removed = region1.replace(p1 - start, l1, m_removed);
    m_inserted = body2.mid(start, end2 - start);
    m_position = start;
    m_age.restart();
    return true;
}

} // namespace Lectern
