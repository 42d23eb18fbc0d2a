// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlentries.h"

#include "yamlscalar.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <cctype>

namespace Lectern::YamlEntries {

namespace {

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

void collectTabsAfterDash(const YAML::Node &node, const QList<QByteArray> &lines, int offset, int depth,
                          QList<QPair<int, int>> *out, AliasBudget *seen)
{
    // Each node once (a budget without revisits): aliases can loop or double at each level.
    if (!seen->enter(node, depth))
        return;
    if (node.IsMap()) {
        for (const auto &pair : node)
            collectTabsAfterDash(pair.second, lines, offset, depth + 1, out, seen);
        return;
    }
    if (!node.IsSequence())
        return;
    for (const auto &item : node) {
        if (node.Style() == YAML::EmitterStyle::Block && !item.Mark().is_null()) {
            const int line = offset + item.Mark().line;
            const QByteArray text = lines.value(line);
            int pos = std::min(int(text.size()), item.Mark().column) - 1;
            bool tab = false;
            while (pos >= 0 && (text.at(pos) == ' ' || text.at(pos) == '\t')) {
                tab = tab || text.at(pos) == '\t';
                --pos;
            }
            if (tab && pos >= 0 && text.at(pos) == '-')
                out->append({line, pos});
        }
        collectTabsAfterDash(item, lines, offset, depth + 1, out, seen);
    }
}

} // namespace

QList<QPair<int, int>> tabsAfterDash(const Entry &entry, const QList<QByteArray> &lines)
{
    QList<QPair<int, int>> out;
    AliasBudget seen;
    seen.revisits = 0;
    collectTabsAfterDash(entry.value, lines, entry.markOffset, 0, &out, &seen);
    return out;
}

bool keepsTrailingLines(const QByteArray &keyLine, const QByteArray &keyText)
{
    return keepChomping(keyLine, keyText);
}

QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    for (qsizetype pos = 0; pos < text.size();) {
        const qsizetype nl = text.indexOf('\n', pos);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.append(text.mid(pos, end - pos));
        pos = end;
    }
    return lines;
}

QList<Entry> scanEntries(const YAML::Node &root, const QList<QByteArray> &lines, bool *offColumn)
{
    QList<Entry> entries;
    // An explicit key ("? key" at the margin) puts a key on a line of its own, and yaml-cpp even
    // takes a key from the line after a bare "?": lines and keys no longer pair up, so such a
    // front matter is edited as YAML text only.
    for (const QByteArray &line : lines) {
        if (line.startsWith('?') && (line.size() == 1 || isspace(static_cast<unsigned char>(line.at(1)))))
            *offColumn = true;
    }
    for (const auto &pair : root) {
        // An empty explicit key ("? " alone, or "~:") has no place of its own in the text, a list
        // or map as key no "key:" line: such a front matter is edited as YAML text only.
        const YAML::Mark mark = pair.first.Mark();
        if (pair.first.IsSequence() || pair.first.IsMap() || pair.first.IsNull() || mark.is_null() || mark.line < 0
            || mark.line >= lines.size()) {
            *offColumn = true;
            continue;
        }
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
            *offColumn = true;
        entries.append(e);
    }
    return entries;
}

void setEntryEnds(QList<Entry> &entries, const QList<QByteArray> &lines)
{
    for (int i = 0; i < entries.size(); ++i) {
        int end = i + 1 < entries.size() ? entries.at(i + 1).firstLine : int(lines.size());
        // A keep-chomped block scalar (|+ or >+) owns its trailing blank lines.
        const bool keepsBlankLines = keepChomping(lines.at(entries.at(i).firstLine), entries.at(i).keyText);
        while (end > entries.at(i).firstLine + 1 && isGapLine(lines.at(end - 1))
               && !(keepsBlankLines && lines.at(end - 1).trimmed().isEmpty()))
            --end;
        entries[i].endLine = end;
    }

}

namespace {

QVariant toVariantAt(const YAML::Node &node, int depth, AliasBudget *budget)
{
    if (!budget->enter(node, depth))
        return QVariant(QString());
    switch (node.Type()) {
    case YAML::NodeType::Scalar:
        return QString::fromStdString(node.Scalar());
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const auto &item : node)
            list.append(toVariantAt(item, depth + 1, budget));
        return list;
    }
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto &pair : node) {
            if (!isMergeKey(pair.first))
                map.insert(QString::fromStdString(pair.first.as<std::string>("")), toVariantAt(pair.second, depth + 1, budget));
        }
        forEachMerged(node, [&map, depth, budget](const QString &key, const YAML::Node &value) {
            if (!map.contains(key))
                map.insert(key, toVariantAt(value, depth + 1, budget));
        });
        return map;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QVariant(QString());
}

QJsonValue toJsonValueAt(const YAML::Node &node, int depth, AliasBudget *budget)
{
    if (!budget->enter(node, depth))
        return QJsonValue(QJsonValue::Null);
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
            array.append(toJsonValueAt(item, depth + 1, budget));
        return array;
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (const auto &pair : node) {
            if (!isMergeKey(pair.first))
                object.insert(QString::fromStdString(pair.first.as<std::string>("")), toJsonValueAt(pair.second, depth + 1, budget));
        }
        forEachMerged(node, [&object, depth, budget](const QString &key, const YAML::Node &value) {
            if (!object.contains(key))
                object.insert(key, toJsonValueAt(value, depth + 1, budget));
        });
        return object;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

bool AliasBudget::enter(const YAML::Node &node, int depth)
{
    if (depth > 64)
        return false;
    const YAML::Mark mark = node.Mark();
    if (mark.is_null())
        return true;
    const qint64 key = (qint64(mark.line) << 32) | quint32(mark.column);
    if (!seen.contains(key)) {
        seen.insert(key);
        return true;
    }
    return --revisits >= 0;
}

QVariant toVariant(const YAML::Node &node, AliasBudget *budget)
{
    AliasBudget own;
    return toVariantAt(node, 0, budget ? budget : &own);
}

QJsonValue toJsonValue(const YAML::Node &node, AliasBudget *budget)
{
    AliasBudget own;
    return toJsonValueAt(node, 0, budget ? budget : &own);
}

} // namespace Lectern::YamlEntries
