// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include "emaildraft.h"
#include "eventtime.h"
#include "exporthtml.h"
#include "exportinputs.h"
#include "exactrenderer.h"
#include "icalendar.h"
#include "installlayout.h"
#include "postercontent.h"
#include "postfile.h"
#include "siteannounce.h"
#include "sitepaths.h"

#include <QDir>
#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>

#include <algorithm>

namespace Lectern::Cli {

namespace {

struct Arguments
{
    QString file;
    QString format = QStringLiteral("html");
    QString output;
    QString site;
    QString engine = QStringLiteral("auto");
    bool withHeader = false;
    bool trustSite = false;
    bool inlineImages = false;
};

bool parseArguments(const QStringList &args, Arguments *a, QString *error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&](QString *into) {
            if (i + 1 >= args.size()) {
                *error = tr("%1 needs a value").arg(arg);
                return false;
            }
            *into = args.at(++i);
            return true;
        };
        if (arg == QLatin1String("--format") || arg == QLatin1String("-f")) {
            if (!value(&a->format))
                return false;
        } else if (arg == QLatin1String("-o") || arg == QLatin1String("--output")) {
            if (!value(&a->output))
                return false;
        } else if (arg == QLatin1String("--site")) {
            if (!value(&a->site))
                return false;
        } else if (arg == QLatin1String("--engine")) {
            if (!value(&a->engine))
                return false;
        } else if (arg == QLatin1String("--trust-site")) {
            a->trustSite = true;
        } else if (arg == QLatin1String("--with-header")) {
            a->withHeader = true;
        } else if (arg == QLatin1String("--inline-images")) {
            a->inlineImages = true;
        } else if (arg.startsWith(QLatin1Char('-')) || !a->file.isEmpty()) {
            *error = tr("unexpected argument \"%1\"").arg(arg);
            return false;
        } else {
            a->file = arg;
        }
    }
    static const QStringList formats = {QStringLiteral("html"), QStringLiteral("email"), QStringLiteral("text"),
                                        QStringLiteral("pdf"), QStringLiteral("card-image"), QStringLiteral("ics"),
                                        QStringLiteral("eml")};
    if (a->file.isEmpty())
        *error = tr("no post given");
    else if (!formats.contains(a->format))
        *error = tr("unknown format \"%1\" (html, email, text, pdf, card-image, ics, eml)").arg(a->format);
    else if (!QStringList{QStringLiteral("auto"), QStringLiteral("jekyll"), QStringLiteral("builtin")}.contains(a->engine))
        *error = tr("unknown engine \"%1\" (auto, jekyll, builtin)").arg(a->engine);
    else if (a->format == QLatin1String("pdf") && a->output.isEmpty())
        *error = tr("PDF needs an output file: -o FILE.pdf");
    else if (a->inlineImages && a->format != QLatin1String("eml"))
        *error = tr("--inline-images is for --format eml");
    else if (a->format == QLatin1String("card-image") && a->output.isEmpty())
        *error = tr("the sharing image needs an output file: -o FILE.png");
    return error->isEmpty();
}

bool writeOutput(const QString &path, const QByteArray &bytes, Io &io)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        io.out << QString::fromUtf8(bytes);
        io.out.flush();
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        io.err << tr("%1: cannot write: %2").arg(path, file.errorString()) << Qt::endl;
        return false;
    }
    return true;
}

