// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentspelling.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace Lectern {

class MainWindow;

// Spell checking in a MainWindow (issue 16): red wavy underlines in the Markdown body and the form's
// text fields, checked off the GUI thread; their context menus (suggestions, Ignore, Add to Site
// Dictionary, Add to Personal Dictionary); View → Spelling (Check Spelling, remembered in QSettings
// "spelling/enabled"; the installed dictionaries, filled in when the service has listed them off the
// GUI thread, a choice overriding the language for this window).
// The language is the post's `lang`, else the site's _config.yml `lang`, else the system locale
// (SpellChecker::wantedLanguage); the site's words are SITE/.lectern/words.txt (for a post outside a
// Jekyll site, its folder's). A missing dictionary is said once in the status bar.
class SpellingWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellingWiring)

public:
    // WINDOW's editor, form and View menu (objectName "viewMenu") must exist. Parented to WINDOW.
    explicit SpellingWiring(MainWindow *window);
    ~SpellingWiring() override;

    SpellingService *service() const { return m_service; }
    // The body's underlines: DocumentSpelling::rangesFor for a highlighter, blockNeedsRehighlight from it.
    DocumentSpelling *bodySpelling() const { return m_body; }
    QAction *checkSpellingAction() const { return m_enabledAction; }
    QMenu *menu() const { return m_menu; }
    // The status bar's lasting note while the wanted language has no dictionary (hidden otherwise):
    // the one-time message can be replaced by other panes' messages at once.
    QLabel *missingLabel() const { return m_missing; }

private:
    void updateLanguage();
    void attachFields();
    void fillLanguages();

    MainWindow *m_window = nullptr;
    SpellingService *m_service = nullptr;
    DocumentSpelling *m_body = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_enabledAction = nullptr;
    QActionGroup *m_languages = nullptr;
    QAction *m_listing = nullptr;   // "Looking for Dictionaries…" until the list arrives
    QLabel *m_missing = nullptr;
    QString m_override;   // a language chosen in the menu for this window; empty: automatic
};

} // namespace Lectern
