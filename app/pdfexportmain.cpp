// SPDX-License-Identifier: GPL-3.0-or-later
// lectern-pdf-export: prints sanitised post HTML (read from stdin) to a PDF flyer with WebEngine.
// `lectern-cli export --format pdf` runs it, so the CLI itself stays a light QCoreApplication
// that never loads WebEngine (which would add ~0.4 s to every command's start-up).
#include "pdfexport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");   // no window is ever shown
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.debug=false"));
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lectern-pdf-export"));

    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("PDF file to write"), QStringLiteral("file"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("document title"), QStringLiteral("text"));
    const QCommandLineOption siteUrl(QStringLiteral("site-url"), QStringLiteral("url + baseurl"), QStringLiteral("url"));
    const QCommandLineOption siteRoot(QStringLiteral("site-root"), QStringLiteral("site folder"), QStringLiteral("dir"));
    parser.addOptions({output, title, siteUrl, siteRoot});
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
    const QString html = QString::fromUtf8(in.readAll());

    Lectern::PdfExport pdf;
    int code = 2;
    QObject::connect(&pdf, &Lectern::PdfExport::finished, &app, [&](bool ok, const QString &error) {
        if (!ok)
            err << error << Qt::endl;
        code = ok ? 0 : 2;
        QCoreApplication::quit();
    });
    pdf.print(html, parser.value(title), parser.value(siteUrl), parser.value(siteRoot), parser.value(output),
              Lectern::PdfExport::pageLayoutFor(QLocale()));
    app.exec();
    return code;
}
