// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWebEngineUrlRequestInterceptor>

#include <functional>

namespace Lectern {

// Refuses every request a preview page makes except lectern-site: (no subframes), data: images
// and fonts, and remote images for a site whose user allowed them.
class PreviewRequestFilter final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewRequestFilter)

public:
    // Answers whether remote images may load for pages of this lectern-site host.
    using RemotePolicy = std::function<bool(const QString &host)>;

    explicit PreviewRequestFilter(RemotePolicy policy, QObject *parent = nullptr);
    ~PreviewRequestFilter() override;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

Q_SIGNALS:
    void remoteBlocked(const QString &host, const QUrl &url);

private:
    RemotePolicy m_policy;
};

} // namespace Lectern
