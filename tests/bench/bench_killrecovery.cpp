// SPDX-License-Identifier: GPL-3.0-or-later
// Measures how much typing kill -9 loses: a child process "types" one character every 20 ms into a
// PostDocument with the default RecoveryWriter, the parent kills it with SIGKILL at a random moment,
// then reads the recovery store as the next start would and compares. Prints the loss per round.
// Usage: bench_killrecovery [ROUNDS]   (the child mode is internal: --child DIR)
#include "postdocument.h"
#include "recoverystore.h"
#include "recoverywriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <cstdio>

#include <sys/types.h>

using namespace Lectern;

namespace {

constexpr int kKeyMs = 20;

int child(const QString &dir)
{
    const QString post = dir + QStringLiteral("/post.md");
    {
        QFile file(post);
        if (!file.open(QIODevice::WriteOnly))
            return 2;
        file.write("---\ntitle: Typing\n---\n");
    }
    PostDocument doc;
    if (!doc.load(post, nullptr))
        return 2;
    RecoveryWriter writer(&doc, dir + QStringLiteral("/recovery"));
    QString body;
    QTimer keys;
    keys.setInterval(kKeyMs);
    QObject::connect(&keys, &QTimer::timeout, [&] {
        body += QLatin1Char('a' + body.size() % 26);
        doc.setBody(body);
        std::printf("%lld\n", qlonglong(body.size()));
        std::fflush(stdout);
    });
    keys.start();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--child"))
        return child(args.at(2));
    const int rounds = args.size() > 1 ? args.at(1).toInt() : 10;
    int worstMs = 0;
    qint64 sumMs = 0;
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir dir;
        QProcess typist;
        typist.start(app.applicationFilePath(), {QStringLiteral("--child"), dir.path()});
        if (!typist.waitForStarted())
            return 2;
        const int typeMs = 3000 + int(QRandomGenerator::global()->bounded(4000));
        QElapsedTimer timer;
        timer.start();
        qlonglong typed = 0;
        while (timer.elapsed() < typeMs) {
            typist.waitForReadyRead(50);
            while (typist.canReadLine())
                typed = typist.readLine().trimmed().toLongLong();
        }
        ::kill(pid_t(typist.processId()), SIGKILL);
        typist.waitForFinished();
        const QByteArray rest = typist.readAllStandardOutput();
        for (const QByteArray &line : rest.split('\n')) {
            if (!line.trimmed().isEmpty())
                typed = line.trimmed().toLongLong();
        }
        const QList<RecoveryStore::Entry> orphans = RecoveryStore(dir.filePath(QStringLiteral("recovery"))).orphans();
        const qlonglong recovered = orphans.isEmpty() ? 0
            : orphans.first().content.size() - qlonglong(QByteArray("---\ntitle: Typing\n---\n").size());
        const int lostMs = int((typed - recovered) * kKeyMs);
        worstMs = std::max(worstMs, lostMs);
        sumMs += lostMs;
        std::printf("round %d: typed %lld chars in %d ms, recovered %lld, lost %lld chars = %d ms of typing\n",
                    round + 1, typed, typeMs, recovered, typed - recovered, lostMs);
    }
    std::printf("kill -9 loss over %d rounds: worst %d ms, mean %lld ms (RecoveryWriter defaults: idle 1000 ms, max 2000 ms)\n",
                rounds, worstMs, sumMs / std::max(1, rounds));
    return 0;
}
