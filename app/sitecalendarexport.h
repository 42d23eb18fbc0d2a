// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sitecalendar.h"

#include <QObject>

#include <functional>

class QAction;
class QThread;
class QWidget;

namespace Lectern {

class Site;

// File → Export Site Calendar… (issue 19): asks for a category and upcoming-only, proposes
// seminars.ics in the site's top folder (the site publishes it), then builds and writes the feed
// on a worker thread (it reads every post: never on the GUI thread) and says in the status bar
// how many events it holds and which posts were skipped and why.
class SiteCalendarExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteCalendarExport)

public:
    // site: the window's open site, not owned; parent: the window, for the dialogs.
    SiteCalendarExport(Site *site, QWidget *parent);
    ~SiteCalendarExport() override;   // waits for a running export

    QAction *action() const { return m_action; }
    // UNSAVED gives the path of the open post when it has unsaved edits, else empty: the dialog
    // then says that the feed is made from the saved files (it reads every post from disk).
    void setUnsavedPost(std::function<QString()> unsaved) { m_unsaved = std::move(unsaved); }
    // Builds the feed of the open site with OPTIONS and writes it to PATH (and the sequence file)
    // on a worker; emits done() with the status text. No dialogs: the action's last step, and the tests'.
    void exportTo(const QString &path, const SiteCalendar::Options &options);
    bool isRunning() const { return m_worker != nullptr; }

Q_SIGNALS:
    // A short confirmation or problem for the status bar.
    void message(const QString &text);
    // An export started by exportTo() ended; ok false when nothing was written.
    void done(bool ok, const QString &text);
    // After a written feed: DONE ("Saved seminars.ics: 2 event(s)") and what the user should know,
    // one sentence each (each skipped post and why, an empty feed), for ExportNoticeBar.
    void gaps(const QString &done, const QStringList &notes);

private:
    void run();
    void finish(const SiteCalendar::Result &result, const QString &path, const QString &error);

    Site *m_site = nullptr;
    QWidget *m_parent = nullptr;
    QAction *m_action = nullptr;
    QThread *m_worker = nullptr;
    std::function<QString()> m_unsaved;
    QString m_category;   // the last category chosen, offered again
};

} // namespace Lectern