// The poster (PDF) and the sharing image (PNG) come from the lectern-pdf-export helper
// (libexec/lectern/ when installed, else beside this executable): it alone loads Qt Gui to paint.
// What the post does not say is reported, and the file is still drawn with what there is.
int drawAnnouncement(const ExportInput &input, const Arguments &a, const QString &shown, Io &io)
{
    const QString helper = InstallLayout::helperPath(QStringLiteral("lectern-pdf-export"));
    if (!QFileInfo(helper).isExecutable()) {
        io.err << tr("%1 needs %2, which is not installed").arg(a.format, helper) << Qt::endl;
        return BadInput;
    }
    const PosterContent content = PosterContent::fromInput(input);
    const bool card = a.format == QLatin1String("card-image");
    for (const QString &missing : content.missing + (card ? QStringList() : content.missingOnPoster))
        io.err << tr("%1: warning: %2").arg(shown, missing) << Qt::endl;
    QStringList arguments{QStringLiteral("--output"), a.output};
    if (card)
        arguments << QStringLiteral("--card");
    QProcess process;
    process.start(helper, arguments);
    if (!process.waitForStarted()) {
        io.err << tr("%1: %2").arg(helper, process.errorString()) << Qt::endl;
        return BadInput;
    }
    process.write(content.toJson());
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        io.err << tr("%1: drawing did not finish").arg(a.output) << Qt::endl;
        return BadInput;
    }
    const QStringList lines = QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QStringList errors;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("note: ")))
            io.err << tr("%1: warning: %2").arg(shown, line.mid(6)) << Qt::endl;
        else
            errors << line;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        io.err << tr("%1: not written: %2").arg(a.output, errors.join(QLatin1String("; "))) << Qt::endl;
        return BadInput;
    }
    return Ok;
}

// The body as the site's own Jekyll renders it (issue 17): true with *html set, else *why says
// why not (no site, no Ruby or Jekyll, a gem missing, a Liquid error with its line).
bool exactBody(const PostFile &post, const QString &path, const QString &siteRoot, bool trusted, QString *html,
               QString *why)
{
    if (siteRoot.isEmpty()) {
        *why = tr("no site root (_config.yml) found");
        return false;
    }
    ExactRenderer renderer;
    renderer.start(siteRoot, trusted);
    const ExactResult result = renderer.waitFor(renderer.render(QFileInfo(path).absoluteFilePath(),
                                                                QString::fromUtf8(post.frontMatter().text()),
                                                                post.body().replace(QLatin1String("\r\n"), QLatin1String("\n"))));
    if (!result.ok) {
        *why = result.errorInFile(post.bodyFirstLine());
        if (!trusted && result.error.contains(QLatin1String("Unknown tag")))
            *why += tr(" (the site's plugins run only with --trust-site)");
        return false;
    }
    *html = result.bodyHtml;
    return true;
}

} // namespace

bool exportNamesSite(const QStringList &args);          // cmd_exportsite.cpp
int runExportSite(const QStringList &args, Io &io);

