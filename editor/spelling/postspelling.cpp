// SPDX-License-Identifier: GPL-3.0-or-later
#include "postspelling.h"

#include "postfile.h"
#include "spellchecker.h"
#include "spellingwords.h"

#include <QCoreApplication>
#include <QHash>

namespace Lectern::PostSpelling {

Diagnostics check(const PostFile &post, const SpellChecker &checker, const Schema *schema, Diagnostic::Severity severity)
{
    Diagnostics out;
    if (!checker.hasDictionary())
        return out;
    QHash<QString, bool> known;
    const auto report = [&](const SpellingWord &word, int line) {
        auto it = known.find(word.text);
        if (it == known.end())
            it = known.insert(word.text, checker.check(word.text));
        if (it.value())
            return;
        const QStringList suggestions = checker.suggest(word.text, 3);
        QString message = QCoreApplication::translate("Lectern::PostSpelling", "unknown word \"%1\"").arg(word.text);
        if (!suggestions.isEmpty())
            message += QCoreApplication::translate("Lectern::PostSpelling", " (did you mean: %1)")
                           .arg(suggestions.join(QLatin1String(", ")));
        out.append({severity, line, word.column + 1, message});
    };
    if (post.hasFrontMatter() && post.frontMatter().isValid()) {
        for (const SpellingWord &word : SpellingWords::inFrontMatter(post.frontMatter(), schema))
            report(word, word.line);
    }
    const int first = post.bodyFirstLine();
    for (const SpellingWord &word : SpellingWords::inMarkdown(post.body()))
        report(word, first + word.line);
    return out;
}

} // namespace Lectern::PostSpelling
