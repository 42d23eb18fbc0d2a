// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpage.h"

namespace Lectern {

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
}

PreviewPage::~PreviewPage() = default;

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (!isMainFrame)
        return false;
    const QUrl here = this->url().adjusted(QUrl::RemoveFragment);
    if (type == NavigationTypeLinkClicked) {
        // In-page anchors (footnotes, a table of contents) scroll; everything else opens outside.
        if (url.hasFragment() && url.adjusted(QUrl::RemoveFragment) == here)
            return true;
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))
            Q_EMIT externalLinkClicked(url);
        return false;
    }
    if (type == NavigationTypeFormSubmitted || m_allowed.isEmpty() || url != m_allowed)
        return false;
    m_allowed.clear();
    return true;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType)
{
    return nullptr;
}

} // namespace Lectern
