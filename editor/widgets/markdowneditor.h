// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPlainTextEdit>

#include <functional>
#include <optional>

class QAction;
class QMimeData;

namespace Lectern {

class EditSession;
class MarkdownHighlighter;
class PostDocument;
class Site;
struct TextEdit;

// The Markdown body in a monospace plain-text editor, kept in step with the session's document.
// Each change typed becomes a BodyCommand on the session's stack (the editor's own undo is off),
// so one Undo steps back through form and body edits in the order they were made.
class MarkdownEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownEditor)

public:
    explicit MarkdownEditor(EditSession *session, QWidget *parent = nullptr);
    ~MarkdownEditor() override;

    // True while a long body is still going into the editor, a slice per event-loop turn so the
    // window never freezes (issue 9); the editor is read-only until documentShown().
    bool isFilling() const { return m_fillAt >= 0; }
    // Whether the user may type (PostOpening turns it off while a post opens). A folded body
    // stays read-only whatever this says.
    void setEditable(bool editable);

    // Lines longer than this are laid out by Qt in one piece: about half a second per megabyte,
    // on open and again on every keystroke in them. A body with such a line is shown folded:
    // read-only, the long lines broken into rows of kFoldRow characters. The document keeps
    // the exact text, so the preview, the form and saving are as usual.
    static constexpr qsizetype kLongLine = 100000;
    static constexpr qsizetype kFoldRow = 10000;
    bool isFolded() const { return !m_folds.isEmpty(); }
    // The longest folded line: its number in the body (1-based) and its length; 0 when not folded.
    int longestFoldedLine() const { return m_longestLine; }
    qsizetype longestFoldedLength() const { return m_longestLength; }
    // The body line shown by the editor's block (both counted from 0 for blocks, 1 for lines),
    // and back: a folded line's rows are all that one line.
    int bodyLineOfBlock(int block) const;
    int blockOfBodyLine(int line) const;

    // Bold (Ctrl+B), Italic (Ctrl+I), Code (Ctrl+`), Heading 1..6 (Ctrl+1..Ctrl+6), in that order:
    // each toggles its Markdown on the selection or the word at the cursor (MarkdownFormatting) as
    // one undo step. Their shortcuts work while the editor has focus (Qt::WidgetShortcut); they
    // may also be put in a menu, where triggering them formats this editor's text.
    QList<QAction *> formattingActions() const { return m_formattingActions; }
    // Makes FORMAT's edit as one undo step labelled LABEL: FORMAT gets the text of the lines the
    // selection touches ('\n' between them) and the selection's anchor and cursor in that text, and
    // returns the edit in that text (MarkdownFormatting's shape). Nothing happens while read-only.
    // Other formatting (Format → Link…) goes through here, as the keys above do.
    using Formatter = std::function<TextEdit(const QString &text, qsizetype anchor, qsizetype cursor)>;
    void formatSelection(const Formatter &format, const QString &label);

    // Images by paste and drop (markdowneditorimages.cpp, docs/images.md): an image on the clipboard
    // or a dropped/pasted image file (png, jpg, jpeg, gif, webp, svg) is copied into SITE's image
    // folder (ImageImport::store, named after the post's slug) and `![alt](url)` is inserted in the
    // site's link style as one undo step. Without a site, the post's own site root (the folder of
    // _config.yml above it, else the post's folder) is used. SITE must outlive the editor or be reset.
    void setSite(const Site *site) { m_site = site; }
    // Asks for an image's alt text, offering SUGGESTED (from the file name; "" for a clipboard image).
    // nullopt cancels: nothing is written or inserted. The default is a small QInputDialog; tests set
    // their own so that no modal dialog waits.
    using AltTextPrompt = std::function<std::optional<QString>(const QString &suggested)>;
    void setAltTextPrompt(AltTextPrompt prompt) { m_altPrompt = std::move(prompt); }
    // The Markdown highlighting of the body (owned by the editor; setEnabled(false) turns it off).
    MarkdownHighlighter *highlighter() const { return m_highlighter; }

public Q_SLOTS:
    // The user asked to edit the folded post anyway: show the exact text, editable, until
    // another post is opened.
    void editExactText();

Q_SIGNALS:
    // The whole body of the last loaded post is in the editor.
    void documentShown();
    // The body was folded, or shown exactly again (isFolded()).
    void foldingChanged();
    // An image was written to PATH (absolute) and linked in the body.
    void imageInserted(const QString &path);
    // A pasted or dropped image could not be stored: MESSAGE says what and where (translated);
    // nothing was written or inserted. The window shows it.
    void imageFailed(const QString &message);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void showDocument();
    // Typing: the editor's change at [position, +removed) -> [position, +added) goes into the document.
    void editorContentsChanged(int position, int removed, int added);
    // Compares the whole text; for changes whose positions do not map onto the body.
    void syncWholeText();
    void pushBodyEdit(qsizetype position, const QString &removed, const QString &inserted);
    // Undo and redo: the document's change goes into the editor.
    void documentBodyEdited(qsizetype position, qsizetype removed, qsizetype added);
    void fillSlice();
    // Formatting keys (markdowneditorkeys.cpp): the actions above, and Enter/Tab/Shift+Tab in lists.
    void createFormattingActions();
    bool formatOnKey(QKeyEvent *event);
    // Makes edit, given in the text from block position base on, as one step on the session's stack.
    void applyFormatting(const TextEdit &edit, int base, const QString &label);
    // Stores the image SOURCE brings and links it at the cursor (markdowneditorimages.cpp).
    void insertImage(const QMimeData *source);
    // The text the editor shows for body: the body itself, or folded (m_folds filled in).
    QString displayText(const QString &body);

    struct Fold
    {
        int line = 0;   // 1-based body line
        int rows = 0;   // editor blocks it takes
    };

    EditSession *m_session = nullptr;
    PostDocument *m_document = nullptr;
    bool m_loading = false;
    QString m_fillText;              // the body being filled in
    qsizetype m_fillAt = -1;         // where the next slice starts; -1 when not filling
    quint64 m_fillGeneration = 0;    // a newer load drops the older fill's queued slices
    bool m_editable = true;
    QList<Fold> m_folds;
    int m_longestLine = 0;
    qsizetype m_longestLength = 0;
    QString m_exactPath;   // folding turned off for this post by the user
    bool m_exactChosen = false;
    QList<QAction *> m_formattingActions;
    const Site *m_site = nullptr;
    AltTextPrompt m_altPrompt;
    MarkdownHighlighter *m_highlighter = nullptr;
};

} // namespace Lectern
