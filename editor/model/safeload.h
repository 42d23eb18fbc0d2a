// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to lectern_model: what Jekyll's front-matter loader refuses although yaml-cpp reads it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace Lectern::SafeLoad {

// A node Jekyll's loader refuses: 0-based line (in lines) and column.
struct Refusal
{
    int line = 0;
    int column = 0;
    QString message;
};

// Every key and value under node (recursively, aliases once) that Psych.safe_load refuses as Jekyll
// 4.3 calls it (Jekyll::Utils.safe_load_yaml: permitted_classes [Date, Time], aliases allowed), checked
// against Psych 4 on Ruby 3.1: the whole front matter is then dropped ("Tried to load unspecified
// class"). The kinds:
// - a plain scalar starting ":" and one more character (`:P a talk`, `:sym: 1`): ScalarScanner makes
//   a Symbol; so does `!ruby/sym` / `!ruby/symbol`;
// - tags for classes outside the permitted ones: !ruby/regexp, !ruby/range, !ruby/class, !ruby/module,
//   !ruby/struct, !ruby/object on a map or list, !ruby/KIND:CLASS (object, string, array, hash, …;
//   only !ruby/object:Date loads), and !!set (Psych::Set);
// - !!float on anything but a number (Float() raises; Jekyll's fallback call fails too).
// Not refused, so not listed: aliases, !!python/…, !!binary, !!omap, unknown local tags (read as the
// plain value). lines: the text's lines, to tell a quoted scalar from a plain one; a node's mark line
// plus lineOffset is its index in lines (YamlEntries::Entry::markOffset).
QList<Refusal> refusals(const YAML::Node &node, const QList<QByteArray> &lines, int lineOffset = 0);
// The same check for a top-level key as written (Entry::keyText): `:sym: 1`.
bool isRefusedKey(const QByteArray &keyText);
// The message for a plain scalar read as a Symbol.
QString symbolMessage(const QString &text);

} // namespace Lectern::SafeLoad
