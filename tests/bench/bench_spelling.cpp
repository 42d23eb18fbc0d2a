// SPDX-License-Identifier: GPL-3.0-or-later
// Spelling (issue 16): a cold check of the seed post, dictionary load included, as the window's worker
// does it when a post opens (split into words, look each distinct word up; no suggestions), and a warm
// recheck as after a pause in typing. Prints a Markdown section for docs/BENCHMARKS.md.
#include "postfile.h"
#include "spellchecker.h"
#include "spellingwords.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <vector>

using namespace Lectern;

namespace {

int unknownWords(const PostFile &post, const SpellChecker &checker)
{
    QHash<QString, bool> known;
    int unknown = 0;
    QList<SpellingWord> words = SpellingWords::inFrontMatter(post.frontMatter());
    words += SpellingWords::inMarkdown(post.body());
    for (const SpellingWord &word : words) {
        auto it = known.find(word.text);
        if (it == known.end())
            it = known.insert(word.text, checker.check(word.text));
        unknown += it.value() ? 0 : 1;
    }
    return unknown;
}

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString path = QStringLiteral(LECTERN_SOURCE_DIR "/examples/site/_posts/2025-03-19-lumi-ai-factories.md");
    PostFile post;
    QString error;
    if (!PostFile::load(path, &post, &error)) {
        out << "## Spelling (issue 16)\n\nnot measured: " << error << "\n\n";
        return 1;
    }
    const auto coldStart = std::chrono::steady_clock::now();
    const QString language = SpellChecker::bestLanguage(QStringLiteral("en"), SpellChecker::availableLanguages());
    if (language.isEmpty()) {
        out << "## Spelling (issue 16)\n\nnot measured: no English dictionary for Enchant\n\n";
        return 0;
    }
    int unknown = 0;
    {
        const SpellChecker checker(language);
        unknown = unknownWords(post, checker);
    }
    const double firstCold = msSince(coldStart);
    std::vector<double> cold;
    for (int run = 0; run < 9; ++run) {
        const auto start = std::chrono::steady_clock::now();
        const SpellChecker checker(language);
        unknownWords(post, checker);
        cold.push_back(msSince(start));
    }
    const SpellChecker checker(language);
    std::vector<double> warm;
    for (int run = 0; run < 9; ++run) {
        const auto start = std::chrono::steady_clock::now();
        unknownWords(post, checker);
        warm.push_back(msSince(start));
    }
    std::sort(cold.begin(), cold.end());
    std::sort(warm.begin(), warm.end());
    const qsizetype words = SpellingWords::inMarkdown(post.body()).size() + SpellingWords::inFrontMatter(post.frontMatter()).size();
    out << "## Spelling (issue 16)\n\n"
        << "The seed post (" << words << " words, " << unknown << " unknown to " << language
        << "), checked as the window's worker checks it. First check in the process (Enchant's providers and the "
        << language << " dictionary loaded): **" << QString::number(firstCold, 'f', 1) << " ms** (budget 150 ms). "
        << "A new dictionary each time, median of " << cold.size() << ": " << QString::number(cold.at(cold.size() / 2), 'f', 1)
        << " ms. A recheck with the dictionary loaded: " << QString::number(warm.at(warm.size() / 2), 'f', 2) << " ms.\n\n";
    return 0;
}
