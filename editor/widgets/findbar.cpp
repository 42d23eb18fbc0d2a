// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include "exacttext.h"
#include "findpattern.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>

namespace Lectern {

namespace {

// Marks the bar's own extra selections, so the view's others (the YAML view's error marks) stay.
constexpr int kOwnMark = QTextFormat::UserProperty + 0x46b;

QList<QKeySequence> withExtra(QKeySequence::StandardKey key, const QList<QKeySequence> &extra)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    for (const QKeySequence &k : extra) {
        if (!keys.contains(k))
            keys.append(k);
    }
    return keys;
}

} // namespace

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    // Compact toggles, as Kate's search bar has: the bar shares the editor's column with the preview.
    , m_case(new QToolButton(this))
    , m_words(new QToolButton(this))
    , m_regex(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_research(new QTimer(this))
{
    setObjectName(QStringLiteral("findBar"));
    m_search->setObjectName(QStringLiteral("findText"));
    m_replace->setObjectName(QStringLiteral("replaceText"));
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_search->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_search->setClearButtonEnabled(true);
    // Narrow minimums: opening the bar must not widen the editor's column at the preview's cost. No
    // "Find:" and "Replace:" labels (Kate's bar has none): the placeholders and accessible names say
    // it, and Ctrl+F and Ctrl+H reach the fields.
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 7);
    m_replace->setMinimumWidth(m_search->minimumWidth());
    // The status ("3 of 12", "Matches replaced: 2", a pattern's error) takes the room the row has, never
    // asks for more: a longer text would otherwise widen the bar, and the splitter would move the
    // editor's and preview's edges while the user types. A clipped text is whole in the tooltip. (A
    // minimum width of its own replaces the label's minimum, which is its whole text.)
    m_status->setMinimumWidth(m_status->fontMetrics().horizontalAdvance(QStringLiteral("0 of 0")));
    // Arrows, as Kate's bar has: the column under the editor is narrow, and the field needs the room.
    auto *previous = new QToolButton(this);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+F3, Shift+Enter)"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (F3, Enter)"));
    m_replaceButton = new QPushButton(tr("&Replace"), this);
    m_replaceAllButton = new QPushButton(tr("Replace &All"), this);
    previous->setObjectName(QStringLiteral("findPreviousButton"));
    next->setObjectName(QStringLiteral("findNextButton"));
    m_replaceButton->setObjectName(QStringLiteral("replaceButton"));
    m_replaceAllButton->setObjectName(QStringLiteral("replaceAllButton"));
    auto *close = new QToolButton(this);
    close->setText(QString(QChar(0x00D7)));   // ×
    close->setToolTip(tr("Close (Escape)"));
    close->setAutoRaise(true);
    m_search->setAccessibleName(tr("Find"));
    m_replace->setAccessibleName(tr("Replace with"));
    previous->setAccessibleName(tr("Previous match"));
    next->setAccessibleName(tr("Next match"));
    close->setAccessibleName(tr("Close the find bar"));
    for (QWidget *w : {static_cast<QWidget *>(previous), static_cast<QWidget *>(next), static_cast<QWidget *>(m_replaceButton),
                       static_cast<QWidget *>(m_replaceAllButton), static_cast<QWidget *>(close)})
        w->setFocusPolicy(Qt::TabFocus);   // a click keeps the focus in the field being typed in

    // Kate's layout: the find row holds the field, the arrows, the option toggles, the count and Close;
    // the replace row (when shown) the field and its two buttons. Two rows at most, nothing truncated
    // in the editor's column of a 1280-pixel window.
    const struct { QToolButton *button; QString glyph; QString name; QKeySequence key; } named[] = {
        {m_case, QStringLiteral("Aa"), tr("Match case (Alt+C)"), QKeySequence(Qt::ALT | Qt::Key_C)},
        {m_words, QStringLiteral("|ab|"), tr("Whole words (Alt+W)"), QKeySequence(Qt::ALT | Qt::Key_W)},
        {m_regex, QStringLiteral(".*"), tr("Regular expression (Alt+X)"), QKeySequence(Qt::ALT | Qt::Key_X)}};
    for (const auto &n : named) {
        n.button->setText(n.glyph);
        n.button->setCheckable(true);
        n.button->setAutoRaise(true);
        n.button->setShortcut(n.key);
        n.button->setToolTip(n.name);
        n.button->setAccessibleName(n.name.section(QLatin1String(" ("), 0, 0));
        n.button->setFocusPolicy(Qt::TabFocus);
    }
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 2, 4, 2);
    grid->setVerticalSpacing(2);
    grid->setHorizontalSpacing(4);
    grid->addWidget(m_search, 0, 0);
    auto *findTools = new QHBoxLayout;
    findTools->setSpacing(0);
    for (QWidget *w : {static_cast<QWidget *>(previous), static_cast<QWidget *>(next), static_cast<QWidget *>(m_case),
                       static_cast<QWidget *>(m_words), static_cast<QWidget *>(m_regex)})
        findTools->addWidget(w);
    findTools->addSpacing(4);
    findTools->addWidget(m_status, 1);   // all the room the row has left, Close at its end
    findTools->addWidget(close);
    grid->addLayout(findTools, 0, 1);
    grid->addWidget(m_replace, 1, 0);
    auto *replaceButtons = new QHBoxLayout;
    replaceButtons->addWidget(m_replaceButton);
    replaceButtons->addWidget(m_replaceAllButton);
    replaceButtons->addStretch(1);
    grid->addLayout(replaceButtons, 1, 1);
    grid->setColumnStretch(0, 1);

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcuts(QKeySequence::Find);
    m_replaceAction = new QAction(tr("&Replace…"), this);
    m_replaceAction->setShortcuts(withExtra(QKeySequence::Replace, {QKeySequence(Qt::CTRL | Qt::Key_H), QKeySequence(Qt::CTRL | Qt::Key_R)}));
    m_nextAction = new QAction(tr("Find &Next"), this);
    m_nextAction->setShortcuts(withExtra(QKeySequence::FindNext, {QKeySequence(Qt::Key_F3)}));
    m_previousAction = new QAction(tr("Find Pre&vious"), this);
    m_previousAction->setShortcuts(withExtra(QKeySequence::FindPrevious, {QKeySequence(Qt::SHIFT | Qt::Key_F3)}));
    connect(m_findAction, &QAction::triggered, this, &FindBar::openFind);
    connect(m_replaceAction, &QAction::triggered, this, &FindBar::openReplace);
    connect(m_nextAction, &QAction::triggered, this, &FindBar::findNext);
    connect(m_previousAction, &QAction::triggered, this, &FindBar::findPrevious);

    connect(m_search, &QLineEdit::textEdited, this, [this] { research(true); });
    for (QToolButton *button : {m_case, m_words, m_regex})
        connect(button, &QToolButton::toggled, this, [this] { research(true); });
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &FindBar::closeBar);
    m_search->installEventFilter(this);
    m_replace->installEventFilter(this);

    // An edit in the view searches again after a pause: typing in a 1 MB body stays O(keystroke).
    m_research->setSingleShot(true);
    m_research->setInterval(kResearchDelayMs);
    connect(m_research, &QTimer::timeout, this, [this] { research(false); });
    hide();
}

