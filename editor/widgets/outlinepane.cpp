// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlinepane.h"

#include "markdowneditor.h"
#include "postdocument.h"

#include <QLabel>
#include <QListWidget>
#include <QTextBlock>
#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <QToolTip>
#include <QHelpEvent>
#include <QVBoxLayout>

namespace Lectern {

OutlinePane::OutlinePane(PostDocument *document, MarkdownEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_editor(editor)
    , m_list(new QListWidget(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("outlinePane"));
    setAccessibleName(tr("Outline"));
    m_list->setObjectName(QStringLiteral("outlineList"));
    m_list->setAccessibleName(tr("Outline: the post's headings"));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *title = new QLabel(tr("O&utline"), this);
    title->setBuddy(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_timer, &QTimer::timeout, this, &OutlinePane::refresh);
    connect(m_document, &PostDocument::bodyChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_document, &PostDocument::loaded, this, &OutlinePane::refresh);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &OutlinePane::markCurrent);
    // A click, or Enter/Return (itemActivated), goes there; moving through the list with arrows does not.
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { goToHeading(m_list->row(item)); });
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { goToHeading(m_list->row(item)); });
    m_list->viewport()->installEventFilter(this);
    refresh();
}

OutlinePane::~OutlinePane() = default;

bool OutlinePane::eventFilter(QObject *watched, QEvent *event)
{
    // The tooltip ("Line 12") is made when asked: typing a line above the headings changes every
    // heading's line, and setting thousands of items' tooltips per pause would stall the window.
    if (watched == m_list->viewport() && event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = m_list->indexAt(help->pos()).row();
        if (row >= 0 && row < m_headings.size())
            QToolTip::showText(help->globalPos(), tr("Line %1").arg(m_headings.at(row).line), m_list->viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool OutlinePane::isStale() const
{
    return m_timer->isActive() || m_scanning;
}

void OutlinePane::refresh()
{
    m_timer->stop();
    const QString body = m_document->body();   // shared, not copied
    const quint64 generation = ++m_generation;
    if (body.size() <= kScanInlineChars) {
        m_scanning = false;
        apply(MarkdownOutline::headings(body));
        return;
    }
    // A long body is scanned on a pool thread: a 1 MB body's scan fell in the same turn as the other
    // timers that wait for typing to pause (spelling, counts). The answer comes back through the
    // application object, which outlives the pool's jobs (~QCoreApplication waits for them).
    m_scanning = true;
    QThreadPool::globalInstance()->start([self = QPointer<OutlinePane>(this), body, generation] {
        QList<MarkdownOutline::Heading> headings = MarkdownOutline::headings(body);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, headings = std::move(headings), generation]() mutable {
            if (!self || generation != self->m_generation)
                return;
            self->m_scanning = false;
            self->apply(std::move(headings));
        }, Qt::QueuedConnection);
    });
}

void OutlinePane::apply(QList<MarkdownOutline::Heading> headings)
{
    if (headings != m_headings) {
        const QSignalBlocker blocker(m_list);
        // The same number of headings (a heading typed in, lines added above): the items change in place.
        if (headings.size() != m_headings.size())
            m_list->clear();
        for (qsizetype i = 0; i < headings.size(); ++i) {
            const MarkdownOutline::Heading &h = headings.at(i);
            // Lines moved (a line typed above): the item is the same, its line is read from m_headings.
            if (i < m_headings.size() && m_list->count() > i && h.level == m_headings.at(i).level
                && h.text == m_headings.at(i).text)
                continue;
            QListWidgetItem *item = m_list->count() > i ? m_list->item(int(i)) : new QListWidgetItem(m_list);
            const QString text = h.text.isEmpty() ? tr("(empty heading)") : h.text;
            item->setText(QString(2 * (h.level - 1), QLatin1Char(' ')) + text);
            item->setData(Qt::AccessibleTextRole, tr("%1, heading level %2").arg(text).arg(h.level));
            QFont font = item->font();
            font.setBold(h.level == 1);
            item->setFont(font);
        }
        m_headings = std::move(headings);
    }
    markCurrent();
}

void OutlinePane::markCurrent()
{
    const int line = m_editor->bodyLineOfBlock(m_editor->textCursor().blockNumber());
    const int row = MarkdownOutline::sectionAt(m_headings, line);
    if (row == m_list->currentRow())
        return;
    const QSignalBlocker blocker(m_list);
    if (row < 0) {
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    } else {
        m_list->setCurrentRow(row);
        m_list->scrollToItem(m_list->item(row));
    }
    m_list->viewport()->update();
}

bool OutlinePane::goToHeading(int row)
{
    if (row < 0 || row >= m_headings.size())
        return false;
    const int line = m_headings.at(row).line;
    const QTextBlock block = m_editor->document()->findBlockByNumber(m_editor->blockOfBodyLine(line));
    if (!block.isValid())
        return false;
    m_editor->setTextCursor(QTextCursor(block));
    m_editor->centerCursor();
    m_editor->setFocus(Qt::OtherFocusReason);
    Q_EMIT headingChosen(line);
    return true;
}

} // namespace Lectern
