// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewmenus.h"

#include "mainwindow.h"
#include "markdowneditor.h"
#include "markdownhighlighter.h"
#include "previewview.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Lectern {

namespace {

// Whether WIDGET can take the focus from the keyboard now.
bool takesFocus(const QWidget *widget, const QWidget *window)
{
    return (widget->focusPolicy() & Qt::TabFocus) && widget->isEnabled() && widget->isVisibleTo(window);
}

QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

} // namespace

ViewMenus::ViewMenus(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_basePointSize(window->editor()->font().pointSizeF())
{
    const std::array<QString, PaneCount> names = {tr("Post list"), tr("Front matter form"), tr("Markdown editor"),
                                                  tr("Preview")};
    for (int i = 0; i < PaneCount; ++i) {
        if (QWidget *widget = pane(Pane(i)); widget && widget->accessibleName().isEmpty())
            widget->setAccessibleName(names.at(i));
    }
    if (window->editor()->accessibleName().isEmpty())
        window->editor()->setAccessibleName(tr("Markdown editor"));
    if (window->preview()->accessibleName().isEmpty())
        window->preview()->setAccessibleName(tr("Preview"));
    // F6 goes back where the user was in a pane, as Kate and Qt Creator do.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (const Pane at = paneOf(now); at != PaneCount)
            m_lastFocus.at(at) = now;
    });
    addViewMenu();
    addHelpMenu();
}

ViewMenus::~ViewMenus() = default;

QWidget *ViewMenus::pane(Pane pane) const
{
    QSplitter *splitter = m_window->splitter();
    return pane < splitter->count() ? splitter->widget(pane) : nullptr;
}

ViewMenus::Pane ViewMenus::paneOf(const QWidget *widget) const
{
    for (int i = 0; widget && i < PaneCount; ++i) {
        const QWidget *candidate = pane(Pane(i));
        if (candidate && (candidate == widget || candidate->isAncestorOf(widget)))
            return Pane(i);
    }
    return PaneCount;
}

void ViewMenus::addViewMenu()
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));   // SpellingWiring adds View → Spelling
    const std::array<QString, PaneCount> texts = {tr("&Post List"), tr("&Form"), tr("&Editor"), tr("Pre&view")};
    for (int i = 0; i < PaneCount; ++i) {
        QAction *action = view->addAction(texts.at(i));
        action->setCheckable(true);
        action->setChecked(pane(Pane(i)) && !pane(Pane(i))->isHidden());
        connect(action, &QAction::toggled, this, [this, i](bool shown) { setPaneShown(Pane(i), shown); });
        m_paneActions.at(i) = action;
        if (QWidget *widget = pane(Pane(i)))
            widget->installEventFilter(this);
    }
    if (QAction *outline = m_window->outlineAction())
        view->addAction(outline);
    view->addSeparator();
    QAction *next = view->addAction(tr("Next Pane"), this, [this] { focusNextPane(false); });
    next->setShortcut(QKeySequence(Qt::Key_F6));
    QAction *previous = view->addAction(tr("Previous Pane"), this, [this] { focusNextPane(true); });
    previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    QMenu *goTo = view->addMenu(tr("&Go to Pane"));
    const std::array<QString, PaneCount> goTexts = {tr("Post List"), tr("Form"), tr("Editor"), tr("Preview")};
    const std::array<Qt::Key, PaneCount> keys = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};
    for (int i = 0; i < PaneCount; ++i) {
        QAction *action = goTo->addAction(goTexts.at(i), this, [this, i] { focusPane(Pane(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | keys.at(i)));
    }
    view->addSeparator();
    m_zoomIn = view->addAction(tr("Zoom &In"), this, [this] { zoomBy(1); });
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut = view->addAction(tr("Zoom &Out"), this, [this] { zoomBy(-1); });
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_resetZoom = view->addAction(tr("&Reset Zoom"), this, &ViewMenus::resetZoom);
    m_resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    // Markdown highlighting of the body (docs/highlighting.md), remembered across sessions.
    QAction *highlighting = view->addAction(tr("Markdown &Highlighting"));
    highlighting->setObjectName(QStringLiteral("highlightingAction"));
    highlighting->setCheckable(true);
    highlighting->setChecked(QSettings().value(QStringLiteral("editor/highlighting"), true).toBool());
    m_window->editor()->highlighter()->setEnabled(highlighting->isChecked());
    connect(highlighting, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("editor/highlighting"), on);
        m_window->editor()->highlighter()->setEnabled(on);
    });
}

