// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpane.h"

#include "previewview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Lectern {

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_view(new PreviewView)
    , m_cardView(new PreviewView(nullptr, QStringLiteral("card")))
    , m_tabs(new QTabWidget)
    , m_bar(new QFrame)
    , m_label(new QLabel)
{
    m_bar->setObjectName(QStringLiteral("remoteContentBar"));
    static_cast<QFrame *>(m_bar)->setFrameShape(QFrame::StyledPanel);
    m_bar->setAutoFillBackground(true);
    m_label->setText(tr("Remote content blocked — this post shows images from other websites."));
    m_label->setWordWrap(true);
    auto *load = new QPushButton(tr("&Load"));
    load->setObjectName(QStringLiteral("loadRemoteContent"));
    load->setToolTip(tr("Show remote images for every post of this site (remembered)."));
    auto *barLayout = new QHBoxLayout(m_bar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    barLayout->addWidget(m_label, 1);
    barLayout->addWidget(load);
    m_bar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, tr("Post"));
    m_tabs->addTab(m_cardView, tr("Home card"));
    m_cardView->setObjectName(QStringLiteral("homeCardView"));
    m_cardView->setScrollsToContent(true);
    layout->addWidget(m_tabs, 1);

    connect(m_view, &PreviewView::remoteContentBlocked, m_bar, &QWidget::show);
    connect(load, &QPushButton::clicked, this, [this] {
        m_bar->hide();
        m_view->allowRemoteContent();
    });
}

PreviewPane::~PreviewPane() = default;

} // namespace Lectern
