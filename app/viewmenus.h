// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <array>

class QAction;
class QDialog;
class QFont;
class QWidget;

namespace Lectern {

class MainWindow;

// The View and Help menus (issue 16) and keyboard-only pane navigation, added to a MainWindow's
// menu bar after its own menus. It works on the window's splitter: its four widgets are, in order,
// the post list, the form, the editor column (editor + find bar) and the preview.
//
// View: a checkable action per pane (hiding a pane only hides it: nothing it holds is lost; hiding
// the form while the editor is hidden, or the other way round, is refused with a status message,
// so some text pane is always shown); Next Pane / Previous Pane (F6 / Shift+F6, skipping hidden
// panes, wrapping around: the order of the panes on screen, as in Qt Creator and Kate); Go to <pane>
// (Ctrl+Shift+1…4, showing the pane when hidden); Zoom In / Zoom Out (QKeySequence::ZoomIn/ZoomOut)
// and Reset Zoom (Ctrl+0) of the Markdown editor's font, 1 pt per step, 6…72 pt.
// Help: Keyboard Shortcuts (shortcutsDialog()), About Lectern (version LECTERN_VERSION and the
// licence), About Qt.
//
// Every pane gets an accessible name (tr()) unless it already has one.
class ViewMenus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewMenus)

public:
    enum Pane { PostListPane, FormPane, EditorPane, PreviewPane, PaneCount };
    static constexpr qreal kMinZoom = 6;    // pt
    static constexpr qreal kMaxZoom = 72;   // pt

    // WINDOW's menus, splitter and editor must exist already. Parented to WINDOW.
    explicit ViewMenus(MainWindow *window);
    ~ViewMenus() override;

    QWidget *pane(Pane pane) const;
    QAction *paneAction(Pane pane) const { return m_paneActions.at(pane); }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *resetZoomAction() const { return m_resetZoom; }
    QAction *shortcutsAction() const { return m_shortcuts; }

    // Gives the keyboard focus to PANE (shown first when hidden): back to the widget that last had
    // the focus in it, else the editor / the web view / the first widget taking Tab focus.
    void focusPane(Pane pane);
    // The next (or, BACKWARDS, previous) shown pane after the one holding the focus, wrapping around;
    // from outside every pane, the post list (or the preview, backwards).
    void focusNextPane(bool backwards = false);
    // The pane holding WIDGET, or PaneCount when none does.
    Pane paneOf(const QWidget *widget) const;

    // A dialog listing every action of the window with a shortcut: its text (without mnemonics)
    // and its shortcuts in QKeySequence::NativeText, sorted by text. Built from the actions at the
    // time of the call, so it never goes stale. The caller owns it (it is parented to the window).
    QDialog *shortcutsDialog() const;

protected:
    // Keeps each pane's View action in step when something else shows or hides the pane.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setPaneShown(Pane pane, bool shown);
    void zoomBy(qreal points);
    void resetZoom();
    void addViewMenu();
    void addHelpMenu();
    void showAbout();

    MainWindow *m_window = nullptr;
    std::array<QAction *, PaneCount> m_paneActions {};
    std::array<QPointer<QWidget>, PaneCount> m_lastFocus {};
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_resetZoom = nullptr;
    QAction *m_shortcuts = nullptr;
    qreal m_basePointSize = 0;
};

} // namespace Lectern