FindBar::~FindBar() = default;

void FindBar::addTarget(QWidget *edit)
{
    if (!qobject_cast<QPlainTextEdit *>(edit) && !qobject_cast<QTextEdit *>(edit))
        return;
    m_targets.append(edit);
    edit->installEventFilter(this);
    if (!m_target)
        setTarget(edit);
}

void FindBar::setTarget(QWidget *edit)
{
    if (edit == m_target)
        return;
    if (m_target) {
        clearHighlights(m_target);
        disconnect(targetDocument(), nullptr, this, nullptr);
        auto *area = static_cast<QAbstractScrollArea *>(m_target.data());
        disconnect(area, nullptr, this, nullptr);
        disconnect(area->verticalScrollBar(), nullptr, this, nullptr);
        disconnect(area->horizontalScrollBar(), nullptr, this, nullptr);
    }
    m_target = edit;
    m_textStale = true;
    m_matches.clear();
    if (!m_target)
        return;
    connect(targetDocument(), &QTextDocument::contentsChange, this, [this] {
        m_textStale = true;
        if (isVisible())
            m_research->start();
    });
    auto *area = static_cast<QAbstractScrollArea *>(m_target.data());
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_target)) {
        connect(plain, &QPlainTextEdit::cursorPositionChanged, this, &FindBar::updateStatus);
        // QPlainTextEdit moves its scroll bar with signals blocked when it follows the cursor.
        connect(plain, &QPlainTextEdit::updateRequest, this, [this](const QRect &, int dy) {
            if (dy != 0 && isVisible())
                highlight();
        });
    } else if (auto *rich = qobject_cast<QTextEdit *>(m_target)) {
        connect(rich, &QTextEdit::cursorPositionChanged, this, &FindBar::updateStatus);
    }
    for (QScrollBar *bar : {area->verticalScrollBar(), area->horizontalScrollBar()}) {
        connect(bar, &QScrollBar::valueChanged, this, [this] {
            if (isVisible())
                highlight();
        });
    }
    if (isVisible())
        research(false);
}

