// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Lectern {

// How much of a post's description the site's home page shows, learnt from the site's templates:
// the seed site's card (_includes/post-card.html) prints `post.description | strip_html |
// truncatewords: 32`, so a longer description is cut after 32 words.
//
// The rule (scan()): in index.html / index.md / index.markdown at the root, then _includes/ and
// _layouts/ (files in name order, subfolders too), the first Liquid output or tag that filters
// `X.description` with `truncatewords: N` (a cut after N words) or `truncate: N` (after N characters,
// the "..." included, as Liquid's truncate counts), where X is a loop variable over posts, i.e. neither
// `page` (the post's own page: a <meta> description) nor `site`. Filters without an argument use
// Liquid's defaults (truncatewords 15, truncate 50: Liquid 4 StandardFilters). No such filter: no cut.
// At most kMaxFiles files of kMaxBytes each are read, so a large theme costs a bounded time.
struct HomeCardCut
{
    enum class Unit { None, Words, Characters };
    static constexpr int kMaxFiles = 200;
    static constexpr qint64 kMaxBytes = 256 * 1024;

    Unit unit = Unit::None;
    int count = 0;      // words or characters shown; 0 with Unit::None
    QString source;     // the template it came from, relative to the site root ("" with Unit::None)

    bool operator==(const HomeCardCut &other) const { return unit == other.unit && count == other.count; }

    // The cut in one template's text (source left empty); Unit::None when it has none.
    static HomeCardCut fromTemplate(QStringView text);
    // The cut of the site at SITE_ROOT (an absolute folder); Unit::None when none is found or the
    // root is empty. Reads files: call it where the site's files are read.
    static HomeCardCut scan(const QString &siteRoot);

    // Words as Liquid's truncatewords counts them: runs of non-whitespace (Ruby's split(" ")).
    static int wordCount(QStringView text);
};

} // namespace Lectern