// export FILE --format html|email|text|pdf|card-image|ics|eml [-o OUT] [--site DIR] [--with-header]
//        [--inline-images] [--engine auto|jekyll|builtin] [--trust-site]
int runExport(const QStringList &args, Io &io)
{
    if (exportNamesSite(args))
        return runExportSite(args, io);
    Arguments a;
    QString error;
    if (!parseArguments(args, &a, &error)) {
        io.err << tr("lectern-cli export: %1").arg(error) << Qt::endl;
        io.err << tr("usage: lectern-cli export FILE --format html|email|text|pdf|card-image|ics|eml [-o OUT] [--site DIR] [--with-header] "
                  "[--inline-images] [--engine auto|jekyll|builtin] [--trust-site]")
               << Qt::endl;
        return BadInput;
    }
    // Refuse before any work: nothing half-written in a folder that is not there.
    if (!a.output.isEmpty() && a.output != QLatin1String("-") && !QFileInfo(a.output).absoluteDir().exists()) {
        io.err << tr("%1: the folder %2 does not exist").arg(a.output, QFileInfo(a.output).absolutePath()) << Qt::endl;
        return BadInput;
    }
    PostFile post;
    if (!PostFile::load(a.file, &post, &error)) {
        io.err << error << Qt::endl;
        return BadInput;
    }
    const QString shown = a.file;
    if (!post.frontMatter().isValid()) {
        for (const Diagnostic &d : post.frontMatter().diagnostics())
            io.err << d.format(shown) << Qt::endl;
        return BadInput;
    }
    auto warn = [&](const QList<ExportWarning> &warnings) {
        for (const ExportWarning &w : warnings) {
            io.err << QStringLiteral("%1:%2:%3: warning: %4")
                          .arg(w.file.isEmpty() ? shown : w.file).arg(w.line).arg(w.column).arg(w.message)
                   << Qt::endl;
        }
    };
    QList<ExportWarning> renderWarnings;
    const QString siteRoot = a.site.isEmpty() ? SitePaths::findSiteRoot(a.file) : a.site;
    ExportInput input = ExportInputs::fromPost(post, a.file, siteRoot, &renderWarnings);
    // auto: the site's Jekyll when it can render the post, else the built-in renderer (and why);
    // jekyll: that or nothing. An untrusted site (no --trust-site) runs in Jekyll's safe mode.
    if (a.engine != QLatin1String("builtin")) {
        QString html;
        QString why;
        if (exactBody(post, a.file, siteRoot, a.trustSite, &html, &why)) {
            input.bodyHtml = html;
            renderWarnings.erase(std::remove_if(renderWarnings.begin(), renderWarnings.end(),
                                                [](const ExportWarning &w) { return w.file.isEmpty(); }),
                                 renderWarnings.end());   // the built-in render's own Liquid warnings
        } else if (a.engine == QLatin1String("jekyll")) {
            io.err << tr("%1: the site's Jekyll cannot render the post: %2").arg(shown, why) << Qt::endl;
            return BadInput;
        } else {
            io.err << tr("%1: note: built-in renderer (the site's Jekyll: %2)").arg(shown, why) << Qt::endl;
        }
    }
    warn(renderWarnings);

    HtmlExport::Options options;
    options.withHeader = a.withHeader;
    QByteArray bytes;
    if (a.format == QLatin1String("pdf") || a.format == QLatin1String("card-image")) {
        return drawAnnouncement(input, a, shown, io);
    } else if (a.format == QLatin1String("ics")) {
        const QString text = HtmlExport::bodyPlainText(input);
        const EventTime time = EventTime::fromPost(input.frontMatter, text, input.site.timezone);
        if (!time.isValid()) {
            io.err << tr("%1: cannot make a calendar event: %2").arg(shown, time.problem()) << Qt::endl;
            return BadInput;
        }
        if (!time.note().isEmpty())
            io.err << tr("%1: warning: %2").arg(shown, time.note()) << Qt::endl;
        if (input.site.url.isEmpty())
            io.err << tr("%1: warning: no url in _config.yml: the event has no link to the post").arg(shown) << Qt::endl;
        const ICalendar::Event event = ICalendar::eventFor(input, time, text);
        bytes = ICalendar::write(time, event);
    } else if (a.format == QLatin1String("eml")) {
        // Always with the header (title, date, image, abstract): the draft is the announcement.
        const SiteAnnounce announce = SiteAnnounce::load(input.site.root);
        if (!announce.problem.isEmpty())
            io.err << tr("%1: warning: the site's announce settings could not be read: %2").arg(shown, announce.problem) << Qt::endl;
        EmailDraft::Options draftOptions;
        draftOptions.subjectPrefix = announce.subjectPrefix;
        draftOptions.to = announce.to;
        draftOptions.inlineImages = a.inlineImages;
        const EmailDraft::Result draft = EmailDraft::fromExport(input, draftOptions);
        warn(draft.warnings);
        for (const QString &missing : draft.missing)
            io.err << tr("%1: warning: %2").arg(shown, missing) << Qt::endl;
        bytes = draft.bytes;
    } else {
        const HtmlExport::Result result = a.format == QLatin1String("email") ? HtmlExport::email(input, options)
                                          : a.format == QLatin1String("text") ? HtmlExport::plainText(input, options)
                                                                                : HtmlExport::snippet(input, options);
        warn(result.warnings);
        bytes = result.text.toUtf8();
    }
    return writeOutput(a.output, bytes, io) ? Ok : BadInput;
}

} // namespace Lectern::Cli
