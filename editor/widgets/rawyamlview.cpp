// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawyamlview.h"

#include "exacttext.h"
#include "frontmatter.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace Lectern {

RawYamlView::RawYamlView(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Front matter as &YAML:"), this);
    label->setBuddy(m_edit);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_status);
    m_edit->setObjectName(QStringLiteral("yamlText"));
    m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setUndoRedoEnabled(false);   // its edits are steps on the session's stack
    m_status->setObjectName(QStringLiteral("yamlStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_setting)
            check(true);
    });
}

RawYamlView::~RawYamlView() = default;

void RawYamlView::setText(const QString &text)
{
    if (exactText(m_edit->document()) == text)
        return;
    m_setting = true;
    const int position = m_edit->textCursor().position();
    m_edit->setPlainText(text);
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(std::min(position, int(text.size())));
    m_edit->setTextCursor(cursor);
    m_setting = false;
    check(false);
}

QString RawYamlView::text() const
{
    return exactText(m_edit->document());
}

void RawYamlView::check(bool emitEdit)
{
    const QString text = exactText(m_edit->document());
    QString bytes = text;
    if (!bytes.isEmpty() && !bytes.endsWith(QLatin1Char('\n')))
        bytes += QLatin1Char('\n');
    const FrontMatter parsed(bytes.toUtf8(), 1);
    m_diagnostics.clear();
    for (const Diagnostic &d : parsed.diagnostics()) {
        if (d.severity == Diagnostic::Severity::Error)
            m_diagnostics.append(d);
    }
    QList<QTextEdit::ExtraSelection> marks;
    if (m_diagnostics.isEmpty()) {
        m_status->setText(parsed.duplicateKeys().isEmpty()
                              ? QString()
                              : tr("Warning: %1 appears more than once; Jekyll uses the last one.")
                                    .arg(parsed.duplicateKeys().join(QStringLiteral(", "))));
        m_status->setStyleSheet(QString());
    } else {
        const Diagnostic &d = m_diagnostics.first();
        m_status->setText(tr("Line %1, column %2: %3 — the form is paused until this is fixed; your text is kept.")
                              .arg(d.line).arg(d.column).arg(d.message));
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        const QTextBlock block = m_edit->document()->findBlockByNumber(std::max(0, d.line - 1));
        QTextEdit::ExtraSelection line;
        line.format.setBackground(QColor(255, 225, 225));
        line.format.setProperty(QTextFormat::FullWidthSelection, true);
        line.cursor = QTextCursor(block);
        marks.append(line);
        QTextEdit::ExtraSelection at;
        at.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        at.format.setUnderlineColor(QColor(176, 0, 32));
        at.cursor = QTextCursor(block);
        at.cursor.setPosition(block.position() + std::clamp(d.column - 1, 0, std::max(0, block.length() - 1)));
        at.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        if (!at.cursor.hasSelection())
            at.cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
        marks.append(at);
    }
    m_edit->setExtraSelections(marks);
    if (emitEdit)
        Q_EMIT textEdited(text);
}

} // namespace Lectern
