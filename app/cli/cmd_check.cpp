// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipost.h"

#include "eventdate.h"
#include "postchecks.h"
#include "postspelling.h"
#include "site.h"
#include "sitepaths.h"
#include "spellchecker.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <map>

#include <algorithm>
#include <memory>

namespace Lectern::Cli {

// check FILE...: FILE:LINE:COL: error|warning: message for each problem (YAML, duplicate keys, values
// Jekyll's loader refuses, the site schema's checks: required fields, dates, images, choices; template
// text left to fill in, links that leave out the site's baseurl, images over 1 MB or without alt text);
// exit 1 on any error.
// --spelling adds unknown words (PostSpelling) as warnings, --spelling-errors as errors; the language is
// the post's `lang`, else the site's, else the system locale's, and the site's .lectern/words.txt counts.
int runCheck(const QStringList &arguments, Io &io)
{
    QStringList args;
    bool spelling = false;
    bool spellingErrors = false;
    for (const QString &arg : arguments) {
        if (arg == QLatin1String("--spelling"))
            spelling = true;
        else if (arg == QLatin1String("--spelling-errors"))
            spelling = spellingErrors = true;
        else
            args << arg;
    }
    if (args.isEmpty()) {
        io.err << tr("usage: lectern-cli check [--spelling|--spelling-errors] FILE...") << Qt::endl;
        return BadInput;
    }
    // One checker per language and site (its word list), made when a post first needs it.
    std::map<QString, std::unique_ptr<SpellChecker>> checkers;
    QStringList languages;
    QStringList missingLanguages;
    // One Site per site root, however many of its posts are checked: its posts are read once, on every core.
    std::map<QString, std::unique_ptr<Site>> sites;
    bool errors = false;
    bool unreadable = false;
    for (const QString &path : args) {
        PostFile post;
        QString error;
        if (!PostFile::load(path, &post, &error)) {
            io.err << error << Qt::endl;
            unreadable = true;
            continue;
        }
        Diagnostics diagnostics = post.diagnostics();
        // Both versions of a conflict left in (Edit Both in the Post): wherever they are, front matter included.
        diagnostics += PostChecks::conflictMarkers(post);
        if (!post.isReadOnly()) {
            QString root = SitePaths::findSiteRoot(path);
            const bool jekyll = !root.isEmpty();
            if (!jekyll)
                root = QFileInfo(path).absolutePath();   // a post outside any site: its folder's posts
            std::unique_ptr<Site> &site = sites[root];
            if (!site) {
                site = std::make_unique<Site>();
                site->openNow(root);
            }
            const Schema schema = site->schemaFor(QFileInfo(path).absoluteFilePath());
            diagnostics += schema.validate(post);
            QStringList imageKeys = {QStringLiteral("image")};
            for (const Schema::Field &f : schema.fields()) {
                if (f.type == Schema::Type::Image && !imageKeys.contains(f.key))
                    imageKeys << f.key;
            }
            for (const Diagnostic &d : PostChecks::placeholders(post, imageKeys)) {
                // A required field left empty is already the schema's error.
                const bool reported = std::any_of(diagnostics.cbegin(), diagnostics.cend(), [&d](const Diagnostic &e) {
                    return e.line == d.line && e.severity == Diagnostic::Severity::Error;
                });
                if (!reported)
                    diagnostics << d;
            }
            diagnostics += PostChecks::rootRelativeLinks(post, jekyll ? site->config().baseurl() : QString());
            diagnostics += PostChecks::largeImages(post, root, jekyll ? site->config().baseurl() : QString(), imageKeys);
            diagnostics += PostChecks::imagesWithoutAlt(post);
            diagnostics += EventDate::diagnostics(post);
            if (spelling) {
                if (languages.isEmpty())
                    languages = SpellChecker::availableLanguages();
                const QString wanted = SpellChecker::wantedLanguage(post.frontMatter().scalar(QStringLiteral("lang")),
                                                                    site->config().value(QStringLiteral("lang")).toString(),
                                                                    QLocale().name());
                const QString language = SpellChecker::bestLanguage(wanted, languages);
                if (language.isEmpty()) {
                    if (!missingLanguages.contains(wanted)) {
                        missingLanguages << wanted;
                        io.err << tr("lectern-cli: no spelling dictionary for \"%1\" (installed: %2); spelling not checked")
                                      .arg(wanted, languages.isEmpty() ? tr("none") : languages.join(QLatin1String(", ")))
                               << Qt::endl;
                    }
                } else {
                    std::unique_ptr<SpellChecker> &checker = checkers[language + QLatin1Char('\n') + root];
                    if (!checker) {
                        checker = std::make_unique<SpellChecker>(language);
                        checker->setSiteWords(SpellChecker::readSiteWords(root));
                    }
                    diagnostics += PostSpelling::check(post, *checker, &schema,
                                                       spellingErrors ? Diagnostic::Severity::Error
                                                                      : Diagnostic::Severity::Warning);
                }
            }
        }
        std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
            return a.line != b.line ? a.line < b.line : a.column < b.column;
        });
        for (const Diagnostic &d : diagnostics)
            io.out << d.format(path) << Qt::endl;
        errors = errors || hasErrors(diagnostics);
    }
    if (unreadable)
        return BadInput;
    return errors ? CheckFailed : Ok;
}

} // namespace Lectern::Cli
