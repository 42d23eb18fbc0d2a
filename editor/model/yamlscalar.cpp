// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlscalar.h"

#include <algorithm>

#include <QRegularExpression>

namespace Lectern::YamlScalar {

namespace {

struct OldStyle
{
    QByteArray separator = " ";  // what followed the ':' on the key line before the value
    QByteArray value;            // the value text on the key line (comment removed)
    QByteArray comment;          // " # ..." after a one-line value
    bool multiLine = false;
    QByteArray continuation;     // the lines after the key line
};

OldStyle splitOld(const QByteArray &keyText, const QByteArray &oldLines)
{
    OldStyle s;
    if (oldLines.isEmpty())
        return s;
    const qsizetype nl = oldLines.indexOf('\n');
    QByteArray first = nl < 0 ? oldLines : oldLines.left(nl + 1);
    s.continuation = nl < 0 ? QByteArray() : oldLines.mid(nl + 1);
    s.multiLine = !s.continuation.trimmed().isEmpty();
    while (first.endsWith('\n') || first.endsWith('\r'))
        first.chop(1);
    qsizetype pos = keyText.size();
    if (pos < first.size() && first.at(pos) == ':')
        ++pos;
    qsizetype valueStart = pos;
    while (valueStart < first.size() && (first.at(valueStart) == ' ' || first.at(valueStart) == '\t'))
        ++valueStart;
    s.separator = valueStart > pos ? first.mid(pos, valueStart - pos) : QByteArray(" ");
    QByteArray rest = first.mid(valueStart);
    // A trailing comment after a one-line plain or quoted value.
    if (!rest.startsWith('|') && !rest.startsWith('>')) {
        bool inSingle = false, inDouble = false;
        for (qsizetype i = 0; i < rest.size(); ++i) {
            const char c = rest.at(i);
            if (c == '\'' && !inDouble)
                inSingle = !inSingle;
            else if (c == '"' && !inSingle && (i == 0 || rest.at(i - 1) != '\\'))
                inDouble = !inDouble;
            else if (c == '#' && !inSingle && !inDouble && i > 0 && (rest.at(i - 1) == ' ' || rest.at(i - 1) == '\t')) {
                qsizetype cut = i;
                while (cut > 0 && (rest.at(cut - 1) == ' ' || rest.at(cut - 1) == '\t'))
                    --cut;
                s.comment = rest.mid(cut);
                rest = rest.left(cut);
                break;
            }
        }
    }
    s.value = rest;
    return s;
}

int leadingSpaces(const QByteArray &line)
{
    int n = 0;
    while (n < line.size() && line.at(n) == ' ')
        ++n;
    return n;
}

QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> out;
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        out.append(line);
    }
    if (!out.isEmpty() && out.last().isEmpty() && text.endsWith('\n'))
        out.removeLast();
    return out;
}

// A literal or folded block for value, keeping the old header's indicator and indentation.
QByteArray blockScalar(const QByteArray &header, const QByteArray &oldContinuation, const QString &value,
                       const QByteArray &eol)
{
    int indent = 2;
    for (const QByteArray &line : splitLines(oldContinuation)) {
        if (!line.trimmed().isEmpty()) {
            indent = std::max(1, leadingSpaces(line));
            break;
        }
    }
    const bool folded = header.startsWith('>');
    QString body = value;
    int trailing = 0;
    while (body.endsWith(QLatin1Char('\n'))) {
        body.chop(1);
        ++trailing;
    }
    QByteArray out = folded ? QByteArray(">") : QByteArray("|");
    const QStringList lines = body.split(QLatin1Char('\n'));
    // YAML guesses the indentation from the first non-empty line: say it when that line starts with blanks.
    const auto firstText = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return !l.isEmpty(); });
    if (firstText != lines.cend() && (firstText->startsWith(QLatin1Char(' ')) || firstText->startsWith(QLatin1Char('\t'))))
        out += QByteArray::number(indent);
    if (trailing == 0)
        out += '-';
    else if (trailing > 1)
        out += '+';
    out += eol;
    const QByteArray pad(indent, ' ');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).toUtf8();
        out += line.isEmpty() ? eol : pad + line + eol;
        // In a folded block one line break is a space: each real break after text needs an empty line.
        if (folded && i + 1 < lines.size() && !line.isEmpty())
            out += eol;
    }
    for (int i = 1; i < trailing; ++i)
        out += eol;
    return out;
}

