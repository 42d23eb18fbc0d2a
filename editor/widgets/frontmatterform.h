// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fieldeditor.h"
#include "schema.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolButton;

namespace Lectern {

class EditSession;
class FieldEditor;
class PostDocument;
class RawYamlView;
class Site;
class UndoRouter;
struct FieldEdit;
struct HomeCardCut;

// The structured front-matter form: one typed editor per key, in the site schema's order, then the
// post's other keys, and the YAML view of the whole block. Each edit in a field or in the YAML view
// becomes a FrontMatterCommand pushed on the edit session's stack (shared with the body editor),
// which writes it through PostDocument, so a save changes the edited field's lines alone. One
// keystroke is one document change, one frontMatterChanged and one schema check.
class FrontMatterForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontMatterForm)

public:
    explicit FrontMatterForm(EditSession *session, QWidget *parent = nullptr);
    ~FrontMatterForm() override;

    // Checkable "YAML" action switching between the form and the raw front matter.
    QAction *yamlAction() const { return m_yamlAction; }
    bool isYamlShown() const;
    // Refuses (false) to leave the YAML view while its text does not parse.
    bool setYamlShown(bool shown);

    // The open site the form takes its schema from (Site::schemaFor as each post loads, and again
    // when the site's schema changes); not owned. Without one (a form used alone, as in widget tests)
    // the form opens its own Site for the post's folder, reading that site on the GUI thread.
    void setSite(Site *site);
    const Schema &schema() const { return m_schema; }
    QStringList shownKeys() const { return m_rowKeys; }
    FieldEditor *editor(const QString &key) const;
    QLabel *label(const QString &key) const;
    QLabel *problemLabel(const QString &key) const;
    bool isInherited(const QString &key) const;
    RawYamlView *yamlView() const { return m_yaml; }
    // The title's line edit (the window's self-test reads it); null when the post has no title row.
    QLineEdit *titleEdit() const;

    // The note under the description field: its word count against the site's home-card cut.
    // Null when the post has no description row.
    QLabel *descriptionNote() const { return m_descriptionNote; }
    // That note's text for DESCRIPTION under CUT (Site::homeCardCut): "37 words — the home page shows
    // the first 32" when Liquid's truncatewords would cut it, "24 words" when not or when the site
    // cuts nothing; with a character cut (truncate: N) the characters are counted instead.
    static QString descriptionNoteText(const QString &description, const HomeCardCut &cut);

    // Adds a row for key (written once it gets a value); removes a key from the post (undoable).
    void addField(const QString &key);
    bool removeField(const QString &key);

Q_SIGNALS:
    // The form checked the post against the site's schema (once per change of the front matter).
    void problemsChecked();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void documentLoaded();
    void siteSchemaChanged();
    Site *siteOf(const QString &path);
    void documentChanged(const QString &key);
    void rebuild();
    // The keys that get a row: the schema's fields the post sets, inherits or requires, then the
    // post's other keys, then fields added but not yet set.
    QStringList rowKeys() const;
    // KEY's field: the schema's, else one typed by the post's value (list, map, date, image path).
    Schema::Field fieldFor(const QString &key) const;
    // Whether the built rows fit the post: the same keys (rowKeys() == m_rowKeys) and for each, an
    // editor of the kind FieldEditor::kindFor picks for its field now. FIELDS gets fieldFor() of each
    // row key, in row order (filled as far as the check went when false).
    bool rowsFit(QList<Schema::Field> *fields) const;
    // After a load: shows the new post in the rows of the last one when they fit it (same keys,
    // fields and editors); false when the rows must be rebuilt.
    bool reuseRows();
    // After a schema change: the rows take the new fields in place (FieldEditor::updateField) when
    // the same keys get the same editors; false when they must be rebuilt.
    bool updateRows();
    void refreshValues();
    // Checks the post against the schema, then shows the problems.
    void updateProblems();
    // Shows the last check's problems and the fields' drafts' (no new check).
    void showProblems();
    void showBanner();
    void apply(const QString &key, const FieldEdit &edit);
    void applyYaml(const QString &text);
    void showDraftProblem(const QString &key, const QString &text);
    void fillAddMenu();
    QString structure() const;
    QString labelText(const Schema::Field &field, QString *usedMnemonics) const;
    void updateDescriptionNote(const QString &text);

    EditSession *m_session = nullptr;
    PostDocument *m_document = nullptr;
    Schema m_schema;
    Site *m_site = nullptr;
    Site *m_ownSite = nullptr;   // the stand-alone fallback
    UndoRouter *m_undoRouter = nullptr;
    QAction *m_yamlAction = nullptr;
    QToolButton *m_addButton = nullptr;
    QToolButton *m_yamlButton = nullptr;
    QLabel *m_descriptionNote = nullptr;   // in the description row; rebuild() deletes the rows
    QLabel *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_formPage = nullptr;
    QFormLayout *m_layout = nullptr;
    RawYamlView *m_yaml = nullptr;
    QStringList m_rowKeys;
    QStringList m_pending;         // added with "Add field" but not yet written
    QString m_structure;           // keys and value shapes the rows were built for
    QHash<QString, QPointer<FieldEditor>> m_editors;
    QHash<QString, QPointer<QLabel>> m_labels;
    QHash<QString, QPointer<QLabel>> m_problems;
    QHash<QString, QPointer<QToolButton>> m_removes;
    QList<FieldEditor::Kind> m_rowKinds;   // the editor of each built row, as FieldEditor::kindFor chose it
    QHash<QString, QString> m_draftProblems;
    QHash<QString, QPair<QString, bool>> m_checked;   // key -> (problem, is error) from the last check
    bool m_applying = false;   // a push of the form's own is running
    bool m_changed = false;    // ... and it changed the front matter
};

} // namespace Lectern
