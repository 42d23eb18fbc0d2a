// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowneditor.h"

#include "postdocument.h"

#include <QFontDatabase>

namespace Lectern {

MarkdownEditor::MarkdownEditor(PostDocument *document, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("markdownEditor"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(false);
    connect(m_document, &PostDocument::loaded, this, &MarkdownEditor::showDocument);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_document->setBody(toPlainText());
    });
    showDocument();
}

MarkdownEditor::~MarkdownEditor() = default;

void MarkdownEditor::showDocument()
{
    m_loading = true;
    setPlainText(m_document->body());
    m_loading = false;
}

} // namespace Lectern