QTextDocument *FindBar::targetDocument() const
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_target))
        return plain->document();
    if (auto *rich = qobject_cast<QTextEdit *>(m_target))
        return rich->document();
    return nullptr;
}

QTextCursor FindBar::targetCursor() const
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_target))
        return plain->textCursor();
    if (auto *rich = qobject_cast<QTextEdit *>(m_target))
        return rich->textCursor();
    return {};
}

void FindBar::setTargetCursor(const QTextCursor &cursor)
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_target)) {
        plain->setTextCursor(cursor);
        plain->ensureCursorVisible();
    } else if (auto *rich = qobject_cast<QTextEdit *>(m_target)) {
        rich->setTextCursor(cursor);
        rich->ensureCursorVisible();
    }
}

bool FindBar::targetReadOnly() const
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_target))
        return plain->isReadOnly();
    if (auto *rich = qobject_cast<QTextEdit *>(m_target))
        return rich->isReadOnly();
    return true;
}

QList<QTextEdit::ExtraSelection> FindBar::targetSelections() const
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_target))
        return plain->extraSelections();
    if (auto *rich = qobject_cast<QTextEdit *>(m_target))
        return rich->extraSelections();
    return {};
}

void FindBar::setTargetSelections(const QList<QTextEdit::ExtraSelection> &selections)
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(m_target))
        plain->setExtraSelections(selections);
    else if (auto *rich = qobject_cast<QTextEdit *>(m_target))
        rich->setExtraSelections(selections);
}

void FindBar::openFind()
{
    open(false);
}

void FindBar::openReplace()
{
    open(true);
}

void FindBar::open(bool withReplace)
{
    for (QWidget *w : {static_cast<QWidget *>(m_replace),
                       static_cast<QWidget *>(m_replaceButton), static_cast<QWidget *>(m_replaceAllButton)})
        w->setVisible(withReplace);
    const QTextCursor cursor = targetCursor();
    const QString selected = cursor.selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator) && !selected.contains(QChar::LineSeparator))
        m_search->setText(m_regex->isChecked() ? QRegularExpression::escape(selected) : selected);
    m_searchStart = cursor.selectionStart();
    show();
    m_search->selectAll();
    m_search->setFocus(Qt::ShortcutFocusReason);
    research(true);
}

void FindBar::closeBar()
{
    m_research->stop();
    // Focus first: hiding the bar with the focus in it would pass the focus (and so the target) on.
    if (m_target) {
        m_target->setFocus(Qt::OtherFocusReason);
        clearHighlights(m_target);
    }
    hide();
}

void FindBar::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
}

void FindBar::beginStep(const QString &label)
{
    if (m_undoStack)
        m_undoStack->beginMacro(label);
}

void FindBar::endStep()
{
    if (m_undoStack)
        m_undoStack->endMacro();
}

