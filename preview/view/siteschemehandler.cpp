// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteschemehandler.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QUrl>
#include <QWebEngineUrlRequestJob>

namespace Lectern {

namespace {
// A site page made into a shell: our policy first thing in <head> (so it covers every link the
// layout makes), and the body region an element the pushes can find.
QByteArray sitePage(const QString &html)
{
    QString page = SiteSchemeHandler::pageWithContentElement(html, QStringLiteral("<!--@BODY@-->"));
    const QString meta = QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"@CSP@\">"
                                        "<meta name=\"referrer\" content=\"no-referrer\">");
    static const QRegularExpression head(QStringLiteral("<head(\\s[^>]*)?>"), QRegularExpression::CaseInsensitiveOption);
    const auto m = head.match(page);
    // A <head> inside a comment would hide the policy in that comment: then put it first instead.
    const qsizetype comment = m.hasMatch() ? page.lastIndexOf(QLatin1String("<!--"), m.capturedStart()) : -1;
    const bool inComment = comment >= 0 && page.indexOf(QLatin1String("-->"), comment) > m.capturedStart();
    if (m.hasMatch() && !inComment)
        page.insert(m.capturedEnd(), meta);
    else
        page.prepend(meta);
    return page.toUtf8();
}
} // namespace

QString SiteSchemeHandler::pageWithContentElement(const QString &pageHtml, const QString &content)
{
    const QString begin = QStringLiteral("<!--lectern-body-begin-->");
    const QString end = QStringLiteral("<!--lectern-body-end-->");
    const qsizetype b = pageHtml.indexOf(begin);
    const qsizetype e = pageHtml.indexOf(end, b);
    if (b < 0 || e < b)
        return pageHtml;
    // display: contents keeps the layout's own boxes, so its CSS lays the body out as on the site;
    // the body itself comes from the shell's content and the pushes.
    return pageHtml.left(b) + QStringLiteral("<div id=\"content\" style=\"display:contents\">") + content
        + QStringLiteral("</div>") + pageHtml.mid(e + end.size());
}

SiteSchemeHandler::SiteSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{
}

SiteSchemeHandler::~SiteSchemeHandler() = default;

QString SiteSchemeHandler::hostForRoot(const QString &siteRoot)
{
    // Asked with each preview result on the GUI thread: the path is resolved on the file system
    // only the first time it is seen.
    if (const auto known = m_hostsByPath.constFind(siteRoot); known != m_hostsByPath.cend())
        return known.value();
    const QString root = siteRoot.isEmpty() ? QString() : QFileInfo(siteRoot).canonicalFilePath();
    QString host;
    for (auto it = m_roots.cbegin(); it != m_roots.cend() && host.isEmpty(); ++it) {
        if (it.value() == root)
            host = it.key();
    }
    if (host.isEmpty()) {
        host = QStringLiteral("site%1").arg(m_roots.size() + 1);
        m_roots.insert(host, root);
    }
    if (!root.isEmpty() || siteRoot.isEmpty())   // a folder not there yet is looked at again
        m_hostsByPath.insert(siteRoot, host);
    return host;
}

void SiteSchemeHandler::setShellContent(const QString &host, const QString &bodyHtml, bool allowRemote,
                                        const QString &pageHtml, const QString &name)
{
    m_shells.insert(host + QLatin1Char('/') + name, Shell{bodyHtml, pageHtml, allowRemote});
}

QString SiteSchemeHandler::resolveSitePath(const QString &siteRoot, const QString &baseUrl, const QString &urlPath)
{
    QStringList paths{urlPath};
    const QString base = baseUrl.endsWith(QLatin1Char('/')) ? baseUrl.chopped(1) : baseUrl;
    if (!base.isEmpty()) {
        // Jekyll serves the site under baseurl: "/images/x.jpg" in a "/lab" site is a 404 on the
        // published site, so the preview shows it broken too.
        if (!urlPath.startsWith(base + QLatin1Char('/')))
            return {};
        paths = QStringList{urlPath.mid(base.size())};
    }
    for (const QString &path : std::as_const(paths)) {
        const QString file = resolve(siteRoot, path);
        if (!file.isEmpty())
            return file;
    }
    for (const QString &path : std::as_const(paths)) {
        const QString file = resolve(siteRoot, QStringLiteral("/_site") + path);
        if (!file.isEmpty())
            return file;
    }
    return {};
}

QString SiteSchemeHandler::resolve(const QString &siteRoot, const QString &urlPath)
{
    if (siteRoot.isEmpty() || urlPath.isEmpty())
        return {};
    const QString root = QFileInfo(siteRoot).canonicalFilePath();
    if (root.isEmpty())
        return {};
    // Refuse any dot segment or backslash outright rather than trusting normalisation.
    const QStringList segments = urlPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &s : segments) {
        if (s == QLatin1String("..") || s == QLatin1String(".") || s.contains(QLatin1Char('\\'))
            || s.contains(QChar(0)))
            return {};
    }
    const QFileInfo info(root + QLatin1Char('/') + segments.join(QLatin1Char('/')));
    const QString real = info.canonicalFilePath();   // symlinks resolved; empty when missing
    if (real.isEmpty() || !QFileInfo(real).isFile())
        return {};
    if (!real.startsWith(root + QLatin1Char('/')))
        return {};
    return real;
}

