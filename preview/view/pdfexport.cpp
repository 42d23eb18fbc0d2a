// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QSaveFile>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

namespace Lectern {

namespace {

// No network, and files only from inside the site root.
class LocalOnlyInterceptor final : public QWebEngineUrlRequestInterceptor
{
public:
    LocalOnlyInterceptor(const QString &root, QObject *parent)
        : QWebEngineUrlRequestInterceptor(parent)
        , m_root(root.isEmpty() ? QString() : QDir(root).canonicalPath() + QLatin1Char('/'))
    {
    }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("data") || scheme == QLatin1String("qrc"))
            return;
        if (scheme == QLatin1String("file") && !m_root.isEmpty()) {
            const QString path = QFileInfo(url.toLocalFile()).canonicalFilePath();
            if (path.startsWith(m_root) || path + QLatin1Char('/') == m_root)
                return;
        }
        info.block(true);
    }

private:
    QString m_root;
};

} // namespace

PdfExport::PdfExport(QObject *parent)
    : QObject(parent)
    , m_profile(new QWebEngineProfile(this))   // off the record: nothing written to disk
{
}

PdfExport::~PdfExport()
{
    delete m_page;   // before the profile it uses
}

QPageLayout PdfExport::pageLayoutFor(const QLocale &locale)
{
    static const QList<QLocale::Territory> letter = {
        QLocale::UnitedStates, QLocale::Canada, QLocale::Mexico, QLocale::Chile, QLocale::Colombia,
        QLocale::CostaRica, QLocale::Guatemala, QLocale::Panama, QLocale::Philippines, QLocale::Venezuela,
        QLocale::PuertoRico, QLocale::DominicanRepublic, QLocale::ElSalvador};
    const QPageSize size(letter.contains(locale.territory()) ? QPageSize::Letter : QPageSize::A4);
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(14, 12, 14, 12), QPageLayout::Millimeter);
}

QString PdfExport::documentHtml(const QString &bodyHtml, const QString &title)
{
    // Plain, print-friendly: the flyer must not depend on the site's stylesheet or the network.
    return QLatin1String("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>") + title.toHtmlEscaped()
           + QLatin1String("</title><style>"
                           "body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:10pt;line-height:1.32;color:#111;margin:0}"
                           "h1{font-size:19pt;line-height:1.2;margin:0 0 6pt}h2{font-size:13pt;margin:12pt 0 4pt}"
                           "p{margin:0 0 7pt}ul{margin:0 0 8pt;padding-left:16pt}li{margin:0 0 2pt}"
                           "img{max-width:100%;max-height:58mm;display:block;margin:5pt 0}"
                           "a{color:#0b5cad;text-decoration:none}time{color:#555}"
                           "</style></head><body>")
           + bodyHtml + QLatin1String("</body></html>");
}

void PdfExport::print(const QString &bodyHtml, const QString &title, const QString &siteUrl, const QString &siteRoot,
                      const QString &filePath, const QPageLayout &layout)
{
    m_filePath = filePath;
    m_layout = layout;
    delete m_page;
    m_profile->setUrlRequestInterceptor(new LocalOnlyInterceptor(siteRoot, m_profile));
    m_page = new QWebEnginePage(m_profile, this);
    QWebEngineSettings *s = m_page->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, true);
    s->setAttribute(QWebEngineSettings::AutoLoadImages, true);
    connect(m_page, &QWebEnginePage::loadFinished, this, &PdfExport::loaded);
    QString html = bodyHtml;
    QUrl base(QStringLiteral("about:blank"));
    if (!siteRoot.isEmpty() && !siteUrl.isEmpty()) {
        // Site images come from disk, never from the network.
        base = QUrl::fromLocalFile(QDir(siteRoot).absolutePath() + QLatin1Char('/'));
        html.replace(siteUrl + QLatin1Char('/'), base.toString(QUrl::FullyEncoded));
    }
    m_page->setHtml(documentHtml(html, title), base);
}

void PdfExport::loaded(bool ok)
{
    if (!ok) {
        Q_EMIT finished(false, tr("the flyer page did not load"));
        return;
    }
    m_page->printToPdf([this](const QByteArray &pdf) {
        if (pdf.isEmpty()) {
            Q_EMIT finished(false, tr("WebEngine produced no PDF"));
            return;
        }
        QSaveFile file(m_filePath);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
            Q_EMIT finished(false, tr("%1: %2").arg(m_filePath, file.errorString()));
            return;
        }
        Q_EMIT finished(true, QString());
    }, m_layout);
}

} // namespace Lectern
