// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecalendar.h"

#include "exporthtml.h"
#include "exportinputs.h"
#include "postfile.h"
#include "siteconfig.h"
#include "sitescan.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::SiteCalendar", text);
}

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QString SiteCalendar::statePath(const QString &siteRoot)
{
    return QDir(siteRoot).filePath(QStringLiteral(".lectern/calendar-sequence.tsv"));
}

QByteArray SiteCalendar::fingerprint(const EventTime &time, const ICalendar::Event &event)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QStringList fields = {event.summary, time.start().toString(Qt::ISODate),
                                time.end().isValid() ? time.end().toString(Qt::ISODate) : QString(),
                                time.timeZoneId(), event.location, event.description.trimmed(), event.url};
    for (const QString &field : fields) {
        hash.addData(field.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));   // unit separator: "ab"+"c" differs from "a"+"bc"
    }
    return hash.result().toHex();
}

QHash<QString, SiteCalendar::Memory> SiteCalendar::readState(const QByteArray &bytes)
{
    QHash<QString, Memory> out;
    for (const QByteArray &line : bytes.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.trimmed().split('\t');
        if (parts.size() != 4)
            continue;
        bool ok = false;
        Memory m;
        m.sequence = parts.at(1).toInt(&ok);
        m.fingerprint = parts.at(2);
        m.stamp = QDateTime::fromString(QString::fromLatin1(parts.at(3)), Qt::ISODate).toUTC();
        if (ok && m.sequence >= 0 && m.stamp.isValid())
            out.insert(QString::fromUtf8(parts.at(0)), m);
    }
    return out;
}

QByteArray SiteCalendar::writeState(const QHash<QString, Memory> &state)
{
    QStringList uids = state.keys();
    std::sort(uids.begin(), uids.end());
    QByteArray out("# Lectern: the site calendar's SEQUENCE per event (docs/calendar.md). Commit it with the site.\n"
                   "# UID\tSEQUENCE\tFINGERPRINT\tDTSTAMP\n");
    for (const QString &uid : std::as_const(uids)) {
        const Memory &m = state[uid];
        out += uid.toUtf8() + '\t' + QByteArray::number(m.sequence) + '\t' + m.fingerprint + '\t'
               + m.stamp.toUTC().toString(Qt::ISODate).toLatin1() + '\n';
    }
    return out;
}

SiteCalendar::Result SiteCalendar::build(const QString &siteRoot, const Options &options)
{
    Result result;
    const SiteConfig config = SiteConfig::load(siteRoot);
    if (SiteConfig::filePath(siteRoot).isEmpty()) {
        result.error = tr("%1: no Jekyll site here (no _config.yml)").arg(siteRoot);
        return result;
    }
    QDateTime now = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));   // DTSTAMP has seconds
    result.statePath = statePath(siteRoot);
    QByteArray before;
    QFile stateFile(result.statePath);
    if (stateFile.open(QIODevice::ReadOnly))
        before = stateFile.readAll();
    QHash<QString, Memory> state = readState(before);

    // Jekyll leaves out posts dated after its build time unless `future: true`.
    const QString zone = config.timezone();
    const QTimeZone siteZone = zone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zone.toUtf8());
    const QDate today = now.toTimeZone(siteZone.isValid() ? siteZone : QTimeZone::utc()).date();
    const bool future = config.value(QStringLiteral("future")).toBool();

    QList<PostEntry> entries = SiteScan::scanSite(siteRoot);
    std::sort(entries.begin(), entries.end(), [](const PostEntry &a, const PostEntry &b) { return a.relativePath < b.relativePath; });
    QList<ICalendar::Entry> events;
    QHash<QString, QString> uidPaths;
    QMap<QString, QString> categories;   // lower-case -> as first written, for siteCategories
    for (const PostEntry &entry : std::as_const(entries)) {
        if (entry.collection != QLatin1String("posts") || entry.draft || entry.unpublished)
            continue;
        for (const QString &category : entry.categories)
            categories.insert(category.toLower(), category);
        if (!options.category.isEmpty()
            && std::none_of(entry.categories.cbegin(), entry.categories.cend(), [&](const QString &c) {
                   return c.compare(options.category, Qt::CaseInsensitive) == 0;
               }))
            continue;
        ++result.selected;
        if (!future && entry.date.isValid() && entry.date > today) {
            result.skipped << Skipped{entry.relativePath, tr("dated after today, and _config.yml has no “future: true”: "
                                                             "Jekyll does not publish it yet")};
            continue;
        }
        PostFile post;
        QString error;
        if (!PostFile::load(entry.path, &post, &error) || !post.frontMatter().isValid()) {
            result.skipped << Skipped{entry.relativePath, error.isEmpty() ? tr("its front matter cannot be read") : error};
            continue;
        }
        const ExportInput input = ExportInputs::fromPost(post, entry.path, config);
        const QString text = HtmlExport::bodyPlainText(input);
        const EventTime time = EventTime::fromPost(input.frontMatter, text, input.site.timezone);
        if (!time.isValid()) {
            result.skipped << Skipped{entry.relativePath, time.problem()};
            continue;
        }
        if (!time.note().isEmpty())
            result.notes << QStringLiteral("%1: %2").arg(entry.relativePath, time.note());
        // An event stays in the feed until it is over (a subscribed calendar would otherwise delete
        // a talk while it runs): its end, or without one the end of its day.
        const QDateTime over = time.end().isValid() ? time.end()
                                                    : QDateTime(time.start().date().addDays(1), QTime(0, 0), time.start().timeZone());
        if (options.upcomingOnly && over <= now) {
            ++result.past;
            continue;
        }
        ICalendar::Event event = ICalendar::eventFor(input, time, text);
        if (uidPaths.contains(event.uid)) {
            result.skipped << Skipped{entry.relativePath, tr("same URL (and so the same calendar UID %1) as %2")
                                                              .arg(event.uid, uidPaths.value(event.uid))};
            continue;
        }
        uidPaths.insert(event.uid, entry.relativePath);
        const QByteArray print = fingerprint(time, event);
        auto known = state.find(event.uid);
        if (known == state.end()) {
            known = state.insert(event.uid, Memory{0, print, now});
        } else if (known->fingerprint != print) {
            ++known->sequence;
            known->fingerprint = print;
            known->stamp = now;
        }
        event.sequence = known->sequence;
        event.stamp = known->stamp;
        events << ICalendar::Entry{time, event};
    }
    std::stable_sort(events.begin(), events.end(), [](const ICalendar::Entry &a, const ICalendar::Entry &b) {
        if (a.time.start() != b.time.start())
            return a.time.start() < b.time.start();
        return a.event.uid < b.event.uid;
    });
    QString name = options.name;
    if (name.isEmpty())
        name = config.value(QStringLiteral("title")).toString();
    if (name.isEmpty())
        name = QFileInfo(siteRoot).fileName();
    result.siteCategories = categories.values();
    result.calendar = ICalendar::write(events, name);
    result.events = int(events.size());
    result.state = writeState(state);
    result.stateChanged = result.state != before;
    return result;
}

bool SiteCalendar::write(const Result &result, const QString &path, QString *error)
{
    return writeAtomically(path, result.calendar, error) && saveState(result, error);
}

bool SiteCalendar::saveState(const Result &result, QString *error)
{
    if (!result.stateChanged)
        return true;
    if (!QDir().mkpath(QFileInfo(result.statePath).absolutePath())) {
        *error = tr("%1: cannot create the folder").arg(QFileInfo(result.statePath).absolutePath());
        return false;
    }
    return writeAtomically(result.statePath, result.state, error);
}

} // namespace Lectern
