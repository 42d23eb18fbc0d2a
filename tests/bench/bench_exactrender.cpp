// SPDX-License-Identifier: GPL-3.0-or-later
// The exact renderer (issue 17): the site's own Jekyll renders the seed post of examples/site.
// First render after opening the site (helper start, Jekyll loading the site, one render; goal
// <= 3 s) and a warm render of the unsaved post with one word changed (goal <= 200 ms), as the
// preview asks for it when typing pauses. Prints a Markdown section for docs/BENCHMARKS.md.
#include "exactrenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Lectern;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString site = QStringLiteral(LECTERN_SOURCE_DIR "/examples/site");
    const QString post = QStringLiteral("_posts/2025-03-19-lumi-ai-factories.md");
    QFile file(site + QLatin1Char('/') + post);
    if (!file.open(QIODevice::ReadOnly)) {
        out << "bench_exactrender: cannot read " << file.fileName() << "\n";
        return 2;
    }
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype close = text.indexOf(QLatin1String("\n---\n"), 3);
    const QString frontMatter = text.mid(4, close - 3);
    const QString body = text.mid(close + 5);

    out << "## Exact render through the site's Jekyll (issue 17)\n\n";
    std::vector<double> firsts;
    std::vector<double> warm;
    QString version;
    for (int opening = 0; opening < 3; ++opening) {
        ExactRenderer renderer;
        QElapsedTimer clock;
        clock.start();
        renderer.start(site, false);
        const ExactResult first = renderer.waitFor(renderer.render(post, frontMatter, body));
        if (!first.ok) {
            out << "Not measured: " << first.error << "\n\n";
            return 0;
        }
        firsts.push_back(double(clock.nsecsElapsed()) / 1e6);
        version = first.jekyllVersion;
        for (int run = 0; run < 10; ++run) {
            clock.restart();
            const ExactResult r = renderer.waitFor(
                renderer.render(post, frontMatter, body + QStringLiteral("\nEdit %1.\n").arg(run)));
            if (r.ok)
                warm.push_back(double(clock.nsecsElapsed()) / 1e6);
        }
    }
    std::sort(firsts.begin(), firsts.end());
    std::sort(warm.begin(), warm.end());
    const auto ms = [](double v) { return QString::number(v, 'f', 0); };
    out << "Seed post of `examples/site` (" << body.size() << " characters of body), Jekyll " << version
        << ", safe mode, request written to answer read:\n\n"
        << "| measure | median | range | goal |\n| --- | --- | --- | --- |\n"
        << "| first render after opening the site (helper start + site load + render), " << firsts.size()
        << " openings | **" << ms(firsts.at(firsts.size() / 2)) << " ms** | " << ms(firsts.front()) << "–"
        << ms(firsts.back()) << " ms | ≤ 3000 ms |\n"
        << "| warm render of the unsaved post, " << warm.size() << " renders | **" << ms(warm.at(warm.size() / 2))
        << " ms** | " << ms(warm.front()) << "–" << ms(warm.back()) << " ms | ≤ 200 ms |\n\n";
    return 0;
}
