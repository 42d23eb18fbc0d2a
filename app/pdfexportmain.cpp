// SPDX-License-Identifier: GPL-3.0-or-later
// lectern-pdf-export: draws the seminar poster (PDF) or the sharing image (PNG) of issue 19 from a
// PosterContent read as JSON on stdin. `lectern-cli export --format pdf|card-image` runs it, so the
// CLI itself stays a light QCoreApplication that never loads Qt Gui's fonts and painting.
#include "poster.h"
#include "postercontent.h"
#include "sharingcard.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");   // no window is ever shown
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lectern-pdf-export"));

    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("file to write"), QStringLiteral("file"));
    const QCommandLineOption card(QStringLiteral("card"), QStringLiteral("a 1200x630 PNG sharing image instead of the PDF poster"));
    parser.addOptions({output, card});
    parser.process(app);
    QTextStream err(stderr);
    if (parser.value(output).isEmpty()) {
        err << "lectern-pdf-export: --output is required" << Qt::endl;
        return 2;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << "lectern-pdf-export: cannot read standard input" << Qt::endl;
        return 2;
    }
    const Lectern::PosterContent content = Lectern::PosterContent::fromJson(in.readAll());
    QString error;
    QStringList notes;
    const bool ok = parser.isSet(card)
                        ? Lectern::SharingCard::writePng(content, parser.value(output), &error, &notes)
                        : Lectern::Poster::writePdf(content, parser.value(output), Lectern::Poster::pageLayoutFor(QLocale()),
                                                    &error, &notes);
    for (const QString &note : std::as_const(notes))
        err << "note: " << note << Qt::endl;   // the CLI shows these as warnings
    if (!ok)
        err << error << Qt::endl;
    return ok ? 0 : 2;
}
