// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "dateformat.h"
#include "postfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::Schema", text);
}

struct TypeName
{
    Schema::Type type;
    const char *name;
};

constexpr TypeName typeNames[] = {
    {Schema::Type::Text, "text"},        {Schema::Type::MultiLineText, "multiline"},
    {Schema::Type::Date, "date"},        {Schema::Type::DateTime, "datetime"},
    {Schema::Type::Image, "image"},      {Schema::Type::Url, "url"},
    {Schema::Type::Boolean, "boolean"},  {Schema::Type::Number, "number"},
    {Schema::Type::Choice, "choice"},    {Schema::Type::List, "list"},
    {Schema::Type::Map, "map"},
};

QJsonValue variantToJson(const QVariant &value)
{
    return QJsonValue::fromVariant(value);
}

bool kindFits(Schema::Type type, FrontMatter::Kind kind)
{
    switch (type) {
    case Schema::Type::List:
        // Jekyll also reads a space-separated string of categories or tags.
        return kind == FrontMatter::Kind::Sequence || kind == FrontMatter::Kind::Scalar || kind == FrontMatter::Kind::Null;
    case Schema::Type::Map:
        return kind == FrontMatter::Kind::Map || kind == FrontMatter::Kind::Null;
    default:
        return kind == FrontMatter::Kind::Scalar || kind == FrontMatter::Kind::Null;
    }
}

} // namespace

const Schema::Field *Schema::field(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

bool Schema::sameFields(const Schema &other) const
{
    if (m_fields.size() != other.m_fields.size() || m_diagnostics.size() != other.m_diagnostics.size())
        return false;
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const Field &a = m_fields.at(i), &b = other.m_fields.at(i);
        if (a.key != b.key || a.type != b.type || a.label != b.label || a.required != b.required || a.help != b.help
            || a.choices != b.choices || a.suggestions != b.suggestions || a.format != b.format || a.inherited != b.inherited)
            return false;
    }
    return true;
}

QString Schema::typeName(Type type)
{
    for (const TypeName &t : typeNames) {
        if (t.type == type)
            return QString::fromLatin1(t.name);
    }
    return QStringLiteral("text");
}

bool Schema::typeFromName(const QString &name, Type *type)
{
    for (const TypeName &t : typeNames) {
        if (name == QLatin1String(t.name)) {
            *type = t.type;
            return true;
        }
    }
    return false;
}

bool Schema::isImageKey(const QString &key)
{
    return key == QLatin1String("image") || key.endsWith(QLatin1String("_image"))
        || key.endsWith(QLatin1String("-image"));
}

