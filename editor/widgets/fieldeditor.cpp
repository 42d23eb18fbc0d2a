// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldeditor.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

#include "basicfieldeditors.h"
#include "datefieldeditor.h"
#include "frontmatter.h"
#include "imagefieldeditor.h"
#include "listfieldeditor.h"

namespace Lectern {

FieldEditor::FieldEditor(const Schema::Field &field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
{
    setObjectName(QStringLiteral("field_") + field.key);
}

FieldEditor::~FieldEditor() = default;

void FieldEditor::emitScalar(const QString &text)
{
    FieldEdit e;
    e.kind = FieldEdit::Kind::Scalar;
    e.text = text;
    Q_EMIT edited(e);
}

void FieldEditor::emitList(const QStringList &list)
{
    FieldEdit e;
    e.kind = FieldEdit::Kind::List;
    e.list = list;
    Q_EMIT edited(e);
}

void FieldEditor::emitYaml(const QByteArray &yaml)
{
    FieldEdit e;
    e.kind = FieldEdit::Kind::Yaml;
    e.yaml = yaml;
    Q_EMIT edited(e);
}

QString FieldEditor::inheritedText(const QVariant &value)
{
    if (value.typeId() == QMetaType::QVariantList) {
        QStringList items;
        for (const QVariant &v : value.toList())
            items << v.toString();
        return items.join(QStringLiteral(", "));
    }
    return value.toString();
}

FieldEditor::Kind FieldEditor::kindFor(const Schema::Field &field, const FrontMatter &frontMatter)
{
    using Type = Schema::Type;
    const FrontMatter::Kind kind = frontMatter.kind(field.key);
    const bool wantsList = field.type == Type::List;
    const bool wantsMap = field.type == Type::Map;
    const bool isList = kind == FrontMatter::Kind::Sequence;
    const bool isMap = kind == FrontMatter::Kind::Map;
    // A value the typed editor cannot show falls back to YAML for that key, never coerced.
    if (wantsMap)
        return Kind::RawMap;
    if (isMap)
        return Kind::RawMapValue;
    if (isList && !wantsList)
        return Kind::RawListValue;
    if (field.type == Type::Date || field.type == Type::DateTime) {
        // A date that does not parse stays text, with the problem shown under it.
        if (kind == FrontMatter::Kind::Scalar && !DateFieldEditor::canShow(frontMatter.scalar(field.key)))
            return Kind::Text;
        return Kind::Date;
    }
    // A key named as an image (Schema::isImageKey) left empty, in a site whose posts do not type it
    // (none uses it yet, or only with text that is no image path): the picker, not a bare line.
    if (field.type == Type::Image
        || (field.type == Type::Text && Schema::isImageKey(field.key) && frontMatter.scalar(field.key).trimmed().isEmpty()))
        return Kind::Image;
    switch (field.type) {
    case Type::MultiLineText: return Kind::MultiLine;
    case Type::Boolean: return Kind::Boolean;
    case Type::Number: return Kind::Number;
    case Type::Choice: return Kind::Choice;
    case Type::List: return Kind::List;
    default: break;
    }
    // Text that already spans lines gets the multi-line editor; so does a long value of a key the
    // site's posts do not share (an abstract). A title stays one line, as Jekyll themes show it.
    const QString text = frontMatter.scalar(field.key);
    if (text.contains(QLatin1Char('\n'))
        || (text.size() > 100 && field.frequency <= 1 && field.key != QLatin1String("title")))
        return Kind::MultiLine;
    return Kind::Text;
}

FieldEditor *FieldEditor::create(const Schema::Field &field, const Schema &schema, const FrontMatter &frontMatter,
                                 QWidget *parent)
{
    switch (kindFor(field, frontMatter)) {
    case Kind::RawMap: return new RawFieldEditor(field, QString(), parent);
    case Kind::RawMapValue: return new RawFieldEditor(field, tr("This value is a %1; the form edits it as YAML.").arg(tr("map")), parent);
    case Kind::RawListValue: return new RawFieldEditor(field, tr("This value is a %1; the form edits it as YAML.").arg(tr("list")), parent);
    case Kind::Date: return new DateFieldEditor(field, parent);
    case Kind::Image: return new ImageFieldEditor(field, schema, parent);
    case Kind::MultiLine: return new MultiLineFieldEditor(field, parent);
    case Kind::Boolean: return new BoolFieldEditor(field, parent);
    case Kind::Number: return new NumberFieldEditor(field, parent);
    case Kind::Choice: return new ChoiceFieldEditor(field, parent);
    case Kind::List: return new ListFieldEditor(field, parent);
    case Kind::Text: break;
    }
    return new TextFieldEditor(field, parent);
}

bool FieldEditor::sameShown(const Schema::Field &a, const Schema::Field &b)
{
    return a.key == b.key && a.type == b.type && a.label == b.label && a.required == b.required && a.help == b.help
           && a.choices == b.choices && a.format == b.format && a.inherited == b.inherited;
}

bool FieldEditor::updateField(const Schema::Field &field, const Schema &)
{
    if (!sameShown(m_field, field))
        return false;   // the editors that offer suggestions take them in their override
    m_field = field;
    return true;
}

QCompleter *FieldEditor::setSuggestions(QLineEdit *edit, const QStringList &suggestions, bool contains)
{
    QCompleter *completer = edit->completer();
    if (auto *model = completer ? qobject_cast<QStringListModel *>(completer->model()) : nullptr) {
        if (model->stringList() != suggestions)
            model->setStringList(suggestions);
        return completer;
    }
    if (suggestions.isEmpty())
        return nullptr;
    completer = new QCompleter(suggestions, edit);
    if (contains) {
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
    }
    edit->setCompleter(completer);
    return completer;
}

void FieldEditor::setAccessibleLabel(const QString &label)
{
    focusTarget()->setAccessibleName(label);
}

} // namespace Lectern
