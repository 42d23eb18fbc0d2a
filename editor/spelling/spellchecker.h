// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

struct str_enchant_broker;
struct str_enchant_dict;

namespace Lectern {

// One language's dictionary through Enchant 2 (enchant.h), with the site's word list and the words
// ignored for this session counted as correct. Every function may be called from any thread: one
// mutex guards the Enchant dictionary (Enchant's dictionaries are not thread-safe), so the GUI's
// context menu and the spelling worker share one checker. Without a dictionary (hasDictionary()
// false) check() says every word is correct and suggest() says nothing.
class SpellChecker final
{
public:
    // LANGUAGE: an Enchant tag such as "en_US" (resolve one with bestLanguage()); empty: none.
    explicit SpellChecker(const QString &language = QString());
    ~SpellChecker();
    SpellChecker(const SpellChecker &) = delete;
    SpellChecker &operator=(const SpellChecker &) = delete;

    QString language() const { return m_language; }
    bool hasDictionary() const { return m_dict != nullptr; }

    // WORD: one word as SpellingWords gives it (UTF-16). True when the dictionary, the site's list, the
    // personal list or this session's ignore list knows it; words are looked up as written, and
    // Enchant accepts a capitalised form of a lower-case word ("Collaboration" for "collaboration").
    bool check(const QString &word) const;
    // Up to MAX replacements, best first (Enchant's order); empty when none or no dictionary.
    QStringList suggest(const QString &word, int max = 5) const;
    // Correct for the rest of this session (not written anywhere); setSiteWords() keeps it.
    void ignore(const QString &word);
    // Adds WORD to the user's personal dictionary (enchant_dict_add), for every site: Enchant's list
    // ($ENCHANT_CONFIG_DIR, else ~/.config/enchant/<language>.dic) and, with the Aspell provider, Aspell's
    // own ~/.aspell.<lang>.pws. Nothing without a dictionary.
    void addToPersonal(const QString &word);
    // The site's own words (siteWords()), replacing the ones given before (not the ignored ones).
    void setSiteWords(const QStringList &words);

    // The Enchant tags of the installed dictionaries, sorted ("de_DE", "en_GB", "en_US").
    static QStringList availableLanguages();
    // The installed tag for WANTED, or empty when there is none: an exact match ("en_US"; "en-US" and
    // "en_us" written otherwise are the same); a bare language ("en") gets its usual country first
    // (en_US, de_DE, fr_FR, …: same letters, as Hunspell's packages name them), else the first
    // available "en_*"; a tag with a country that is not installed ("en_NZ") gets the language's best.
    // "C" and "POSIX" (no locale set) are read as "en". A bare language never picks a bare tag while a
    // country's exists (Aspell's "en" accepts British and American spellings alike; en_US loads faster).
    // AVAILABLE: availableLanguages() in the app.
    static QString bestLanguage(const QString &wanted, const QStringList &available);
    // The language to check a post in: the post's `lang` front-matter value, else the site's
    // _config.yml `lang` (Jekyll themes such as minima read page.lang | default: site.lang), else the
    // system locale's name (QLocale().name()); the first of these that is not empty, as given.
    static QString wantedLanguage(const QString &postLang, const QString &siteLang, const QString &systemLocale);

    // The site's word list: SITE_ROOT/.lectern/words.txt, one word a line, UTF-8; blank lines and
    // lines starting with '#' ignored. Empty when missing or unreadable.
    static QString siteWordsPath(const QString &siteRoot);
    static QStringList readSiteWords(const QString &siteRoot);
    // Adds WORD to the site's list: creates .lectern/ and the file when missing, writes the words
    // sorted (QString::localeAwareCompare), one a line, atomically (QSaveFile). False with *ERROR
    // (the path and the reason) when it cannot write; the file is then unchanged.
    static bool addSiteWord(const QString &siteRoot, const QString &word, QString *error);

private:
    QString m_language;
    str_enchant_broker *m_broker = nullptr;
    str_enchant_dict *m_dict = nullptr;
    QSet<QString> m_siteWords;
    QSet<QString> m_ignored;    // this session's
    mutable QMutex m_mutex;
};

} // namespace Lectern