bool FindBar::compile()
{
    const QString typed = m_search->text();
    int errorAt = 0;
    const QRegularExpression pattern = findPattern(typed, m_case->isChecked(), m_words->isChecked(), m_regex->isChecked(), &m_error, &errorAt);
    if (!m_error.isEmpty()) {
        m_error = tr("Error at character %1: %2").arg(errorAt + 1).arg(m_error);
        m_pattern = QRegularExpression();
        return false;
    }
    if (m_pattern.pattern() != pattern.pattern() || m_pattern.patternOptions() != pattern.patternOptions()) {
        m_pattern = pattern;
        m_pattern.optimize();
    }
    return m_pattern.isValid() && !typed.isEmpty();
}

const QString &FindBar::text()
{
    if (m_textStale) {
        const QTextDocument *document = targetDocument();
        m_text = document ? exactText(document) : QString();
        m_textStale = false;
    }
    return m_text;
}

QRegularExpressionMatch FindBar::matchFrom(qsizetype from)
{
    const QString &haystack = text();
    // Empty matches (a bare "^" or "x*") are skipped: there is nothing to select or highlight.
    for (qsizetype at = from; at <= haystack.size(); ++at) {
        QRegularExpressionMatch m = m_pattern.match(haystack, at);
        if (!m.hasMatch())
            return m;
        if (m.capturedLength() > 0)
            return m;
        at = m.capturedStart();
    }
    return {};
}

void FindBar::research(bool selectFirst)
{
    m_research->stop();
    m_matches.clear();
    m_capped = false;
    if (compile() && m_target) {
        const QString &haystack = text();
        QRegularExpressionMatchIterator it = m_pattern.globalMatch(haystack);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0)
                continue;
            if (m_matches.size() == kMaxHighlights) {
                m_capped = true;
                break;
            }
            m_matches.append({m.capturedStart(), m.capturedEnd()});
        }
        if (selectFirst) {
            const auto first = std::find_if(m_matches.cbegin(), m_matches.cend(), [this](const Match &m) { return m.start >= m_searchStart; });
            if (first != m_matches.cend()) {
                select(first->start, first->end);
                return;
            }
            const QRegularExpressionMatch later = m_capped ? matchFrom(m_searchStart) : QRegularExpressionMatch();
            if (later.hasMatch()) {
                select(later.capturedStart(), later.capturedEnd());
                return;
            }
            if (!m_matches.isEmpty()) {
                select(m_matches.first().start, m_matches.first().end);   // wrapped round
                return;
            }
            QTextCursor cursor = targetCursor();
            cursor.setPosition(int(std::min<qsizetype>(m_searchStart, haystack.size())));
            setTargetCursor(cursor);
        }
    }
    highlight();
    updateStatus();
}

void FindBar::select(qsizetype start, qsizetype end)
{
    QTextCursor cursor(targetDocument());
    cursor.setPosition(int(start));
    cursor.setPosition(int(end), QTextCursor::KeepAnchor);
    setTargetCursor(cursor);
    highlight();
    updateStatus();
}

