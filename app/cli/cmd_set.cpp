// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipost.h"

#include "dateformat.h"
#include "site.h"
#include "sitepaths.h"
#include "yamlscalar.h"

#include <QFileInfo>

namespace Lectern::Cli {

namespace {

// The type the value is written as: the site schema's type for the key. `published` is a boolean in
// every Jekyll site (Publisher#can_be_published? tests it for false), whatever the posts use.
Schema::Type typeFor(const QString &path, const QString &key)
{
    if (key == QLatin1String("published"))
        return Schema::Type::Boolean;
    const QString root = SitePaths::findSiteRoot(path);
    if (root.isEmpty())
        return Schema::Type::Text;
    Site site;
    site.openNow(root);
    const Schema schema = site.schemaFor(QFileInfo(path).absoluteFilePath());
    const Schema::Field *field = schema.field(key);
    return field ? field->type : Schema::Type::Text;
}

// Writes value as the schema's type; false with a message when it is not a value of that type.
bool setTyped(FrontMatter &fm, const QString &key, const QString &value, Schema::Type type, QString *error)
{
    const QString text = value.trimmed();
    const QJsonValue psych = YamlScalar::plainToJson(text);
    switch (type) {
    case Schema::Type::Boolean:
        if (!psych.isBool()) {
            *error = tr("\"%1\" is a yes/no field: give true or false (--string writes it as text)").arg(key);
            return false;
        }
        return fm.setTypedScalar(key, psych.toBool() ? QStringLiteral("true") : QStringLiteral("false"), error);
    case Schema::Type::Number:
        if (!psych.isDouble()) {
            *error = tr("\"%1\" is a number field: \"%2\" is not a number (--string writes it as text)")
                         .arg(key, value);
            return false;
        }
        return fm.setTypedScalar(key, text, error);
    case Schema::Type::Date:
    case Schema::Type::DateTime:
        // A YAML timestamp stays a Date or Time for Jekyll; a date in the site's own words is text.
        if (YamlScalar::isTimestamp(text))
            return fm.setTypedScalar(key, text, error);
        if (!DateFormat::parse(text).valid) {
            *error = tr("\"%1\" is a date field: \"%2\" is not a date Jekyll can read (--string writes it as text)")
                         .arg(key, value);
            return false;
        }
        return fm.setScalar(key, value, error);
    default:
        return fm.setScalar(key, value, error);
    }
}

} // namespace

// set FILE KEY VALUE [--string] [-o OUT] | set FILE KEY --yaml FRAGMENT [-o OUT]
int runSet(const QStringList &args, Io &io)
{
    EditArgs edit;
    if (!parseEditArgs(args, true, &edit, io) || edit.positional.size() != 3 || (edit.yaml && edit.string)) {
        io.err << tr("usage: lectern-cli set FILE KEY VALUE [--string] [-o OUT]  |  "
                     "set FILE KEY --yaml FRAGMENT [-o OUT]\n"
                     "  VALUE is written as the type the site's schema gives KEY (published: true/false, numbers,\n"
                     "  dates); --string writes it as text. A VALUE starting with \"-\" goes after \"--\":\n"
                     "  lectern-cli set FILE KEY -- -5")
               << Qt::endl;
        return BadInput;
    }
    const QString path = edit.positional.at(0);
    const QString key = edit.positional.at(1);
    const QString value = edit.positional.at(2);
    if (key.isEmpty()) {
        io.err << tr("the key must not be empty") << Qt::endl;
        return BadInput;
    }
    PostFile post;
    if (!loadEditable(path, &post, io))
        return BadInput;
    QString error;
    FrontMatter &fm = post.frontMatter();
    bool ok = false;
    if (edit.yaml)
        ok = fm.setYaml(key, value.toUtf8(), &error);
    else if (edit.string)
        ok = fm.setScalar(key, value, &error);
    else
        ok = setTyped(fm, key, value, typeFor(path, key), &error);
    if (!ok) {
        io.err << tr("%1: cannot set \"%2\": %3").arg(path, key, error) << Qt::endl;
        return BadInput;
    }
    return writePost(post, edit, io);
}

} // namespace Lectern::Cli
