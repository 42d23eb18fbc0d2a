// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include <QByteArray>
#include <QStringList>
#include <QWidget>

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

private:
    Schema::Field m_field;
};

} // namespace Lectern
