// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellingwiring.h"

#include "basicfieldeditors.h"
#include "documentspelling.h"
#include "editsession.h"
#include "frontmatterform.h"
#include "mainwindow.h"
#include "markdowneditor.h"
#include "markdownhighlighter.h"
#include "postdocument.h"
#include "postfile.h"
#include "site.h"
#include "spellchecker.h"
#include "spellingservice.h"
#include "spellingwords.h"

#include <QActionGroup>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTextBlock>

namespace Lectern {

namespace {
const char kAttached[] = "lecternSpelling";
}

SpellingWiring::SpellingWiring(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_service(new SpellingService(this))
{
    m_service->setEnabled(QSettings().value(QStringLiteral("spelling/enabled"), true).toBool());
    MarkdownEditor *editor = window->editor();
    m_body = new DocumentSpelling(editor->document(), m_service, true, this);
    // The body's underlines are drawn by its Markdown highlighter (one QSyntaxHighlighter per document:
    // two would undo each other's formats), merged over the Markdown formats.
    MarkdownHighlighter *highlighter = editor->highlighter();
    DocumentSpelling *body = m_body;
    highlighter->setExtraFormats([body](const QTextBlock &block, const QString &text) { return body->rangesFor(block, text); });
    // In the highlighter's budgeted idle chunks, not rehighlightBlock(): a result that changes every
    // line of a 1 MB body (a fence opened at the top, the first check after opening) re-highlighted
    // each line at once, with an edit block and a contentsChange (echoed by the editor) per line: a
    // 250 ms stall. rehighlightRange() merges the lines into one range and emits nothing per line.
    connect(m_body, &DocumentSpelling::blockNeedsRehighlight, highlighter, [highlighter](const QTextBlock &block) {
        highlighter->rehighlightRange(block.position(), block.position());
    });
    SpellingMenu::attachBody(editor, m_body, m_service, window->session());
    connect(editor, &MarkdownEditor::foldingChanged, m_body, [this, editor] { m_body->setSuspended(editor->isFolded()); });
    connect(m_service, &SpellingService::message, window, [window](const QString &text) {
        window->statusBar()->showMessage(text, 10000);
    });
    m_missing = new QLabel(window);
    m_missing->setObjectName(QStringLiteral("spellingMissing"));
    m_missing->hide();
    window->statusBar()->addPermanentWidget(m_missing);

    PostDocument *document = window->document();
    connect(document, &PostDocument::loaded, this, &SpellingWiring::updateLanguage);
    connect(document, &PostDocument::frontMatterChanged, this, [this](const QString &key) {
        if (key.isEmpty() || key == QLatin1String("lang"))
            updateLanguage();
    });
    connect(window->site(), &Site::opened, this, &SpellingWiring::updateLanguage);
    connect(window->site(), &Site::configChanged, this, &SpellingWiring::updateLanguage);
    connect(window->form(), &FrontMatterForm::problemsChecked, this, &SpellingWiring::attachFields);
    connect(document, &PostDocument::loaded, this, &SpellingWiring::attachFields, Qt::QueuedConnection);

    QMenu *view = window->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    m_menu = new QMenu(tr("&Spelling"), window);
    if (view) {
        view->addSeparator();
        view->addMenu(m_menu);
    }
    m_enabledAction = m_menu->addAction(tr("&Check Spelling"));
    m_enabledAction->setCheckable(true);
    m_enabledAction->setChecked(m_service->isEnabled());
    connect(m_enabledAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("spelling/enabled"), on);
        m_service->setEnabled(on);
        updateLanguage();
    });
    m_menu->addSeparator();
    m_languages = new QActionGroup(this);
    m_languages->setExclusive(true);
    QAction *automatic = m_menu->addAction(tr("&Automatic (Post, Site or System Language)"));
    automatic->setCheckable(true);
    automatic->setChecked(true);
    m_languages->addAction(automatic);
    connect(automatic, &QAction::triggered, this, [this] {
        m_override.clear();
        updateLanguage();
    });
    // The dictionaries are listed on the spelling thread (Enchant loads every provider for it).
    m_listing = m_menu->addAction(tr("Looking for Dictionaries…"));
    m_listing->setEnabled(false);
    connect(m_service, &SpellingService::availableLanguagesChanged, this, [this] {
        fillLanguages();
        updateLanguage();
    });
    updateLanguage();
    attachFields();
}

SpellingWiring::~SpellingWiring() = default;

void SpellingWiring::fillLanguages()
{
    delete m_listing;
    m_listing = nullptr;
    const QStringList languages = m_service->availableLanguages();
    if (languages.isEmpty()) {
        m_menu->addAction(tr("No Dictionaries Installed"))->setEnabled(false);
        return;
    }
    for (const QString &tag : languages) {
        const QLocale locale(tag);
        const QString name = locale.language() == QLocale::C ? tag
                                                             : QStringLiteral("%1 (%2)").arg(QLocale::languageToString(locale.language()), tag);
        QAction *action = m_menu->addAction(name);
        action->setCheckable(true);
        action->setData(tag);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, tag] {
            m_override = tag;
            updateLanguage();
        });
    }
}

void SpellingWiring::updateLanguage()
{
    Site *site = m_window->site();
    PostDocument *document = m_window->document();
    QString siteRoot;
    if (site->isJekyllSite())
        siteRoot = site->root();
    else if (!document->path().isEmpty())
        siteRoot = QFileInfo(document->path()).absolutePath();
    QString wanted = m_override;
    if (wanted.isEmpty()) {
        wanted = SpellChecker::wantedLanguage(document->post().frontMatter().scalar(QStringLiteral("lang")),
                                              site->isJekyllSite() ? site->config().value(QStringLiteral("lang")).toString()
                                                                   : QString(),
                                              QLocale().name());
    }
    m_service->setLanguage(wanted, siteRoot);
    const bool missing = m_service->hasLanguageList()
                         && SpellChecker::bestLanguage(wanted, m_service->availableLanguages()).isEmpty();
    m_missing->setText(tr("No dictionary for \"%1\"").arg(wanted));
    m_missing->setToolTip(tr("Spelling is not checked: no dictionary is installed for \"%1\"").arg(wanted));
    m_missing->setVisible(missing && m_service->isEnabled());
}

void SpellingWiring::attachFields()
{
    FrontMatterForm *form = m_window->form();
    const FrontMatter &frontMatter = m_window->document()->post().frontMatter();
    for (const QString &key : form->shownKeys()) {
        FieldEditor *editor = form->editor(key);
        if (!editor || editor->property(kAttached).toBool())
            continue;
        if (!SpellingWords::isProseKey(key, frontMatter, &form->schema()))
            continue;
        if (auto *text = qobject_cast<TextFieldEditor *>(editor)) {
            auto *spelling = new LineEditSpelling(text->lineEdit(), m_service);
            SpellingMenu::attachLineEdit(text->lineEdit(), spelling, m_service, m_window->session()->undoStack());
        } else if (auto *multi = qobject_cast<MultiLineFieldEditor *>(editor)) {
            QTextDocument *doc = multi->textEdit()->document();
            auto *spelling = new DocumentSpelling(doc, m_service, false, multi);
            new SpellingHighlighter(doc, spelling);
            SpellingMenu::attachPlainText(multi->textEdit(), spelling, m_service, m_window->session()->undoStack());
        } else {
            continue;
        }
        editor->setProperty(kAttached, true);
    }
}

} // namespace Lectern