QByteArray SiteSchemeHandler::mimeTypeFor(const QString &filePath)
{
    static const QMimeDatabase db;
    const QString suffix = QFileInfo(filePath).suffix().toLower();
    // Browsers refuse stylesheets and fonts served under a guessed text/plain type.
    if (suffix == QLatin1String("css"))
        return QByteArrayLiteral("text/css");
    if (suffix == QLatin1String("svg"))
        return QByteArrayLiteral("image/svg+xml");
    if (suffix == QLatin1String("woff2"))
        return QByteArrayLiteral("font/woff2");
    if (suffix == QLatin1String("woff"))
        return QByteArrayLiteral("font/woff");
    return db.mimeTypeForFile(filePath, QMimeDatabase::MatchExtension).name().toLatin1();
}

QByteArray SiteSchemeHandler::shellPage(const QString &host, const QString &name) const
{
    const Shell shell = m_shells.value(host + QLatin1Char('/') + name);
    QFile file(QStringLiteral(":/preview/shell.html"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray page = file.readAll();
    if (!shell.page.isEmpty())
        page = sitePage(shell.page);
    // Remote images are off unless the user allowed them for this site; scripts, frames, forms never.
    const QByteArray remote = shell.allowRemote ? QByteArrayLiteral(" http: https:") : QByteArray();
    const QByteArray csp = "default-src 'none'; script-src 'none'; object-src 'none'; frame-src 'none'; "
                           "form-action 'none'; base-uri 'none'; connect-src lectern-site:; img-src lectern-site: data:" + remote
        + "; media-src lectern-site:" + remote + "; style-src 'unsafe-inline' lectern-site:; font-src lectern-site: data:";
    // An image with no file to show (`image: ""` in front matter: Liquid's "" is true, so a layout's
    // {% if page.image %} still writes <img src="{{ page.image | relative_url }}">, which Jekyll 4.3
    // renders as src="" or src="BASEURL") is hidden rather than drawn as a broken-image icon. Such a
    // src is empty, the baseurl itself, or a folder (ends in "/"): never an image file. Set right
    // after the policy, first in <head>, so a site's stylesheet cannot show it again by accident.
    QString baseUrl = m_baseUrls.value(host);
    baseUrl.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    baseUrl.replace(QLatin1Char('<'), QLatin1String("\\3c "));   // never a </style> inside the rule
    const QByteArray baseRule = baseUrl.isEmpty() ? QByteArray() : QByteArray(",img[src=\"" + baseUrl.toUtf8() + "\"]");
    const QByteArray hideEmptyImages = QByteArray("<style id=\"lectern-empty-images\">img:not([src]),img[src=\"\"],img[src$=\"/\"]"
                                                  + baseRule + "{display:none !important}</style>");
    page.replace(QByteArrayLiteral("content=\"@CSP@\">"), QByteArray("content=\"" + csp + "\">" + hideEmptyImages));
    page.replace("<!--@BODY@-->", shell.body.toUtf8());
    return page;
}

void SiteSchemeHandler::setStylesheet(const QString &host, const QString &urlPath, const QString &css)
{
    if (css.isNull()) {
        auto it = m_stylesheets.find(host);
        if (it != m_stylesheets.end() && it->remove(urlPath) && it->isEmpty())
            m_stylesheets.erase(it);
        return;
    }
    m_stylesheets[host].insert(urlPath, css.toUtf8());
}

QStringList SiteSchemeHandler::stylesheets(const QString &host) const
{
    return m_stylesheets.value(host).keys();
}

void SiteSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    if (job->requestMethod() != QByteArrayLiteral("GET")) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QString host = url.host();
    QByteArray data;
    QByteArray mime;
    const QString path = url.path();
    // A compiled stylesheet is asked for at its page URL, which carries the site's baseurl.
    QString sitePath = url.path(QUrl::FullyDecoded);
    const QString baseUrl = m_baseUrls.value(host);
    if (!baseUrl.isEmpty() && baseUrl != QLatin1String("/") && sitePath.startsWith(baseUrl + QLatin1Char('/')))
        sitePath = sitePath.mid(baseUrl.size());
    const auto compiled = m_stylesheets.constFind(host);
    const QString shellName = path.startsWith(QLatin1String("/__lectern/")) && path.endsWith(QLatin1String(".html"))
        ? path.mid(11, path.size() - 16) : QString();
    if (!shellName.isEmpty() && m_shells.contains(host + QLatin1Char('/') + shellName)) {
        data = shellPage(host, shellName);
        mime = QByteArrayLiteral("text/html");
    } else if (url.path() == bodyPath()) {
        data = m_bodies.take(host);
        mime = QByteArrayLiteral("text/html;charset=utf-8");
    } else if (compiled != m_stylesheets.cend() && compiled->contains(sitePath)) {
        data = compiled->value(sitePath);
        mime = QByteArrayLiteral("text/css;charset=utf-8");
    } else if (url.path() == QLatin1String("/__lectern/preview.css")) {
        QFile css(QStringLiteral(":/preview/preview.css"));
        if (!css.open(QIODevice::ReadOnly)) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        data = css.readAll();
        mime = QByteArrayLiteral("text/css");
    } else {
        const QString file = resolveSitePath(m_roots.value(host), m_baseUrls.value(host), url.path(QUrl::FullyDecoded));
        QFile f(file);
        if (file.isEmpty() || !f.open(QIODevice::ReadOnly)) {
            job->fail(file.isEmpty() ? QWebEngineUrlRequestJob::UrlNotFound : QWebEngineUrlRequestJob::RequestDenied);
            return;
        }
        data = f.readAll();
        mime = mimeTypeFor(file);
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(data);
    job->reply(mime, buffer);
}

} // namespace Lectern
