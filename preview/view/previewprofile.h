// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

class QWebEngineProfile;

namespace Lectern {

class SiteSchemeHandler;
class PreviewRequestFilter;

// The one off-the-record profile every preview page uses, alive as long as the application:
// it owns the lectern-site scheme handler and the request filter, so no view can take them down.
class PreviewProfile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewProfile)

public:
    // Registers the lectern-site scheme; call before the QApplication is created.
    static void registerSchemes();
    // Created on first use (after the QApplication), destroyed with it.
    static PreviewProfile *instance();

    QWebEngineProfile *profile() const { return m_profile; }
    SiteSchemeHandler *schemeHandler() const { return m_handler; }

    // Whether the user allowed remote images for this site; remembered in QSettings.
    bool isRemoteAllowed(const QString &host) const;
    void setRemoteAllowed(const QString &host, bool allowed);

Q_SIGNALS:
    // A request from a page of HOST was refused because remote content is off for that site.
    void remoteContentBlocked(const QString &host, const QUrl &url);

private:
    explicit PreviewProfile(QObject *parent);
    ~PreviewProfile() override;

    QWebEngineProfile *m_profile = nullptr;
    SiteSchemeHandler *m_handler = nullptr;
    PreviewRequestFilter *m_filter = nullptr;
    mutable QStringList m_remoteSites;   // the setting, read on first use
    mutable bool m_remoteSitesRead = false;
};

} // namespace Lectern
