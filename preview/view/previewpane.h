// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace Lectern {

class PreviewView;

// The preview with its "remote content blocked — Load" bar above it, and a second tab showing
// the post's card as the site's home page lists it. The card's view (a second WebEngine page, tens
// of MB) is made only when its tab is first shown (issue 14).
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    // The tabs' indexes in tabs().
    enum Tab { PostTab = 0, CardTab = 1 };

    PreviewView *view() const { return m_view; }
    // The Home card's view; nullptr until its tab is first shown (then cardViewCreated() was emitted).
    PreviewView *cardView() const { return m_cardView; }
    // Shows the Home card tab, making its view first if needed; returns that view (never nullptr).
    PreviewView *showCardTab();
    QTabWidget *tabs() const { return m_tabs; }
    QWidget *remoteBar() const { return m_bar; }

Q_SIGNALS:
    // The Home card's view was just made (once per pane), before it is shown: wire it now.
    void cardViewCreated(Lectern::PreviewView *view);

private:
    void createCardView();

    PreviewView *m_view = nullptr;
    PreviewView *m_cardView = nullptr;
    QWidget *m_cardPage = nullptr;   // the tab's page; holds m_cardView once made
    QTabWidget *m_tabs = nullptr;
    QWidget *m_bar = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace Lectern
