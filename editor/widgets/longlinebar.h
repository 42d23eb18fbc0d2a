// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace Lectern {

class MarkdownEditor;

// The bar above the panes while the editor shows a body folded (MarkdownEditor::isFolded): says
// which line is too long to edit smoothly and offers to edit the exact text anyway.
class LongLineBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LongLineBar)

public:
    explicit LongLineBar(MarkdownEditor *editor, QWidget *parent = nullptr);
    ~LongLineBar() override;

private:
    void follow();

    MarkdownEditor *m_editor = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace Lectern
