// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportmenu.h"

#include "emaildraft.h"
#include "eventtime.h"
#include "exportlocation.h"
#include "exportnoticebar.h"
#include "exporthtml.h"
#include "icalendar.h"
#include "exportinputs.h"
#include "poster.h"
#include "postercontent.h"
#include "postdocument.h"
#include "site.h"
#include "siteannounce.h"
#include "sharingcard.h"
#include "sitepaths.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QUrl>
#include <QThread>

#include <algorithm>
#include <memory>

namespace Lectern {

ExportMenu::ExportMenu(PostDocument *document, QWidget *parent)
    : QMenu(tr("&Export"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("exportMenu"));
    addAction(tr("Copy as &HTML"), this, &ExportMenu::copyHtml);
    addAction(tr("Copy for &E-mail"), this, &ExportMenu::copyEmail);
    addSeparator();
    addAction(tr("Save HTML &Snippet…"), this, &ExportMenu::saveSnippet);
    addAction(tr("&Poster (PDF)…"), this, &ExportMenu::savePoster);
    addAction(tr("Sharing &Image…"), this, &ExportMenu::saveCard);
    addAction(tr("Save &Calendar Event…"), this, &ExportMenu::saveCalendar);
    addSeparator();
    // Two entries rather than an option in the dialog: linked images keep the mail small, attached
    // ones show even where the reader's mail program blocks remote pictures.
    addAction(tr("Save E-mail &Draft…"), this, [this] { saveEmailDraft(false); });
    addAction(tr("Save E-mail Draft with Images &Attached…"), this, [this] { saveEmailDraft(true); });
    // Nothing to export before a post is open.
    connect(this, &QMenu::aboutToShow, this, [this] {
        const bool open = !m_document->path().isEmpty();
        for (QAction *action : actions())
            action->setEnabled(open);
    });
}

ExportMenu::~ExportMenu()
{
    if (m_drawing)
        m_drawing->wait();   // it writes a file the user asked for; let it finish
}

// The same gathering as `lectern-cli export`, from the open post with its unsaved edits.
ExportInput ExportMenu::input(QList<ExportWarning> *warnings) const
{
    const QString path = m_document->path();
    const QString root = SitePaths::findSiteRoot(path);
    const QString exact = m_exactBody ? m_exactBody() : QString();
    QList<ExportWarning> found;
    ExportInput in = m_site && !root.isEmpty() && m_site->root() == QDir(root).absolutePath()
                         ? ExportInputs::fromPost(m_document->post(), path, m_site->config(), &found)
                         : ExportInputs::fromPost(m_document->post(), path, root, &found);
    if (!exact.isNull()) {
        in.bodyHtml = exact;   // the site's Jekyll rendered this very text: the built-in render's warnings do not apply
        found.erase(std::remove_if(found.begin(), found.end(), [](const ExportWarning &w) { return w.file.isEmpty(); }),
                    found.end());
    }
    if (warnings)
        *warnings += found;
    return in;
}

// The confirmation, with the first problem found (file:line:col) so it can be fixed.
QString ExportMenu::withWarning(const QString &done, const QList<ExportWarning> &warnings) const
{
    if (warnings.isEmpty())
        return done;
    const ExportWarning &w = warnings.first();
    const QString file = w.file.isEmpty() ? QFileInfo(m_document->path()).fileName() : w.file;
    return tr("%1 (%2:%3:%4: %5)").arg(done, file).arg(w.line).arg(w.column).arg(w.message);
}

void ExportMenu::copyHtml()
{
    HtmlExport::Options options;
    options.withHeader = true;
    QList<ExportWarning> warnings;
    const ExportInput in = input(&warnings);
    const HtmlExport::Result html = HtmlExport::snippet(in, options);
    auto *mime = new QMimeData;
    mime->setHtml(html.text);
    mime->setText(html.text);   // pasted into a code field, the markup itself is wanted
    QGuiApplication::clipboard()->setMimeData(mime);
    Q_EMIT message(withWarning(tr("Copied as HTML"), warnings + html.warnings));
}

void ExportMenu::copyEmail()
{
    QList<ExportWarning> warnings;
    const ExportInput in = input(&warnings);
    HtmlExport::Options options;
    options.withHeader = true;
    const HtmlExport::Result html = HtmlExport::email(in, options);
    auto *mime = new QMimeData;
    mime->setHtml(html.text);
    mime->setText(HtmlExport::plainText(in, options).text);
    QGuiApplication::clipboard()->setMimeData(mime);
    Q_EMIT message(withWarning(tr("Copied for e-mail: paste into a message"), warnings + html.warnings));
}

QString ExportMenu::askPath(const QString &title, const QString &suffix, const QString &filter, const QString &baseName)
{
    // The last export folder or Documents, never the post's own _posts/ (issue 15).
    const QFileInfo post(m_document->path());
    const QString proposed = QDir(ExportLocation::startFolder())
                                 .filePath((baseName.isEmpty() ? post.completeBaseName() : baseName) + suffix);
    const QString path = QFileDialog::getSaveFileName(parentWidget(), title, proposed, filter);
    if (path.isEmpty())
        return QString();
    const QString site = ExportLocation::siteHolding(path);
    if (!site.isEmpty()) {
        const QString folder = QDir(site).relativeFilePath(QFileInfo(path).absolutePath());
        const auto answer = QMessageBox::question(
            parentWidget(), tr("Save into the site?"),
            tr("“%1” is inside the Jekyll site %2 (folder %3). Jekyll publishes what is there with the site, "
               "and a file in _posts/ or _drafts/ becomes a post.\n\nSave the export there anyway?")
                .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(site),
                     folder == QLatin1String(".") ? tr("the site's top folder") : folder + QLatin1Char('/')),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Save) {
            Q_EMIT message(tr("Export not saved"));
            return QString();
        }
    }
    ExportLocation::remember(path);
    return path;
}