bool hasNonPrintable(const QString &text)
{
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7f || c == QChar(0xFEFF))
            return true;
    }
    return false;
}

} // namespace

bool resolvesToNonString(const QString &text)
{
    static const QRegularExpression nonString(QStringLiteral(
        "^(?:"
        "~|null|Null|NULL"
        "|(?i:yes|no|true|false|on|off)"
        "|[-+]?(?:0|[1-9][0-9_]*)"
        "|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?0b[01_]+"
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\\.[0-9_]*)?"
        "|[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?"
        "|[-+]?[0-9][0-9_]*(?:\\.[0-9_]*)?[eE][-+]?[0-9]+"
        "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)"
        ")$"));
    return nonString.match(text).hasMatch();
}

QJsonValue plainToJson(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String("~") || text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
        return QJsonValue(QJsonValue::Null);
    if (QRegularExpression(QStringLiteral("^(?i:yes|true|on)$")).match(text).hasMatch())
        return true;
    if (QRegularExpression(QStringLiteral("^(?i:no|false|off)$")).match(text).hasMatch())
        return false;
    static const QRegularExpression integer(QStringLiteral("^[-+]?(?:0|[1-9][0-9]*)$"));
    if (integer.match(text).hasMatch()) {
        bool ok = false;
        const qlonglong n = text.toLongLong(&ok);
        if (ok)
            return double(n);
    }
    static const QRegularExpression real(QStringLiteral("^[-+]?(?:[0-9]+\\.[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?$"));
    if (real.match(text).hasMatch())
        return text.toDouble();
    return text;
}

bool isPlainSafe(const QString &text, bool flowContext)
{
    if (text.isEmpty() || text != text.trimmed() || text.contains(QLatin1Char('\n')) || hasNonPrintable(text)
        || text.contains(QLatin1Char('\t')))
        return false;
    static const QString badFirst = QStringLiteral("!&*{}[]|>'\"%@`#,");
    if (badFirst.contains(text.at(0)))
        return false;
    if ((text.at(0) == QLatin1Char('-') || text.at(0) == QLatin1Char('?') || text.at(0) == QLatin1Char(':'))
        && (text.size() == 1 || text.at(1) == QLatin1Char(' ')))
        return false;
    if (text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #")) || text.endsWith(QLatin1Char(':')))
        return false;
    if (flowContext) {
        for (const QChar c : text) {
            if (QStringLiteral(",[]{}").contains(c))
                return false;
        }
        if (text.contains(QLatin1Char(':')))
            return false;
    }
    if (text == QLatin1String("---") || text == QLatin1String("..."))
        return false;
    return !resolvesToNonString(text);
}

QByteArray singleQuoted(const QString &text)
{
    QByteArray out = text.toUtf8();
    out.replace('\'', "''");
    return '\'' + out + '\'';
}

QByteArray doubleQuoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\t': out += QLatin1String("\\t"); break;
        case '\r': out += QLatin1String("\\r"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar(0xFEFF))
                out += QLatin1String("\\u") + QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0'));
            else
                out += c;   // surrogate halves stay paired: the string is encoded as a whole below
        }
    }
    return '"' + out.toUtf8() + '"';
}

QByteArray minimalScalar(const QString &text, bool flowContext)
{
    if (isPlainSafe(text, flowContext))
        return text.toUtf8();
    if (!text.contains(QLatin1Char('\n')) && !hasNonPrintable(text))
        return singleQuoted(text);
    return doubleQuoted(text);
}

QByteArray keyText(const QString &key)
{
    return minimalScalar(key, true);
}

