// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellchecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSaveFile>

#include <enchant.h>

#include <algorithm>

namespace Lectern {

namespace {

void collectTag(const char *const tag, const char *const, const char *const, const char *const, void *data)
{
    static_cast<QStringList *>(data)->append(QString::fromUtf8(tag));
}

QString normalTag(const QString &tag)
{
    QString out = tag;
    out.replace(QLatin1Char('-'), QLatin1Char('_'));
    const qsizetype dot = out.indexOf(QLatin1Char('.'));   // "en_US.UTF-8"
    if (dot >= 0)
        out.truncate(dot);
    const qsizetype at = out.indexOf(QLatin1Char('@'));
    if (at >= 0)
        out.truncate(at);
    const qsizetype underscore = out.indexOf(QLatin1Char('_'));
    if (underscore < 0)
        return out.toLower();
    return out.left(underscore).toLower() + QLatin1Char('_') + out.mid(underscore + 1).toUpper();
}

} // namespace

SpellChecker::SpellChecker(const QString &language)
{
    if (language.isEmpty())
        return;
    m_broker = enchant_broker_init();
    if (!m_broker)
        return;
    const QByteArray tag = language.toUtf8();
    if (enchant_broker_dict_exists(m_broker, tag.constData()))
        m_dict = enchant_broker_request_dict(m_broker, tag.constData());
    if (m_dict)
        m_language = language;
}

SpellChecker::~SpellChecker()
{
    if (m_dict)
        enchant_broker_free_dict(m_broker, m_dict);
    if (m_broker)
        enchant_broker_free(m_broker);
}

bool SpellChecker::check(const QString &word) const
{
    QMutexLocker lock(&m_mutex);
    if (!m_dict || word.isEmpty() || m_siteWords.contains(word) || m_ignored.contains(word))
        return true;
    QString lookup = word;
    lookup.replace(QChar(0x2019), QLatin1Char('\''));   // dictionaries spell "don't" with ASCII
    const QByteArray utf8 = lookup.toUtf8();
    return enchant_dict_check(m_dict, utf8.constData(), utf8.size()) == 0;
}

QStringList SpellChecker::suggest(const QString &word, int max) const
{
    QMutexLocker lock(&m_mutex);
    QStringList out;
    if (!m_dict || word.isEmpty())
        return out;
    const QByteArray utf8 = word.toUtf8();
    size_t count = 0;
    char **list = enchant_dict_suggest(m_dict, utf8.constData(), utf8.size(), &count);
    for (size_t i = 0; i < count && out.size() < max; ++i) {
        const QString suggestion = QString::fromUtf8(list[i]);
        if (!out.contains(suggestion))
            out.append(suggestion);
    }
    if (list)
        enchant_dict_free_string_list(m_dict, list);
    return out;
}

void SpellChecker::ignore(const QString &word)
{
    QMutexLocker lock(&m_mutex);
    m_ignored.insert(word);
    if (m_dict) {
        const QByteArray utf8 = word.toUtf8();
        enchant_dict_add_to_session(m_dict, utf8.constData(), utf8.size());
    }
}

void SpellChecker::addToPersonal(const QString &word)
{
    QMutexLocker lock(&m_mutex);
    if (!m_dict || word.isEmpty())
        return;
    const QByteArray utf8 = word.toUtf8();
    enchant_dict_add(m_dict, utf8.constData(), utf8.size());
}

void SpellChecker::setSiteWords(const QStringList &words)
{
    QMutexLocker lock(&m_mutex);
    m_siteWords = QSet<QString>(words.cbegin(), words.cend());
}

QStringList SpellChecker::availableLanguages()
{
    QStringList tags;
    EnchantBroker *broker = enchant_broker_init();
    if (!broker)
        return tags;
    enchant_broker_list_dicts(broker, collectTag, &tags);
    enchant_broker_free(broker);
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    return tags;
}

QString SpellChecker::bestLanguage(const QString &wanted, const QStringList &available)
{
    QString tag = normalTag(wanted.trimmed());
    if (tag == QLatin1String("c") || tag == QLatin1String("posix"))
        tag = QStringLiteral("en");
    if (tag.isEmpty())
        return {};
    const QString language = tag.section(QLatin1Char('_'), 0, 0);
    // A bare language is a country's dictionary first (Aspell's "en" alone is a union of spellings).
    for (const QString &candidate : available) {
        if (normalTag(candidate) == tag && tag != language)
            return candidate;
    }
    // The usual country of a language: its own letters (de_DE, fr_FR), English's en_US.
    const QString usual = language == QLatin1String("en") ? QStringLiteral("en_US")
                                                          : language + QLatin1Char('_') + language.toUpper();
    QString first;
    for (const QString &candidate : available) {
        const QString normal = normalTag(candidate);
        if (normal == usual)
            return candidate;
        if (first.isEmpty() && (normal == language || normal.startsWith(language + QLatin1Char('_'))))
            first = candidate;
    }
    return first;
}

QString SpellChecker::wantedLanguage(const QString &postLang, const QString &siteLang, const QString &systemLocale)
{
    if (!postLang.trimmed().isEmpty())
        return postLang.trimmed();
    if (!siteLang.trimmed().isEmpty())
        return siteLang.trimmed();
    return systemLocale;
}

QString SpellChecker::siteWordsPath(const QString &siteRoot)
{
    return QDir(siteRoot).filePath(QStringLiteral(".lectern/words.txt"));
}

QStringList SpellChecker::readSiteWords(const QString &siteRoot)
{
    QStringList words;
    if (siteRoot.isEmpty())
        return words;
    QFile file(siteWordsPath(siteRoot));
    if (!file.open(QIODevice::ReadOnly))
        return words;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !word.startsWith(QLatin1Char('#')))
            words.append(word);
    }
    return words;
}

bool SpellChecker::addSiteWord(const QString &siteRoot, const QString &word, QString *error)
{
    const QString path = siteWordsPath(siteRoot);
    QStringList words = readSiteWords(siteRoot);
    if (words.contains(word))
        return true;
    words.append(word);
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("Lectern::SpellChecker", "%1: cannot create the folder").arg(QFileInfo(path).absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(words.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Lectern
