// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace Lectern {

// The site facts export needs from _config.yml. root may be empty (no site found).
struct ExportSite
{
    QString url;        // "https://scitech.example.org", no trailing slash
    QString baseurl;    // "/lab" or empty
    QString permalink;  // "/blog/:title/", or a Jekyll style name ("date", "pretty", ...)
    QString timezone;   // IANA name from _config.yml, may be empty
    QString root;       // site folder on disk, for checking that images exist
    QString title;      // _config.yml title (the site's name on a poster), may be empty
};

// A problem found while exporting; the export still goes ahead. line/column are 1-based in the
// file when known (0 otherwise).
struct ExportWarning
{
    QString file;          // empty for the post itself; else a site file, e.g. an include
    int line = 0;
    int column = 0;
    QString message;
};

// Everything export reads, gathered by the caller (ExportInputs::fromPost in app/): the body already
// rendered by PostRenderer (with data-sourcepos on blocks), the page's front matter and the site.
// No editor model here.
struct ExportInput
{
    QString bodyHtml;
    QVariantMap frontMatter;
    QString fileName;      // the post's file name, e.g. "2025-03-19-lumi-ai-factories.md"
    ExportSite site;
    QString bodySource;    // the Markdown body, to point warnings at the exact column
    int bodyFirstLine = 1; // file line of the body's first line

    QString title() const;
    QDate date() const;    // front matter date, else the file name's date; invalid if neither
    QString slug() const;  // the file name without date and extension
    // The post's public URL: url + baseurl + the post URL Jekyll builds (JekyllUrls::postUrl, with the
    // front matter permalink, else the site's).
    QString publicUrl() const;
    // The post's iCalendar UID (RFC 5545 3.8.4.7), the same in the site's feed, the single event
    // and the e-mail draft's invitation: `calendar_uid` from the front matter when set (to keep a
    // UID across a rename), else the public URL's path without the outer slashes, "@" and the URL's
    // host ("lab/blog/lumi-ai-factories@scitech.example.org"); "lectern.invalid" when _config.yml
    // sets no url. Renaming the file (or a date change that moves a date-based permalink) gives a
    // new UID (docs/calendar.md).
    QString calendarUid() const;
    // The front matter's `image` as the page shows it: as written when it holds "://", else under
    // url + baseurl (layouts show it through relative_url). Empty when the post sets no image.
    QString featuredImageUrl() const;
    // A link or image reference made absolute the way a browser on the post's page would.
    QString absoluteUrl(const QString &reference) const;
    // Where a site URL's file would be on disk, or empty when the URL is not inside this site.
    QString localPath(const QString &absoluteUrl) const;
    // Maps a 1-based line/column of the rendered body to the file, looking for needle from there.
    ExportWarning warningAt(int bodyLine, int bodyColumn, const QString &needle, const QString &message) const;
};

} // namespace Lectern
