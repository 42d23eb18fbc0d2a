// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rendersnapshot.h"

#include <QDateTime>
#include <QObject>

namespace Lectern {

class PostDocument;
class PreviewPane;
class PreviewScheduler;

// Feeds the preview the site's look: snapshots carry the site's _config.yml values, the post tab
// renders through PostRenderer (a whole page when front matter, layouts or config change, else the
// body alone) and the "Home card" tab renders the post's card while it is shown.
class PreviewWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewWiring)

public:
    // POST_SCHEDULER already watches DOCUMENT and feeds pane->view(); the card gets its own scheduler.
    PreviewWiring(PostDocument *document, PreviewScheduler *postScheduler, PreviewPane *pane, QObject *parent = nullptr);
    ~PreviewWiring() override;

    PreviewScheduler *cardScheduler() const { return m_cardScheduler; }

    // The render functions (worker thread; they read the site's files, nothing else).
    static RenderResult renderPost(const RenderSnapshot &snapshot);
    static RenderResult renderCard(const RenderSnapshot &snapshot);

Q_SIGNALS:
    // Which layout and stylesheet the preview uses, for the status bar.
    void message(const QString &text);

private:
    RenderSnapshot snapshot(const QString &shownPageKey);

    PostDocument *m_document = nullptr;
    PreviewScheduler *m_cardScheduler = nullptr;
    // _config.yml read once per change of the file, not per keystroke.
    QString m_configRoot;
    QDateTime m_configStamp;
    QVariantMap m_site;
};

} // namespace Lectern
