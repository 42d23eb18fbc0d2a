// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QUndoCommand>

namespace Lectern {

class PostDocument;

// One undoable front-matter edit, recorded as the whole block's text before and after, so
// undo restores the exact bytes. Pushed after the edit is applied: the first redo() does nothing.
// Edits of the same key in quick succession (spin box steps, typing in the YAML view) merge into one step.
class FrontMatterCommand final : public QUndoCommand
{
public:
    FrontMatterCommand(PostDocument *document, const QString &key, const QByteArray &before, const QByteArray &after,
                       const QString &text);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;
    // True when a new edit of key would merge into this one; before() is then the text that edit
    // should start from, so quoting chosen for a half-typed value does not stick.
    bool wouldMerge(const QString &key) const;
    QByteArray before() const { return m_before; }

private:
    PostDocument *m_document = nullptr;
    QString m_key;
    QByteArray m_before;
    QByteArray m_after;
    bool m_applied = true;
    QElapsedTimer m_age;
};

// One undoable body edit, recorded as the range it replaced: at POSITION the text REMOVED became
// INSERTED, so a keystroke in a megabyte post stores a character, not two copies of the post.
// Pushed after the edit is applied. Typing merges into one step until a pause, a front-matter edit
// or an edit somewhere else.
class BodyCommand final : public QUndoCommand
{
public:
    BodyCommand(PostDocument *document, qsizetype position, const QString &removed, const QString &inserted);

    void undo() override;
    void redo() override;
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

    qsizetype position() const { return m_position; }
    QString removed() const { return m_removed; }
    QString inserted() const { return m_inserted; }

private:
    PostDocument *m_document = nullptr;
    qsizetype m_position = 0;
    QString m_removed;
    QString m_inserted;
    bool m_applied = true;
    QElapsedTimer m_age;
};

} // namespace Lectern
