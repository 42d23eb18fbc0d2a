// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcommand.h"

#include "editsession.h"
#include "postdocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace Lectern {

EditCommand::EditCommand(EditSession *session, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
{
}

EditCommand::~EditCommand() = default;

void EditCommand::undo()
{
    ++m_session->m_running;
    undoEdit();
    --m_session->m_running;
}

void EditCommand::redo()
{
    ++m_session->m_running;
    redoEdit();
    --m_session->m_running;
}

void EditCommand::follow(const QUndoCommand *)
{
}

PostDocument *EditCommand::document() const
{
    return m_session->document();
}

void EditCommand::fail(const QString &error)
{
    setObsolete(true);
    m_session->m_failed = true;
    m_session->m_failure = error;
}

// --- front matter

FrontMatterCommand::FrontMatterCommand(EditSession *session, Kind kind, const QString &key, const QString &text)
    : EditCommand(session, text)
    , m_kind(kind)
    , m_key(key)
{
    m_age.start();
}

FrontMatterCommand *FrontMatterCommand::setScalar(EditSession *session, const QString &key, const QString &value,
                                                  const QString &text)
{
    auto *command = new FrontMatterCommand(session, Kind::Scalar, key, text);
    command->m_value = value;
    return command;
}

FrontMatterCommand *FrontMatterCommand::setStringList(EditSession *session, const QString &key,
                                                      const QStringList &values, const QString &text)
{
    auto *command = new FrontMatterCommand(session, Kind::List, key, text);
    command->m_values = values;
    return command;
}

FrontMatterCommand *FrontMatterCommand::setYaml(EditSession *session, const QString &key, const QByteArray &yaml,
                                                const QString &text)
{
    auto *command = new FrontMatterCommand(session, Kind::Yaml, key, text);
    command->m_bytes = yaml;
    return command;
}

FrontMatterCommand *FrontMatterCommand::removeKey(EditSession *session, const QString &key, const QString &text)
{
    return new FrontMatterCommand(session, Kind::Remove, key, text);
}

FrontMatterCommand *FrontMatterCommand::setText(EditSession *session, const QByteArray &frontMatter,
                                                const QString &text)
{
    auto *command = new FrontMatterCommand(session, Kind::Text, QString(), text);
    command->m_bytes = frontMatter;
    return command;
}

void FrontMatterCommand::follow(const QUndoCommand *previous)
{
    // Only typing (a scalar, a YAML fragment, the YAML view) runs on; adding, removing or moving a list's
    // item is one deliberate act each (two categories added in a second are two steps, as in a list
    // of Kate's or Dolphin's), and must not swallow the edit of the same list before it.
    const auto *last = dynamic_cast<const FrontMatterCommand *>(previous);
    m_continues = last && m_kind != Kind::Remove && m_kind != Kind::List && last->m_kind == m_kind
                  && last->m_key == m_key && last->m_age.elapsed() <= kMergeWindowMs;
    if (m_continues)
        m_style = last->m_style;
}

void FrontMatterCommand::redoEdit()
{
    PostDocument *doc = document();
    if (!m_recorded) {
        m_before = doc->post().frontMatter().text();
        if (m_kind == Kind::Scalar && !m_continues)
            m_style = doc->post().frontMatter().entryText(m_key);
    }
    QString error;
    bool ok = true;
    switch (m_kind) {
    case Kind::Scalar:
        // Continuing a run, or redone over the text the run began from: the run's first style either way.
        ok = m_continues || m_recorded ? doc->setScalarStyledAs(m_key, m_value, m_style, &error)
                                       : doc->setScalar(m_key, m_value, &error);
        break;
    case Kind::List: ok = doc->setStringList(m_key, m_values, &error); break;
    case Kind::Yaml: ok = doc->setYaml(m_key, m_bytes, &error); break;
    case Kind::Remove: ok = doc->removeKey(m_key, &error); break;
    case Kind::Text: doc->setFrontMatterText(m_bytes); break;
    }
    if (!ok) {
        fail(error);
        return;
    }
    const QByteArray now = doc->post().frontMatter().text();
    if (!m_recorded) {
        m_recorded = true;
        m_after = now;
        if (m_after == m_before)
            setObsolete(true);   // nothing changed: not a step of its own
    } else if (now != m_after) {
        doc->setFrontMatterText(m_after);   // redo gives back exactly what undo took away
    }
}

void FrontMatterCommand::undoEdit()
{
    document()->setFrontMatterText(m_before);
}

bool FrontMatterCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const FrontMatterCommand *>(other);
    if (!next || !next->m_continues || next->isObsolete() || next->m_before != m_after)
        return false;
    m_value = next->m_value;
    m_values = next->m_values;
    m_bytes = next->m_bytes;
    m_after = next->m_after;
    m_age.restart();
    return true;
}

// --- body

BodyCommand::BodyCommand(EditSession *session, qsizetype position, const QString &removed, const QString &inserted)
    : EditCommand(session, QCoreApplication::translate("Lectern::BodyCommand", "Typing"))
    , m_position(position)
    , m_removed(removed)
    , m_inserted(inserted)
{
    m_age.start();
}

void BodyCommand::redoEdit()
{
    PostDocument *doc = document();
    bool found = false;
    {
        // A scope of its own: a body still shared here would make the edit below copy all of it.
        const QString body = doc->body();
        found = m_position >= 0 && m_position + m_removed.size() <= body.size()
                && QStringView(body).mid(m_position, m_removed.size()) == m_removed;
    }
    if (!found) {
        fail(QCoreApplication::translate("Lectern::BodyCommand", "the text to replace is not in the body"));
        return;
    }
    if (m_removed == m_inserted) {
        setObsolete(true);
        return;
    }
    doc->replaceBodyRange(m_position, m_removed.size(), m_inserted);
}

void BodyCommand::undoEdit()
{
    document()->replaceBodyRange(m_position, m_inserted.size(), m_removed);
}

bool BodyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const BodyCommand *>(other);
    if (next->isObsolete() || m_age.elapsed() > FrontMatterCommand::kMergeWindowMs)
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
    const QString body2 = document()->body();
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
