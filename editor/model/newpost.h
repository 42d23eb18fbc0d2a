// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "slug.h"

#include <QDate>
#include <QStringList>

namespace Lectern {

class PostDocument;

// Starting a post from a template, and keeping a post's file name in step with its title and date,
// the way Jekyll names posts: _posts/YYYY-MM-DD-slug.md, _drafts/slug.md.
namespace NewPost {

// How the site already writes things, so a new post looks like its neighbours.
struct SiteStyle
{
    QString dateFormat = QStringLiteral("yyyy-MM-dd");  // QDate format, e.g. "d MMMM yyyy"
    bool flowLists = false;                              // categories: [a, b] rather than "- a" lines
};
// Reads the front matter of the site's newest posts (up to 200).
SiteStyle inspect(const QString &siteRoot);

struct Template
{
    QString name;   // "seminar", "news", or the file's base name
    QString path;   // ":/templates/seminar.md" or a file in the site
};
// Built-in templates, then the site's .lectern/templates/ and _templates/ (a site's file of the same
// name replaces the built-in one).
QList<Template> templates(const QString &siteRoot);
// A template by name or by file path; empty path when there is none.
Template findTemplate(const QString &siteRoot, const QString &nameOrPath);

// The template with title and date set (date in the site's format) and categories in the site's style.
// Everything else, including "[to fill: …]" placeholders, stays as the template has it.
QByteArray fill(const QByteArray &templateText, const QString &title, QDate date, const SiteStyle &style);

// Where a new post goes: _posts/DATE-slug.md or _drafts/slug.md, with -2, -3… when taken. The slug is
// Jekyll's slugify in slugMode (default: Unicode letters kept, "量子计算研讨会" names the file as is;
// Latin transliterates, only when asked). Empty with a reason when the slug is empty.
QString targetPath(const QString &siteRoot, const QString &title, QDate date, bool draft, QString *error,
                   Slug::Mode slugMode = Slug::Mode::Default);

// Writes a new post; returns its path, or empty with a reason (never overwrites).
QString create(const QString &siteRoot, const QString &title, QDate date, const QString &templateNameOrPath,
               bool draft, QString *error, Slug::Mode slugMode = Slug::Mode::Default);

// The path a post should move to after its title or date changed: new slug when the title changed,
// new date prefix (posts only) when the date changed. Empty when the name already fits. Slugs as targetPath.
QString renamedPath(const QString &path, const QString &oldTitle, const QString &newTitle, QDate newDate);
// A draft's place in _posts/ with date, and a post's place in _drafts/.
QString publishedPath(const QString &siteRoot, const QString &draftPath, QDate date);
QString unpublishedPath(const QString &siteRoot, const QString &postPath);
// True when the path is in a _drafts folder.
bool isDraft(const QString &path);

// Saves the document under newPath, then removes the old file; on failure the old file stays.
bool moveTo(PostDocument *document, const QString &newPath, QString *error);

} // namespace NewPost

} // namespace Lectern
