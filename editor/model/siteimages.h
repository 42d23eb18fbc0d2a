// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern {

struct PostEntry;

// Where a site keeps the pictures of its posts and how its posts link them: what a pasted or
// dropped image follows (docs/images.md). Learnt from what is already in memory, never by reading
// every post: see SiteImages::learn().
struct ImageConvention
{
    enum class LinkStyle : quint8 {
        RootRelative,        // /images/news/x.png
        BaseurlVariable,     // {{ site.baseurl }}/images/news/x.png
        RelativeUrlFilter,   // {{ "/images/news/x.png" | relative_url }}
    };
    enum class FolderRule : quint8 { Configured, PostImage, SitePosts, ExistingFolder, Default };

    QString folder = QStringLiteral("images");   // relative to the site root, '/'-separated, no leading or trailing '/'
    FolderRule folderRule = FolderRule::Default;
    LinkStyle style = LinkStyle::RootRelative;
    int maxWidth = 1600;   // pixels; wider images are scaled down to it

    // The URL of the site file at RELATIVE_PATH ("images/news/x.png") in this style; spaces as %20.
    QString link(const QString &relativePath) const;
};

// One image a body shows: a Markdown image ![alt](url "title") or a raw HTML <img src=…>.
struct BodyImage
{
    int line = 0;            // 0-based line of the body
    qsizetype column = 0;    // 0-based column of the URL on that line
    QString url;             // as written, Liquid included ({{ site.baseurl }}/x.png)
    bool html = false;       // an <img> tag
    bool hasAlt = false;     // Markdown: non-blank alt text; HTML: an alt attribute (alt="" marks decoration)
};

namespace SiteImages {

constexpr int kDefaultMaxWidth = 1600;
// What check calls a heavy image: over 1 MB (1,048,576 bytes).
constexpr qint64 kLargeImage = 1024 * 1024;

// The images BODY shows, in order. Fenced code blocks and code spans are skipped; an <img> tag is
// found when it starts and ends on one line.
QList<BodyImage> bodyImages(const QString &body);

// The site file a URL names, relative to the site root ("images/news/x.png"): strips
// {{ site.baseurl }} / {{ site.url }}, reads {{ "…" | relative_url }} (and absolute_url), a leading
// BASEURL (as _config.yml's, "/lab"), "?query" and "#fragment", and decodes %XX. A path without a
// leading "/" counts from the site root too (what `image:` values with relative_url mean).
// Empty for remote URLs (a scheme or "//host"), data: URLs and other Liquid.
QString sitePath(const QString &url, const QString &baseurl = QString());

// The front-matter image values of indexed posts: each key the index sampled as an image path,
// values as written. Already in memory (the index's samples); reads no file.
QStringList frontMatterImages(const QList<PostEntry> &entries);

// The text of up to LIMIT of ENTRIES' files, newest post first, at most 256 KB of each: a bounded
// sample for learn()'s link style (the index keeps no bodies). Reads LIMIT files; unreadable ones are
// left out.
QStringList sampleTexts(const QList<PostEntry> &entries, int limit = 12);

struct Inputs
{
    QString siteRoot;              // absolute
    QString baseurl;               // _config.yml's ("" when none)
    QByteArray overrides;          // the text of .lectern.yml ("" when none)
    QString postImage;             // the post's own `image:` value ("" when none)
    QStringList siteImages;        // frontMatterImages() of the site, newest post first
    QStringList bodies;            // bodies to learn the link style from (the post's own first)
};

// The convention, by these rules in order (docs/images.md):
// folder: `.lectern.yml` `images: folder:`; else the folder of the post's own `image:`; else the
// folder most of the site's front-matter images and the bodies' images are in (ties: the one met
// first); else images/ or assets/images/, whichever exists (images/ when neither).
// style: the majority of the bodies' local image links ({{ site.baseurl }}, relative_url or
// root-relative; ties in that order); with none, {{ site.baseurl }} when the site has a baseurl
// (a root-relative link would be a 404 there, as PostChecks::rootRelativeLinks says), else root-relative.
// maxWidth: `.lectern.yml` `images: max_width:` when a positive number, else kDefaultMaxWidth.
// Only the two folder candidates' existence is checked on disk.
ImageConvention learn(const Inputs &inputs);

// `.lectern.yml`'s `images:` block: folder ("" when unset) and max_width (0 when unset or not a
// positive whole number).
void readOverrides(const QByteArray &overrides, QString *folder, int *maxWidth);

// The first free name for a post's image in FOLDER (absolute): SLUG.SUFFIX, then SLUG-2.SUFFIX, …
// (never an existing file). An empty slug counts as "image". Returns the file name only.
QString freeName(const QString &folder, const QString &slug, const QString &suffix);

// The absolute path of site-relative RELATIVE inside SITE_ROOT, or "" when it would leave the
// site (".." or an absolute path; symlinks are resolved where the path exists).
QString insideSite(const QString &siteRoot, const QString &relative);

} // namespace SiteImages

} // namespace Lectern
