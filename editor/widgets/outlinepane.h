// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "markdownoutline.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QTimer;

namespace Lectern {

class MarkdownEditor;
class PostDocument;

// The outline of the open post: its body's headings (MarkdownOutline), indented by level. The heading
// of the section holding the editor's cursor is the list's current item. Activating one (click, Enter
// or Return) puts the editor's cursor at the start of its line, centred, gives the editor the focus,
// and emits headingChosen() so the window can scroll the preview there.
//
// Cost: the body is scanned again kDelayMs after the last change (a timer restarted by each change,
// and at once when a post is loaded); 1.4 ms for a 1 MB body with 6,000 headings (bench_outline),
// on a pool thread for a body over kScanInlineChars.
// Items change only where the headings differ (all of them only when their number changes), so
// typing in a paragraph touches no item.
class OutlinePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlinePane)

public:
    static constexpr int kDelayMs = 300;
    static constexpr qsizetype kScanInlineChars = 64 * 1024;

    // DOCUMENT gives the body; EDITOR shows it (its bodyLineOfBlock / blockOfBodyLine map lines).
    OutlinePane(PostDocument *document, MarkdownEditor *editor, QWidget *parent = nullptr);
    ~OutlinePane() override;

    QListWidget *list() const { return m_list; }
    const QList<MarkdownOutline::Heading> &headings() const { return m_headings; }
    // Scans the body now (the timer's job), then marks the cursor's section; a body over
    // kScanInlineChars is scanned on a pool thread and shown when the scan is back.
    void refresh();
    // Whether a scan is waiting for the timer or running on the pool.
    bool isStale() const;
    // Moves the editor to heading ROW of headings() as activating it does; false when out of range.
    bool goToHeading(int row);

Q_SIGNALS:
    // The editor went to the heading at this body line (1-based, the preview's source lines).
    void headingChosen(int line);

protected:
    // The list's tooltips ("Line 12"), made from headings() when shown.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(QList<MarkdownOutline::Heading> headings);
    void markCurrent();

    PostDocument *m_document = nullptr;
    MarkdownEditor *m_editor = nullptr;
    QListWidget *m_list = nullptr;
    QTimer *m_timer = nullptr;
    quint64 m_generation = 0;   // the latest scan; an older one's answer is dropped
    bool m_scanning = false;
    QList<MarkdownOutline::Heading> m_headings;
};

} // namespace Lectern
