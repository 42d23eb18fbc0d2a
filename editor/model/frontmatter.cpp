// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter.h"

#include "yamlscalar.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::FrontMatter", text);
}

// One top-level "key: value" entry and the lines it spans in the text.
struct Entry
{
    QString key;
    QByteArray keyText;     // the key as written (quotes kept)
    int firstLine = 0;      // 0-based line index within the text
    int endLine = 0;        // one past the last line of the entry
    YAML::Node value;
};

// YAML 1.1 merge keys (`<<: *base`), which Psych applies: explicit keys win over merged ones.
bool isMergeKey(const YAML::Node &key)
{
    return key.IsScalar() && key.Scalar() == "<<" && key.Tag() == "?";
}

template<typename Insert>
void forEachMerged(const YAML::Node &map, Insert insert)
{
    for (const auto &pair : map) {
        if (!isMergeKey(pair.first))
            continue;
        const auto mergeOne = [&insert](const YAML::Node &source) {
            if (!source.IsMap())
                return;
            for (const auto &item : source)
                insert(QString::fromStdString(item.first.as<std::string>("")), item.second);
        };
        if (pair.second.IsSequence()) {
            for (const auto &source : pair.second)
                mergeOne(source);
        } else {
            mergeOne(pair.second);
        }
    }
}

QVariant toVariant(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const auto &item : node)
            list.append(toVariant(item));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto &pair : node) {
            if (!isMergeKey(pair.first))
                map.insert(QString::fromStdString(pair.first.as<std::string>("")), toVariant(pair.second));
        }
        forEachMerged(node, [&map](const QString &key, const YAML::Node &value) {
            if (!map.contains(key))
                map.insert(key, toVariant(value));
        });
        return map;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QVariant(QString());
}

QJsonValue toJsonValue(const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Scalar: {
        const QString text = QString::fromStdString(node.Scalar());
        if (node.Tag() == "?")
            return YamlScalar::plainToJson(text);
        return text;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const auto &item : node)
            array.append(toJsonValue(item));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &pair : node) {
            if (!isMergeKey(pair.first))
                object.insert(QString::fromStdString(pair.first.as<std::string>("")), toJsonValue(pair.second));
        }
        forEachMerged(node, [&object](const QString &key, const YAML::Node &value) {
            if (!object.contains(key))
                object.insert(key, toJsonValue(value));
        });
        return object;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

bool isGapLine(const QByteArray &line)
{
    const QByteArray t = line.trimmed();
    return t.isEmpty() || (line.startsWith('#'));
}

// "key: |+" (or >+, |2+, with an anchor before it): the header of a block scalar that keeps trailing lines.
bool keepChomping(const QByteArray &keyLine, const QByteArray &keyText)
{
    QByteArray rest = keyLine.mid(keyLine.indexOf(keyText) + keyText.size()).trimmed();
    if (!rest.startsWith(':'))
        return false;
    rest = rest.mid(1).trimmed();
    if (rest.startsWith('&'))
        rest = rest.mid(rest.indexOf(' ') + 1).trimmed();
    if (!rest.startsWith('|') && !rest.startsWith('>'))
        return false;
    for (qsizetype i = 1; i < rest.size() && rest.at(i) != ' ' && rest.at(i) != '#'; ++i) {
        if (rest.at(i) == '+')
            return true;
    }
    return false;
}

} // namespace

struct FrontMatter::Private
{
    QByteArray text;
    int firstLine = 2;
    QByteArray eol = "\n";
    QList<QByteArray> lines;  // each with its line ending
    bool valid = true;
    bool flowRoot = false;
    Diagnostics diagnostics;
    QList<Entry> entries;     // in file order, duplicates included

    void parse();
    const Entry *find(const QString &key) const;   // the last entry with that key (Psych: last wins)
    int lineOf(const Entry &e) const { return firstLine + e.firstLine; }
    bool replace(const QString &key, const QByteArray &newLines, QString *error);
};

