// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewprofile.h"

#include "previewrequestfilter.h"
#include "siteschemehandler.h"

#include <QCoreApplication>
#include <QSettings>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineUrlScheme>

namespace Lectern {

namespace {
PreviewProfile *s_instance = nullptr;
const char remoteSitesKey[] = "preview/remoteContentSites";
} // namespace

// Schemes must be registered before the QApplication exists; doing it when the program loads also
// covers executables whose main() does not call registerSchemes() (QTEST_MAIN tests of the window).
[[maybe_unused]] static const bool s_schemesRegistered = (PreviewProfile::registerSchemes(), true);

void PreviewProfile::registerSchemes()
{
    if (QWebEngineUrlScheme::schemeByName(SiteSchemeHandler::scheme()).name() == SiteSchemeHandler::scheme())
        return;
    QWebEngineUrlScheme scheme(SiteSchemeHandler::scheme());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure: pages under it count as a secure origin, so browsers never relax mixed-content rules.
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::CorsEnabled);
    QWebEngineUrlScheme::registerScheme(scheme);
}

PreviewProfile *PreviewProfile::instance()
{
    if (!s_instance)
        s_instance = new PreviewProfile(QCoreApplication::instance());
    return s_instance;
}

PreviewProfile::PreviewProfile(QObject *parent)
    : QObject(parent)
    , m_profile(new QWebEngineProfile(this))   // no storage name: off the record, nothing on disk
    , m_handler(new SiteSchemeHandler(this))
{
    m_filter = new PreviewRequestFilter([this](const QString &host) { return isRemoteAllowed(host); }, this);
    connect(m_filter, &PreviewRequestFilter::remoteBlocked, this, &PreviewProfile::remoteContentBlocked,
            Qt::QueuedConnection);
    m_profile->installUrlSchemeHandler(SiteSchemeHandler::scheme(), m_handler);
    m_profile->setUrlRequestInterceptor(m_filter);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    // A preview never downloads anything.
    connect(m_profile, &QWebEngineProfile::downloadRequested, this,
            [](QWebEngineDownloadRequest *download) { download->cancel(); });
}

PreviewProfile::~PreviewProfile()
{
    s_instance = nullptr;
}

bool PreviewProfile::isRemoteAllowed(const QString &host) const
{
    const QString root = m_handler->rootForHost(host);
    if (root.isEmpty())
        return false;
    // Asked after every push and for every request of the page: read the setting once.
    if (!m_remoteSitesRead) {
        m_remoteSites = QSettings().value(QLatin1String(remoteSitesKey)).toStringList();
        m_remoteSitesRead = true;
    }
    return m_remoteSites.contains(root);
}

void PreviewProfile::setRemoteAllowed(const QString &host, bool allowed)
{
    const QString root = m_handler->rootForHost(host);
    if (root.isEmpty())
        return;
    QSettings settings;
    QStringList sites = settings.value(QLatin1String(remoteSitesKey)).toStringList();
    sites.removeAll(root);
    if (allowed)
        sites.append(root);
    settings.setValue(QLatin1String(remoteSitesKey), sites);
    m_remoteSites = sites;
    m_remoteSitesRead = true;
}

} // namespace Lectern