QByteArray writeScalarEntry(const QByteArray &keyText, const QByteArray &oldLines, const QString &value,
                            const QByteArray &eol)
{
    const OldStyle old = splitOld(keyText, oldLines);
    const QByteArray head = keyText + ':';
    const QByteArray &v = old.value;
    // A block cannot hold a CR, a BOM or control characters (YAML folds CR LF to LF), nor only line
    // breaks (it reads back empty): those go double-quoted.
    const QString withoutBreaks = QString(value).remove(QLatin1Char('\n'));
    const bool blockSafe = !withoutBreaks.isEmpty() && !hasNonPrintable(withoutBreaks);
    // Folding changes kept trailing empty lines and more-indented lines: such values go in a literal block.
    const bool foldSafe = !value.endsWith(QLatin1String("\n\n")) && !value.contains(QLatin1String("\n "))
        && !value.contains(QLatin1String("\n\t")) && !value.startsWith(QLatin1Char(' '))
        && !value.startsWith(QLatin1Char('\t'));
    if (v.startsWith('>') && blockSafe && !foldSafe)
        return head + old.separator + blockScalar(QByteArray("|"), old.continuation, value, eol);
    if ((v.startsWith('|') || v.startsWith('>')) && blockSafe)
        return head + old.separator + blockScalar(v, old.continuation, value, eol);
    if (value.contains(QLatin1Char('\n')) && blockSafe) {
        // Several lines read best as a literal block.
        return head + ' ' + blockScalar(QByteArray("|"), QByteArray(), value, eol);
    }
    QByteArray written;
    if (v.startsWith('"'))
        written = doubleQuoted(value);
    else if (v.startsWith('\'') && !hasNonPrintable(value))
        written = singleQuoted(value);
    else
        written = minimalScalar(value);
    if (value.isEmpty() && !v.startsWith('"') && !v.startsWith('\''))
        written = "''";
    return head + old.separator + written + (old.multiLine ? QByteArray() : old.comment) + eol;
}

QByteArray writeListEntry(const QByteArray &keyText, const QByteArray &oldLines, const QStringList &values,
                          const QByteArray &eol)
{
    const OldStyle old = splitOld(keyText, oldLines);
    const QByteArray head = keyText + ':';
    if (old.value.startsWith('[') || (values.isEmpty() && !oldLines.isEmpty())) {
        QByteArrayList items;
        for (const QString &v : values)
            items.append(minimalScalar(v, true));
        return head + old.separator + '[' + items.join(", ") + ']' + old.comment + eol;
    }
    // Block list: keep the first item's indentation and the spacing after its dash.
    QByteArray indent = "  ";
    QByteArray dash = "- ";
    for (const QByteArray &line : splitLines(old.continuation)) {
        const int n = leadingSpaces(line);
        if (line.mid(n).startsWith('-')) {
            indent = QByteArray(n, ' ');
            int after = n + 1;
            while (after < line.size() && line.at(after) == ' ')
                ++after;
            dash = '-' + QByteArray(std::max(1, after - n - 1), ' ');
            break;
        }
    }
    QByteArray out = head + eol;
    for (const QString &v : values)
        out += indent + dash + minimalScalar(v) + eol;
    return out;
}

QByteArray writeYamlEntry(const QByteArray &keyText, const QByteArray &yamlValue, const QByteArray &eol)
{
    QList<QByteArray> lines = splitLines(yamlValue);
    if (lines.isEmpty())
        return keyText + ':' + eol;
    if (lines.size() == 1)
        return keyText + ": " + lines.first().trimmed() + eol;
    QByteArray out = keyText + ':';
    qsizetype from = 0;
    const QByteArray first = lines.first().trimmed();
    if (first.startsWith('|') || first.startsWith('>')) {
        out += ' ' + first;
        from = 1;
    }
    out += eol;
    for (qsizetype i = from; i < lines.size(); ++i)
        out += lines.at(i).isEmpty() ? eol : "  " + lines.at(i) + eol;
    return out;
}

} // namespace Lectern::YamlScalar