bool ExportMenu::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        Q_EMIT message(tr("Not saved: %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;   // the caller confirms, with any warning
}

void ExportMenu::saveSnippet()
{
    const QString path = askPath(tr("Save HTML Snippet"), QStringLiteral(".html"), tr("HTML (*.html)"));
    if (path.isEmpty())
        return;
    HtmlExport::Options options;
    options.withHeader = true;
    QList<ExportWarning> warnings;
    const HtmlExport::Result html = HtmlExport::snippet(input(&warnings), options);
    if (write(path, html.text.toUtf8()))
        Q_EMIT message(withWarning(tr("Saved %1").arg(QFileInfo(path).fileName()), warnings + html.warnings));
}

void ExportMenu::savePoster()
{
    saveAnnouncement(false);
}

void ExportMenu::saveCard()
{
    saveAnnouncement(true);
}

// Gathered here (the unsaved text), drawn on a worker thread: reading the image and laying out a
// long abstract must not hold up typing. The status bar says what the post did not give.
void ExportMenu::saveAnnouncement(bool card)
{
    if (m_drawing) {
        Q_EMIT message(tr("Still drawing the previous export"));
        return;
    }
    const QString path = card ? askPath(tr("Save Sharing Image"), QStringLiteral(".png"), tr("PNG image (*.png)"))
                              : askPath(tr("Save Poster"), QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QList<ExportWarning> warnings;
    const ExportInput in = input(&warnings);
    const QPageLayout page = Poster::pageLayoutFor(QLocale());
    struct Outcome
    {
        bool ok = false;
        QString error;
        QStringList missing;
    };
    auto outcome = std::make_shared<Outcome>();
    m_drawing = QThread::create([in, path, page, card, outcome] {
        const PosterContent content = PosterContent::fromInput(in);
        outcome->missing = content.missing + (card ? QStringList() : content.missingOnPoster);
        outcome->ok = card ? SharingCard::writePng(content, path, &outcome->error, &outcome->missing)
                           : Poster::writePdf(content, path, page, &outcome->error, &outcome->missing);
    });
    connect(m_drawing, &QThread::finished, m_drawing, &QObject::deleteLater);
    connect(m_drawing, &QThread::finished, this, [this, path, card, outcome, warnings] {
        if (!outcome->ok) {
            Q_EMIT message(tr("Not saved: %1").arg(outcome->error));
            return;
        }
        const QString done = card ? tr("Sharing image saved: %1").arg(QFileInfo(path).fileName())
                                  : tr("Poster saved: %1").arg(QFileInfo(path).fileName());
        Q_EMIT message(outcome->missing.isEmpty() ? withWarning(done, warnings)
                                                  : ExportNoticeBar::statusLine(done, true));
        Q_EMIT gaps(done, outcome->missing);
    });
    m_drawing->start();
    Q_EMIT message(card ? tr("Drawing the sharing image…") : tr("Drawing the poster…"));
}

void ExportMenu::saveCalendar()
{
    QList<ExportWarning> warnings;
    const ExportInput in = input(&warnings);
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
    const ICalendar::Event event = ICalendar::eventFor(in, time, text);
    if (!write(path, ICalendar::write(time, event)))
        return;
    const QString done = tr("Saved %1").arg(QFileInfo(path).fileName());
    QStringList notes;
    if (!time.note().isEmpty())
        notes << time.note();
    if (in.site.url.isEmpty())
        notes << tr("no url in _config.yml: the event has no link to the post");
    Q_EMIT message(withWarning(ExportNoticeBar::statusLine(done, !notes.isEmpty()), warnings));
    Q_EMIT gaps(done, notes);
}

void ExportMenu::saveEmailDraft(bool inlineImages)
{
    QList<ExportWarning> warnings;
    const ExportInput in = input(&warnings);
    const QString path = askPath(inlineImages ? tr("Save E-mail Draft with Images Attached") : tr("Save E-mail Draft"),
                                 QStringLiteral(".eml"), tr("E-mail message (*.eml)"), in.slug());
    if (path.isEmpty())
        return;
    const SiteAnnounce announce = SiteAnnounce::load(in.site.root);
    EmailDraft::Options options;
    options.subjectPrefix = announce.subjectPrefix;
    options.to = announce.to;
    options.inlineImages = inlineImages;
    const EmailDraft::Result draft = EmailDraft::fromExport(in, options);
    if (!write(path, draft.bytes))
        return;
    // What the draft lacks comes first: the user fixes that before sending.
    QStringList missing = draft.missing;
    if (!announce.problem.isEmpty())
        missing.prepend(tr("the site's announce settings could not be read: %1").arg(announce.problem));
    const QString done = tr("Saved %1").arg(QFileInfo(path).fileName());
    Q_EMIT message(withWarning(ExportNoticeBar::statusLine(done, !missing.isEmpty()),
                               warnings + draft.warnings));
    Q_EMIT gaps(done, missing);
    offerToOpen(path);
}

// The desktop opens .eml files with the mail program, which shows an X-Unsent message ready to send.
void ExportMenu::offerToOpen(const QString &path)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("E-mail Draft Saved"),
                                tr("Open “%1” in your mail program to send it?").arg(QFileInfo(path).fileName()),
                                QMessageBox::Open | QMessageBox::Close, parentWidget());
    box->setObjectName(QStringLiteral("openDraftQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Open);
    connect(box, &QMessageBox::finished, this, [this, box, path] {
        if (box->clickedButton() == box->button(QMessageBox::Open) && !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            Q_EMIT message(tr("No mail program opened %1").arg(QFileInfo(path).fileName()));
    });
    box->open();
}

} // namespace Lectern
