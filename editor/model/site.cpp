// SPDX-License-Identifier: GPL-3.0-or-later
#include "site.h"

#include "backgroundpriority.h"
#include "siteindex.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QThread>
#include <QTimer>

#include <utility>

namespace Lectern {

namespace {

// The schema follows saves and other writers; a burst of changes (a git checkout) rebuilds it once.
constexpr int kSchemaDelayMs = 50;

// Posts and drafts shape the post schema; other collections' documents are not posts.
bool countsForSchema(const PostEntry &e)
{
    return e.sampled && (e.collection == QLatin1String("posts") || e.collection == QLatin1String("drafts"));
}

} // namespace

Site::Site(QObject *parent)
    : QObject(parent)
    , m_index(new SiteIndex(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_schemaTimer(new QTimer(this))
{
    m_schemaTimer->setSingleShot(true);
    m_schemaTimer->setInterval(kSchemaDelayMs);
    connect(m_schemaTimer, &QTimer::timeout, this, &Site::rebuildSchema);
    connect(m_index, &SiteIndex::reset, this, &Site::recount);
    connect(m_index, &SiteIndex::entriesChanged, this, &Site::countRows);
    connect(m_index, &SiteIndex::entryAdded, this, [this](int row) { countRows({row}); });
    connect(m_index, &SiteIndex::entryRemoved, this, [this](int, const QString &path) {
        uncount(path);
        if (m_tallyReady)
            scheduleSchema();
    });
    connect(m_index, &SiteIndex::ready, this, &Site::tallyOnWorker);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Site::siteFileChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &Site::siteFileChanged);
}

Site::~Site()
{
    stopWorker();
    stopCutWorker();
}

void Site::stopWorker()
{
    ++m_openCount;   // a result still on its way is for a site no longer open
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
}

void Site::open(const QString &root)
{
    const QString absolute = root.isEmpty() ? QString() : QDir(root).absolutePath();
    if (absolute == m_root && !absolute.isEmpty())
        return;
    stopWorker();
    m_root = absolute;
    readSiteFiles();
    m_homeCardCut = HomeCardCut();
    scanHomeCardCut();   // reads the site's templates: never on the GUI thread
    m_generation = m_root.isEmpty() ? 0 : m_generation + 1;
    watchSiteFiles();
    m_index->open(m_root);   // reset() recounts; ready() builds the schema
    rebuildSchema();         // meanwhile: config, layouts and .lectern.yml, with no posts counted
    Q_EMIT opened();
}

void Site::openNow(const QString &root)
{
    stopWorker();
    m_root = root.isEmpty() ? QString() : QDir(root).absolutePath();
    readSiteFiles();
    stopCutWorker();
    m_homeCardCut = m_root.isEmpty() ? HomeCardCut() : HomeCardCut::scan(m_root);
    m_generation = m_root.isEmpty() ? 0 : m_generation + 1;
    m_index->openNow(m_root);
    rebuildSchema();
    Q_EMIT opened();
}

bool Site::isSchemaReady() const
{
    return !m_root.isEmpty() && m_tallyReady;
}

void Site::readSiteFiles()
{
    m_config = m_root.isEmpty() ? SiteConfig() : SiteConfig::load(m_root);
    m_jekyll = !m_root.isEmpty() && (QFileInfo::exists(QDir(m_root).filePath(QStringLiteral("_config.yml")))
                                     || QFileInfo::exists(QDir(m_root).filePath(QStringLiteral("_config.yaml"))));
    m_layouts.clear();
    m_overrides.clear();
    m_overridesName.clear();
    if (m_root.isEmpty())
        return;
    const QDir root(m_root);
    for (const QFileInfo &info : QDir(root.filePath(QStringLiteral("_layouts"))).entryInfoList(QDir::Files, QDir::Name))
        m_layouts << info.completeBaseName();
    for (const QString &name : {QStringLiteral(".lectern.yml"), QStringLiteral("_lectern.yml")}) {
        QFile file(root.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            m_overrides = file.readAll();
            m_overridesName = name;
            break;
        }
    }
}

void Site::stopCutWorker()
{
    ++m_cutScans;   // a result still on its way is not the latest
    if (m_cutWorker) {
        m_cutWorker->wait();
        delete m_cutWorker;
        m_cutWorker = nullptr;
    }
}

void Site::scanHomeCardCut()
{
    stopCutWorker();
    if (m_root.isEmpty())
        return;
    const quint64 scan = m_cutScans;
    const QString root = m_root;
    m_cutWorker = QThread::create([this, scan, root] {
        BackgroundPriority::lowerCurrentThread();
        const HomeCardCut cut = HomeCardCut::scan(root);
        QMetaObject::invokeMethod(this, [this, scan, cut] {
            if (scan != m_cutScans)
                return;
            m_homeCardCut = cut;
            Q_EMIT homeCardCutChanged();
        });
    });
    m_cutWorker->start();
}

void Site::recount()
{
    m_tally = SchemaTally();
    m_counted.clear();
    m_changedMeanwhile.clear();
    m_tallyReady = false;
    if (!m_index->isReady())
        return;   // the listing: nothing read yet; ready() starts the tally
    const QList<PostEntry> &entries = m_index->entries();
    for (const PostEntry &e : entries)
        countEntry(e.path);
    m_tallyReady = true;
    rebuildSchema();
}

void Site::tallyOnWorker()
{
    if (m_tallyReady)
        return;   // openNow() counted already
    stopWorker();
    const quint64 openCount = m_openCount;
    const QList<PostEntry> entries = m_index->entries();   // shared, not copied
    const QString root = m_root;
    const QStringList layouts = m_layouts;
    const SiteConfig config = m_config;
    const QByteArray overrides = m_overrides;
    const QString overridesName = m_overridesName;
    m_worker = QThread::create([this, openCount, entries, root, layouts, config, overrides, overridesName] {
        BackgroundPriority::lowerCurrentThread();
        SchemaTally tally;
        QHash<QString, PostSample> counted;
        counted.reserve(entries.size());
        for (const PostEntry &e : entries) {
            if (countsForSchema(e)) {
                tally.add(e.sample);
                counted.insert(e.path, e.sample);
            }
        }
        Schema schema = Schema::inferred(root, tally, layouts, config, overrides, overridesName);
        QMetaObject::invokeMethod(this, [this, openCount, tally, counted, schema] {
            if (openCount != m_openCount)
                return;
            m_tally = tally;
            m_counted = counted;
            m_tallyReady = true;
            m_schema = schema;
            const QSet<QString> changed = std::exchange(m_changedMeanwhile, {});
            for (const QString &path : changed)
                countEntry(path);
            if (changed.isEmpty())
                Q_EMIT schemaChanged();
            else
                rebuildSchema();
        }, Qt::QueuedConnection);
    });
    m_worker->start();
}

void Site::countEntry(const QString &path)
{
    uncount(path);
    const int row = m_index->indexOf(path);
    if (row < 0)
        return;
    const PostEntry &e = m_index->entries().at(row);
    if (countsForSchema(e)) {
        m_tally.add(e.sample);
        m_counted.insert(e.path, e.sample);
    }
}

void Site::uncount(const QString &path)
{
    if (!m_tallyReady) {
        m_changedMeanwhile.insert(path);
        return;
    }
    const auto it = m_counted.constFind(path);
    if (it == m_counted.cend())
        return;
    m_tally.remove(it.value());
    m_counted.erase(it);
}

void Site::countRows(const QList<int> &rows)
{
    // While the first read is under way, the worker counts every post once it is done.
    if (!m_index->isReady())
        return;
    const QList<PostEntry> &entries = m_index->entries();
    for (int row : rows) {
        if (row >= 0 && row < entries.size())
            countEntry(entries.at(row).path);
    }
    if (m_tallyReady)
        scheduleSchema();
}

void Site::scheduleSchema()
{
    m_schemaTimer->start();
}

void Site::rebuildSchema()
{
    m_schemaTimer->stop();
    m_schema = Schema::inferred(m_root, m_tally, m_layouts, m_config, m_overrides, m_overridesName);
    Q_EMIT schemaChanged();
}

void Site::watchSiteFiles()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (m_root.isEmpty())
        return;
    // The root folder sees _config.yml and .lectern.yml replaced by atomic saves; the files' own
    // watches see in-place writes; _layouts/ and _includes/ (with subfolders) see any change.
    const QDir root(m_root);
    QStringList paths{m_root};
    for (const QString &name : {QStringLiteral("_config.yml"), QStringLiteral("_config.yaml"),
                                QStringLiteral(".lectern.yml"), QStringLiteral("_lectern.yml")}) {
        if (QFileInfo::exists(root.filePath(name)))
            paths << root.filePath(name);
    }
    for (const QString &name : {QStringLiteral("_layouts"), QStringLiteral("_includes")}) {
        const QString dir = root.filePath(name);
        if (!QFileInfo(dir).isDir())
            continue;
        paths << dir;
        QDirIterator it(dir, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
        QDirIterator files(dir, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            paths << files.next();
    }
    m_watcher->addPaths(paths);
}

void Site::siteFileChanged(const QString &path)
{
    if (m_root.isEmpty())
        return;
    const QString rel = QDir(m_root).relativeFilePath(path);
    const bool layouts = rel.startsWith(QLatin1String("_layouts")) || rel.startsWith(QLatin1String("_includes"));
    if (layouts || rel.startsWith(QLatin1String("index.")) || rel == QLatin1String("."))
        scanHomeCardCut();   // the home page's templates may cut descriptions differently now
    // The root folder changes for many reasons (any file saved there): look at what we depend on.
    const SiteConfig oldConfig = m_config;
    const QStringList oldLayouts = m_layouts;
    const QByteArray oldOverrides = m_overrides;
    readSiteFiles();
    const bool config = m_config.values() != oldConfig.values() || m_config.diagnostics().size() != oldConfig.diagnostics().size();
    const bool schema = config || m_layouts != oldLayouts || m_overrides != oldOverrides;
    watchSiteFiles();   // replaced files lose their watch; new subfolders need one
    if (!config && !layouts && !schema)
        return;
    if (config || layouts)
        ++m_generation;
    if (config)
        Q_EMIT configChanged();
    if (layouts)
        Q_EMIT layoutsChanged();
    if (schema)
        scheduleSchema();
}

} // namespace Lectern
