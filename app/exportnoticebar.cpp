// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportnoticebar.h"

#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Lectern {

ExportNoticeBar::ExportNoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("exportNoticeBar"));
    styleMessageBar(this, QColor(0xfd, 0xf6, 0xe3), QColor(0x4a, 0x36, 0x0b));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeExportNotice"));
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close"));
    close->setAccessibleName(tr("Close the export notes"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

ExportNoticeBar::~ExportNoticeBar() = default;

void ExportNoticeBar::showGaps(const QString &done, const QStringList &gaps)
{
    if (gaps.isEmpty()) {
        m_plain.clear();
        hide();
        return;
    }
    QString html = QStringLiteral("<b>%1</b>").arg(done.toHtmlEscaped());
    html += QStringLiteral("<br>") + tr("Check before you share it:").toHtmlEscaped() + QStringLiteral("<ul style=\"margin: 0\">");
    for (const QString &gap : gaps)
        html += QStringLiteral("<li>%1</li>").arg(gap.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_text->setText(html);
    m_plain = done + QLatin1Char('\n') + gaps.join(QLatin1Char('\n'));
    m_text->setAccessibleName(m_plain);
    show();
}

QString ExportNoticeBar::statusLine(const QString &done, bool notes)
{
    return notes ? tr("%1: see the notes above the editor").arg(done) : done;
}

QString ExportNoticeBar::plainText() const
{
    return m_plain;
}

} // namespace Lectern
