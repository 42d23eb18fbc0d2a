// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QWebEngineUrlSchemeHandler>

namespace Lectern {

// Serves lectern-site://HOST/PATH: the shell page under /__lectern/, and files of the site
// registered for HOST, only when they resolve (symlinks followed) inside that site root.
class SiteSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteSchemeHandler)

public:
    static QByteArray scheme() { return QByteArrayLiteral("lectern-site"); }
    static QString shellPath() { return QStringLiteral("/__lectern/shell.html"); }

    explicit SiteSchemeHandler(QObject *parent = nullptr);
    ~SiteSchemeHandler() override;

    // The host naming this site root (the same root always gets the same host). Empty root: no files.
    // The file system is asked (symlinks resolved) only the first time a path is seen.
    QString hostForRoot(const QString &siteRoot);
    QString rootForHost(const QString &host) const { return m_roots.value(host); }
    // What the next shell page for HOST shows: its body and whether remote images may load.
    // PAGE, when given, is a whole site page whose body sits between the renderer's
    // <!--lectern-body-begin/end--> markers; else the built-in shell holds the body.
    // NAME tells apart several views on one site (the shell is served at /__lectern/NAME.html).
    void setShellContent(const QString &host, const QString &bodyHtml, bool allowRemote,
                         const QString &pageHtml = QString(), const QString &name = QStringLiteral("shell"));
    // The site's baseurl ("/lab"): page URLs carry it, the files under the root do not.
    void setBaseUrl(const QString &host, const QString &baseUrl) { m_baseUrls.insert(host, baseUrl); }
    static QString shellPathFor(const QString &name) { return QStringLiteral("/__lectern/") + name + QStringLiteral(".html"); }
    // A large body the page fetches from /__lectern/body instead of receiving it in a script.
    void setPendingBody(const QString &host, const QByteArray &utf8Html) { m_bodies.insert(host, utf8Html); }
    static QString bodyPath() { return QStringLiteral("/__lectern/body"); }
    // Serves CSS (UTF-8 text) at URL_PATH of HOST's site ("/assets/css/main.css", the page URL of a
    // Sass page without the baseurl), before any file lookup: the site's Sass as its Jekyll compiled
    // it (ExactPreview). A null CSS string takes it back (the file lookup serves the path again).
    void setStylesheet(const QString &host, const QString &urlPath, const QString &css);
    // The URL paths (as given to setStylesheet) that HOST serves compiled CSS for.
    QStringList stylesheets(const QString &host) const;
    // PAGE_HTML (a site page from PostRenderer) with its body region, between the renderer's
    // <!--lectern-body-begin/end--> markers, replaced by the element the pushes fill
    // (<div id="content" style="display:contents">) holding CONTENT. Without markers: PAGE_HTML as it is.
    static QString pageWithContentElement(const QString &pageHtml, const QString &content = QString());

    // The file a request path maps to, or empty when it is outside the root, missing or not a file.
    static QString resolve(const QString &siteRoot, const QString &urlPath);
    static QByteArray mimeTypeFor(const QString &filePath);
    QByteArray shellPage(const QString &host, const QString &name = QStringLiteral("shell")) const;
    // The site file for a page URL path: baseurl stripped, else the last Jekyll build (_site)
    // for files only it holds (compiled Sass). Empty when nothing inside the root matches, and for a
    // path outside a non-empty baseurl ("/images/x.jpg" under "/lab"): a 404 on the published site.
    static QString resolveSitePath(const QString &siteRoot, const QString &baseUrl, const QString &urlPath);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    struct Shell
    {
        QString body;
        QString page;
        bool allowRemote = false;
    };
    QHash<QString, QString> m_roots;   // host -> canonical site root
    QHash<QString, QString> m_hostsByPath;   // root as given -> host
    QHash<QString, Shell> m_shells;
    QHash<QString, QByteArray> m_bodies;
    QHash<QString, QString> m_baseUrls;
    QHash<QString, QHash<QString, QByteArray>> m_stylesheets;   // host -> URL path -> CSS
};

} // namespace Lectern
