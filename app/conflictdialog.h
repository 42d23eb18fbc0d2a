// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "publisher.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Lectern {

// Publish stopped because a colleague changed the same post (PublishResult::Conflict, issue 18):
// for each file both sides changed, who changed it on the remote and when, the front-matter fields
// compared one by one (before both changes, your version, the colleague's), and the body as what
// each side changed since the common version (LineDiff), side by side. Three choices, each one a
// Publisher::resolveConflict (docs/publishing.md): keep theirs (ours kept in a copy), keep mine (a
// new commit on top of theirs), edit both in the post; Decide Later closes with nothing done.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    explicit ConflictDialog(QWidget *parent = nullptr);

    // CONFLICTS: PublishResult::conflicts (at least one). Fills the tabs, one per file.
    void setConflicts(const QList<ConflictFile> &conflicts);
    // The button pressed; empty after Decide Later (or before any).
    std::optional<ConflictChoice> choice() const { return m_choice; }

    // For tests and the keyboard: the three choices and Decide Later.
    QPushButton *keepTheirsButton() const { return m_keepTheirs; }
    QPushButton *keepMineButton() const { return m_keepMine; }
    // Keep My Version's tooltip when it is offered (it is not for a post they moved or deleted).
    static QString keepMineTip();
    QPushButton *editButton() const { return m_edit; }
    QPushButton *laterButton() const { return m_later; }
    QTabWidget *files() const { return m_files; }

    // "title: changed by you and by Ada" … one line per front-matter field that differs, in file
    // order, and "text: …" for the body: what the table shows, as words (also for screen readers).
    static QStringList summary(const ConflictFile &conflict);

Q_SIGNALS:
    void chosen(Lectern::ConflictChoice choice);

private:
    QWidget *page(const ConflictFile &conflict);
    void choose(ConflictChoice choice);

    QLabel *m_intro = nullptr;
    QTabWidget *m_files = nullptr;
    QPushButton *m_keepTheirs = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_later = nullptr;
    std::optional<ConflictChoice> m_choice;
};

} // namespace Lectern
