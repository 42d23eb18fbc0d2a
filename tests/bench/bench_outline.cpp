// SPDX-License-Identifier: GPL-3.0-or-later
// The outline pane (issue 16): one scan of a 1 MB Markdown body for its headings, as the GUI thread
// runs it OutlinePane::kDelayMs after the last change. Prints a Markdown section for docs/BENCHMARKS.md.
#include "markdownoutline.h"
#include "outlinepane.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace Lectern;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString section = QStringLiteral(
        "## A heading\n\nModern experimental facilities produce **petabytes** of data each year, and the "
        "path from a raw detector frame to a figure in a paper often passes through [dozens of tools]"
        "(https://example.org/tools), scripts and people.\n\n```bash\n# a comment, not a heading\nls -l\n```\n\n"
        "A setext heading\n----------------\n\n- a list item\n- another\n\n");
    QString body;
    while (body.size() < 1024 * 1024)
        body += section;
    std::vector<double> ms;
    qsizetype headings = 0;
    for (int run = 0; run < 9; ++run) {
        const auto start = std::chrono::steady_clock::now();
        headings = MarkdownOutline::headings(body).size();
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    QTextStream out(stdout);
    out << "## Outline scan (issue 16)\n\n"
        << "One scan for headings of a " << body.size() / 1024 << " Ki-character body (" << headings
        << " headings, code fences skipped), median of " << ms.size() << " runs: **"
        << QString::number(ms.at(ms.size() / 2), 'f', 1) << " ms** (fastest " << QString::number(ms.front(), 'f', 1)
        << " ms). The outline pane runs it on the GUI thread " << OutlinePane::kDelayMs
        << " ms after the last change, never per keystroke, and rebuilds its list only when the headings differ.\n\n";
    return 0;
}
