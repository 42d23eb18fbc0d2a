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
};

} // namespace Lectern
