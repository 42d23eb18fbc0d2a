// SPDX-License-Identifier: GPL-3.0-or-later
// Opens a generated site of N posts (default 10,000) and reports how long until the post list
// shows every file, until every front matter is read, a synchronous scan (lectern-cli list),
// and how long a new file takes to appear. Run by scripts/bench.sh, never by ctest.
#include "postlist.h"
#include "postlistmodel.h"
#include "siteindex.h"

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

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString root = dir.path();
    QDir().mkpath(root + QStringLiteral("/_posts"));
    QDir().mkpath(root + QStringLiteral("/news/_posts"));
    QFile config(root + QStringLiteral("/_config.yml"));
    config.open(QIODevice::WriteOnly);
    config.write("title: bench\n");
    config.close();
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
