// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Lectern {

struct ExportInput;

// The site's two brand colours for announcements, as "#rrggbb".
struct BrandColors
{
    QString primary;
    QString accent;
    QString source;   // where they came from: ".lectern.yml", a stylesheet's path relative to the site, or "default"

    // `.lectern.yml` (or `_lectern.yml`) `announce: colors: {primary: "#…", accent: "#…"}` when it
    // gives a primary; else the first link colour (`a { color: … }`), else the first saturated
    // header colour (h1–h3, header, .site-header, .site-title) of the first stylesheet under
    // assets/, _sass/, css/ (custom properties `var(--x)` and SCSS `$x` resolved); else a neutral
    // slate. Accent, when not given: a stylesheet variable named *accent*/*secondary*/*highlight*
    // that differs from primary, else primary mixed 40% with white. Greys (channel spread < 24)
    // never count as a brand colour. Reads at most a few stylesheets of up to 1 MB; never fails.
    static BrandColors forSite(const QString &siteRoot);
    // The link-then-header colour of one stylesheet's text (CSS or SCSS), "#rrggbb", or empty.
    static QString stylesheetPrimary(const QString &cssText);
    // "#abc", "#aabbcc", "rgb(1, 2, 3)" -> "#rrggbb"; empty when not one of those.
    static QString normalizedColor(const QString &value);
};

// What a poster and a sharing image show, read from one post (issue 19). Qt Core only, so the CLI
// gathers it and a GUI-capable helper (or a worker thread of the window) draws it.
struct PosterContent
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::PosterContent)

public:
    QString title;
    QString kicker;        // the body's "Type:" line ("Scientific Computing Seminar"), else the first category
    QString speaker;       // the body's "Speaker:" line before its first comma, or front matter `speaker`
    QString affiliation;   // the rest of that line, or front matter `affiliation`
    QString day;           // "Wednesday, March 19, 2025" as the When: line writes it, else the event day in English,
                           // else (no event time) the post's date: see dayIsPostDate
    bool dayIsPostDate = false;   // day is the post's publication date, not the event's (shown as "Date", not "When")
    QString time;          // "11:00am – 12:00pm PDT" as written, else "11:00 – 12:00" from the front matter
    QString where;         // the Where: line (EventTime::location)
    QString abstract;      // front matter `description`: runs of blanks made one, paragraphs kept ("\n\n")
    QString imagePath;     // the featured image on disk, inside the site; empty when none or not local
    QString url;           // the post's public URL (ExportInput::publicUrl), empty without a site url
    QString siteName;      // _config.yml title
    QString primary = QStringLiteral("#334155");
    QString accent = QStringLiteral("#94a3b8");
    QStringList missing;   // what could not be filled, one translated sentence each (poster and sharing image)
    QStringList missingOnPoster;   // the same, for parts only the poster shows (abstract, URL and QR code)

    // Reads the post: When/Where through EventTime::fromPost (same rules as the calendar export),
    // the speaker line from the body text, the image only from disk (never the network) and the
    // brand colours with BrandColors::forSite(input.site.root).
    static PosterContent fromInput(const ExportInput &input);

    // For the helper process: a JSON object with the fields above; fromJson of anything else gives
    // an empty content whose title is empty.
    QByteArray toJson() const;
    static PosterContent fromJson(const QByteArray &json);
};

} // namespace Lectern
