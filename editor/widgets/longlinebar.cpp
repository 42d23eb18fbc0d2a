// SPDX-License-Identifier: GPL-3.0-or-later
#include "longlinebar.h"

#include "markdowneditor.h"
#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace Lectern {

LongLineBar::LongLineBar(MarkdownEditor *editor, QWidget *parent)
    : QFrame(parent)
    , m_editor(editor)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("longLineBar"));
    styleMessageBar(this, QColor(0xe3, 0xef, 0xfb), QColor(0x0b, 0x2a, 0x4a));
    m_text->setWordWrap(true);
    auto *edit = new QPushButton(tr("Edit Anyway"), this);
    edit->setObjectName(QStringLiteral("editAnywayButton"));
    edit->setToolTip(tr("Shows the exact text, editable. Each key typed in the long line may take a second."));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(edit);
    connect(edit, &QPushButton::clicked, m_editor, &MarkdownEditor::editExactText);
    connect(m_editor, &MarkdownEditor::foldingChanged, this, &LongLineBar::follow);
    follow();
}

LongLineBar::~LongLineBar() = default;

void LongLineBar::follow()
{
    if (!m_editor->isFolded()) {
        hide();
        return;
    }
    m_text->setText(tr("Line %1 of the text is %2 characters long (an embedded image or minified code?). "
                       "To stay responsive, the editor shows the text read-only, with long lines broken into rows; "
                       "the file keeps them whole. The form, preview, export and Save work as usual.")
                        .arg(m_editor->longestFoldedLine())
                        .arg(QLocale().toString(m_editor->longestFoldedLength())));
    show();
}

} // namespace Lectern
