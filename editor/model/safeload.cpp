// SPDX-License-Identifier: GPL-3.0-or-later
#include "safeload.h"

#include "yamlentries.h"
#include "yamlscalar.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Lectern::SafeLoad {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::SafeLoad", text);
}

// The node's text as written at its mark, past an anchor ("&a "): starts with "!" for a tag, "*" for
// an alias, a quote or "|"/">" for quoted and block scalars.
QByteArray sourceAt(const YAML::Node &node, const QList<QByteArray> &lines, int lineOffset)
{
    const YAML::Mark mark = node.Mark();
    const int line = mark.line + lineOffset;
    if (mark.is_null() || line < 0 || line >= lines.size())
        return QByteArray();
    QByteArray text = lines.at(line).mid(mark.column).trimmed();
    while (text.startsWith('&')) {
        const qsizetype space = text.indexOf(' ');
        text = space < 0 ? QByteArray() : text.mid(space).trimmed();
    }
    return text;
}

// A scalar Psych tokenizes: no tag, or the non-specific "!" before plain text ("! :x"). yaml-cpp
// tags quoted and block scalars "!" too: the source tells them apart.
bool isPlain(const YAML::Node &node, const QList<QByteArray> &lines, int lineOffset)
{
    if (node.Tag() == "?")
        return true;
    if (node.Tag() != "!")
        return false;
    const QByteArray text = sourceAt(node, lines, lineOffset);
    if (!text.startsWith("! ") && !text.startsWith("!\t"))
        return false;
    const QByteArray rest = text.mid(1).trimmed();
    return !rest.isEmpty() && !QByteArray("'\"|>").contains(rest.at(0));
}

// The class a tag makes Psych load, when it is one safe_load refuses; empty when the tag is fine.
QString refusedClass(const YAML::Node &node)
{
    QString tag = QString::fromStdString(node.Tag());
    if (tag == QLatin1String("tag:yaml.org,2002:set"))
        return QStringLiteral("Psych::Set");
    if (!tag.startsWith(QLatin1String("!ruby/")))
        return QString();
    tag.remove(0, 6);
    const qsizetype colon = tag.indexOf(QLatin1Char(':'));
    const QString kind = colon < 0 ? tag : tag.left(colon);
    const QString className = colon < 0 ? QString() : tag.mid(colon + 1);
    static const QStringList symbols = {QStringLiteral("sym"), QStringLiteral("symbol")};
    if (symbols.contains(kind))
        return QStringLiteral("Symbol");
    if (kind == QLatin1String("regexp"))
        return QStringLiteral("Regexp");
    if (kind == QLatin1String("range"))
        return QStringLiteral("Range");
    if (kind == QLatin1String("class") || kind == QLatin1String("module"))
        return node.IsScalar() ? QString::fromStdString(node.Scalar()) : kind;
    if (kind.startsWith(QLatin1String("struct")))
        return className.isEmpty() ? QStringLiteral("Struct") : className;
    if (!className.isEmpty()) {
        // exception and data fall back to a plain value; only Date of the permitted classes loads.
        if (kind == QLatin1String("exception") || kind == QLatin1String("data")
            || (kind == QLatin1String("object") && className == QLatin1String("Date")))
            return QString();
        return className;
    }
    if (kind == QLatin1String("object") && !node.IsScalar())
        return QStringLiteral("Object");
    return QString();
}

// Psych's special floats (.inf, -.Inf, .NaN), which plainToJson() leaves as text.
bool isInfOrNan(const QString &text)
{
    static const QRegularExpression special(QStringLiteral("^(?i:[-+]?\\.inf|\\.nan)$"));
    return special.match(text).hasMatch();
}

void walk(const YAML::Node &node, const QList<QByteArray> &lines, int lineOffset, int depth, QList<Refusal> *out,
          YamlEntries::AliasBudget *seen)
{
    // Each node once (a budget without revisits): aliases can loop or double at each level.
    if (!node.IsDefined() || !seen->enter(node, depth))
        return;
    // An alias is its anchor's node, reported (once) where the anchor is. (A look at one character:
    // this runs for every node after every edit.)
    const YAML::Mark at = node.Mark();
    const int atLine = at.line + lineOffset;
    if (!at.is_null() && atLine >= 0 && atLine < lines.size() && at.column >= 0 && at.column < lines.at(atLine).size()
        && lines.at(atLine).at(at.column) == '*')
        return;
    const YAML::Mark mark = node.Mark();
    auto add = [&](const QString &message) {
        Refusal r;
        r.line = mark.is_null() ? lineOffset : mark.line + lineOffset;
        r.column = mark.is_null() ? 0 : mark.column;
        r.message = message;
        for (const Refusal &seen : std::as_const(*out)) {
            if (seen.line == r.line && seen.column == r.column)
                return;   // an alias of a node already reported
        }
        out->append(r);
    };
    const QString refused = refusedClass(node);
    if (!refused.isEmpty()) {
        add(tr("the tag %1 asks for a Ruby %2, which Jekyll's YAML loader refuses: the post loses its "
               "whole front matter; remove the tag")
                .arg(QString::fromStdString(node.Tag()), refused));
    } else if (node.IsScalar() && node.Tag() == "tag:yaml.org,2002:float"
               && !YamlScalar::plainToJson(QString::fromStdString(node.Scalar())).isDouble()
               && !isInfOrNan(QString::fromStdString(node.Scalar()))) {
        // Psych: Float(tokenize(value)) raises on anything but a number (ArgumentError, TypeError).
        add(tr("the tag !!float needs a number: \"%1\" makes Jekyll's YAML loader fail, and the post loses its "
               "whole front matter; remove the tag or write a number")
                .arg(QString::fromStdString(node.Scalar())));
    } else if (node.IsScalar() && isPlain(node, lines, lineOffset)) {
        const QString text = QString::fromStdString(node.Scalar());
        // Psych's ScalarScanner#tokenize: /^:./ is a Symbol (nothing before it can match a leading ':').
        if (text.size() > 1 && text.startsWith(QLatin1Char(':')))
            add(symbolMessage(text));
    }
    if (node.IsSequence()) {
        for (const auto &item : node)
            walk(item, lines, lineOffset, depth + 1, out, seen);
    } else if (node.IsMap()) {
        for (const auto &pair : node) {
            walk(pair.first, lines, lineOffset, depth + 1, out, seen);
            walk(pair.second, lines, lineOffset, depth + 1, out, seen);
        }
    }
}

} // namespace

QList<Refusal> refusals(const YAML::Node &node, const QList<QByteArray> &lines, int lineOffset)
{
    QList<Refusal> out;
    YamlEntries::AliasBudget seen;
    seen.revisits = 0;
    walk(node, lines, lineOffset, 0, &out, &seen);
    return out;
}

bool isRefusedKey(const QByteArray &keyText)
{
    return keyText.size() > 1 && keyText.startsWith(':');
}

QString symbolMessage(const QString &text)
{
    return tr("%1 is a Ruby symbol to Jekyll's YAML loader, which refuses it: the post loses its whole "
              "front matter; quote it: %2")
        .arg(text, QString::fromUtf8(YamlScalar::singleQuoted(text)));
}

} // namespace Lectern::SafeLoad
