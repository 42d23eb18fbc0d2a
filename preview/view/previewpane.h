// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace Lectern {

class PreviewView;

// The preview with its "remote content blocked — Load" bar above it, and a second tab showing
// the post's card as the site's home page lists it.
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    PreviewView *view() const { return m_view; }
    PreviewView *cardView() const { return m_cardView; }
    QTabWidget *tabs() const { return m_tabs; }
    QWidget *remoteBar() const { return m_bar; }

private:
    PreviewView *m_view = nullptr;
    PreviewView *m_cardView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_bar = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace Lectern