QString Schema::labelFor(const QString &key)
{
    // The keys Jekyll and its common themes define get a translated label; other keys show as written.
    static const struct { const char *key; const char *label; } known[] = {
        {"title", QT_TRANSLATE_NOOP("Lectern::Schema", "Title")},
        {"date", QT_TRANSLATE_NOOP("Lectern::Schema", "Date")},
        {"layout", QT_TRANSLATE_NOOP("Lectern::Schema", "Layout")},
        {"description", QT_TRANSLATE_NOOP("Lectern::Schema", "Description")},
        {"excerpt", QT_TRANSLATE_NOOP("Lectern::Schema", "Excerpt")},
        {"image", QT_TRANSLATE_NOOP("Lectern::Schema", "Image")},
        {"categories", QT_TRANSLATE_NOOP("Lectern::Schema", "Categories")},
        {"category", QT_TRANSLATE_NOOP("Lectern::Schema", "Category")},
        {"tags", QT_TRANSLATE_NOOP("Lectern::Schema", "Tags")},
        {"author", QT_TRANSLATE_NOOP("Lectern::Schema", "Author")},
        {"permalink", QT_TRANSLATE_NOOP("Lectern::Schema", "Permalink")},
        {"published", QT_TRANSLATE_NOOP("Lectern::Schema", "Published")},
        {"subtitle", QT_TRANSLATE_NOOP("Lectern::Schema", "Subtitle")},
        {"lang", QT_TRANSLATE_NOOP("Lectern::Schema", "Language")},
        {"last_modified_at", QT_TRANSLATE_NOOP("Lectern::Schema", "Last modified at")},
        {"location", QT_TRANSLATE_NOOP("Lectern::Schema", "Location")},
        {"speaker", QT_TRANSLATE_NOOP("Lectern::Schema", "Speaker")},
    };
    for (const auto &k : known) {
        if (key == QLatin1String(k.key))
            return tr(k.label);
    }
    QString label = key;
    label.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QString Schema::imageFile(const QString &value) const
{
    QString path = value.trimmed();
    if (path.isEmpty() || path.contains(QLatin1String("://")) || path.startsWith(QLatin1String("//"))
        || path.startsWith(QLatin1String("data:")))
        return QString();
    // Liquid in a path ("{{ site.baseurl }}/images/x.jpg"): check what follows it.
    const qsizetype liquid = path.lastIndexOf(QLatin1String("}}"));
    if (liquid >= 0)
        path = path.mid(liquid + 2).trimmed();
    if (!m_baseurl.isEmpty() && path.startsWith(m_baseurl + QLatin1Char('/')))
        path = path.mid(m_baseurl.size());
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    const QString file = QDir::cleanPath(QDir(m_siteRoot).filePath(path));
    if (!file.startsWith(QDir::cleanPath(m_siteRoot) + QLatin1Char('/')))
        return QString();
    return file;
}

QList<Schema::Problem> Schema::problems(const PostFile &post) const
{
    QList<Problem> out;
    const FrontMatter &fm = post.frontMatter();
    if (!fm.isValid())
        return out;
    auto add = [&out](const QString &key, int line, Diagnostic::Severity severity, const QString &message) {
        Diagnostic d;
        d.severity = severity;
        d.line = line;
        d.column = line > 0 ? 1 : 0;
        d.message = message;
        out.append({key, d});
    };
    for (const Field &f : m_fields) {
        const FrontMatter::Kind kind = fm.kind(f.key);
        if (kind == FrontMatter::Kind::Missing || (kind == FrontMatter::Kind::Null && f.type != Type::Map)
            || (kind == FrontMatter::Kind::Scalar && fm.scalar(f.key).trimmed().isEmpty())) {
            if (f.required && !f.inherited.isValid())
                add(f.key, kind == FrontMatter::Kind::Missing ? 1 : fm.line(f.key), Diagnostic::Severity::Error,
                    tr("required field \"%1\" is missing").arg(f.key));
            continue;
        }
        const int line = fm.line(f.key);
        if (!kindFits(f.type, kind)) {
            add(f.key, line, Diagnostic::Severity::Warning,
                tr("\"%1\" holds a %2 where the site uses %3; the form shows it as YAML")
                    .arg(f.key, kind == FrontMatter::Kind::Map ? tr("map") : kind == FrontMatter::Kind::Sequence ? tr("list") : tr("single value"),
                         typeName(f.type)));
            continue;
        }
        const QString value = fm.scalar(f.key);
        if ((f.type == Type::Date || f.type == Type::DateTime) && !DateFormat::parse(value).valid) {
            add(f.key, line, Diagnostic::Severity::Error,
                tr("\"%1\" is not a date Jekyll can read (write it like %2)")
                    .arg(value, DateFormat::write(QDateTime(QDate(2025, 3, 19), QTime(10, 0)),
                                                  f.format.isEmpty() ? DateFormat::defaultFormat() : f.format)));
        } else if (f.type == Type::Image) {
            const QString file = imageFile(value);
            if (!file.isEmpty() && !QFileInfo::exists(file))
                add(f.key, line, Diagnostic::Severity::Warning,
                    tr("image \"%1\" is not in the site folder").arg(value));
        } else if (f.type == Type::Choice && !f.choices.isEmpty() && !f.choices.contains(value)) {
            add(f.key, line, Diagnostic::Severity::Warning,
                tr("\"%1\" is not one of %2").arg(value, f.choices.join(QStringLiteral(", "))));
        }
    }
    return out;
}

Diagnostics Schema::validate(const PostFile &post) const
{
    Diagnostics out;
    const QList<Problem> list = problems(post);
    for (const Problem &p : list)
        out.append(p.diagnostic);
    return out;
}

QJsonArray Schema::toJson() const
{
    QJsonArray array;
    for (const Field &f : m_fields) {
        QJsonObject o;
        o.insert(QStringLiteral("key"), f.key);
        o.insert(QStringLiteral("type"), typeName(f.type));
        o.insert(QStringLiteral("required"), f.required);
        o.insert(QStringLiteral("label"), f.label);
        o.insert(QStringLiteral("frequency"), f.frequency);
        if (!f.help.isEmpty())
            o.insert(QStringLiteral("help"), f.help);
        if (!f.format.isEmpty())
            o.insert(QStringLiteral("format"), f.format);
        if (!f.choices.isEmpty())
            o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(f.choices));
        if (!f.suggestions.isEmpty())
            o.insert(QStringLiteral("suggestions"), QJsonArray::fromStringList(f.suggestions));
        if (f.inherited.isValid())
            o.insert(QStringLiteral("inherited"), variantToJson(f.inherited));
        array.append(o);
    }
    return array;
}

} // namespace Lectern
