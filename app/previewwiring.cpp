// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewwiring.h"

#include "incrementalmarkdown.h"
#include "postdocument.h"
#include "postrenderer.h"
#include "previewpane.h"
#include "previewprofile.h"
#include "previewscheduler.h"
#include "previewview.h"
#include "siteschemehandler.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFileInfo>
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

const QString kBuiltIn = QStringLiteral(":built-in");

QByteArray hashOf(const QVariantMap &values)
{
    // QDataStream writes every QVariant type the front matter and config hold (dates, lists, maps).
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << values;
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}

// Names the page's frame: the site as the app gave it, the post, and the layout the front matter
// asks for (site defaults for the post's path are in the site key). Not the front matter's other
// values: their edits are patched into the shown page. Made per keystroke: hashes only short strings.
QString pageKeyOf(const RenderSnapshot &snapshot)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(snapshot.siteKey.toUtf8());
    hash.addData(QByteArrayLiteral("\0"));
    hash.addData(snapshot.postPath.toUtf8());
    hash.addData(QByteArrayLiteral("\0"));
    hash.addData(snapshot.frontMatter.value(QStringLiteral("layout")).toString().toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

// The page body sits between the markers; the view has it from the body pushes, so the page
// travels without it (a 100 KB post is not carried twice).
QString withoutBody(const QString &page)
{
    const qsizetype b = page.indexOf(kBodyBegin);
    const qsizetype e = page.indexOf(kBodyEnd, b);
    if (b < 0 || e < b)
        return page;
    return page.left(b + kBodyBegin.size()) + page.mid(e);
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
        QString sitePath = url.path();
        if (!baseUrl.isEmpty() && baseUrl != QLatin1String("/") && sitePath.startsWith(baseUrl + QLatin1Char('/')))
            sitePath = sitePath.mid(baseUrl.size());
        if (snapshot.compiledStylesheets.contains(sitePath)) {   // served before any file: see SiteSchemeHandler
            found << PreviewWiring::tr("%1 (Sass compiled by the site's Jekyll)").arg(sitePath.mid(1));
            continue;
        }
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
    m_postScheduler = postScheduler;
    PreviewView *view = pane->view();
    postScheduler->setSnapshotSource([this, view] {
        RenderSnapshot s = snapshot(view->pageKey(), view->pageValuesKey());
        s.compiledStylesheets = PreviewProfile::instance()->schemeHandler()->stylesheets(view->host());
        return s;
    });
    // The last body's parse lives with the function, on the render worker (one render at a time).
    postScheduler->setRenderFunction([incremental = std::make_shared<IncrementalMarkdown>()](const RenderSnapshot &s) {
        return renderPost(s, incremental.get());
    });
    connect(view, &PreviewView::statusChanged, this, &PreviewWiring::message);

    // The card's view is made when its tab is first shown (issue 14: a second WebEngine page costs
    // memory), so it is wired then; until then its scheduler is inactive and renders nothing.
    m_cardScheduler->setActive(false);
    m_cardScheduler->watch(document);
    m_cardScheduler->setRenderFunction(&PreviewWiring::renderCard);
    auto wireCard = [this](PreviewView *card) {
        m_cardScheduler->setSnapshotSource([this, card] {
            RenderSnapshot s = snapshot(card->pageKey());
            s.compiledStylesheets = PreviewProfile::instance()->schemeHandler()->stylesheets(card->host());
            return s;
        });
        card->follow(m_cardScheduler);   // renders only while the tab is shown
    };
    if (PreviewView *card = pane->cardView())
        wireCard(card);
    else
        connect(pane, &PreviewPane::cardViewCreated, this, wireCard);
}

PreviewWiring::~PreviewWiring() = default;

void PreviewWiring::setSite(const QString &root, const QVariantMap &siteValues, quint64 generation)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(root.toUtf8());
    hash.addData(hashOf(siteValues));
    hash.addData(QByteArray::number(generation));
    const QString key = QString::fromLatin1(hash.result().toHex());
    if (key == m_siteKey)
        return;
    const bool newRoot = root != m_siteRoot;
    m_siteRoot = root;
    m_site = siteValues;
    m_siteKey = key;
    for (PreviewScheduler *scheduler : {m_postScheduler, m_cardScheduler}) {
        if (!scheduler)
            continue;
        if (newRoot)
            scheduler->reset();   // a render in flight used another site: drop it
        else
            scheduler->documentChanged();
    }
}

RenderSnapshot PreviewWiring::snapshot(const QString &shownPageKey, const QString &shownPageValuesKey)
{
    RenderSnapshot s = PreviewScheduler::snapshotOf(*m_document, m_siteRoot);
    s.shownPageKey = shownPageKey;
    s.shownPageValuesKey = shownPageValuesKey;
    if (!m_siteRoot.isEmpty()) {
        s.site = m_site;
        s.siteKey = m_siteKey;
    }
    return s;
}

RenderResult PreviewWiring::renderPost(const RenderSnapshot &snapshot, IncrementalMarkdown *incremental)
{
    RenderResult result;
    const PostRenderInput input = inputOf(snapshot);
    result.baseUrl = snapshot.site.value(QStringLiteral("baseurl")).toString();
    const QString frame = pageKeyOf(snapshot);
    result.pageValuesKey = QString::fromLatin1(hashOf(snapshot.frontMatter).toHex());
    const bool sameFrame = snapshot.shownPageKey == frame || snapshot.shownPageKey == frame + kBuiltIn;
    if (sameFrame && result.pageValuesKey == snapshot.shownPageValuesKey) {
        result.pageKey = snapshot.shownPageKey;
        result.html = PostRenderer::renderBody(input, nullptr, incremental);   // typing: the body alone
        return result;
    }
    // Front matter or frame changed: the whole page (Liquid may put page values anywhere in it).
    const PostRenderResult page = PostRenderer::render(input);
    result.html = page.bodyHtml;
    if (!page.siteLayout) {
        result.pageKey = frame + kBuiltIn;   // no page: the built-in shell
        const QString why = page.warnings.isEmpty() ? tr("no site layout for this post")
                                                    : page.warnings.first().toString();
        result.status = tr("Preview: built-in layout (site layout failed: %1)").arg(why);
        return result;
    }
    result.pageKey = frame;
    result.pageHtml = withoutBody(page.pageHtml);
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
