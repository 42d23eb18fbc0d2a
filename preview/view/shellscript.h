// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace Lectern::ShellScript {

// Scripts run in QWebEngineScript::ApplicationWorld against the shell page's DOM.

// Gives the content element this HTML (replacing only the top-level blocks that changed) and forces
// layout, so the callback fires after the page is laid out. The result is the DOM innerHTML would give.
QString pushBody(const QString &html);
// Same, fetching the HTML from URL (our scheme) so megabytes never pass through a script.
QString fetchBody(const QUrl &url);
QString scrollY();
QString scrollTo(int y);
// Scrolls the content's first element to the top, less a margin (the content element itself may have no box).
QString scrollToContent();
// Scrolls so the block holding editor line `line` (1-based) sits at the top, interpolating inside it.
QString scrollToSourceLine(int line);
// The first http(s) image, media or stylesheet URL in the content, or "".
QString firstRemoteSource();
// The source line of the block under CSS pixel (x, y), or 0.
QString sourceLineAt(double x, double y);

} // namespace Lectern::ShellScript
