// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace Lectern {

// The whole front matter as YAML text. Every change the user makes is handed on (textEdited),
// whether it parses or not: the text is theirs, and the post must hold what they see. Text that does
// not parse is marked at the line and column YAML reports. The view has no undo of its own: Ctrl+Z
// steps the edit session's stack (FrontMatterForm routes it).
class RawYamlView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RawYamlView)
public:
    explicit RawYamlView(QWidget *parent = nullptr);
    ~RawYamlView() override;

    // Shows text (LF line endings); keeps the cursor when the text is unchanged.
    void setText(const QString &text);
    QString text() const;
    bool isValid() const { return m_diagnostics.isEmpty(); }
    Diagnostics diagnostics() const { return m_diagnostics; }
    QPlainTextEdit *textEdit() const { return m_edit; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    // The user changed the text (LF line endings); isValid() says whether it parses as front matter.
    void textEdited(const QString &text);

private:
    void check(bool emitEdit);

    QPlainTextEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    Diagnostics m_diagnostics;
    bool m_setting = false;
};

} // namespace Lectern
