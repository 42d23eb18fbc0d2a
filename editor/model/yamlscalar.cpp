// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlscalar.h"

#include "jekylldate.h"

#include <QRegularExpression>

#include <cmath>

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
    QString body = value;
    int trailing = 0;
    while (body.endsWith(QLatin1Char('\n'))) {
        body.chop(1);
        ++trailing;
    }
    // yaml-cpp drops a line of a folded block with keep chomping (>+); literal reads the same everywhere.
    const bool folded = header.startsWith('>') && trailing <= 1;
    QByteArray out = folded ? QByteArray(">") : QByteArray("|");
    const QStringList lines = body.split(QLatin1Char('\n'));
    // Content starting with a space needs an explicit indentation indicator.
    for (const QString &line : lines) {
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t')))
            out += QByteArray::number(indent);
        break;
    }
    if (trailing == 0)
        out += '-';
    else if (trailing > 1)
        out += '+';
    out += eol;
    const QByteArray pad(indent, ' ');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).toUtf8();
        out += line.isEmpty() ? eol : pad + line + eol;
        // In a folded block one line break is a space: a real break needs an empty line.
        if (folded && i + 1 < lines.size() && !line.isEmpty())
            out += eol;
    }
    for (int i = 1; i < trailing; ++i)
        out += eol;
    return out;
}

// Characters YAML cannot hold raw (controls, C1, BOM) or reads as line breaks (NEL, LS, PS).
bool needsEscape(char16_t u)
{
    return (u < 0x20 && u != '\t') || (u >= 0x7f && u <= 0x9f) || u == 0xFEFF || u == 0x2028 || u == 0x2029;
}

bool hasNonPrintable(const QString &text)
{
    for (const QChar c : text) {
        if (needsEscape(c.unicode()))
            return true;
    }
    return false;
}

// Characters a block scalar cannot hold: everything that needs an escape except the line breaks it is made of.
bool blockCannotHold(const QString &text)
{
    for (const QChar c : text) {
        if (c != QLatin1Char('\n') && needsEscape(c.unicode()))
            return true;
    }
    return false;
}

} // namespace

bool resolvesToNonString(const QString &text)
{
    // Psych's ScalarScanner#tokenize (Jekyll's reader), step by step: what it does not
    // leave a String must be quoted. ':'-prefixed text would be a Symbol, which safe_load refuses.
    if (text.isEmpty())
        return true;
    static const QRegularExpression wordy(QStringLiteral("^[^\\d.:-]?[[:alpha:]_\\s!@#$%\\^&*(){}<>|/\\\\~;=]+"));
    if (wordy.match(text).hasMatch()) {
        if (text.size() > 5)
            return false;
        static const QRegularExpression special(QStringLiteral("^(?i:~|null|yes|true|on|no|false|off)$"));
        return special.match(text).hasMatch();
    }
    static const QRegularExpression typed(QStringLiteral(
        "^(?:"
        "-?\\d{4}-\\d{1,2}-\\d{1,2}(?:[Tt]|\\s+)\\d{1,2}:\\d\\d:\\d\\d(?:\\.\\d*)?(?:\\s*(?:Z|[-+]\\d{1,2}:?(?:\\d\\d)?))?"
        "|\\d{4}-(?:1[012]|0\\d|\\d)-(?:[12]\\d|3[01]|0\\d|\\d)"
        "|(?i:\\+?\\.inf|-\\.inf|\\.nan)"
        "|:.*"
        "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}(?:\\.[0-9_]*)?"
        "|[-+]?(?:[0-9][0-9_,]*)?\\.[0-9]*(?:[eE][-+][0-9]+)?"
        "|[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+"
        // yaml-cpp and YAML 1.2 readers: keep these strings too.
        "|~|(?i:null|true|false|yes|no|on|off)"
        ")$"));
    return typed.match(text).hasMatch();
}

// A timestamp Psych turns into a Date or Time: plain is right for `date`, quoted elsewhere.
bool isTimestamp(const QString &text)
{
    return JekyllDate::yamlTimestamp(text) != JekyllDate::YamlTimestamp::None;
}

namespace {

// Psych's sexagesimal numbers ("12:30" is 45000): each part times 60^|index - 2|.
double sexagesimal(const QString &text)
{
    const QStringList parts = QString(text).remove(QLatin1Char('_')).split(QLatin1Char(':'));
    double sum = 0;
    for (int i = 0; i < parts.size(); ++i)
        sum += parts.at(i).toDouble() * std::pow(60.0, std::abs(i - 2));
    return sum;
}

} // namespace