void FindBar::highlight()
{
    if (!m_target)
        return;
    QList<QTextEdit::ExtraSelection> selections = targetSelections();
    selections.removeIf([](const QTextEdit::ExtraSelection &s) { return s.format.hasProperty(kOwnMark); });
    if (isVisible() && !m_matches.isEmpty()) {
        // Only the matches on screen: every QTextCursor alive slows each edit of the document, and
        // QTextDocument's cursor set never shrinks (10,000 highlights once made a later 1 MB Replace
        // All take 3 s instead of 0.1 s). Scrolling and resizing highlight again.
        QTextDocument *document = targetDocument();
        auto *plain = qobject_cast<QPlainTextEdit *>(m_target);
        auto *rich = qobject_cast<QTextEdit *>(m_target);
        const QWidget *viewport = plain ? plain->viewport() : rich->viewport();
        qsizetype first = 0;
        QTextBlock lastBlock;
        if (plain) {
            // QPlainTextEdit's scroll bar counts lines (QPlainTextDocumentLayout), and its cursorForPosition()
            // needs the blocks laid out by a paint first; a block takes at least one line.
            const int top = plain->verticalScrollBar()->value();
            const int lines = viewport->height() / std::max(1, plain->fontMetrics().lineSpacing()) + 2;
            first = document->findBlockByLineNumber(top).position();
            lastBlock = document->findBlockByLineNumber(top + lines);
            if (!lastBlock.isValid())
                lastBlock = document->lastBlock();
        } else {
            first = rich->cursorForPosition(QPoint(0, 0)).block().position();
            lastBlock = rich->cursorForPosition(QPoint(viewport->width(), viewport->height())).block();
        }
        const qsizetype last = lastBlock.position() + lastBlock.length();
        auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), first, [](const Match &m, qsizetype at) { return m.end <= at; });
        QTextEdit::ExtraSelection each;
        each.format.setBackground(QColor(255, 230, 120));
        each.format.setForeground(QColor(0, 0, 0));
        each.format.setProperty(kOwnMark, true);
        const int characters = document->characterCount();
        for (int shown = 0; it != m_matches.cend() && it->start < last && shown < kMaxOnScreen; ++it, ++shown) {
            if (it->end >= characters)
                break;   // positions from before an edit not searched again yet
            each.cursor = QTextCursor(document);
            each.cursor.setPosition(int(it->start));
            each.cursor.setPosition(int(it->end), QTextCursor::KeepAnchor);
            selections.append(each);
        }
        const QTextCursor current = targetCursor();
        const auto selectionMatches = [&] {   // past the counted ones too
            const QRegularExpressionMatch m = m_pattern.match(text(), current.selectionStart(), QRegularExpression::NormalMatch,
                                                              QRegularExpression::AnchorAtOffsetMatchOption);
            return m.hasMatch() && m.capturedEnd() == current.selectionEnd();
        };
        if (current.hasSelection() && (currentMatch() > 0 || (m_capped && selectionMatches()))) {
            QTextEdit::ExtraSelection selected;
            selected.format.setBackground(QColor(255, 150, 50));
            selected.format.setForeground(QColor(0, 0, 0));
            selected.format.setProperty(kOwnMark, true);
            selected.cursor = current;
            selections.append(selected);
        }
    }
    setTargetSelections(selections);
}

void FindBar::clearHighlights(QWidget *edit)
{
    QPointer<QWidget> keep = m_target;
    m_target = edit;
    QList<QTextEdit::ExtraSelection> selections = targetSelections();
    const qsizetype before = selections.size();
    selections.removeIf([](const QTextEdit::ExtraSelection &s) { return s.format.hasProperty(kOwnMark); });
    if (selections.size() != before)
        setTargetSelections(selections);
    m_target = keep;
}

int FindBar::currentMatch() const
{
    const QTextCursor cursor = targetCursor();
    if (!cursor.hasSelection())
        return 0;
    const qsizetype start = cursor.selectionStart();
    const qsizetype end = cursor.selectionEnd();
    const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), start, [](const Match &m, qsizetype s) { return m.start < s; });
    if (it == m_matches.cend() || it->start != start || it->end != end)
        return 0;
    return int(it - m_matches.cbegin()) + 1;
}

QString FindBar::statusText() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_search->text().isEmpty())
        return QString();
    if (m_matches.isEmpty())
        return tr("No matches");
    const int current = currentMatch();
    if (m_capped)
        return current > 0 ? tr("%1 of more than %2").arg(current).arg(kMaxHighlights) : tr("More than %1 matches").arg(kMaxHighlights);
    return current > 0 ? tr("%1 of %2").arg(current).arg(m_matches.size()) : tr("Matches: %1").arg(m_matches.size());
}

