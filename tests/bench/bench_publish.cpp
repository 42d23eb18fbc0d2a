// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing one new post to a local bare remote with PublishJob (issue 18: <= 1 s wall), and the
// longest gap between 1 ms timer ticks of the calling (GUI) thread meanwhile (<= 16 ms). Prints a
// Markdown section for docs/BENCHMARKS.md.
#include "publishjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace Lectern;

namespace {

bool git(const QString &dir, const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("git"), args);
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

bool write(const QString &file, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QFile f(file);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("gitconfig")), "[user]\n\tname = Bench\n\temail = bench@example.org\n");
    qputenv("GIT_CONFIG_GLOBAL", dir.filePath(QStringLiteral("gitconfig")).toUtf8());
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    const QString seed = dir.filePath(QStringLiteral("seed"));
    const QString us = dir.filePath(QStringLiteral("us"));
    bool ok = git(dir.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"), QStringLiteral("main"), QStringLiteral("remote.git")})
        && git(dir.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main"), seed})
        && write(seed + QStringLiteral("/_config.yml"), "title: Lab\nurl: https://example.org\n");
    for (int i = 1; ok && i <= 200; ++i)
        ok = write(seed + QStringLiteral("/_posts/2024-01-01-post-%1.md").arg(i), "---\ntitle: Post\n---\nbody\n");
    ok = ok && git(seed, {QStringLiteral("add"), QStringLiteral(".")})
        && git(seed, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("seed")})
        && git(seed, {QStringLiteral("push"), QStringLiteral("-q"), dir.filePath(QStringLiteral("remote.git")), QStringLiteral("main")})
        && git(dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), dir.filePath(QStringLiteral("remote.git")), us});
    if (!ok) {
        out << "bench_publish: could not set up the repositories\n";
        return 1;
    }
    const int runs = 7;
    std::vector<double> walls;
    qint64 worstGap = 0;
    for (int i = 0; i < runs; ++i) {
        const QString post = us + QStringLiteral("/_posts/2025-05-0%1-new.md").arg(i + 1);
        write(post, "---\ntitle: New\ncategory: news\n---\nA new post.\n");
        PublishJob job;
        QEventLoop loop;
        PublishResult result;
        QObject::connect(&job, &PublishJob::finished, &loop, [&](const PublishResult &r) {
            result = r;
            loop.quit();
        });
        QElapsedTimer tick;
        qint64 last = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
            const qint64 now = tick.elapsed();
            worstGap = std::max(worstGap, now - last);
            last = now;
        });
        QElapsedTimer wall;
        wall.start();
        tick.start();
        ticker.start(1);
        job.startPublish({post}, QString());
        loop.exec();
        walls.push_back(double(wall.nsecsElapsed()) / 1e6);
        if (result.outcome != PublishResult::Outcome::Published) {
            out << "bench_publish: publish failed: " << result.message << '\n';
            return 1;
        }
    }
    std::sort(walls.begin(), walls.end());
    out << "## Publish (lectern_publish, local bare remote, 200-post site)\n\n"
        << "| measure | value |\n| --- | --- |\n"
        << "| publish one new post (check excluded): median of " << runs << " | " << QString::number(walls[runs / 2], 'f', 0) << " ms |\n"
        << "| slowest | " << QString::number(walls.back(), 'f', 0) << " ms |\n"
        << "| longest calling-thread gap between 1 ms ticks | " << worstGap << " ms |\n";
    return 0;
}
