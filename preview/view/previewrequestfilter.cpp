// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewrequestfilter.h"

#include "siteschemehandler.h"

#include <QWebEngineUrlRequestInfo>

namespace Lectern {

PreviewRequestFilter::PreviewRequestFilter(RemotePolicy policy, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_policy(std::move(policy))
{
}

PreviewRequestFilter::~PreviewRequestFilter() = default;

void PreviewRequestFilter::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const QString scheme = url.scheme();
    const auto type = info.resourceType();
    const QString host = info.firstPartyUrl().scheme() == QLatin1String(SiteSchemeHandler::scheme())
        ? info.firstPartyUrl().host()
        : QString();

    if (type == QWebEngineUrlRequestInfo::ResourceTypeSubFrame) {
        info.block(true);
        return;
    }
    if (scheme == QLatin1String(SiteSchemeHandler::scheme())) {
        info.block(false);
        return;
    }
    const bool image = type == QWebEngineUrlRequestInfo::ResourceTypeImage;
    if (scheme == QLatin1String("data")) {
        info.block(!(image || type == QWebEngineUrlRequestInfo::ResourceTypeFontResource));
        return;
    }
    const bool remote = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    const bool media = image || type == QWebEngineUrlRequestInfo::ResourceTypeMedia;
    if (remote && media && !host.isEmpty() && m_policy && m_policy(host)) {
        info.block(false);
        return;
    }
    info.block(true);
    if (remote && !host.isEmpty())
        Q_EMIT remoteBlocked(host, url);
}

} // namespace Lectern
