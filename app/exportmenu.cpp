// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportmenu.h"

#include "eventtime.h"
#include "exporthtml.h"
#include "icalendar.h"
#include "markdownrenderer.h"
#include "pdfexport.h"
#include "postdocument.h"
#include "siteconfig.h"
#include "sitepaths.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMimeData>
#include <QSaveFile>

namespace Lectern {

ExportMenu::ExportMenu(PostDocument *document, QWidget *parent)
    : QMenu(tr("&Export"), parent)
    , m_document(document)
    , m_pdf(new PdfExport(this))
{
    setObjectName(QStringLiteral("exportMenu"));
    addAction(tr("Copy as &HTML"), this, &ExportMenu::copyHtml);
    addAction(tr("Copy for &E-mail"), this, &ExportMenu::copyEmail);
    addSeparator();
    addAction(tr("Save HTML &Snippet…"), this, &ExportMenu::saveSnippet);
    addAction(tr("Save &PDF…"), this, &ExportMenu::savePdf);
    addAction(tr("Save &Calendar Event…"), this, &ExportMenu::saveCalendar);
    connect(m_pdf, &PdfExport::finished, this, [this](bool ok, const QString &error) {
        Q_EMIT message(ok ? tr("PDF flyer saved") : tr("PDF not saved: %1").arg(error));
    });
    // Nothing to export before a post is open.
    connect(this, &QMenu::aboutToShow, this, [this] {
        const bool open = !m_document->path().isEmpty();
        for (QAction *action : actions())
            action->setEnabled(open);
    });
}

ExportMenu::~ExportMenu() = default;

// The same gathering as `lectern-cli export`: site defaults under the post's front matter.
ExportInput ExportMenu::input() const
{
    ExportInput in;
    const QString path = m_document->path();
    const QString root = SitePaths::findSiteRoot(path);
    if (!root.isEmpty()) {
        const SiteConfig config = SiteConfig::load(root);
        in.site.url = config.url();
        in.site.baseurl = config.baseurl();
        in.site.permalink = config.permalink();
        in.site.timezone = config.timezone();
        in.site.root = config.root();
        in.frontMatter = config.defaultsFor(QDir(root).relativeFilePath(path), QStringLiteral("posts"));
    }
    const FrontMatter &fm = m_document->post().frontMatter();
    for (const QString &key : fm.keys())
        in.frontMatter.insert(key, fm.value(key));
    in.fileName = QFileInfo(path).fileName();
    in.bodySource = m_document->body();
    in.bodyFirstLine = m_document->post().bodyFirstLine();
    in.bodyHtml = MarkdownRenderer::toHtml(in.bodySource);
    return in;
}

void ExportMenu::copyHtml()
{
    HtmlExport::Options options;
    options.withHeader = true;
    const HtmlExport::Result html = HtmlExport::snippet(input(), options);
    auto *mime = new QMimeData;
    mime->setHtml(html.text);
    mime->setText(html.text);   // pasted into a code field, the markup itself is wanted
    QGuiApplication::clipboard()->setMimeData(mime);
    Q_EMIT message(html.warnings.isEmpty() ? tr("Copied as HTML")
                                           : tr("Copied as HTML (%1)").arg(html.warnings.first().message));
}

void ExportMenu::copyEmail()
{
    const ExportInput in = input();
    HtmlExport::Options options;
    options.withHeader = true;
    const HtmlExport::Result html = HtmlExport::email(in, options);
    auto *mime = new QMimeData;
    mime->setHtml(html.text);
    mime->setText(HtmlExport::plainText(in, options).text);
    QGuiApplication::clipboard()->setMimeData(mime);
    Q_EMIT message(tr("Copied for e-mail: paste into a message"));
}

QString ExportMenu::askPath(const QString &title, const QString &suffix, const QString &filter)
{
    const QFileInfo post(m_document->path());
    const QString proposed = post.absoluteDir().filePath(post.completeBaseName() + suffix);
    return QFileDialog::getSaveFileName(parentWidget(), title, proposed, filter);
}

bool ExportMenu::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Q_EMIT message(tr("Not saved: %1: %2").arg(path, file.errorString()));
        return false;
    }
    Q_EMIT message(tr("Saved %1").arg(QFileInfo(path).fileName()));
    return true;
}

void ExportMenu::saveSnippet()
{
    const QString path = askPath(tr("Save HTML Snippet"), QStringLiteral(".html"), tr("HTML (*.html)"));
    if (path.isEmpty())
        return;
    HtmlExport::Options options;
    options.withHeader = true;
    write(path, HtmlExport::snippet(input(), options).text.toUtf8());
}

void ExportMenu::savePdf()
{
    const QString path = askPath(tr("Save PDF Flyer"), QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const ExportInput in = input();
    HtmlExport::Options options;
    options.withHeader = true;
    m_pdf->print(HtmlExport::snippet(in, options).text, in.title(), in.site.url + in.site.baseurl, in.site.root, path,
                 PdfExport::pageLayoutFor(QLocale()));
    Q_EMIT message(tr("Printing the PDF flyer…"));
}

void ExportMenu::saveCalendar()
{
    const ExportInput in = input();
    const QString text = HtmlExport::bodyPlainText(in);
    const EventTime time = EventTime::fromPost(in.frontMatter, text, in.site.timezone);
    if (!time.isValid()) {
        // Say why rather than guess a time.
        Q_EMIT message(tr("No calendar event: %1").arg(time.problem()));
        return;
    }
    const QString path = askPath(tr("Save Calendar Event"), QStringLiteral(".ics"), tr("Calendar (*.ics)"));
    if (path.isEmpty())
        return;
    ICalendar::Event event;
    event.summary = in.title();
    event.location = time.location();
    event.description = text;
    event.url = in.publicUrl();
    write(path, ICalendar::write(time, event));
}

} // namespace Lectern
