// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>

namespace Lectern {

class PostDocument;

// The Markdown body in a monospace plain-text editor, kept in step with the document.
class MarkdownEditor final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownEditor)

public:
    explicit MarkdownEditor(PostDocument *document, QWidget *parent = nullptr);
    ~MarkdownEditor() override;

private:
    void showDocument();

    PostDocument *m_document = nullptr;
    bool m_loading = false;
};

} // namespace Lectern
