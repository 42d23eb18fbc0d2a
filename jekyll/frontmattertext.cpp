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

char16_t code(QChar c)
{
    return c.unicode();
}

char16_t code(char c)
{
    return uchar(c);
}

// Ruby's \s without the line feed.
bool isBlank(char16_t c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Length of the line at pos with its "\n" (if any).
template<typename View>
qsizetype lineLength(View text, qsizetype pos)
{
    qsizetype end = pos;
    while (end < text.size() && code(text.at(end)) != '\n')
        ++end;
    return end < text.size() ? end + 1 - pos : end - pos;
}

// "---" (or "..." when dots) then blanks to the end of the line.
template<typename View>
bool isDelimiter(View text, qsizetype pos, qsizetype length, bool dots)
{
    if (length < 3)
        return false;
    const char16_t c = code(text.at(pos));
    if (!(c == '-' || (dots && c == '.')) || code(text.at(pos + 1)) != c || code(text.at(pos + 2)) != c)
        return false;
    for (qsizetype i = pos + 3; i < pos + length; ++i) {
        const char16_t x = code(text.at(i));
        if (x != '\n' && !isBlank(x))
            return false;
    }
    return true;
}

template<typename View>
FrontMatterBounds locateIn(View text)
{
    FrontMatterBounds b;
    const qsizetype open = lineLength(text, 0);
    // The opening line needs its line break (`---\s*\n`).
    if (open == 0 || code(text.at(open - 1)) != '\n' || !isDelimiter(text, 0, open, false))
        return b;
    for (qsizetype pos = open; pos < text.size();) {
        const qsizetype length = lineLength(text, pos);
        if (isDelimiter(text, pos, length, true)) {
            b.found = true;
            b.openLength = open;
            b.yamlLength = pos - open;
            b.closeStart = pos;
            b.closeLength = length;
            return b;
        }
        pos += length;
    }
    return b;
}

} // namespace

FrontMatterBounds FrontMatterText::locate(QByteArrayView text)
{
    return locateIn(text);
}

FrontMatterBounds FrontMatterText::locate(QStringView text)
{
    return locateIn(text);
}

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
    QStringView src(text);
    if (src.startsWith(QChar(0xFEFF)))
        src = src.sliced(1);
    const FrontMatterBounds b = locate(src);
    if (!b.found) {
        if (body)
            *body = src.toString();
        return {};
    }
    if (body)
        *body = src.sliced(b.bodyStart()).toString();
    return fromYaml(src.sliced(b.openLength, b.yamlLength).toString(), error).toMap();
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
