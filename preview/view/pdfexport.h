// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPageLayout>

class QWebEnginePage;
class QWebEngineProfile;

namespace Lectern {

// Prints a post to a PDF flyer with WebEngine. The page is sandboxed like the preview: no
// JavaScript, no network; it may read only files inside the site root (images).
class PdfExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfExport)

public:
    explicit PdfExport(QObject *parent = nullptr);
    ~PdfExport() override;

    // bodyHtml: sanitised HTML with absolute URLs (HtmlExport::snippet with the header).
    // URLs under siteUrl (url + baseurl) are read from siteRoot instead of the network.
    // Writes filePath atomically; finished() reports the outcome.
    void print(const QString &bodyHtml, const QString &title, const QString &siteUrl, const QString &siteRoot,
               const QString &filePath, const QPageLayout &layout);

    // A4, or Letter where the locale's country uses it (US, Canada, Mexico, ...).
    static QPageLayout pageLayoutFor(const QLocale &locale);
    // The flyer page: a print stylesheet around the body.
    static QString documentHtml(const QString &bodyHtml, const QString &title);

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    void loaded(bool ok);

    QWebEngineProfile *m_profile = nullptr;
    QWebEnginePage *m_page = nullptr;
    QString m_filePath;
    QPageLayout m_layout;
};

} // namespace Lectern
