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
    , m_cardPage(new QWidget)
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
    m_tabs->addTab(m_cardPage, tr("Home card"));
    m_cardPage->setObjectName(QStringLiteral("homeCardPage"));
    auto *cardLayout = new QVBoxLayout(m_cardPage);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    // Made when first shown (or when showCardTab() is called before the pane is visible).
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == CardTab)
            createCardView();
    });

    connect(m_view, &PreviewView::remoteContentBlocked, m_bar, &QWidget::show);
    connect(load, &QPushButton::clicked, this, [this] {
        m_bar->hide();
        m_view->allowRemoteContent();
    });
}

PreviewPane::~PreviewPane() = default;

PreviewView *PreviewPane::showCardTab()
{
    m_tabs->setCurrentIndex(CardTab);
    createCardView();   // already made by currentChanged unless the card tab was current before
    return m_cardView;
}

void PreviewPane::createCardView()
{
    if (m_cardView)
        return;
    m_cardView = new PreviewView(nullptr, QStringLiteral("card"));
    m_cardView->setObjectName(QStringLiteral("homeCardView"));
    m_cardView->setScrollsToContent(true);
    Q_EMIT cardViewCreated(m_cardView);   // wired before the page is shown and asks for a render
    m_cardPage->layout()->addWidget(m_cardView);
}

} // namespace Lectern
