// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "homecardcut.h"
#include "schema.h"
#include "schemasample.h"
#include "siteconfig.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QStringList>

class QFileSystemWatcher;
class QThread;
class QTimer;

namespace Lectern {

class SiteIndex;

// One open Jekyll site, shared by the form, the preview, export and lectern-cli: the parsed
// _config.yml, the names in _layouts/, .lectern.yml, the post index (read on a worker) and the schema
// inferred from that index's samples, kept current as files change. Opening or editing a post never
// reads another post: the schema is a tally of samples the index took when it read each post, and one
// post's change moves the tally by that post alone (SchemaTally).
class Site final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Site)

public:
    explicit Site(QObject *parent = nullptr);
    ~Site() override;

    // Opens the site whose root (the folder of _config.yml) is ROOT: reads _config.yml, .lectern.yml
    // and the _layouts/ listing now (three small reads), starts the index on its worker and watches
    // _config.yml, _layouts/, _includes/ and .lectern.yml. Returns at once; schemaChanged() follows when
    // every post is read. The same root again does nothing; an empty root closes the site.
    void open(const QString &root);
    // The same, with the index read on the calling thread (all cores) and no watches: ready on return.
    // For lectern-cli (one Site per command) and tests.
    void openNow(const QString &root);

    QString root() const { return m_root; }
    // True when root() holds a _config.yml (or _config.yaml): a Jekyll site, not a loose folder of posts.
    bool isJekyllSite() const { return m_jekyll; }
    const SiteConfig &config() const { return m_config; }
    QStringList layouts() const { return m_layouts; }
    // How much of a post's description the home page shows (HomeCardCut::scan: it reads index.*,
    // _includes/ and _layouts/). open() scans on a worker, so it is empty until homeCardCutChanged();
    // openNow() scans at once. Scanned again when those files change.
    const HomeCardCut &homeCardCut() const { return m_homeCardCut; }
    // Grows by one whenever _config.yml, _layouts/ or _includes/ change: what a rendered page depends on
    // besides the post. Starts at 1 for an open site (0: none).
    quint64 generation() const { return m_generation; }
    SiteIndex *index() const { return m_index; }
    // True once every post has been read and counted.
    bool isSchemaReady() const;
    // The site-wide schema (no post's defaults applied).
    const Schema &schema() const { return m_schema; }
    // The schema as it applies to the post at POST_PATH (Schema::forPost): no file is read.
    Schema schemaFor(const QString &postPath) const { return m_schema.forPost(postPath); }

Q_SIGNALS:
    void opened();           // open() or openNow() took another root (config and layouts read)
    void configChanged();    // _config.yml changed (generation() moved too)
    void layoutsChanged();   // _layouts/ or _includes/ changed (generation() moved too)
    void schemaChanged();    // the schema changed: posts, layouts, _config.yml defaults or .lectern.yml
    void homeCardCutChanged();   // homeCardCut() has a new value (a scan on the worker ended)

private:
    void readSiteFiles();
    void rebuildSchema();
    void scheduleSchema();
    void countRows(const QList<int> &rows);
    void countEntry(const QString &path);
    void uncount(const QString &path);
    void recount();
    void tallyOnWorker();
    void stopWorker();
    void scanHomeCardCut();
    void stopCutWorker();
    void watchSiteFiles();
    void siteFileChanged(const QString &path);

    QString m_root;
    bool m_jekyll = false;
    SiteConfig m_config;
    QStringList m_layouts;
    HomeCardCut m_homeCardCut;
    QByteArray m_overrides;          // the text of .lectern.yml (or _lectern.yml)
    QString m_overridesName;         // its file name; empty when the site has none
    quint64 m_generation = 0;
    SiteIndex *m_index = nullptr;
    SchemaTally m_tally;
    QHash<QString, PostSample> m_counted;   // what each post added to the tally, to take it back
    // The first tally of a site is made on a worker once every post is read; posts that change
    // meanwhile are counted again when it is back.
    QThread *m_worker = nullptr;
    quint64 m_openCount = 0;                 // tells a finished worker whether its site is still open
    QThread *m_cutWorker = nullptr;          // the home-card cut's scan (scanHomeCardCut)
    quint64 m_cutScans = 0;                  // tells a finished scan whether it is still the latest
    bool m_tallyReady = false;
    QSet<QString> m_changedMeanwhile;
    Schema m_schema;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_schemaTimer = nullptr;
};

} // namespace Lectern
