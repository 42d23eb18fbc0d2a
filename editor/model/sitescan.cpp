// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitescan.h"

#include "postchecks.h"
#include "jekylldate.h"
#include "postdate.h"
#include "postfile.h"
#include "siteconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace Lectern {

QString PostEntry::fileName() const
{
    return relativePath.mid(relativePath.lastIndexOf(QLatin1Char('/')) + 1);
}

QString PostEntry::displayTitle() const
{
    return title.isEmpty() ? fileName() : title;
}

namespace SiteScan {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::SiteScan", text);
}

bool isTrue(const QVariant &v)
{
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    return v.toString().trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

// Files Jekyll converts or copies as documents; images and data in a collection folder are not posts.
bool isDocument(const QString &fileName)
{
    static const QStringList suffixes = {
        QStringLiteral("md"),   QStringLiteral("markdown"), QStringLiteral("mkd"),  QStringLiteral("mkdn"),
        QStringLiteral("mdown"), QStringLiteral("html"),    QStringLiteral("htm"),  QStringLiteral("textile"),
    };
    const int dot = fileName.lastIndexOf(QLatin1Char('.'));
    return dot > 0 && suffixes.contains(fileName.mid(dot + 1).toLower());
}

// Front-matter categories may be a list or one space-separated string, as Jekyll reads them.
QStringList words(const FrontMatter &fm, const QString &key)
{
    if (fm.kind(key) == FrontMatter::Kind::Sequence)
        return fm.stringList(key);
    if (fm.kind(key) == FrontMatter::Kind::Scalar)
        return fm.scalar(key).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return {};
}

QString canonicalOrAbsolute(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QDir(path).absolutePath() : canonical;
}

bool within(const QString &canonicalRoot, const QString &canonical)
{
    return canonical == canonicalRoot || canonical.startsWith(canonicalRoot + QLatin1Char('/'));
}

// VISITED holds the real paths of the folders walked so far: a symlink back to one of them (a loop,
// or a second name for a folder) is not walked again.
void walk(const QDir &dir, const QString &canonicalRoot, const QStringList &parents, const QStringList &collections,
          const QStringList &excluded, QSet<QString> *visited, QList<Folder> *out)
{
    const QFileInfoList subdirs = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &sub : subdirs) {
        const QString name = sub.fileName();
        const QString real = sub.canonicalFilePath();
        if (real.isEmpty() || !within(canonicalRoot, real) || visited->contains(real))
            continue;   // dangling, leaves the site (Jekyll's safe mode refuses it), or seen already
        visited->insert(real);
        if (name == QLatin1String("_posts"))
            out->append({sub.absoluteFilePath(), QStringLiteral("posts"), parents});
        else if (name == QLatin1String("_drafts"))
            out->append({sub.absoluteFilePath(), QStringLiteral("drafts"), parents});
        else if (parents.isEmpty() && name.startsWith(QLatin1Char('_')) && collections.contains(name.mid(1)))
            out->append({sub.absoluteFilePath(), name.mid(1), {}});
        else if (!name.startsWith(QLatin1Char('_')) && !name.startsWith(QLatin1Char('.'))
                 && !excluded.contains(name) && name != QLatin1String("node_modules")
                 && name != QLatin1String("vendor"))
            walk(QDir(sub.absoluteFilePath()), canonicalRoot, parents + QStringList{name}, collections, excluded, visited, out);
    }
}

} // namespace

QList<Folder> sourceFolders(const QString &siteRoot)
{
    const SiteConfig config = SiteConfig::load(siteRoot);
    QStringList collections;
    const QVariant declared = config.value(QStringLiteral("collections"));
    const QVariantMap map = declared.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (it.key() != QLatin1String("posts") && isTrue(it.value().toMap().value(QStringLiteral("output"))))
            collections << it.key();
    }
    QStringList excluded;
    for (const QVariant &e : config.value(QStringLiteral("exclude")).toList())
        excluded << e.toString().section(QLatin1Char('/'), 0, 0);
    QList<Folder> folders;
    const QString canonicalRoot = canonicalOrAbsolute(siteRoot);
    if (!QFileInfo::exists(SiteConfig::filePath(siteRoot))) {
        // A folder of loose posts, not a Jekyll site (no _config.yml): its own _posts/ and _drafts/
        // only, never a walk of everything below it (it may be a home or downloads folder).
        for (const QString &name : {QStringLiteral("_posts"), QStringLiteral("_drafts")}) {
            const QFileInfo dir(QDir(siteRoot).filePath(name));
            if (mayEnter(siteRoot, dir))
                folders.append({dir.absoluteFilePath(), name.mid(1), {}});
        }
        return folders;
    }
    QSet<QString> visited{canonicalRoot};
    walk(QDir(siteRoot), canonicalRoot, {}, collections, excluded, &visited, &folders);
    return folders;
}

