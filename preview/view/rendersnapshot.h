// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

#include <functional>

namespace Lectern {

// What the render thread sees: an immutable copy of the post taken on the GUI thread.
struct RenderSnapshot
{
    quint64 generation = 0;
    QString body;              // Markdown body, LF line endings (lines match the editor's)
    QVariantMap frontMatter;   // the post's front matter as plain values
    QString siteRoot;          // absolute site folder, empty when the post is outside a site
    QString postPath;
};

// What comes back: the body HTML for the preview's content element.
struct RenderResult
{
    quint64 generation = 0;
    QString html;
    QString siteRoot;     // copied from the snapshot by the scheduler: where the page's files come from
    QString pushScript;   // filled by the scheduler's worker so the GUI thread does not escape megabytes
};

// Runs on the render thread; must touch nothing but the snapshot.
using RenderFunction = std::function<RenderResult(const RenderSnapshot &)>;

} // namespace Lectern

Q_DECLARE_METATYPE(Lectern::RenderSnapshot)
Q_DECLARE_METATYPE(Lectern::RenderResult)
Q_DECLARE_METATYPE(Lectern::RenderFunction)
