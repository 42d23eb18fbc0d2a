// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schemasample.h"

#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QList>
#include <QStringList>

#include <atomic>

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
    PostSample sample;         // each front-matter key's shape, for the site's schema (read and valid only)
    bool sampled = false;      // the front matter was read and is valid: sample counts for the schema
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
// A symlinked folder is followed only into the site and only once (no loops, no second names).
// A folder without _config.yml (loose posts) gives just its own _posts/ and _drafts/: no walk below it.
QList<Folder> sourceFolders(const QString &siteRoot);
// Whether a site walk may enter FOLDER: a real folder, or a symlink to a folder inside the site that
// is not one of its own ancestors (a loop). Jekyll's safe mode (GitHub Pages) likewise refuses
// symlinks that leave the site (EntryFilter#symlink_outside_site_source?).
bool mayEnter(const QString &siteRoot, const QFileInfo &folder);
// Files of one folder (recursively), each with name, date from the file name, size and time: fast.
// Symlinked subfolders are not entered (Jekyll reads _posts/ with Dir["**/*"], which does not follow
// them); a symlinked file counts when it points into the site; a real file reached twice is listed once.
QList<PostEntry> listFolder(const QString &siteRoot, const Folder &folder, bool recursive = true);
// Everything sourceFolders() finds, listed but not read.
QList<PostEntry> listSite(const QString &siteRoot);
// Reads the front matter into entry (title, date, categories, tags, published, error, sample).
// The date is the day Jekyll gives the post in TIME_ZONE (the site's `timezone`, an IANA id; the
// machine's zone when empty, as Jekyll with no `timezone`): JekyllDate::parseFrontMatter.
void read(PostEntry *entry, const QString &timeZone = QString());
// read() on every entry, spread over QThread::idealThreadCount() threads (the calling one included);
// returns early, leaving later entries unread, once *cancel becomes true (null: never).
void readAll(QList<PostEntry> *entries, const QString &timeZone = QString(), const std::atomic<bool> *cancel = nullptr);
// listSite() then read() on each: what `lectern-cli list` prints.
QList<PostEntry> scanSite(const QString &siteRoot);
// Upcoming first (soonest first), then past posts newest first; undated last.
void sortForList(QList<PostEntry> *entries, QDate today);

} // namespace SiteScan

} // namespace Lectern