void FrontMatter::Private::parse()
{
    lines.clear();
    entries.clear();
    diagnostics.clear();
    valid = true;
    flowRoot = false;
    for (qsizetype pos = 0; pos < text.size();) {
        qsizetype nl = text.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.append(text.mid(pos, end - pos));
        pos = end;
    }

    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        valid = false;
        Diagnostic d;
        d.line = firstLine + (e.mark.is_null() ? 0 : e.mark.line);
        d.column = e.mark.is_null() ? 0 : e.mark.column + 1;
        d.message = tr("invalid YAML: %1").arg(QString::fromStdString(e.msg));
        diagnostics.append(d);
        return;
    }
    if (root.IsNull() || !root.IsDefined())
        return;
    if (!root.IsMap()) {
        valid = false;
        Diagnostic d;
        d.line = firstLine + std::max(0, root.Mark().line);
        d.column = root.Mark().column + 1;
        d.message = tr("front matter must be a list of \"key: value\" lines");
        diagnostics.append(d);
        return;
    }
    if (root.Style() == YAML::EmitterStyle::Flow)
        flowRoot = true;

    for (const auto &pair : root) {
        Entry e;
        e.key = QString::fromStdString(pair.first.as<std::string>(""));
        e.firstLine = pair.first.Mark().line;
        e.value = pair.second;
        const QByteArray &line = lines.value(e.firstLine);
        const int column = pair.first.Mark().column;
        // The key as written: up to the ':' that ends it.
        int keyEnd = column;
        if (column < line.size() && (line.at(column) == '"' || line.at(column) == '\'')) {
            const char q = line.at(column);
            keyEnd = column + 1;
            while (keyEnd < line.size()) {
                if (line.at(keyEnd) == q) {
                    if (q == '\'' && keyEnd + 1 < line.size() && line.at(keyEnd + 1) == '\'') {
                        keyEnd += 2;
                        continue;
                    }
                    if (q == '"' && line.at(keyEnd - 1) == '\\') {
                        ++keyEnd;
                        continue;
                    }
                    ++keyEnd;
                    break;
                }
                ++keyEnd;
            }
        } else {
            while (keyEnd < line.size() && line.at(keyEnd) != '\n' && line.at(keyEnd) != '\r') {
                if (line.at(keyEnd) == ':'
                    && (keyEnd + 1 >= line.size() || isspace(static_cast<unsigned char>(line.at(keyEnd + 1)))))
                    break;
                ++keyEnd;
            }
            while (keyEnd > column && (line.at(keyEnd - 1) == ' ' || line.at(keyEnd - 1) == '\t'))
                --keyEnd;
        }
        e.keyText = line.mid(column, keyEnd - column);
        if (column != 0)
            flowRoot = true;   // keys not at column 0: an unusual layout we only edit as text
        entries.append(e);
    }
    // Each entry runs to the next one, less the blank lines and column-0 comments before it.
    for (int i = 0; i < entries.size(); ++i) {
        int end = i + 1 < entries.size() ? entries.at(i + 1).firstLine : int(lines.size());
        // A keep-chomped block scalar (|+ or >+) owns its trailing blank lines.
        const bool keepsBlankLines = keepChomping(lines.at(entries.at(i).firstLine), entries.at(i).keyText);
        while (end > entries.at(i).firstLine + 1 && isGapLine(lines.at(end - 1))
               && !(keepsBlankLines && lines.at(end - 1).trimmed().isEmpty()))
            --end;
        entries[i].endLine = end;
    }

    QHash<QString, int> seen;
    for (const Entry &e : std::as_const(entries)) {
        if (seen.contains(e.key)) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.line = lineOf(e);
            d.column = 1;
            d.message = tr("duplicate key \"%1\" (also on line %2); Jekyll uses this last one")
                            .arg(e.key).arg(firstLine + seen.value(e.key));
            diagnostics.append(d);
        }
        seen.insert(e.key, e.firstLine);
    }
}

const Entry *FrontMatter::Private::find(const QString &key) const
{
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->key == key)
            return &*it;
    }
    return nullptr;
}

bool FrontMatter::Private::replace(const QString &key, const QByteArray &newLines, QString *error)
{
    if (!valid || flowRoot) {
        if (error)
            *error = tr("the front matter cannot be edited field by field; edit it as YAML text");
        return false;
    }
    const QByteArray old = text;
    const Entry *e = find(key);
    QByteArray next;
    if (e) {
        for (int i = 0; i < e->firstLine; ++i)
            next += lines.at(i);
        next += newLines;
        for (int i = e->endLine; i < lines.size(); ++i)
            next += lines.at(i);
    } else {
        next = text;
        if (!next.isEmpty() && !next.endsWith('\n'))
            next += eol;
        next += newLines;
    }
    text = next;
    parse();
    const Entry *after = find(key);
    if (!valid || (!newLines.isEmpty() && !after)) {
        if (error)
            *error = valid ? tr("the value could not be written for \"%1\"").arg(key)
                           : diagnostics.value(0).message;
        text = old;
        parse();
        return false;
    }
    return true;
}

FrontMatter::FrontMatter()
    : d(std::make_unique<Private>())
{
}

FrontMatter::FrontMatter(const QByteArray &text, int firstLine, const QByteArray &eol)
    : d(std::make_unique<Private>())
{
    d->text = text;
    d->firstLine = firstLine;
    d->eol = eol;
    d->parse();
}

FrontMatter::FrontMatter(const FrontMatter &other)
    : d(std::make_unique<Private>(*other.d))
{
}

FrontMatter &FrontMatter::operator=(const FrontMatter &other)
{
    if (this != &other)
        d = std::make_unique<Private>(*other.d);
    return *this;
}

