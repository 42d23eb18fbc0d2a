// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "linkstyle.h"

#include <QDialog>

class QAction;
class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;

namespace Lectern {

class MarkdownEditor;
class Site;

// Format → Link… (Ctrl+K): asks for a link's target and text. The target field completes the site's
// posts by title or file name (QCompleter, case-insensitive, anywhere in the text); picking one puts
// the post's link in the site's style (LinkStyle: {% post_url … %} unless the site's posts link
// otherwise) and, when the text field is empty, the post's title as the text. Anything else typed is
// used as it is (a URL, a path, Liquid). A title or file name typed in full counts as picking it.
class LinkDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkDialog)

public:
    // SITE (not owned, may be null: no completion) gives the posts and _config.yml; TEXT fills the
    // text field (the selection or the word at the cursor). The site's link style is learnt here,
    // from its newest posts (LinkStyle::learn, at most 100 small reads).
    LinkDialog(const Site *site, const QString &text, QWidget *parent = nullptr);
    ~LinkDialog() override;

    QLineEdit *targetEdit() const { return m_target; }
    QLineEdit *textEdit() const { return m_text; }
    QCompleter *completer() const { return m_completer; }
    LinkStyle::Style style() const { return m_style; }

    // What goes in the parentheses: the typed target trimmed, a post's link when it names a post.
    QString target() const;
    // The link text as typed, trimmed; when empty and the target names a post, that post's title;
    // else empty (the editor keeps the text it links).
    QString linkText() const;
    // Picks the post at PATH (an index entry) as picking its completion does; false when unknown.
    bool choosePost(const QString &path);

    // The Ctrl+K action for EDITOR (Qt::WidgetShortcut, added to the editor; also for a menu): it
    // opens the dialog window-modal over the editor with the selection, else the word at the cursor,
    // as the text, and on OK replaces that range with [text](target) as one undo step
    // (MarkdownFormatting::makeLink through MarkdownEditor::formatSelection). SITE may be null.
    static QAction *createAction(MarkdownEditor *editor, const Site *site);

private:
    void updateButtons();
    // The post the typed target names in full (title, file name, or file name less extension,
    // case-insensitive), or null.
    const PostEntry *namedPost() const;

    const Site *m_site = nullptr;
    LinkStyle::Style m_style = LinkStyle::Style::PostUrl;
    QLineEdit *m_target = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_hint = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_posts = nullptr;
};

} // namespace Lectern