QJsonValue plainToJson(const QString &text)
{
    // The types Psych's ScalarScanner#tokenize gives a plain scalar, in its order. Dates stay text
    // (JSON has none), and so do .inf and .nan.
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Null);
    static const QRegularExpression wordy(QStringLiteral("^[^\\d.:-]?[[:alpha:]_\\s!@#$%\\^&*(){}<>|/\\\\~;=]+"));
    if (wordy.match(text).hasMatch() || text.contains(QLatin1Char('\n'))) {
        if (text.size() > 5)
            return text;
        if (text == QLatin1String("~") || text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
            return QJsonValue(QJsonValue::Null);
        static const QRegularExpression yes(QStringLiteral("^(?i:yes|true|on)$"));
        static const QRegularExpression no(QStringLiteral("^(?i:no|false|off)$"));
        if (yes.match(text).hasMatch())
            return true;
        if (no.match(text).hasMatch())
            return false;
        return text;
    }
    if (isTimestamp(text))
        return text;
    static const QRegularExpression sexInt(QStringLiteral("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}$"));
    static const QRegularExpression sexFloat(QStringLiteral("^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}\\.[0-9_]*$"));
    if (sexInt.match(text).hasMatch() || sexFloat.match(text).hasMatch())
        return sexagesimal(text);
    static const QRegularExpression real(QStringLiteral("^[-+]?(?:[0-9][0-9_,]*)?\\.[0-9]*(?:[eE][-+][0-9]+)?$"));
    if (real.match(text).hasMatch()) {
        QString number = QString(text).remove(QLatin1Char(',')).remove(QLatin1Char('_'));
        number.replace(QRegularExpression(QStringLiteral("\\.([eE]|$)")), QStringLiteral("\\1"));
        bool ok = false;
        const double value = number.toDouble(&ok);
        return ok ? QJsonValue(value) : QJsonValue(text);
    }
    static const QRegularExpression integer(QStringLiteral(
        "^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$"));
    if (integer.match(text).hasMatch()) {
        QString digits = QString(text).remove(QLatin1Char(',')).remove(QLatin1Char('_'));
        const bool negative = digits.startsWith(QLatin1Char('-'));
        if (negative || digits.startsWith(QLatin1Char('+')))
            digits.remove(0, 1);
        int base = 10;
        if (digits.startsWith(QLatin1String("0b")) || digits.startsWith(QLatin1String("0x"))) {
            base = digits.at(1) == QLatin1Char('b') ? 2 : 16;
            digits.remove(0, 2);
        } else if (digits.size() > 1 && digits.startsWith(QLatin1Char('0'))) {
            base = 8;
        }
        bool ok = false;
        const qulonglong n = digits.toULongLong(&ok, base);
        if (ok)
            return negative ? -double(n) : double(n);
    }
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
            if (needsEscape(c.unicode()))
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
    OldStyle old = splitOld(keyText, oldLines);
    // An anchor others may refer to (`path: &image x`) stays on the value.
    QByteArray anchor;
    if (old.value.startsWith('&')) {
        qsizetype end = 1;
        while (end < old.value.size() && old.value.at(end) != ' ' && old.value.at(end) != '\t')
            ++end;
        qsizetype next = end;
        while (next < old.value.size() && (old.value.at(next) == ' ' || old.value.at(next) == '\t'))
            ++next;
        anchor = old.value.left(next == end ? end : next);
        if (next == end)
            anchor += ' ';
        old.value = old.value.mid(next);
    }
    const QByteArray head = keyText + ':' + old.separator + anchor;
    const QByteArray &v = old.value;
    // A block scalar cannot hold control characters, and a folded one would fold indented lines.
    const bool blockSafe = !blockCannotHold(value) && !value.contains(QLatin1String("\n "))
                           && !value.contains(QLatin1String("\n\t")) && !value.startsWith(QLatin1Char(' '))
                           && !value.startsWith(QLatin1Char('\t'));
    if ((v.startsWith('|') && !blockCannotHold(value)) || (v.startsWith('>') && blockSafe))
        return head + blockScalar(v, old.continuation, value, eol);
    if (v.startsWith('>') && !blockCannotHold(value))
        return head + blockScalar(QByteArray("|"), old.continuation, value, eol);
    if (value.contains(QLatin1Char('\n')) && !blockCannotHold(value)) {
        // Several lines read best as a literal block.
        return head + blockScalar(QByteArray("|"), QByteArray(), value, eol);
    }
    const bool wasPlain = !v.isEmpty() && !v.startsWith('"') && !v.startsWith('\'');
    QByteArray written;
    if (v.startsWith('"'))
        written = doubleQuoted(value);
    else if (v.startsWith('\'') && !hasNonPrintable(value))
        written = singleQuoted(value);
    else if (isTimestamp(value) && ((wasPlain && isTimestamp(QString::fromUtf8(v)))
                                    || (oldLines.isEmpty() && keyText == "date")))
        written = value.toUtf8();   // a plain date stays a date for Jekyll
    else
        written = minimalScalar(value);
    if (value.isEmpty() && !v.startsWith('"') && !v.startsWith('\''))
        written = "''";
    return head + written + (old.multiLine ? QByteArray() : old.comment) + eol;
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

QByteArray writePlainEntry(const QByteArray &keyText, const QByteArray &oldLines, const QString &text,
                           const QByteArray &eol)
{
    const OldStyle old = splitOld(keyText, oldLines);
    return keyText + ':' + old.separator + text.toUtf8() + (old.multiLine ? QByteArray() : old.comment) + eol;
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
