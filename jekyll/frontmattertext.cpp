// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmattertext.h"

#include <QFile>

#include <yaml-cpp/yaml.h>

namespace Lectern {

namespace {

QVariant toVariant(const YAML::Node &node, FrontMatterText::Scalars scalars)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        if (node.Tag() == "!" || scalars == FrontMatterText::Scalars::Text)   // quoted: always a string
            return text;
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
        bool ok = false;
        const qlonglong i = text.toLongLong(&ok);
        if (ok)
            return i;
        const double d = text.toDouble(&ok);
        if (ok && text.contains(QLatin1Char('.')))
            return d;
        return text;
    }
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const YAML::Node &item : node)
            list.append(toVariant(item, scalars));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        QVariantMap merged;
        for (const auto &kv : node) {
            const std::string key = kv.first.IsScalar() ? kv.first.Scalar() : std::string();
            if (key == "<<" && kv.first.Tag() != "!") {
                // YAML merge key: the named maps fill in what the map does not set itself.
                const QVariant value = toVariant(kv.second, scalars);
                const QVariantList sources = value.typeId() == QMetaType::QVariantList ? value.toList() : QVariantList{value};
                for (const QVariant &source : sources) {
                    const QVariantMap from = source.toMap();
                    for (auto it = from.cbegin(); it != from.cend(); ++it)
                        if (!merged.contains(it.key()))
                            merged.insert(it.key(), it.value());
                }
                continue;
            }
            map.insert(QString::fromStdString(key), toVariant(kv.second, scalars));
        }
        for (auto it = merged.cbegin(); it != merged.cend(); ++it)
            if (!map.contains(it.key()))
                map.insert(it.key(), it.value());
        return map;
    }
    case YAML::NodeType::Null:
        return scalars == FrontMatterText::Scalars::Text ? QVariant(QString()) : QVariant();
    default:
        return {};
    }
}

} // namespace

QVariant FrontMatterText::fromYaml(const QString &yaml, QString *error)
{
    YamlError e;
    const QVariant value = fromYaml(yaml, Scalars::Typed, &e);
    if (error && !e.message.isEmpty())
        *error = e.message;
    return value;
}

QVariant FrontMatterText::fromYaml(const QString &yaml, Scalars scalars, YamlError *error)
{
    try {
        return toVariant(YAML::Load(yaml.toStdString()), scalars);
    } catch (const YAML::Exception &e) {
        if (error) {
            error->message = QString::fromStdString(e.msg);
            error->line = e.mark.is_null() ? 0 : e.mark.line;
            error->column = e.mark.is_null() ? 0 : e.mark.column;
        }
        return {};
    } catch (const std::exception &e) {
        if (error)
            error->message = QString::fromUtf8(e.what());
        return {};
    }
}

QVariantMap FrontMatterText::split(const QString &text, QString *body, QString *error)
{
    QString src = text;
    if (src.startsWith(QChar(0xFEFF)))
        src.remove(0, 1);
    if (!src.startsWith(QLatin1String("---"))) {
        if (body)
            *body = src;
        return {};
    }
    const qsizetype firstEol = src.indexOf(QLatin1Char('\n'));
    if (firstEol < 0 || !src.left(firstEol).trimmed().remove(QLatin1Char('-')).isEmpty()) {
        if (body)
            *body = src;
        return {};
    }
    qsizetype pos = firstEol + 1;
    while (pos <= src.size()) {
        qsizetype eol = src.indexOf(QLatin1Char('\n'), pos);
        if (eol < 0)
            eol = src.size();
        const QString line = src.mid(pos, eol - pos).trimmed();
        if (line == QLatin1String("---") || line == QLatin1String("...")) {
            if (body)
                *body = src.mid(qMin(eol + 1, src.size()));
            return fromYaml(src.mid(firstEol + 1, pos - firstEol - 1), error).toMap();
        }
        pos = eol + 1;
    }
    if (body)
        *body = src;
    return {};
}

QVariantMap FrontMatterText::readFile(const QString &path, QString *body, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return split(text, body, error);
}

} // namespace Lectern
