// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewwiring.h"

#include "postdocument.h"
#include "postrenderer.h"
#include "previewpane.h"
#include "previewscheduler.h"
#include "previewview.h"
#include "siteconfig.h"
#include "siteschemehandler.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Lectern {

namespace {

const QString kBodyBegin = QStringLiteral("<!--lectern-body-begin-->");
const QString kBodyEnd = QStringLiteral("<!--lectern-body-end-->");

PostRenderInput inputOf(const RenderSnapshot &snapshot)
{
    PostRenderInput input;
    input.siteRoot = snapshot.siteRoot;
    input.site = snapshot.site;
    input.page = snapshot.frontMatter;
    input.body = snapshot.body;
    input.filePath = snapshot.postPath;
    return input;
}

// Names what the page around the body depends on: front matter, site values, and the layout and
// include files (their times), so editing a layout re-renders the page too.
QString pageKeyOf(const RenderSnapshot &snapshot)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(QJsonDocument(QJsonObject::fromVariantMap(snapshot.frontMatter)).toJson(QJsonDocument::Compact));
    hash.addData(QJsonDocument(QJsonObject::fromVariantMap(snapshot.site)).toJson(QJsonDocument::Compact));
    hash.addData(snapshot.siteRoot.toUtf8());
    hash.addData(snapshot.postPath.toUtf8());
    if (!snapshot.siteRoot.isEmpty()) {
        for (const char *dir : {"_layouts", "_includes"}) {
            QDirIterator it(QDir(snapshot.siteRoot).filePath(QLatin1String(dir)), QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                hash.addData(it.filePath().toUtf8());
                hash.addData(QByteArray::number(it.fileInfo().lastModified().toMSecsSinceEpoch()));
            }
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

// Which of the page's stylesheets the scheme handler will serve, as a status phrase; with none,
// the neutral stylesheet goes into the page.
QString stylesheetStatus(const RenderSnapshot &snapshot, const QStringList &hrefs, QString *page)
{
    const QString baseUrl = snapshot.site.value(QStringLiteral("baseurl")).toString();
    QStringList found;
    bool fromBuild = false;
    for (const QString &href : hrefs) {
        const QUrl url(href);
        if (!url.scheme().isEmpty() || !url.host().isEmpty() || !href.startsWith(QLatin1Char('/')))
            continue;   // remote: refused by the page's policy
        const QString file = SiteSchemeHandler::resolveSitePath(snapshot.siteRoot, baseUrl, url.path());
        if (file.isEmpty())
            continue;
        const QString rel = QDir(QFileInfo(snapshot.siteRoot).canonicalFilePath()).relativeFilePath(file);
        fromBuild = fromBuild || rel.startsWith(QLatin1String("_site/"));
        found << rel;
    }
    if (found.isEmpty()) {
        const QString link = QStringLiteral("<link rel=\"stylesheet\" href=\"/__lectern/preview.css\">");
        const qsizetype head = page->indexOf(QLatin1String("</head>"), 0, Qt::CaseInsensitive);
        page->insert(head >= 0 ? head : 0, link);
        return hrefs.isEmpty() ? PreviewWiring::tr("neutral stylesheet (the layout links none)")
                               : PreviewWiring::tr("neutral stylesheet (no site CSS found: Sass is not compiled, and no built _site)");
    }
    return PreviewWiring::tr("stylesheet %1%2").arg(found.join(QStringLiteral(", ")),
                                                    fromBuild ? PreviewWiring::tr(" (last site build)") : QString());
}

} // namespace

PreviewWiring::PreviewWiring(PostDocument *document, PreviewScheduler *postScheduler, PreviewPane *pane, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_cardScheduler(new PreviewScheduler(this))
{
    PreviewView *view = pane->view();
    postScheduler->setSnapshotSource([this, view] { return snapshot(view->pageKey()); });
    postScheduler->setRenderFunction(&PreviewWiring::renderPost);
    connect(view, &PreviewView::statusChanged, this, &PreviewWiring::message);

    // The card's view is made when its tab is first shown (issue 14: a second WebEngine page costs
    // memory), so it is wired then; until then its scheduler is inactive and renders nothing.
    m_cardScheduler->setActive(false);
    m_cardScheduler->watch(document);
    m_cardScheduler->setRenderFunction(&PreviewWiring::renderCard);
    auto wireCard = [this](PreviewView *card) {
        m_cardScheduler->setSnapshotSource([this, card] { return snapshot(card->pageKey()); });
        card->follow(m_cardScheduler);   // renders only while the tab is shown
    };
    if (PreviewView *card = pane->cardView())
        wireCard(card);
    else
        connect(pane, &PreviewPane::cardViewCreated, this, wireCard);
}

PreviewWiring::~PreviewWiring() = default;

RenderSnapshot PreviewWiring::snapshot(const QString &shownPageKey)
{
    RenderSnapshot s = PreviewScheduler::snapshotOf(*m_document);
    s.shownPageKey = shownPageKey;
    if (s.siteRoot.isEmpty())
        return s;
    QFileInfo config(QDir(s.siteRoot).filePath(QStringLiteral("_config.yml")));
    if (!config.exists())
        config.setFile(QDir(s.siteRoot).filePath(QStringLiteral("_config.yaml")));
    const QDateTime stamp = config.lastModified();
    if (s.siteRoot != m_configRoot || stamp != m_configStamp) {
        m_configRoot = s.siteRoot;
        m_configStamp = stamp;
        m_site = SiteConfig::load(s.siteRoot).values();
    }
    s.site = m_site;
    return s;
}

RenderResult PreviewWiring::renderPost(const RenderSnapshot &snapshot)
{
    RenderResult result;
    const PostRenderInput input = inputOf(snapshot);
    result.baseUrl = snapshot.site.value(QStringLiteral("baseurl")).toString();
    result.pageKey = pageKeyOf(snapshot);
    if (result.pageKey == snapshot.shownPageKey) {
        result.html = PostRenderer::renderBody(input);   // typing: the body alone
        return result;
    }
    const PostRenderResult page = PostRenderer::render(input);
    result.html = page.bodyHtml;
    if (!page.siteLayout) {
        const QString why = page.warnings.isEmpty() ? tr("no site layout for this post")
                                                    : page.warnings.first().toString();
        result.status = tr("Preview: built-in layout (site layout failed: %1)").arg(why);
        return result;   // no page: the built-in shell
    }
    result.pageHtml = page.pageHtml;
    const QString layout = PostRenderer::pageVariables(input).value(QStringLiteral("layout")).toString();
    const QString css = stylesheetStatus(snapshot, page.stylesheets, &result.pageHtml);
    result.status = tr("Preview: site layout '%1', %2").arg(layout, css);
    return result;
}

RenderResult PreviewWiring::renderCard(const RenderSnapshot &snapshot)
{
    RenderResult result;
    const PostRenderInput input = inputOf(snapshot);
    const CardRenderResult card = PostRenderer::renderCard(input);
    result.baseUrl = snapshot.site.value(QStringLiteral("baseurl")).toString();
    QString page = card.pageHtml;
    // The card is the part that changes while typing: push it, reload the page only when the rest changed.
    const qsizetype at = page.indexOf(card.cardHtml);
    if (!card.cardHtml.isEmpty() && at >= 0) {
        page.replace(at, card.cardHtml.size(), kBodyBegin + kBodyEnd);
        result.html = card.cardHtml;
    }
    stylesheetStatus(snapshot, card.stylesheets, &page);
    result.pageKey = QString::fromLatin1(QCryptographicHash::hash(page.toUtf8(), QCryptographicHash::Sha1).toHex());
    if (result.pageKey != snapshot.shownPageKey)
        result.pageHtml = page;
    return result;
}

} // namespace Lectern