QList<PostEntry> listFolder(const QString &siteRoot, const Folder &folder, bool recursive)
{
    QList<PostEntry> entries;
    const QDir root(siteRoot);
    const QString canonicalRoot = canonicalOrAbsolute(siteRoot);
    if (!mayEnter(siteRoot, QFileInfo(folder.path)))
        return entries;
    // QDirIterator does not descend into symlinked folders (as Ruby's Dir["**/*"], with which Jekyll
    // reads _posts/); symlinked files count when they point into the site, each real file once.
    QSet<QString> seen;
    QDirIterator it(folder.path, QDir::Files | QDir::Hidden,
                    recursive ? QDirIterator::Subdirectories : QDirIterator::NoIteratorFlags);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (!isDocument(info.fileName()) || info.fileName().startsWith(QLatin1Char('.')))
            continue;
        const QString real = info.canonicalFilePath();
        if (real.isEmpty() || !within(canonicalRoot, real) || seen.contains(real))
            continue;
        seen.insert(real);
        PostEntry e;
        e.path = info.absoluteFilePath();
        e.relativePath = root.relativeFilePath(e.path);
        e.collection = folder.collection;
        e.draft = folder.collection == QLatin1String("drafts");
        e.categories = folder.categories;
        e.date = PostDate::fromFileName(info.fileName());
        e.size = info.size();
        e.modified = info.lastModified();
        if (folder.collection == QLatin1String("posts") && !e.date.isValid())
            e.error = tr("%1: Jekyll skips this post: its name must start with a date, YYYY-MM-DD-")
                              .arg(e.relativePath);
        entries.append(e);
    }
    return entries;
}

bool mayEnter(const QString &siteRoot, const QFileInfo &folder)
{
    if (!folder.isSymLink())
        return folder.isDir();
    const QString real = folder.canonicalFilePath();
    const QString canonicalRoot = canonicalOrAbsolute(siteRoot);
    const QString realParent = canonicalOrAbsolute(folder.absolutePath());
    // Inside the site, and not an ancestor of where it sits (that would be a loop).
    return !real.isEmpty() && within(canonicalRoot, real) && !within(real, realParent);
}

QList<PostEntry> listSite(const QString &siteRoot)
{
    QList<PostEntry> entries;
    for (const Folder &folder : sourceFolders(siteRoot))
        entries += listFolder(siteRoot, folder);
    return entries;
}

void read(PostEntry *entry, const QString &timeZone)
{
    entry->read = true;
    PostFile post;
    QString error;
    if (!PostFile::load(entry->path, &post, &error)) {
        entry->error = error;
        return;
    }
    const FrontMatter &fm = post.frontMatter();
    if (!fm.isValid()) {
        const Diagnostics diagnostics = fm.diagnostics();
        entry->error = diagnostics.isEmpty() ? tr("%1: the front matter does not parse").arg(entry->relativePath)
                                             : diagnostics.first().format(entry->relativePath);
        return;
    }
    entry->sample = samplePost(fm);
    entry->sampled = true;
    entry->title = fm.scalar(QStringLiteral("title"));
    entry->dateText = fm.scalar(QStringLiteral("date"));
    const QDateTime when = JekyllDate::parseFrontMatter(entry->dateText, fm.isPlainScalar(QStringLiteral("date")), timeZone);
    if (when.isValid())
        entry->date = when.date();
    QStringList categories = entry->categories;
    for (const QString &key : {QStringLiteral("category"), QStringLiteral("categories")}) {
        for (const QString &c : words(fm, key)) {
            if (!categories.contains(c))
                categories << c;
        }
    }
    entry->categories = categories;
    entry->tags = words(fm, QStringLiteral("tags")) + words(fm, QStringLiteral("tag"));
    entry->unpublished = isUnpublished(fm);
    // What `lectern-cli check` finds without the schema: values Jekyll's loader refuses and conflict
    // marker lines left in (errors), else template text left to fill in.
    for (const Diagnostic &d : post.diagnostics() + PostChecks::conflictMarkers(post)) {
        if (d.severity == Diagnostic::Severity::Error && entry->error.isEmpty()) {
            entry->error = d.format(entry->relativePath);
            return;
        }
    }
    const Diagnostics left = PostChecks::placeholders(post);
    if (!left.isEmpty() && entry->error.isEmpty())
        entry->error = left.first().format(entry->relativePath);
}

bool isUnpublished(const FrontMatter &frontMatter)
{
    const QString key = QStringLiteral("published");
    if (!frontMatter.contains(key))
        return false;
    const QJsonValue value = frontMatter.toJson(key);
    return value.isNull() || (value.isBool() && !value.toBool());
}

void readAll(QList<PostEntry> *entries, const QString &timeZone, const std::atomic<bool> *cancel)
{
    const qsizetype count = entries->size();
    PostEntry *data = entries->data();   // detached once, before any thread touches it
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        for (qsizetype i = next++; i < count && !(cancel && cancel->load()); i = next++)
            read(data + i, timeZone);
    };
    // Reading is parsing (yaml-cpp), so it scales with cores; a few files are not worth a thread.
    const int threads = count < 64 ? 1 : qBound(1, QThread::idealThreadCount(), 8);
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
}

QList<PostEntry> scanSite(const QString &siteRoot)
{
    QList<PostEntry> entries = listSite(siteRoot);
    readAll(&entries, SiteConfig::load(siteRoot).timezone());
    return entries;
}

void sortForList(QList<PostEntry> *entries, QDate today)
{
    // Upcoming first (the next one on top), then past newest first, undated last.
    auto rank = [today](const PostEntry &e) { return !e.date.isValid() ? 2 : (e.date >= today ? 0 : 1); };
    std::stable_sort(entries->begin(), entries->end(), [&](const PostEntry &a, const PostEntry &b) {
        const int ra = rank(a), rb = rank(b);
        if (ra != rb)
            return ra < rb;
        if (ra == 0)
            return a.date < b.date;
        if (ra == 1 && a.date != b.date)
            return a.date > b.date;
        return a.relativePath < b.relativePath;
    });
}

} // namespace SiteScan

} // namespace Lectern
