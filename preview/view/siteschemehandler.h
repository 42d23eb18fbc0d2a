// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
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
    QString hostForRoot(const QString &siteRoot);
    QString rootForHost(const QString &host) const { return m_roots.value(host); }
    // What the next shell page for HOST shows: its body and whether remote images may load.
    void setShellContent(const QString &host, const QString &bodyHtml, bool allowRemote);
    // A large body the page fetches from /__lectern/body instead of receiving it in a script.
    void setPendingBody(const QString &host, const QByteArray &utf8Html) { m_bodies.insert(host, utf8Html); }
    static QString bodyPath() { return QStringLiteral("/__lectern/body"); }

    // The file a request path maps to, or empty when it is outside the root, missing or not a file.
    static QString resolve(const QString &siteRoot, const QString &urlPath);
    static QByteArray mimeTypeFor(const QString &filePath);
    QByteArray shellPage(const QString &host) const;

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    struct Shell
    {
        QString body;
        bool allowRemote = false;
    };
    QHash<QString, QString> m_roots;   // host -> canonical site root
    QHash<QString, Shell> m_shells;
    QHash<QString, QByteArray> m_bodies;
};

} // namespace Lectern
