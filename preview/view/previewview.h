// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineView>

namespace Lectern {

// The live preview: loads the shell page once, then pushes each new body into it.
class PreviewView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewView)

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    // Replaces the shown body; keeps the scroll position.
    void setBodyHtml(const QString &html);
    bool isShellLoaded() const { return m_shellLoaded; }
    static QUrl shellUrl();

Q_SIGNALS:
    // The page shows the last body pushed to it.
    void contentUpdated();

private:
    void pushPending();

    bool m_shellLoaded = false;
    QString m_pending;
    bool m_hasPending = false;
};

} // namespace Lectern
