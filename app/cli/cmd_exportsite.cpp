// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include "sitecalendar.h"
#include "sitepaths.h"

#include <QDir>
#include <QFileInfo>

namespace Lectern::Cli {

// True when ARGS name a folder where export expects its FILE: the site calendar feed (issue 19).
bool exportNamesSite(const QStringList &args)
{
    static const QStringList withValue = {QStringLiteral("--format"), QStringLiteral("-f"), QStringLiteral("-o"),
                                          QStringLiteral("--output"), QStringLiteral("--site"), QStringLiteral("--engine"),
                                          QStringLiteral("--category"), QStringLiteral("--now")};
    for (int i = 0; i < args.size(); ++i) {
        if (withValue.contains(args.at(i)))
            ++i;
        else if (!args.at(i).startsWith(QLatin1Char('-')))
            return QFileInfo(args.at(i)).isDir();
    }
    return false;
}

// export SITE --format ics [--upcoming|--all] [--category NAME] [--now DATETIME] [-o OUT]
int runExportSite(const QStringList &args, Io &io)
{
    QString site;
    QString format;
    QString output;
    QString nowText;
    QString range;   // "--upcoming" or "--all" once given
    SiteCalendar::Options options;
    QString error;
    for (int i = 0; i < args.size() && error.isEmpty(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&](QString *into) {
            if (i + 1 >= args.size())
                error = tr("%1 needs a value").arg(arg);
            else
                *into = args.at(++i);
        };
        if (arg == QLatin1String("--format") || arg == QLatin1String("-f"))
            value(&format);
        else if (arg == QLatin1String("-o") || arg == QLatin1String("--output"))
            value(&output);
        else if (arg == QLatin1String("--category"))
            value(&options.category);
        else if (arg == QLatin1String("--now"))
            value(&nowText);
        else if (arg == QLatin1String("--upcoming") || arg == QLatin1String("--all")) {
            const bool upcoming = arg == QLatin1String("--upcoming");
            if (!range.isEmpty() && range != arg)
                error = tr("--upcoming and --all cannot be used together");
            range = arg;
            options.upcomingOnly = upcoming;
        }
        else if (arg.startsWith(QLatin1Char('-')) || !site.isEmpty())
            error = tr("unexpected argument \"%1\"").arg(arg);
        else
            site = arg;
    }
    if (error.isEmpty() && format != QLatin1String("ics"))
        error = tr("a site folder exports as a calendar feed only: --format ics");
    if (error.isEmpty() && !nowText.isEmpty()) {
        options.now = QDateTime::fromString(nowText, Qt::ISODate);
        if (!options.now.isValid())
            error = tr("--now: \"%1\" is not an ISO 8601 date and time (2025-03-01T09:00:00Z)").arg(nowText);
    }
    if (!error.isEmpty()) {
        io.err << tr("lectern-cli export: %1").arg(error) << Qt::endl;
        io.err << tr("usage: lectern-cli export SITE --format ics [--upcoming|--all] [--category NAME] [--now DATETIME] [-o OUT]")
               << Qt::endl;
        return BadInput;
    }
    const QString root = SitePaths::findSiteRoot(site);
    if (root.isEmpty()) {
        io.err << tr("%1: no Jekyll site here (no _config.yml in this folder or above)").arg(site) << Qt::endl;
        return BadInput;
    }
    if (!output.isEmpty() && output != QLatin1String("-") && !QFileInfo(output).absoluteDir().exists()) {
        io.err << tr("%1: the folder %2 does not exist").arg(output, QFileInfo(output).absolutePath()) << Qt::endl;
        return BadInput;
    }
    const SiteCalendar::Result result = SiteCalendar::build(root, options);
    if (!result.error.isEmpty()) {
        io.err << result.error << Qt::endl;
        return BadInput;
    }
    for (const QString &note : result.notes)
        io.err << tr("%1 (warning)").arg(note) << Qt::endl;
    for (const SiteCalendar::Skipped &s : result.skipped)
        io.err << tr("%1: skipped, no calendar event: %2").arg(s.relativePath, s.reason) << Qt::endl;
    if (!options.category.isEmpty() && result.selected == 0)
        io.err << tr("warning: no published post has the category \"%1\" (the site's categories: %2)")
                      .arg(options.category, result.siteCategories.isEmpty() ? tr("none") : result.siteCategories.join(QLatin1String(", ")))
               << Qt::endl;
    if (result.events == 0)
        io.err << tr("warning: the calendar holds no event; subscribed calendars will show none") << Qt::endl;
    if (output.isEmpty() || output == QLatin1String("-")) {
        io.out << QString::fromUtf8(result.calendar);
        io.out.flush();
        // The feed went to standard output; the sequence file is still kept current.
        if (!SiteCalendar::saveState(result, &error)) {
            io.err << error << Qt::endl;
            return BadInput;
        }
    } else if (!SiteCalendar::write(result, output, &error)) {
        io.err << error << Qt::endl;
        return BadInput;
    }
    QString summary = tr("events in the calendar: %1").arg(result.events);
    if (result.past > 0)
        summary += tr("; past events left out: %1 (--all keeps them)").arg(result.past);
    if (!result.skipped.isEmpty())
        summary += tr("; posts skipped: %1").arg(result.skipped.size());
    if (result.stateChanged)
        summary += tr("; %1 updated (commit it with the site)").arg(QFileInfo(result.statePath).fileName());
    io.err << summary << Qt::endl;
    return Ok;
}

} // namespace Lectern::Cli
