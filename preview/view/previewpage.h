// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>
#include <QWebEnginePage>

namespace Lectern {

// The sandboxed page: it goes only where the view sends it; clicked links become a request
// to open them outside; forms, popups, frames and every other navigation are refused.
class PreviewPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    explicit PreviewPage(QWebEngineProfile *profile, QObject *parent = nullptr);
    ~PreviewPage() override;

    // The one URL the next main-frame load may go to (the shell page).
    void allowNextLoad(const QUrl &url) { m_allowed = url; }

Q_SIGNALS:
    void externalLinkClicked(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    QUrl m_allowed;
};

} // namespace Lectern
