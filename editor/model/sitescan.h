// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace Lectern {

// One post, draft or collection document of a site, as the post list shows it.
struct PostEntry
{
    QString path;            // absolute
    QString relativePath;    // to the site root
    QString collection;      // "posts", "drafts" or a collection's name
    QString title;           // from the front matter; empty until read or when the post has none
    QDate date;              // front matter, else the file name
    QString dateText;        // the front-matter spelling, for the site's date style
    QStringList categories;  // front matter plus, for posts, the folders above _posts/ (as Jekyll)
    QStringList tags;
    bool draft = false;        // in _drafts/
    bool unpublished = false;  // published: false (or null), as isUnpublished()
    bool read = false;         // front matter read (false right after a fast listing)
    QString error;             // its first problem, "file:line:col: error: …": why Jekyll or Lectern cannot
                               // read it, else a warning such as template text left to fill in
    qint64 size = -1;
    QDateTime modified;

    QString fileName() const;
    // The title, or the file name when the post has none, so no row is blank.
    QString displayTitle() const;
};

// Finding and reading a site's posts, without any state: the index and the CLI use the same code.
class FrontMatter;

namespace SiteScan {

// Jekyll's rule for posts and drafts (Publisher#can_be_published?: `data.fetch("published", true)`):
// hidden when `published` is present and Psych reads it as false (false, no, off in any case) or
// null (`published:`, `~`). A quoted 'false' is a string, which Jekyll publishes.
bool isUnpublished(const FrontMatter &frontMatter);

struct Folder
{
    QString path;        // absolute
    QString collection;  // "posts", "drafts" or a collection name
    QStringList categories;  // the folders above a `_posts` folder
};

// The folders Jekyll reads documents from: every `_posts` and `_drafts` (at the root or under
// category folders) and `_NAME` for collections with `output: true`. Each folder's subfolders count too.
QList<Folder> sourceFolders(const QString &siteRoot);
// Files of one folder (recursively), each with name, date from the file name, size and time: fast.
QList<PostEntry> listFolder(const QString &siteRoot, const Folder &folder, bool recursive = true);
// Everything sourceFolders() finds, listed but not read.
QList<PostEntry> listSite(const QString &siteRoot);
// Reads the front matter into entry (title, date, categories, tags, published, error).
void read(PostEntry *entry);
// listSite() then read() on each: what `lectern-cli list` prints.
QList<PostEntry> scanSite(const QString &siteRoot);
// Upcoming first (soonest first), then past posts newest first; undated last.
void sortForList(QList<PostEntry> *entries, QDate today);

} // namespace SiteScan

} // namespace Lectern