void ViewMenus::addHelpMenu()
{
    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    m_shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        QDialog *dialog = shortcutsDialog();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Lectern"), this, &ViewMenus::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

bool ViewMenus::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent) {
        for (int i = 0; i < PaneCount; ++i) {
            if (pane(Pane(i)) == watched && m_paneActions.at(i)) {
                const QSignalBlocker blocker(m_paneActions.at(i));
                m_paneActions.at(i)->setChecked(event->type() == QEvent::ShowToParent);
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void ViewMenus::setPaneShown(Pane which, bool shown)
{
    QWidget *widget = pane(which);
    if (!widget || widget->isHidden() != shown)
        return;
    // Some text pane stays: hiding never loses text, but a window with neither form nor editor
    // leaves nowhere to type.
    const Pane otherText = which == FormPane ? EditorPane : which == EditorPane ? FormPane : PaneCount;
    if (!shown && otherText != PaneCount && pane(otherText)->isHidden()) {
        const QSignalBlocker blocker(m_paneActions.at(which));
        m_paneActions.at(which)->setChecked(true);
        m_window->statusBar()->showMessage(tr("The form or the editor stays shown: show the other first"), 5000);
        return;
    }
    const bool hadFocus = paneOf(QApplication::focusWidget()) == which;
    widget->setVisible(shown);   // the event filter checks or unchecks the action
    if (hadFocus && !shown)
        focusNextPane(false);
}

void ViewMenus::focusPane(Pane which)
{
    QWidget *widget = pane(which);
    if (!widget)
        return;
    if (widget->isHidden())
        setPaneShown(which, true);
    QWidget *target = m_lastFocus.at(which);
    if (!target || !takesFocus(target, m_window)) {
        target = nullptr;
        if (which == EditorPane)
            target = m_window->editor();
        else if (which == PreviewPane)
            target = m_window->preview();
        // The first widget of the pane in the Tab order.
        for (QWidget *next = widget; !target && next; next = next->nextInFocusChain()) {
            if (widget->isAncestorOf(next) && takesFocus(next, m_window))
                target = next;
            if (next->nextInFocusChain() == widget)
                break;
        }
        if (!target)
            target = widget;
    }
    target->setFocus(Qt::ShortcutFocusReason);
}

void ViewMenus::focusNextPane(bool backwards)
{
    const Pane at = paneOf(QApplication::focusWidget() ? QApplication::focusWidget() : m_window->focusWidget());
    const int step = backwards ? PaneCount - 1 : 1;
    int index = at == PaneCount ? (backwards ? 0 : PaneCount - 1) : at;
    for (int tries = 0; tries < PaneCount; ++tries) {
        index = (index + step) % PaneCount;
        if (QWidget *widget = pane(Pane(index)); widget && !widget->isHidden()) {
            focusPane(Pane(index));
            return;
        }
    }
}

void ViewMenus::zoomBy(qreal points)
{
    MarkdownEditor *editor = m_window->editor();
    QFont font = editor->font();
    font.setPointSizeF(std::clamp(font.pointSizeF() + points, kMinZoom, kMaxZoom));
    editor->setFont(font);
}

void ViewMenus::resetZoom()
{
    QFont font = m_window->editor()->font();
    font.setPointSizeF(m_basePointSize);
    m_window->editor()->setFont(font);
}

QDialog *ViewMenus::shortcutsDialog() const
{
    struct Row
    {
        QString text;
        QString keys;
    };
    QList<Row> rows;
    QList<const QAction *> seen;
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen << action;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        rows << Row {withoutMnemonic(action->text()), keys.join(QLatin1String(", "))};
    }
    std::sort(rows.begin(), rows.end(),
              [](const Row &a, const Row &b) { return QString::localeAwareCompare(a.text, b.text) < 0; });

    auto *dialog = new QDialog(m_window);
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(int(rows.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).text));
        table->setItem(row, 1, new QTableWidgetItem(rows.at(row).keys));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->resizeColumnToContents(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(480, 520);
    return dialog;
}

void ViewMenus::showAbout()
{
    QMessageBox::about(m_window, tr("About Lectern"),
                       tr("<h3>Lectern %1</h3>"
                          "<p>An editor for Jekyll posts: the front matter in a form, the Markdown body "
                          "beside it and a live preview in the site's own look.</p>"
                          "<p>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).</p>")
                           .arg(QStringLiteral(LECTERN_VERSION)));
}

} // namespace Lectern
