// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVariantMap>

namespace Lectern {

struct PostEntry;

// How a site's posts link to its other posts, so that a link Lectern inserts (Format → Link…) looks
// like the ones its authors write. Three styles, Jekyll's own ways (docs "Linking to posts"):
//   PostUrl      {% post_url 2025-03-19-lumi-ai-factories %}   (Jekyll checks it at build time)
//   Baseurl      {{ site.baseurl }}/2025/03/19/lumi-ai-factories.html
//   RelativeUrl  {{ '/2025/03/19/lumi-ai-factories.html' | relative_url }}
// The rule (learn()): count each style's links in the site's newest posts; the style most links use
// wins; a tie, or a site whose posts link to none of its posts (the seed site), gets PostUrl, the
// style Jekyll recommends and the only one that breaks the build when the post is renamed.
namespace LinkStyle {

enum class Style { PostUrl, Baseurl, RelativeUrl };

struct Tally
{
    int postUrl = 0;       // {% post_url … %} and {% link … %}
    int baseurl = 0;       // {{ site.baseurl }}/…
    int relativeUrl = 0;   // {{ '…' | relative_url }}
};

// Adds the links of one post's TEXT (front matter and body) to TALLY.
void count(QStringView text, Tally *tally);
// The majority style of TALLY, PostUrl on a tie or when empty.
Style choose(const Tally &tally);
// Reads at most kMaxPosts of PATHS (the first ones: pass the newest first), kMaxBytes each, and
// chooses. Unreadable files are skipped. Runs on any thread; a few milliseconds for 100 posts.
constexpr int kMaxPosts = 100;
constexpr qint64 kMaxBytes = 256 * 1024;
Style learn(const QStringList &paths);

// What goes between the parentheses of [text](…) for ENTRY in STYLE. SITE is the parsed _config.yml
// (baseurl, permalink, timezone). PostUrl: "{% post_url NAME %}" with the file name less its extension
// for a post in _posts/; other documents (drafts, collections) have no post_url, so "{% link PATH %}"
// with the path from the site root (Jekyll's link tag). Baseurl / RelativeUrl: the post's URL by
// JekyllUrls::postUrl from its path, date and categories (a `permalink:` or `slug:` in the post's own
// front matter is not seen: the index does not keep it).
QString target(Style style, const QVariantMap &site, const PostEntry &entry);

} // namespace LinkStyle

} // namespace Lectern
