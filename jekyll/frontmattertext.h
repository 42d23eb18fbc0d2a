// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <QVariantMap>

namespace Lectern {

// Where Jekyll finds front matter. Jekyll 4.3 document.rb (also used by convertible.rb for pages and
// layouts):
//     YAML_FRONT_MATTER_REGEXP = %r!\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)!m
// i.e. the text starts with "---", optional blanks and a line break; the front matter ends at the first
// later line that is "---" or "..." with optional blanks. (Jekyll reads files with "bom|utf-8": strip a
// BOM first.) Offsets are in the units of the text given (bytes or UTF-16 code units).
struct FrontMatterBounds
{
    bool found = false;          // false: no front matter, the whole text is body
    qsizetype openLength = 0;    // the opening "---" line with its line ending
    qsizetype yamlLength = 0;    // the YAML, from openLength, with its last line ending
    qsizetype closeStart = 0;    // the closing "---"/"..." line
    qsizetype closeLength = 0;   // with its line ending (none when it ends the text)
    // Where the body starts: closeStart + closeLength. (Ruby's `\s*$\n?` also swallows blank lines
    // right after the closing line; Lectern keeps them in the body, where Markdown ignores them, so
    // that a file is split losslessly.)
    qsizetype bodyStart() const { return closeStart + closeLength; }
};

// Front matter of layouts, includes and other posts, read for rendering only (the editor's lossless
// model lives in editor/model; the renderer never depends on it). The split itself (locate()) is the
// one both use: PostFile calls it on the file's bytes.
class FrontMatterText final
{
public:
    static FrontMatterBounds locate(QByteArrayView text);
    static FrontMatterBounds locate(QStringView text);

    // Splits "---\nyaml\n---\nbody" (locate()) into values and body; text without front matter is all body.
    // Values that do not parse give an empty map and *error set.
    static QVariantMap split(const QString &text, QString *body, QString *error = nullptr);
    static QVariantMap readFile(const QString &path, QString *body = nullptr, QString *error = nullptr);
    static QVariant fromYaml(const QString &yaml, QString *error = nullptr);

    // Scalars as written (QString, as the editor's model reads them) or typed (bool, qlonglong,
    // double, QString: what Liquid sees). Merge keys ("<<") are applied.
    enum class Scalars { Typed, Text };
    struct YamlError
    {
        QString message;
        int line = 0;     // 0-based line of the YAML text, as yaml-cpp's Mark
        int column = 0;   // 0-based
    };
    // Invalid QVariant and *error set (when given) on a YAML syntax error.
    static QVariant fromYaml(const QString &yaml, Scalars scalars, YamlError *error);
};

} // namespace Lectern