FrontMatter::FrontMatter(FrontMatter &&) noexcept = default;
FrontMatter &FrontMatter::operator=(FrontMatter &&) noexcept = default;
FrontMatter::~FrontMatter() = default;

QByteArray FrontMatter::text() const { return d->text; }
bool FrontMatter::isValid() const { return d->valid; }
Diagnostics FrontMatter::diagnostics() const { return d->diagnostics; }

QStringList FrontMatter::keys() const
{
    QStringList keys;
    for (const Entry &e : std::as_const(d->entries)) {
        if (!keys.contains(e.key))
            keys.append(e.key);
    }
    return keys;
}

QStringList FrontMatter::duplicateKeys() const
{
    QStringList seen;
    QStringList dups;
    for (const Entry &e : std::as_const(d->entries)) {
        if (seen.contains(e.key) && !dups.contains(e.key))
            dups.append(e.key);
        seen.append(e.key);
    }
    return dups;
}

bool FrontMatter::contains(const QString &key) const { return d->find(key) != nullptr; }

FrontMatter::Kind FrontMatter::kind(const QString &key) const
{
    const Entry *e = d->find(key);
    if (!e)
        return Kind::Missing;
    switch (e->value.Type()) {
    case YAML::NodeType::Scalar: return Kind::Scalar;
    case YAML::NodeType::Sequence: return Kind::Sequence;
    case YAML::NodeType::Map: return Kind::Map;
    default: return Kind::Null;
    }
}

QVariant FrontMatter::value(const QString &key) const
{
    const Entry *e = d->find(key);
    return e ? toVariant(e->value) : QVariant();
}

QString FrontMatter::scalar(const QString &key) const
{
    const Entry *e = d->find(key);
    return e && e->value.IsScalar() ? QString::fromStdString(e->value.Scalar()) : QString();
}

QStringList FrontMatter::stringList(const QString &key) const
{
    const Entry *e = d->find(key);
    QStringList list;
    if (!e)
        return list;
    if (e->value.IsSequence()) {
        for (const auto &item : e->value)
            list.append(item.IsScalar() ? QString::fromStdString(item.Scalar()) : QString());
    } else if (e->value.IsScalar()) {
        // Jekyll splits a string of categories on spaces.
        list = QString::fromStdString(e->value.Scalar()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return list;
}

QJsonValue FrontMatter::toJson(const QString &key) const
{
    const Entry *e = d->find(key);
    return e ? toJsonValue(e->value) : QJsonValue(QJsonValue::Undefined);
}

QJsonValue FrontMatter::toJson() const
{
    QJsonObject object;
    for (const Entry &e : std::as_const(d->entries))
        object.insert(e.key, toJsonValue(e.value));
    return object;
}

int FrontMatter::line(const QString &key) const
{
    const Entry *e = d->find(key);
    return e ? d->lineOf(*e) : 0;
}

QByteArray FrontMatter::entryText(const QString &key) const
{
    const Entry *e = d->find(key);
    QByteArray out;
    if (e) {
        for (int i = e->firstLine; i < e->endLine; ++i)
            out += d->lines.at(i);
    }
    return out;
}

bool FrontMatter::setScalar(const QString &key, const QString &value, QString *error)
{
    const Entry *e = d->find(key);
    const QByteArray oldLines = e ? entryText(key) : QByteArray();
    const QByteArray keyText = e ? e->keyText : YamlScalar::keyText(key);
    const QByteArray lines = YamlScalar::writeScalarEntry(keyText, oldLines, value, d->eol);
    if (e && lines == oldLines)
        return true;
    return d->replace(key, lines, error);
}

bool FrontMatter::setStringList(const QString &key, const QStringList &values, QString *error)
{
    const Entry *e = d->find(key);
    const QByteArray oldLines = e ? entryText(key) : QByteArray();
    const QByteArray keyText = e ? e->keyText : YamlScalar::keyText(key);
    const QByteArray lines = YamlScalar::writeListEntry(keyText, oldLines, values, d->eol);
    if (e && lines == oldLines)
        return true;
    return d->replace(key, lines, error);
}

bool FrontMatter::setYaml(const QString &key, const QByteArray &yamlValue, QString *error)
{
    const Entry *e = d->find(key);
    const QByteArray keyText = e ? e->keyText : YamlScalar::keyText(key);
    return d->replace(key, YamlScalar::writeYamlEntry(keyText, yamlValue, d->eol), error);
}

bool FrontMatter::remove(const QString &key, QString *error)
{
    if (!d->valid || d->flowRoot)
        return d->replace(key, QByteArray(), error);   // refuses, with the reason
    if (!d->find(key))
        return true;
    // Remove every entry of a duplicated key, so the key is really gone.
    while (d->find(key)) {
        if (!d->replace(key, QByteArray(), error))
            return false;
    }
    return true;
}

} // namespace Lectern
