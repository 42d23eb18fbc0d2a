// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmattertext.h"

#include <QFile>

#include <yaml-cpp/yaml.h>

namespace Lectern {

namespace {

QVariant toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        if (node.Tag() == "!")   // quoted: always a string
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
            list.append(toVariant(item));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto &kv : node)
            map.insert(QString::fromStdString(kv.first.as<std::string>()), toVariant(kv.second));
        return map;
    }
    default:
        return {};
    }
}

} // namespace

QVariant FrontMatterText::fromYaml(const QString &yaml, QString *error)
{
    try {
        return toVariant(YAML::Load(yaml.toStdString()));
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
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
