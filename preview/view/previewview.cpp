// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewview.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineSettings>

namespace Lectern {

PreviewView::PreviewView(QWidget *parent)
    : QWebEngineView(parent)
{
    QWebEngineSettings *s = settings();
    // Post content runs no script; our own pushes run in the application world.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::AutoLoadImages, true);

    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) {
        // The first loadFinished may be for the empty page before the shell: wait for the shell itself.
        m_shellLoaded = ok && url() == shellUrl();
        if (ok)
            pushPending();
    });
    load(shellUrl());
}

PreviewView::~PreviewView() = default;

QUrl PreviewView::shellUrl()
{
    return QUrl(QStringLiteral("qrc:/preview/shell.html"));
}

void PreviewView::setBodyHtml(const QString &html)
{
    m_pending = html;
    m_hasPending = true;
    if (m_shellLoaded)
        pushPending();
}

void PreviewView::pushPending()
{
    if (!m_hasPending)
        return;
    m_hasPending = false;
    const QString literal = QString::fromUtf8(QJsonDocument::fromVariant(QVariantList{m_pending}).toJson(QJsonDocument::Compact));
    const QString script = QStringLiteral("document.getElementById('content').innerHTML = %1[0]; true;").arg(literal);
    page()->runJavaScript(script, QWebEngineScript::ApplicationWorld, [this](const QVariant &result) {
        if (!result.toBool())
            qWarning("preview: the shell page did not take the update");
        Q_EMIT contentUpdated();
    });
}

} // namespace Lectern
