// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Lectern {

class PreviewView;

// The preview with its "remote content blocked — Load" bar above it.
class PreviewPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPane)

public:
    explicit PreviewPane(QWidget *parent = nullptr);
    ~PreviewPane() override;

    PreviewView *view() const { return m_view; }
    QWidget *remoteBar() const { return m_bar; }

private:
    PreviewView *m_view = nullptr;
    QWidget *m_bar = nullptr;
    QLabel *m_label = nullptr;
};

} // namespace Lectern
