// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a generated site of N posts (default 10,000: a copy of examples/site plus generated posts)
// and reports how long until the post list shows every file, until every front matter is read, a
// synchronous scan (lectern-cli list), the schema inference, `lectern-cli check` of one post, the
// user's whole path in the real window (open the seed post until editable, switch to another post,
// with the longest GUI-thread stall of each), and how long a new file takes to appear.
// Run by scripts/bench.sh, never by ctest.
#include "benchsupport.h"
#include "frontmatterform.h"
#include "mainwindow.h"
#include "postdocument.h"
#include "postlist.h"
#include "postlistmodel.h"
#include "postopening.h"
#include "previewprofile.h"
#include "schemasample.h"
#include "site.h"
#include "siteindex.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

using namespace Lectern;
using namespace LecternBench;

namespace {

QByteArray postText(int i, QDate date)
{
    static const char *categories[] = {"seminar", "news", "events", "workshop"};
    QByteArray text = "---\ntitle: \"Seminar " + QByteArray::number(i) + ": Scalable Solvers and Data Provenance\"\n"
                      "image: /images/news/seminar.jpg\ndescription: |\n";
    for (int line = 0; line < 8; ++line)
        text += "  Implicit time stepping in global climate and ocean models spends most of its time in solvers.\n";
    text += "date: " + QLocale::c().toString(date, QStringLiteral("d MMMM yyyy")).toUtf8() + "\nlayout: post\n"
            "categories:\n  - " + categories[i % 4] + "\ntags: [hpc, gpu]\n---\n\n"
            "- **When:** Wednesday, 11:00am\n- **Where:** Room 1137\n\nSpeaker: Someone\n\n## Bio:\n\nText.\n";
    return text;
}

// Copies examples/site (config, layouts, includes, images, its four posts) into root.
bool copySampleSite(const QString &root)
{
    const QString from = LecternTest::sourcePath(QStringLiteral("examples/site"));
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString to = root + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!QFile::copy(file, to))
            return false;
    }
    return true;
}

