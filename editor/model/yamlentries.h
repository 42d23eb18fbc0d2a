// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to lectern_model: the top-level entries of a front matter and the lines each spans.
// Kept apart from FrontMatter so the public header never includes yaml-cpp.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariant>

#include <yaml-cpp/yaml.h>

namespace Lectern::YamlEntries {

// One top-level "key: value" entry and the lines it spans in the text.
struct Entry
{
    QString key;
    QByteArray keyText;     // the key as written (quotes kept)
    int firstLine = 0;      // 0-based line index within the text
    int endLine = 0;        // one past the last line of the entry
    int markOffset = 0;     // add to the value's yaml-cpp marks to get a line index in the text
    YAML::Node value;
};

// True when keyLine starts a block scalar with keep chomping (|+ or >+): it owns the blank lines after it.
bool keepsTrailingLines(const QByteArray &keyLine, const QByteArray &keyText);

// The text cut into lines, each keeping its line ending.
QList<QByteArray> splitLines(const QByteArray &text);

// The entries of a parsed root map, in file order, duplicates included; lines are the parsed text's.
// *offColumn is set when a key does not start at column 0 (a layout we only edit as text).
QList<Entry> scanEntries(const YAML::Node &root, const QList<QByteArray> &lines, bool *offColumn);
// Each entry runs to the next one, less the blank lines and column-0 comments before it.
void setEntryEnds(QList<Entry> &entries, const QList<QByteArray> &lines);

// Positions (0-based line in the text, 0-based column) of block list items whose "-" is followed by
// a tab: yaml-cpp reads them, libyaml (Jekyll) stops with "found character that cannot start any token".
QList<QPair<int, int>> tabsAfterDash(const Entry &entry, const QList<QByteArray> &lines);

// Aliases make a node graph, not a tree: an anchor may hold an alias of itself (a cycle), or aliases
// may double at each level (8 KB of YAML naming 2^60 nodes). The walks below stop 64 levels down and
// after 1,000 visits of a node already seen (an alias: yaml-cpp gives it its anchor's node and mark);
// what lies past that reads as null. One AliasBudget shared by the walks of a whole front matter bounds
// them together; real front matter is far inside it.
struct AliasBudget
{
    QSet<qint64> seen;   // the marks (line, column) of the nodes visited
    int revisits = 1000;
    // False when NODE, DEPTH levels down, is past the limits; counts it.
    bool enter(const YAML::Node &node, int depth);
};

// Values as Psych gives them to Jekyll (merge keys applied). BUDGET: shared with other walks of the same
// front matter; null: one of its own.
QVariant toVariant(const YAML::Node &node, AliasBudget *budget = nullptr);
QJsonValue toJsonValue(const YAML::Node &node, AliasBudget *budget = nullptr);

} // namespace Lectern::YamlEntries
