// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecalendarexport.h"

#include "exportnoticebar.h"

#include "site.h"
#include "siteindex.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QThread>

#include <algorithm>

namespace Lectern {

SiteCalendarExport::SiteCalendarExport(Site *site, QWidget *parent)
    : QObject(parent), m_site(site), m_parent(parent)
{
    m_action = new QAction(tr("Export Site &Calendar…"), this);
    m_action->setStatusTip(tr("Save one calendar with the events of the site's posts, for the site to publish"));
    connect(m_action, &QAction::triggered, this, &SiteCalendarExport::run);
}

SiteCalendarExport::~SiteCalendarExport()
{
    if (m_worker)
        m_worker->wait();
}

void SiteCalendarExport::run()
{
    if (m_site->root().isEmpty() || !m_site->isJekyllSite()) {
        Q_EMIT message(tr("No site calendar: open a post of a Jekyll site first"));
        return;
    }
    if (m_worker) {
        Q_EMIT message(tr("The site calendar is still being written"));
        return;
    }
    // The categories the post list already read (in memory: no disk read here).
    QStringList categories;
    for (const PostEntry &e : m_site->index()->entries()) {
        for (const QString &c : e.categories) {
            if (!categories.contains(c, Qt::CaseInsensitive))
                categories << c;
        }
    }
    std::sort(categories.begin(), categories.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });

    QDialog dialog(m_parent);
    dialog.setWindowTitle(tr("Export Site Calendar"));
    auto *form = new QFormLayout(&dialog);
    auto *category = new QComboBox(&dialog);
    category->addItem(tr("All"), QString());
    for (const QString &c : std::as_const(categories))
        category->addItem(c, c);
    category->setCurrentIndex(std::max(0, category->findData(m_category)));
    form->addRow(tr("&Category:"), category);
    auto *upcoming = new QCheckBox(tr("&Upcoming events only"), &dialog);
    upcoming->setChecked(true);
    form->addRow(upcoming);
    const QString unsaved = m_unsaved ? m_unsaved() : QString();
    if (!unsaved.isEmpty()) {
        auto *note = new QLabel(tr("“%1” has unsaved changes: the calendar is made from the saved posts. "
                                   "Save first to include them.").arg(QFileInfo(unsaved).fileName()), &dialog);
        note->setWordWrap(true);
        form->addRow(note);
    }
    // Wide enough for its title: window managers cut a long title of a narrow dialog.
    dialog.setMinimumWidth(dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) * 2 + 120);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose File…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;

    const QString proposed = QDir(m_site->root()).filePath(QStringLiteral("seminars.ics"));
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Save Site Calendar"), proposed, tr("Calendar (*.ics)"));
    if (path.isEmpty())
        return;
    SiteCalendar::Options options;
    options.category = category->currentData().toString();
    m_category = options.category;
    options.upcomingOnly = upcoming->isChecked();
    exportTo(path, options);
}

void SiteCalendarExport::exportTo(const QString &path, const SiteCalendar::Options &options)
{
    if (m_worker)
        return;
    const QString root = m_site->root();
    m_action->setEnabled(false);
    Q_EMIT message(tr("Writing the site calendar…"));
    m_worker = QThread::create([this, root, path, options] {
        const SiteCalendar::Result result = SiteCalendar::build(root, options);
        QString error = result.error;
        if (error.isEmpty())
            SiteCalendar::write(result, path, &error);
        // This object outlives the thread (the destructor waits), so the queued call is safe.
        QMetaObject::invokeMethod(this, [this, result, path, error] { finish(result, path, error); }, Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start();
}

void SiteCalendarExport::finish(const SiteCalendar::Result &result, const QString &path, const QString &error)
{
    m_worker = nullptr;
    m_action->setEnabled(true);
    if (!error.isEmpty()) {
        const QString text = tr("Site calendar not saved: %1").arg(error);
        Q_EMIT message(text);
        Q_EMIT done(false, text);
        return;
    }
    QString saved = tr("Saved %1: %2 event(s)").arg(QFileInfo(path).fileName()).arg(result.events);
    if (result.past > 0)
        saved += tr(", %1 past left out").arg(result.past);
    QString text = saved;
    QStringList notes;
    if (!result.skipped.isEmpty()) {
        QStringList skipped;
        for (const SiteCalendar::Skipped &s : result.skipped) {
            skipped << tr("%1 (%2)").arg(QFileInfo(s.relativePath).fileName(), s.reason);
            notes << tr("%1 is not in the calendar: %2").arg(QFileInfo(s.relativePath).fileName(), s.reason);
        }
        text += tr("; skipped: %1").arg(skipped.join(QStringLiteral("; ")));
    }
    if (result.events == 0)
        notes << tr("the calendar holds no event; subscribed calendars will show none");
    Q_EMIT message(notes.isEmpty() ? text : ExportNoticeBar::statusLine(saved, true));
    Q_EMIT gaps(saved, notes);
    Q_EMIT done(true, text);
}

} // namespace Lectern