// Until the window shows POST and its form has a title row: the user can type.
bool waitEditable(MainWindow &window, const QString &post, QElapsedTimer &clock, int timeoutMs)
{
    while (clock.elapsed() < timeoutMs) {
        if (!window.opening()->isBusy() && window.document()->path() == post && window.form()->titleEdit())
            return true;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return false;
}

// The user's path in the real window: open the seed post of the big site, then switch posts.
void guiOpenAndSwitch(QTextStream &out, const QString &seed, const QString &other)
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    spin(1500);   // the preview's shell page loads once, before any site is open
    StallMeter meter;
    QElapsedTimer clock;
    meter.start();
    clock.start();
    window.openPath(seed);
    const bool opened = waitEditable(window, seed, clock, 120000);
    const qint64 editable = clock.elapsed();
    const qint64 openStall = meter.longest(), openCpu = meter.longestCpu();
    meter.start();
    while (!window.site()->isSchemaReady() && clock.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const qint64 schemaReady = clock.elapsed();
    spin(1000);   // the schema reaches the form; the preview settles
    const qint64 afterStall = meter.longest(), afterCpu = meter.longestCpu();
    const QStringList suggestions = window.form()->schema().field(QStringLiteral("categories"))
                                        ? window.form()->schema().field(QStringLiteral("categories"))->suggestions
                                        : QStringList();
    out << "GUI, open the seed post (" << (opened ? "editable" : "NOT editable") << "): until editable " << editable
        << " ms, longest GUI stall " << openStall << " ms (GUI-thread CPU " << openCpu << " ms)" << Qt::endl;
    out << "GUI, site schema from every post ready: " << schemaReady << " ms after the open; longest stall meanwhile and "
        << "1 s after: " << afterStall << " ms (CPU " << afterCpu << " ms); the form's categories offer "
        << suggestions.size() << " values" << Qt::endl;
    qint64 worst = 0, worstStall = 0, worstCpu = 0;
    for (int i = 0; i < 5; ++i) {
        const QString target = i % 2 == 0 ? other : seed;
        meter.start();
        clock.restart();
        window.openPath(target);
        const bool ok = waitEditable(window, target, clock, 60000);
        worst = std::max(worst, ok ? clock.elapsed() : 999999);
        spin(300);   // what follows the open: the preview's render and push
        worstStall = std::max(worstStall, meter.longest());
        worstCpu = std::max(worstCpu, meter.longestCpu());
    }
    out << "GUI, switch to another post (5 switches, worst): until editable " << worst << " ms, longest GUI stall "
        << worstStall << " ms (CPU " << worstCpu << " ms)" << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    PreviewProfile::registerSchemes();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString root = dir.path();
    QDir().mkpath(root + QStringLiteral("/_posts"));
    QDir().mkpath(root + QStringLiteral("/news/_posts"));
    if (!copySampleSite(root)) {
        out << "cannot copy examples/site" << Qt::endl;
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    const QDate first(2000, 1, 3);
    for (int i = 0; i < count; ++i) {
        const QDate date = first.addDays(i);
        const QString folder = i % 10 == 0 ? QStringLiteral("/news/_posts/") : QStringLiteral("/_posts/");
        QFile f(root + folder + date.toString(Qt::ISODate) + QStringLiteral("-seminar-") + QString::number(i)
                + QStringLiteral(".md"));
        f.open(QIODevice::WriteOnly);
        f.write(postText(i, date));
    }
    out << "generated " << count << " posts in " << timer.elapsed() << " ms" << Qt::endl;

    if (qEnvironmentVariableIsSet("BENCH_SITE_GUI_ONLY")) {   // for profiling the window's path alone
        guiOpenAndSwitch(out, root + QStringLiteral("/_posts/2025-03-19-lumi-ai-factories.md"),
                         root + QStringLiteral("/_posts/2025-05-07-sparse-solvers-exascale.md"));
        return 0;
    }
    SiteIndex index;
    PostList list(&index);
    list.resize(360, 800);
    list.show();
    QSignalSpy resets(&index, &SiteIndex::reset);
    QSignalSpy ready(&index, &SiteIndex::ready);
    qint64 listingArrived = -1;
    QObject::connect(&index, &SiteIndex::reset, [&] { if (!index.entries().isEmpty() && listingArrived < 0) listingArrived = timer.elapsed(); });
    timer.restart();
    index.open(root);
    // reset #1 clears, reset #2 brings the listing.
    while (resets.size() < 2)
        resets.wait(10000);
    QCoreApplication::processEvents();
    const qint64 listed = timer.elapsed();
    const int rows = list.view()->model()->rowCount();
    if (ready.isEmpty())
        ready.wait(60000);
    const qint64 read = timer.elapsed();
    out << "listing reached the GUI thread: " << listingArrived << " ms" << Qt::endl;
    out << "list usable (all " << rows << " files listed, sorted, shown): " << listed << " ms" << Qt::endl;
    out << "every front matter read (titles, categories): " << read << " ms" << Qt::endl;

    // The GUI thread stays responsive while the worker reads: longest gap between timer ticks.
    index.open(QString());
    QElapsedTimer tick;
    qint64 longest = 0;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        longest = qMax(longest, tick.restart());
    });
    QSignalSpy ready2(&index, &SiteIndex::ready);
    tick.start();
    probe.start();
    index.open(root);
    ready2.wait(60000);
    probe.stop();
    out << "longest GUI-thread stall while indexing: " << longest << " ms" << Qt::endl;

    timer.restart();
    const QList<PostEntry> listedOnly = SiteScan::listSite(root);
    out << "file listing alone (names, sizes, times): " << listedOnly.size() << " files in " << timer.elapsed()
        << " ms" << Qt::endl;
    timer.restart();
    const QList<PostEntry> scanned = SiteScan::scanSite(root);
    out << "synchronous scan (lectern-cli list): " << scanned.size() << " posts in " << timer.elapsed() << " ms"
        << Qt::endl;

    // The schema as lectern-cli and the window build it: every post read (all cores) and sampled,
    // then the tally turned into fields.
    timer.restart();
    Site site;
    site.openNow(root);
    out << "Site::openNow (list, read and sample every post, infer the schema): " << timer.elapsed() << " ms, "
        << site.schema().postCount() << " posts counted" << Qt::endl;
    {
        QElapsedTimer infer;
        infer.start();
        SchemaTally tally;
        for (const PostEntry &e : site.index()->entries())
            tally.add(e.sample);
        const qint64 tallied = infer.elapsed();
        const Schema schema = Schema::inferred(root, tally, site.layouts(), site.config(), QByteArray(), QString());
        out << "schema inference from the index's samples alone: tally " << tallied << " ms, fields "
            << infer.elapsed() - tallied << " ms, " << schema.fields().size() << " fields" << Qt::endl;
    }
    const QString seed = root + QStringLiteral("/_posts/2025-03-19-lumi-ai-factories.md");
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/lectern-cli");
    if (QFileInfo::exists(cli)) {
        QProcess check;
        timer.restart();
        check.start(cli, {QStringLiteral("check"), seed});
        check.waitForFinished(300000);
        out << "lectern-cli check of the seed post (whole-site inference included): " << timer.elapsed()
            << " ms, exit " << check.exitCode() << Qt::endl;
    }
    guiOpenAndSwitch(out, seed, root + QStringLiteral("/_posts/2025-05-07-sparse-solvers-exascale.md"));

    QSignalSpy added(&index, &SiteIndex::entryAdded);
    timer.restart();
    QFile f(root + QStringLiteral("/_posts/2099-01-01-new.md"));
    f.open(QIODevice::WriteOnly);
    f.write(postText(count, QDate(2099, 1, 1)));
    f.close();
    added.wait(10000);
    out << "new file on disk to list row: " << timer.elapsed() << " ms (" << added.size() << " added)" << Qt::endl;
    return 0;
}
