// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Lectern::YamlScalar {

// True when text can stand unquoted in block context and Jekyll (Psych, YAML 1.1)
// reads it back as the same string.
bool isPlainSafe(const QString &text, bool flowContext = false);
// A plain scalar Psych would read as a bool, null or number.
bool resolvesToNonString(const QString &text);
// A plain scalar Psych reads as a Date or Time (e.g. 2025-03-19 or 2025-03-19 10:00:00 +0100).
bool isTimestamp(const QString &text);
// The JSON of an unquoted scalar as Psych types it (true, 12, null, or the text).
QJsonValue plainToJson(const QString &text);

QByteArray singleQuoted(const QString &text);
QByteArray doubleQuoted(const QString &text);
// The least quoting YAML needs for text on one line (flow context for list items).
QByteArray minimalScalar(const QString &text, bool flowContext = false);

QByteArray keyText(const QString &key);

// Lines for "key: value" written in the style of oldLines (empty for a new entry).
QByteArray writeScalarEntry(const QByteArray &keyText, const QByteArray &oldLines, const QString &value,
                            const QByteArray &eol);
QByteArray writeListEntry(const QByteArray &keyText, const QByteArray &oldLines, const QStringList &values,
                          const QByteArray &eol);
// "key: text" with text unquoted, keeping the old entry's spacing after ':' and its trailing comment
// (for a value whose Psych type is meant: `published: false`, `order: 3`, `date: 2025-03-19`).
QByteArray writePlainEntry(const QByteArray &keyText, const QByteArray &oldLines, const QString &text,
                           const QByteArray &eol);
QByteArray writeYamlEntry(const QByteArray &keyText, const QByteArray &yamlValue, const QByteArray &eol);

} // namespace Lectern::YamlScalar
