// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantMap>

namespace Lectern {

// Front matter of layouts, includes and other posts, read for rendering only (the editor's lossless
// model lives in editor/model; the renderer never depends on it).
class FrontMatterText final
{
public:
    // Splits "---\nyaml\n---\nbody" into values and body; text without front matter is all body.
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
