// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's counts (issue 16): one recount of a 1 MB Markdown body, as the status bar runs
// it (on a pool thread, for a body this size) 300 ms after the last keystroke. Prints a Markdown section for docs/BENCHMARKS.md.
#include "bodycounts.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace Lectern;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString paragraph = QStringLiteral(
        "## A heading\n\nModern experimental facilities produce **petabytes** of data each year, and the "
        "path from a raw detector frame to a figure in a paper often passes through [dozens of tools]"
        "(https://example.org/tools), scripts and people. Don't panic: café, naïve, 2025.\n\n");
    QString body;
    while (body.size() < 1024 * 1024)
        body += paragraph;
    std::vector<double> ms;
    qsizetype words = 0;
    for (int run = 0; run < 9; ++run) {
        const auto start = std::chrono::steady_clock::now();
        words = BodyCounts::count(body).words;
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    QTextStream out(stdout);
    out << "## Body counts (issue 16)\n\n"
        << "One recount (words, characters, reading time) of a " << body.size() / 1024 << " Ki-character body ("
        << words << " words), median of " << ms.size() << " runs: **" << QString::number(ms.at(ms.size() / 2), 'f', 1)
        << " ms** (fastest " << QString::number(ms.front(), 'f', 1) << " ms). The status bar runs it "
        << BodyCounts::kDebounceMs << " ms after the last change, never per keystroke, and on a pool thread "
        << "for a text over " << BodyCounts::kCountInlineChars / 1024 << " Ki characters (this figure is "
        << "then off the GUI thread).\n\n";
    return 0;
}
