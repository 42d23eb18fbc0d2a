// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spellingservice.h"

#include <QHash>
#include <QPointer>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTextLayout>
#include <QTimer>

#include <functional>

class QLineEdit;
class QUndoStack;
class QMenu;
class QPlainTextEdit;
class QTextDocument;

namespace Lectern {

class EditSession;

// The misspelled words of a QTextDocument (the Markdown body, a multi-line field), checked off the
// GUI thread through a SpellingService a short pause after each change (the GUI thread copies the
// text once; the worker cuts it into lines). It only computes underlines; a highlighter draws them:
// rangesFor() gives a block's ranges from the last result (a block whose text no longer matches what
// was checked, or had nothing misspelled, gets the ranges of a checked block with the same text, else none),
// and blockNeedsRehighlight() asks for the blocks whose underlines changed when a result arrives. A
// result for text that has changed since it was sent is dropped. Bodies over kMaxCharacters are not
// checked (a full check of a 20 MB body would take seconds of a core per pause in typing).
class DocumentSpelling final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentSpelling)

public:
    static constexpr int kPauseMs = 300;
    static constexpr qsizetype kMaxCharacters = 2 * 1024 * 1024;

    // MARKDOWN: the document is Markdown (code, links… skipped) rather than plain text.
    DocumentSpelling(QTextDocument *document, SpellingService *service, bool markdown, QObject *parent = nullptr);
    ~DocumentSpelling() override;

    // The red wavy underlines (QTextCharFormat::SpellCheckUnderline) for BLOCK, whose text is TEXT.
    QList<QTextLayout::FormatRange> rangesFor(const QTextBlock &block, const QString &text) const;
    // True when no block has an underline (a highlighter may skip the lookup).
    bool isEmpty() const { return m_byText.isEmpty(); }
    // The misspelled word at document POSITION, if any: its first position and length; -1 when none.
    int wordAt(int position, int *length) const;
    // Checks now (no pause), e.g. after a document was loaded.
    void checkNow();
    // Off: no ranges, nothing sent (a folded or read-only body may be switched off by its owner).
    void setSuspended(bool suspended);

    static QTextCharFormat underlineFormat();

Q_SIGNALS:
    // Underlines of BLOCK changed: its highlighter should call rehighlightBlock(block).
    void blockNeedsRehighlight(const QTextBlock &block);
    // A result was applied (tests wait for it).
    void checked();

private:
    void contentsChanged(int position, int removed, int added);
    void received(quint64 ticket, const Lectern::SpellingRanges &ranges);
    void clearAll();

    struct Block
    {
        QString text;
        QList<QTextLayout::FormatRange> ranges;
    };

    QPointer<QTextDocument> m_document;
    SpellingService *m_service = nullptr;
    bool m_markdown = true;
    bool m_suspended = false;
    bool m_rehighlighting = false;
    QTimer m_pause;
    SpellingService::Latest m_latest = SpellingService::newLatest();
    QString m_sent;                                             // the raw text of the request in flight
    QHash<int, Block> m_blocks;                                 // the misspelled blocks by number, as last checked
    QHash<QString, QList<QTextLayout::FormatRange>> m_byText;   // misspelled lines by their text
};

// A QSyntaxHighlighter that draws only a DocumentSpelling's underlines: the form's multi-line fields,
// and the body until a Markdown highlighter takes the ranges (MarkdownHighlighter::setExtraFormats).
class SpellingHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellingHighlighter)

public:
    SpellingHighlighter(QTextDocument *document, DocumentSpelling *spelling);

protected:
    void highlightBlock(const QString &text) override;

private:
    DocumentSpelling *m_spelling = nullptr;
};

// Underlines for a QLineEdit (the form's one-line text fields). QLineEdit takes no per-range formats
// but those of an input method: each result is sent as a QInputMethodEvent with no preedit text and
// TextFormat attributes (positions relative to the cursor, as QWidgetLineControl reads them), which
// changes neither the text nor the undo history.
class LineEditSpelling final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineEditSpelling)

public:
    LineEditSpelling(QLineEdit *edit, SpellingService *service);
    // The misspelled words shown now, as (start, length) in the text.
    SpellingRanges ranges() const { return m_ranges; }

Q_SIGNALS:
    void checked();

protected:
    // Watches the input method's own events: while it composes (a preedit shown), the underlines wait,
    // since an event of ours would end the composition.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textChanged();
    void received(quint64 ticket, const Lectern::SpellingRanges &ranges);
    void apply();

    QPointer<QLineEdit> m_edit;
    SpellingService *m_service = nullptr;
    QTimer m_pause;
    SpellingService::Latest m_latest = SpellingService::newLatest();
    QString m_checkedText;
    SpellingRanges m_ranges;
    bool m_sending = false;
    bool m_composing = false;
    bool m_pending = false;   // ranges to show once the composition ends
};

// The spelling part of a text widget's context menu: for the misspelled word at the click, up to five
// suggestions (a click replaces the word), Ignore, Add to Site Dictionary and Add to Personal Dictionary,
// above the widget's standard entries. Install with attach*(); the menu is built on each right click.
// With an undo STACK (the session's, which holds the post's history while the widget's own undo is off),
// the standard menu's Undo and Redo step that stack and are enabled as it can.
namespace SpellingMenu {

// The body: a replacement is typed into EDITOR's document inside a macro on SESSION's undo stack, so
// the editor turns it into one BodyCommand (one Undo), as its formatting actions do.
void attachBody(QPlainTextEdit *editor, DocumentSpelling *spelling, SpellingService *service, EditSession *session);
// A multi-line field: the replacement goes through the field's own edit path (its textChanged).
void attachPlainText(QPlainTextEdit *edit, DocumentSpelling *spelling, SpellingService *service, QUndoStack *stack = nullptr);
// A one-line field: the replacement is QLineEdit::insert over the word (textEdited, then the form's command).
void attachLineEdit(QLineEdit *edit, LineEditSpelling *spelling, SpellingService *service, QUndoStack *stack = nullptr);
// The spelling actions for WORD, put before BEFORE in MENU (null: appended); REPLACE does the replacement.
void addActions(QMenu *menu, QAction *before, const QString &word, SpellingService *service,
                const std::function<void(const QString &)> &replace);

} // namespace SpellingMenu

} // namespace Lectern
