// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

namespace Lectern {

class SpellChecker;
class SpellingWorker;

// A misspelled word in a checked text: LINE (0-based) of the lines sent, START and LENGTH in UTF-16
// code units in that line.
struct SpellingRange
{
    int line = 0;
    int start = 0;
    int length = 0;
    QString word;
    bool operator==(const SpellingRange &o) const
    {
        return line == o.line && start == o.start && length == o.length && word == o.word;
    }
};
using SpellingRanges = QList<SpellingRange>;

// The spelling of one window: its language's SpellChecker, loaded and used on a worker thread, and
// the site's word list. Clients (DocumentSpelling, LineEditSpelling) send lines with request() and get
// checked() back with their ticket; a request older than its client's latest is skipped by the worker
// and its result never sent. Lives on the GUI thread.
class SpellingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellingService)

public:
    explicit SpellingService(QObject *parent = nullptr);
    ~SpellingService() override;

    // A client's latest ticket: the worker skips requests older than it.
    using Latest = std::shared_ptr<std::atomic<quint64>>;
    static Latest newLatest() { return std::make_shared<std::atomic<quint64>>(0); }

    // WANTED: a tag as a post or site writes it ("en", "de-DE") or a locale name; resolved with
    // SpellChecker::bestLanguage against availableLanguages(). With no dictionary for it, message()
    // says so once per wanted language and nothing is checked. SITE_ROOT: where .lectern/words.txt is
    // (empty: no site; "Add to Site Dictionary" is then unavailable). Before the installed
    // dictionaries are listed (hasLanguageList()), the last call waits and is resolved then.
    void setLanguage(const QString &wanted, const QString &siteRoot);
    QString language() const { return m_language; }   // the Enchant tag in use; empty: none
    QString siteRoot() const { return m_siteRoot; }
    // The installed dictionaries' tags (SpellChecker::availableLanguages()), listed on the worker
    // thread when the service starts (Enchant loads every provider for it: ~12 ms, not to be spent
    // while the window is built); empty until availableLanguagesChanged().
    QStringList availableLanguages() const { return m_available; }
    bool hasLanguageList() const { return m_listed; }
    // Checking on or off (View → Spelling → Check Spelling); off, clients show no underline.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // True once the language's dictionary is loaded and checking is on.
    bool isActive() const { return m_enabled && m_checker != nullptr; }

    // Sends LINES (a document's blocks, or one field's text) to be checked; MARKDOWN: skip code,
    // links and the rest as SpellingWords::inMarkdown does, else as inText. Returns the ticket that
    // checked() will carry; LATEST is set to it.
    quint64 request(const QStringList &lines, bool markdown, const Latest &latest);
    // The same for a whole document's text as QTextDocument::toRawText() gives it: its blocks
    // separated by QChar::ParagraphSeparator (U+2029; a U+2028 inside a block stays in its line). The
    // text is cut into lines on the worker, so a 1 MB body costs the GUI thread one copy of its text.
    quint64 requestDocument(const QString &rawText, bool markdown, const Latest &latest);

    // Suggestions for a word (GUI thread; the checker's mutex guards it); empty while not active.
    QStringList suggest(const QString &word) const;
    // WORD counts as correct for the rest of this window's session, in every language chosen after it.
    void ignore(const QString &word);
    QStringList ignoredWords() const { return m_ignored; }
    // Adds WORD to SITE_ROOT/.lectern/words.txt; false with a message() when it cannot be written.
    bool addToSite(const QString &word);
    void addToPersonal(const QString &word);

Q_SIGNALS:
    void checked(quint64 ticket, const Lectern::SpellingRanges &ranges);
    // The language, the words or the on/off state changed: clients check their text again.
    void changed();
    // A sentence for the window's status bar.
    void message(const QString &text);
    // availableLanguages() is known (once, soon after construction).
    void availableLanguagesChanged();

    // To the worker.
    void listRequested();
    void loadRequested(const QString &language, const QStringList &siteWords, const QStringList &ignored);
    void checkRequested(quint64 ticket, const QStringList &lines, bool markdown, const Lectern::SpellingService::Latest &latest);
    void checkDocumentRequested(quint64 ticket, const QString &rawText, bool markdown, const Lectern::SpellingService::Latest &latest);

private:
    void loaded(const std::shared_ptr<Lectern::SpellChecker> &checker);
    void listed(const QStringList &languages);
    void applyLanguage();

    QThread m_thread;
    SpellingWorker *m_worker = nullptr;
    std::shared_ptr<SpellChecker> m_checker;
    QString m_language;
    QString m_loading;
    QString m_siteRoot;
    QString m_wanted;          // the last setLanguage(), resolved once the list is known
    QString m_wantedSiteRoot;
    bool m_hasWanted = false;
    bool m_listed = false;
    QStringList m_available;
    QStringList m_toldMissing;
    QStringList m_ignored;   // kept here: a language switch loads another checker
    quint64 m_nextTicket = 0;
    bool m_enabled = true;
};

// The worker thread's side: loads dictionaries and checks lines.
class SpellingWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellingWorker)

public:
    SpellingWorker() = default;
    ~SpellingWorker() override;
    void listLanguages();
    void load(const QString &language, const QStringList &siteWords, const QStringList &ignored);
    void check(quint64 ticket, const QStringList &lines, bool markdown, const Lectern::SpellingService::Latest &latest);
    void checkDocument(quint64 ticket, const QString &rawText, bool markdown, const Lectern::SpellingService::Latest &latest);

Q_SIGNALS:
    void languagesListed(const QStringList &languages);
    void loaded(const std::shared_ptr<Lectern::SpellChecker> &checker);
    void checked(quint64 ticket, const Lectern::SpellingRanges &ranges);

private:
    std::shared_ptr<SpellChecker> m_checker;
};

} // namespace Lectern

Q_DECLARE_METATYPE(Lectern::SpellingRanges)
Q_DECLARE_METATYPE(Lectern::SpellingService::Latest)
Q_DECLARE_METATYPE(std::shared_ptr<Lectern::SpellChecker>)
