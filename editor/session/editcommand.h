// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>
#include <QUndoCommand>

namespace Lectern {

class EditSession;
class PostDocument;

// One edit of an EditSession's document, in Qt's undo framework: redo() performs it through
// PostDocument's API (the first time when EditSession::push() runs it), undo() restores the bytes it
// replaced. Both tell the session the change is the stack's own.
class EditCommand : public QUndoCommand
{
public:
    EditCommand(EditSession *session, const QString &text);
    ~EditCommand() override;

    void undo() final;
    void redo() final;
    // Called by EditSession::push() just before the first redo(), with the step this one may merge
    // into: the one before it on the stack, or null (none, or it is the saved state). A command
    // that continues a run of typing decides here to start from where the run started.
    virtual void follow(const QUndoCommand *previous);

protected:
    virtual void undoEdit() = 0;
    virtual void redoEdit() = 0;
    PostDocument *document() const;
    // From redoEdit(): the edit could not be applied and changed nothing. The command is dropped
    // and EditSession::push() returns false with error.
    void fail(const QString &error);

private:
    EditSession *m_session = nullptr;
};

// A front-matter edit: one key set to a scalar, a list or a YAML fragment, one key removed, or the
// whole block replaced (the YAML view, whose text may not parse: it is the user's). undo() puts back
// the block's exact text from before; redo() performs the edit again, which gives the same bytes.
// Typed edits of one key (a scalar or a YAML fragment; or of the YAML view) in a run with no pause
// over kMergeWindowMs merge into one step (a list's add, remove or move is a step of its own), and each keystroke of a run is written in the style its entry had when the run began
// (PostDocument::setScalarStyledAs): the document changes once per keystroke, never rewound.
class FrontMatterCommand final : public EditCommand
{
public:
    enum class Kind { Scalar, List, Yaml, Remove, Text };
    // Changes closer together than this are one step (a burst of typing or spin-box clicks).
    static constexpr qint64 kMergeWindowMs = 1500;

    // TEXT: what Edit → Undo says ("Edit title").
    static FrontMatterCommand *setScalar(EditSession *session, const QString &key, const QString &value,
                                         const QString &text);
    static FrontMatterCommand *setStringList(EditSession *session, const QString &key, const QStringList &values,
                                             const QString &text);
    // yaml: the value as a YAML fragment ("[a, b]", a block), as PostDocument::setYaml takes it.
    static FrontMatterCommand *setYaml(EditSession *session, const QString &key, const QByteArray &yaml,
                                       const QString &text);
    static FrontMatterCommand *removeKey(EditSession *session, const QString &key, const QString &text);
    // The whole block's text, in the file's line endings, parsing or not.
    static FrontMatterCommand *setText(EditSession *session, const QByteArray &frontMatter, const QString &text);

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;
    void follow(const QUndoCommand *previous) override;

    Kind kind() const { return m_kind; }
    QString key() const { return m_key; }
    // The block's text before and after the step (after the first redo()).
    QByteArray before() const { return m_before; }
    QByteArray after() const { return m_after; }

protected:
    void undoEdit() override;
    void redoEdit() override;

private:
    FrontMatterCommand(EditSession *session, Kind kind, const QString &key, const QString &text);

    Kind m_kind = Kind::Scalar;
    QString m_key;
    QString m_value;          // Scalar
    QStringList m_values;     // List
    QByteArray m_bytes;       // Yaml fragment, or the block's text
    QByteArray m_before;
    QByteArray m_after;
    QByteArray m_style;       // the entry's lines when the run of typing began (Scalar)
    bool m_continues = false; // follows a step of the same run: merges into it
    bool m_recorded = false;  // m_before/m_after hold the first redo()'s bytes
    QElapsedTimer m_age;
};

// A body edit, recorded as the range it replaced: at POSITION the text REMOVED became INSERTED
// (LF line ends), so a keystroke in a megabyte post stores a character, not two copies of the post.
// Typing merges into one step until a pause, a front-matter edit or an edit that does not touch the
// text typed so far (Kate's and QTextDocument's rule).
class BodyCommand final : public EditCommand
{
public:
    BodyCommand(EditSession *session, qsizetype position, const QString &removed, const QString &inserted);

    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override;

    qsizetype position() const { return m_position; }
    QString removed() const { return m_removed; }
    QString inserted() const { return m_inserted; }

protected:
    void undoEdit() override;
    void redoEdit() override;

private:
    qsizetype m_position = 0;
    QString m_removed;
    QString m_inserted;
    QElapsedTimer m_age;
};

} // namespace Lectern
