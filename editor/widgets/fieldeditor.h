// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include <QByteArray>
#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;

namespace Lectern {

class FrontMatter;

// What a field editor asks the form to write: a scalar, a list of strings or a YAML fragment.
struct FieldEdit
{
    enum class Kind { Scalar, List, Yaml };
    Kind kind = Kind::Scalar;
    QString text;
    QStringList list;
    QByteArray yaml;
};

// The editor of one front-matter key. It shows the post's value and reports the user's edits;
// the form writes them through PostDocument, so an editor never touches the model itself.
class FieldEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldEditor)

public:
    FieldEditor(const Schema::Field &field, QWidget *parent);
    ~FieldEditor() override;

    QString key() const { return m_field.key; }
    const Schema::Field &field() const { return m_field; }
    // Shows the post's value without emitting edited(); leaves the widget alone when it already shows it.
    virtual void showValue(const FrontMatter &frontMatter) = 0;
    // Shows a value the post inherits from _config.yml defaults, greyed; editing it writes it into the post.
    virtual void showInherited(const QVariant &value) = 0;
    // The widget a label's mnemonic and Tab reach.
    virtual QWidget *focusTarget() const = 0;
    // The editor's widgets that take Tab focus in reading order (top to bottom, then left to right);
    // the form chains the rows' widgets in this order. The first is "the field" (named after the label).
    virtual QList<QWidget *> focusOrder() const { return {focusTarget()}; }
    // Names the editor's widgets for assistive technology after the row's LABEL (no mnemonic, no
    // colon): the field itself is LABEL, a helper button says what it does to it. The default names
    // focusTarget() alone.
    virtual void setAccessibleLabel(const QString &label);

    // Which editor create() makes: one per schema type, Text for a date that does not parse, Raw
    // (YAML) when the post's value has a shape the type cannot show.
    enum class Kind { Text, MultiLine, Date, Image, Boolean, Number, Choice, List, RawMap, RawMapValue, RawListValue };
    static Kind kindFor(const Schema::Field &field, const FrontMatter &frontMatter);
    // The site's schema changed (its field now FIELD, SCHEMA the whole): takes it in place when
    // nothing the editor shows changes but the completions (suggestions, frequency; an editor that
    // offers them updates its completer); false when the editor must be made again (type, label,
    // choices, format, default, help or required changed).
    virtual bool updateField(const Schema::Field &field, const Schema &schema);
    // Editors for each schema type; Raw when the post's value has a shape the type cannot show.
    static FieldEditor *create(const Schema::Field &field, const Schema &schema, const FrontMatter &frontMatter,
                               QWidget *parent);
    // The inherited value as one line of text ("post", "a, b").
    static QString inheritedText(const QVariant &value);

Q_SIGNALS:
    void edited(const Lectern::FieldEdit &edit);
    // The text as typed, before it is committed: lets the form validate as you type.
    void draftChanged(const QString &text);

protected:
    void emitScalar(const QString &text);
    void emitList(const QStringList &list);
    void emitYaml(const QByteArray &yaml);
    // Whether A and B show the same (all but suggestions and frequency equal).
    static bool sameShown(const Schema::Field &a, const Schema::Field &b);
    // Takes FIELD as this editor's (updateField's part once the editor accepted it).
    void setField(const Schema::Field &field) { m_field = field; }
    // EDIT's completions become SUGGESTIONS: its QCompleter's list is replaced, or one is made
    // (case-insensitive, matching anywhere when CONTAINS) when it had none; returns it (null: none).
    static QCompleter *setSuggestions(QLineEdit *edit, const QStringList &suggestions, bool contains);

private:
    Schema::Field m_field;
};

} // namespace Lectern
