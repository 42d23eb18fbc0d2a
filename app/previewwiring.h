// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rendersnapshot.h"

#include <QObject>

namespace Lectern {

class IncrementalMarkdown;
class PostDocument;
class PreviewPane;
class PreviewScheduler;

// Feeds the preview the site's look: snapshots carry the site the app gave (setSite), the post tab
// renders through PostRenderer (the body alone while typing in it; the whole page when the front
// matter changed, which the view patches in place, or when the site changed, which reloads it) and
// the "Home card" tab renders the post's card while it is shown.
class PreviewWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewWiring)

public:
    // POST_SCHEDULER already watches DOCUMENT and feeds pane->view(); the card gets its own scheduler.
    PreviewWiring(PostDocument *document, PreviewScheduler *postScheduler, PreviewPane *pane, QObject *parent = nullptr);
    ~PreviewWiring() override;

    PreviewScheduler *cardScheduler() const { return m_cardScheduler; }

    // The site the open post belongs to, as the app knows it (no file is read here, nor on any
    // keystroke): ROOT the absolute site folder (empty: no site, the built-in look), SITE_VALUES
    // its _config.yml values (SiteConfig::values(): what Liquid sees as site.*, with url and
    // baseurl), GENERATION a number the app bumps whenever _config.yml or a file under _layouts/
    // or _includes/ changes. Snapshots copy these; the page key is made of them and the post's
    // layout name and path, so a new root, new values or a new generation reloads the preview with
    // the site's new look, while front-matter edits are patched into the shown page. A new root
    // drops renders in flight (they used the old site); calling it again with the same values
    // does nothing.
    void setSite(const QString &root, const QVariantMap &siteValues, quint64 generation);

    // The render functions (worker thread; they read the site's files, nothing else).
    // With INCREMENTAL (kept by the post scheduler's render function) a keystroke's body render
    // re-parses only from the edited block on.
    static RenderResult renderPost(const RenderSnapshot &snapshot, IncrementalMarkdown *incremental = nullptr);
    static RenderResult renderCard(const RenderSnapshot &snapshot);

Q_SIGNALS:
    // Which layout and stylesheet the preview uses, for the status bar.
    void message(const QString &text);

private:
    RenderSnapshot snapshot(const QString &shownPageKey, const QString &shownPageValuesKey = QString());

    PostDocument *m_document = nullptr;
    PreviewScheduler *m_postScheduler = nullptr;
    PreviewScheduler *m_cardScheduler = nullptr;
    // From setSite.
    QString m_siteRoot;
    QVariantMap m_site;
    QString m_siteKey;
};

} // namespace Lectern
