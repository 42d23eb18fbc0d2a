// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellingservice.h"

#include "backgroundpriority.h"
#include "spellchecker.h"
#include "spellingwords.h"

#include <QHash>

namespace Lectern {

SpellingService::SpellingService(QObject *parent)
    : QObject(parent)
    , m_worker(new SpellingWorker)
{
    qRegisterMetaType<Lectern::SpellingRanges>();
    qRegisterMetaType<Lectern::SpellingService::Latest>();
    qRegisterMetaType<std::shared_ptr<Lectern::SpellChecker>>();
    m_thread.setObjectName(QStringLiteral("spelling"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SpellingService::listRequested, m_worker, &SpellingWorker::listLanguages);
    connect(m_worker, &SpellingWorker::languagesListed, this, &SpellingService::listed);
    connect(this, &SpellingService::loadRequested, m_worker, &SpellingWorker::load);
    connect(this, &SpellingService::checkRequested, m_worker, &SpellingWorker::check);
    connect(this, &SpellingService::checkDocumentRequested, m_worker, &SpellingWorker::checkDocument);
    connect(m_worker, &SpellingWorker::loaded, this, &SpellingService::loaded);
    connect(m_worker, &SpellingWorker::checked, this, &SpellingService::checked);
    BackgroundPriority::lowerOnStart(&m_thread);
    m_thread.start();
    Q_EMIT listRequested();   // first in the worker's queue: before any dictionary is loaded
}

SpellingService::~SpellingService()
{
    m_thread.quit();
    m_thread.wait();
}

void SpellingService::setLanguage(const QString &wanted, const QString &siteRoot)
{
    m_wanted = wanted;
    m_wantedSiteRoot = siteRoot;
    m_hasWanted = true;
    if (m_listed)
        applyLanguage();
}

void SpellingService::listed(const QStringList &languages)
{
    m_available = languages;
    m_listed = true;
    Q_EMIT availableLanguagesChanged();
    if (m_hasWanted)
        applyLanguage();
}

void SpellingService::applyLanguage()
{
    const QString wanted = m_wanted;
    const QString siteRoot = m_wantedSiteRoot;
    const QString language = SpellChecker::bestLanguage(wanted, m_available);
    const bool siteChanged = siteRoot != m_siteRoot;
    m_siteRoot = siteRoot;
    if (language.isEmpty()) {
        if (!m_toldMissing.contains(wanted)) {
            m_toldMissing << wanted;
            Q_EMIT message(tr("No spelling dictionary for \"%1\": spelling is not checked (installed: %2)")
                               .arg(wanted, m_available.isEmpty() ? tr("none") : m_available.join(QLatin1String(", "))));
        }
        m_loading.clear();
        m_language.clear();
        m_checker.reset();
        Q_EMIT changed();
        return;
    }
    if (language == m_language && !siteChanged && m_checker)
        return;
    if (language == m_loading && !siteChanged)
        return;
    m_loading = language;
    Q_EMIT loadRequested(language, SpellChecker::readSiteWords(siteRoot), m_ignored);
}

void SpellingService::loaded(const std::shared_ptr<SpellChecker> &checker)
{
    if (checker->language() != m_loading)
        return;   // a later language was asked for meanwhile
    m_loading.clear();
    for (const QString &word : std::as_const(m_ignored))
        checker->ignore(word);   // ignored while it loaded
    m_checker = checker;
    m_language = checker->language();
    Q_EMIT changed();
}

void SpellingService::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    Q_EMIT changed();
}

quint64 SpellingService::request(const QStringList &lines, bool markdown, const Latest &latest)
{
    const quint64 ticket = ++m_nextTicket;
    latest->store(ticket);
    Q_EMIT checkRequested(ticket, lines, markdown, latest);
    return ticket;
}

quint64 SpellingService::requestDocument(const QString &rawText, bool markdown, const Latest &latest)
{
    const quint64 ticket = ++m_nextTicket;
    latest->store(ticket);
    Q_EMIT checkDocumentRequested(ticket, rawText, markdown, latest);
    return ticket;
}

QStringList SpellingService::suggest(const QString &word) const
{
    return isActive() ? m_checker->suggest(word, 5) : QStringList();
}

void SpellingService::ignore(const QString &word)
{
    if (word.isEmpty() || m_ignored.contains(word))
        return;
    m_ignored.append(word);
    if (m_checker)
        m_checker->ignore(word);
    Q_EMIT changed();
}

bool SpellingService::addToSite(const QString &word)
{
    QString error;
    if (m_siteRoot.isEmpty() || !SpellChecker::addSiteWord(m_siteRoot, word, &error)) {
        Q_EMIT message(tr("Cannot add \"%1\" to the site's dictionary: %2").arg(word, error));
        return false;
    }
    if (m_checker)
        m_checker->setSiteWords(SpellChecker::readSiteWords(m_siteRoot));
    Q_EMIT message(tr("\"%1\" added to %2").arg(word, SpellChecker::siteWordsPath(m_siteRoot)));
    Q_EMIT changed();
    return true;
}

void SpellingService::addToPersonal(const QString &word)
{
    if (!m_checker)
        return;
    m_checker->addToPersonal(word);
    Q_EMIT changed();
}

SpellingWorker::~SpellingWorker() = default;

void SpellingWorker::listLanguages()
{
    Q_EMIT languagesListed(SpellChecker::availableLanguages());
}

void SpellingWorker::load(const QString &language, const QStringList &siteWords, const QStringList &ignored)
{
    if (!m_checker || m_checker->language() != language)
        m_checker = std::make_shared<SpellChecker>(language);
    m_checker->setSiteWords(siteWords);
    for (const QString &word : ignored)
        m_checker->ignore(word);
    Q_EMIT loaded(m_checker);
}

void SpellingWorker::checkDocument(quint64 ticket, const QString &rawText, bool markdown, const SpellingService::Latest &latest)
{
    if (latest->load() != ticket || !m_checker)
        return;
    check(ticket, rawText.split(QChar::ParagraphSeparator), markdown, latest);
}

void SpellingWorker::check(quint64 ticket, const QStringList &lines, bool markdown, const SpellingService::Latest &latest)
{
    if (latest->load() != ticket || !m_checker)
        return;   // the client has sent newer text, or no language is loaded
    SpellingRanges ranges;
    QHash<QString, bool> known;
    SpellingWords::MarkdownState state;
    for (int i = 0; i < lines.size(); ++i) {
        if ((i & 255) == 0 && latest->load() != ticket)
            return;   // stale: a newer request is queued behind this one
        const QList<SpellingWord> words = markdown ? SpellingWords::inMarkdownLine(lines.at(i), &state, i)
                                                   : SpellingWords::inText(lines.at(i));
        for (const SpellingWord &word : words) {
            auto it = known.find(word.text);
            if (it == known.end())
                it = known.insert(word.text, m_checker->check(word.text));
            if (!it.value())
                ranges.append({i, word.column, int(word.text.size()), word.text});
        }
    }
    Q_EMIT checked(ticket, ranges);
}

} // namespace Lectern