void FindBar::updateStatus()
{
    m_status->setText(statusText());
    m_status->setToolTip(m_status->text());
    m_status->setStyleSheet(m_error.isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
}

void FindBar::findNext()
{
    step(true);
}

void FindBar::findPrevious()
{
    step(false);
}

void FindBar::step(bool forward)
{
    if (m_search->text().isEmpty()) {
        openFind();
        return;
    }
    if (!isVisible()) {
        show();   // the highlights come with it; the focus stays in the view
        research(false);
    }
    if (!compile() || !m_target)
        return;
    const QTextCursor cursor = targetCursor();
    if (forward) {
        QRegularExpressionMatch m = matchFrom(cursor.selectionEnd());
        if (!m.hasMatch())
            m = matchFrom(0);   // wrap round
        if (m.hasMatch()) {
            m_searchStart = m.capturedStart();
            select(m.capturedStart(), m.capturedEnd());
        }
        return;
    }
    // Backwards: the last match starting before the selection, else the document's last one.
    const qsizetype before = cursor.selectionStart();
    Match found{-1, -1};
    Match last{-1, -1};
    QRegularExpressionMatchIterator it = m_pattern.globalMatch(text());
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() == 0)
            continue;
        if (m.capturedStart() < before)
            found = {m.capturedStart(), m.capturedEnd()};
        else if (found.start >= 0)
            break;
        last = {m.capturedStart(), m.capturedEnd()};
    }
    if (found.start < 0)
        found = last;
    if (found.start >= 0) {
        m_searchStart = found.start;
        select(found.start, found.end);
    }
}

void FindBar::replaceCurrent()
{
    if (!m_target || targetReadOnly() || !compile())
        return;
    QTextCursor cursor = targetCursor();
    if (cursor.hasSelection()) {
        const QRegularExpressionMatch m = m_pattern.match(text(), cursor.selectionStart(), QRegularExpression::NormalMatch,
                                                          QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch() && m.capturedEnd() == cursor.selectionEnd()) {
            const QString replacement = expandReplacement(m_replace->text(), m, m_regex->isChecked());
            if (replacement != cursor.selectedText()) {
                beginStep(tr("Replace"));
                cursor.beginEditBlock();
                cursor.insertText(replacement);
                cursor.endEditBlock();
                endStep();
            }
            setTargetCursor(cursor);
        }
    }
    step(true);
}

int FindBar::replaceAll()
{
    if (!m_target || targetReadOnly() || !compile())
        return 0;
    struct Replacement
    {
        qsizetype start;
        qsizetype end;
        QString text;
    };
    QList<Replacement> replacements;
    QRegularExpressionMatchIterator it = m_pattern.globalMatch(text());
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength() > 0)
            replacements.append({m.capturedStart(), m.capturedEnd(), expandReplacement(m_replace->text(), m, m_regex->isChecked())});
    }
    if (replacements.isEmpty())
        return 0;
    // One insert of the span from the first match to the last, rebuilt from the view's exact text:
    // the view reports one change, which its model records as one undo step. (One insert per match,
    // even in one edit block, costs QTextDocument O(document) each: 50,000 took 6 s.)
    const QString &haystack = text();
    const qsizetype first = replacements.constFirst().start;
    const qsizetype last = replacements.constLast().end;
    QString span;
    span.reserve(last - first);
    qsizetype at = first;
    for (const Replacement &r : std::as_const(replacements)) {
        span += QStringView(haystack).mid(at, r.start - at);
        span += r.text;
        at = r.end;
    }
    QTextCursor cursor(targetDocument());
    cursor.setPosition(int(first));
    cursor.setPosition(int(last), QTextCursor::KeepAnchor);
    if (span == QStringView(haystack).mid(first, last - first))
        return int(replacements.size());   // every match replaced by itself: no step to record
    beginStep(tr("Replace All"));
    cursor.beginEditBlock();
    cursor.insertText(span);
    cursor.endEditBlock();
    endStep();
    research(false);
    m_status->setText(tr("Matches replaced: %1").arg(replacements.size()));
    m_status->setToolTip(m_status->text());
    return int(replacements.size());
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_target && isVisible()) {
        highlight();   // more or fewer matches on screen
    } else if (event->type() == QEvent::FocusIn) {
        for (const QPointer<QWidget> &t : std::as_const(m_targets)) {
            if (t == watched) {
                setTarget(t);
                break;
            }
        }
    } else if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && isVisible()) {
            closeBar();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && watched == m_search) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && watched == m_replace) {
            replaceCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        closeBar();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Lectern
