// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontmatter.h"

#include "jekylldate.h"
#include "safeload.h"
#include "yamlentries.h"
#include "yamlscalar.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace Lectern {

using YamlEntries::Entry;
using YamlEntries::toJsonValue;
using YamlEntries::toVariant;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::FrontMatter", text);
}

// A line that spells the whole document as null ("~", "null"): Psych reads no front matter.
bool isNullLine(const QByteArray &line)
{
    static const QList<QByteArray> nulls = {"~", "null", "Null", "NULL"};
    return nulls.contains(line.trimmed());
}

bool isCommentOrBlank(const QByteArray &line)
{
    const QByteArray content = line.trimmed();
    return content.isEmpty() || content.startsWith('#');
}

} // namespace

struct FrontMatter::Private
{
    QByteArray text;
    int firstLine = 2;
    QByteArray eol = "\n";
    QList<QByteArray> lines;  // each with its line ending
    bool valid = true;
    bool flowRoot = false;
    Diagnostics diagnostics;
    QList<Entry> entries;     // in file order, duplicates included
    QHash<QString, qsizetype> byKey;   // key -> its last entry: find() is O(1) with 10,000 keys (issue 9)

    void parse();
    void reindex();
    const Entry *find(const QString &key) const;   // the last entry with that key (Psych: last wins)
    int lineOf(const Entry &e) const { return firstLine + e.firstLine; }
    bool replace(const QString &key, const QByteArray &newLines, QString *error);
    bool spliceAlone(const QString &key, const Entry *old, const QByteArray &newLines);
    void checkEntries();   // what yaml-cpp reads but Jekyll warns about or rejects
    void checkNullRoot();  // an empty reading of text that is not empty
    void checkUnclosedQuote();
};

void FrontMatter::Private::parse()
{
    lines.clear();
    entries.clear();
    byKey.clear();
    diagnostics.clear();
    valid = true;
    flowRoot = false;
    lines = YamlEntries::splitLines(text);

    // YAML allows no control characters but tab and line ends (YAML 1.2 5.1, c-printable), and
    // Jekyll's parser (libyaml) refuses a file holding one; yaml-cpp reads past them, and the
    // line-based editor would then place values wrongly. Such a front matter is invalid, as Jekyll says.
    for (qsizetype i = 0, line = 0, column = 1; i < text.size(); ++i, ++column) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == '\n') {
            ++line;
            column = 0;
        } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7f) {
            valid = false;
            Diagnostic d;
            d.line = firstLine + int(line);
            d.column = int(column);
            d.message = tr("invalid YAML: control character U+%1 (YAML and Jekyll allow none but tab and line ends)")
                            .arg(int(c), 4, 16, QLatin1Char('0'));
            diagnostics.append(d);
            return;
        }
    }

    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception &e) {
        valid = false;
        Diagnostic d;
        d.line = firstLine + (e.mark.is_null() ? 0 : e.mark.line);
        d.column = e.mark.is_null() ? 0 : e.mark.column + 1;
        d.message = tr("invalid YAML: %1").arg(QString::fromStdString(e.msg));
        diagnostics.append(d);
        return;
    }
    if (root.IsNull() || !root.IsDefined()) {
        checkNullRoot();
        return;
    }
    if (!root.IsMap()) {
        valid = false;
        Diagnostic d;
        d.line = firstLine + std::max(0, root.Mark().line);
        d.column = root.Mark().column + 1;
        d.message = tr("front matter must be a list of \"key: value\" lines");
        diagnostics.append(d);
        return;
    }
    if (root.Style() == YAML::EmitterStyle::Flow)
        flowRoot = true;

    entries = YamlEntries::scanEntries(root, lines, &flowRoot);
    YamlEntries::setEntryEnds(entries, lines);
    reindex();
    checkEntries();
    checkUnclosedQuote();
}

// yaml-cpp lets a quoted value run to the end of the text ("title: 'abc"); libyaml stops with
// "unexpected end of stream". Only the last entry can hold it: read that entry alone with a key
// after it, and if the key is swallowed, the quote never closed.
void FrontMatter::Private::checkUnclosedQuote()
{
    if (entries.isEmpty())
        return;
    const Entry &last = entries.constLast();
    QByteArray tail;
    for (int i = last.firstLine; i < lines.size(); ++i)
        tail += lines.at(i);
    if (!tail.contains('\'') && !tail.contains('"'))
        return;
    if (!tail.endsWith('\n'))
        tail += '\n';
    static const char sentinel[] = "lectern-end-of-front-matter";
    tail += QByteArray(sentinel) + ": 0\n";
    try {
        const YAML::Node alone = YAML::Load(tail.toStdString());
        if (alone.IsMap() && alone[sentinel])
            return;
    } catch (const YAML::Exception &) {
        return;   // the entry needs the rest (an alias): the full parse already judged it
    }
    YAML::Node node = last.value;
    // The deepest last value, where the quote opens; 64 levels at most, as an alias can make a loop.
    for (int depth = 0; depth < 64 && (node.IsSequence() || node.IsMap()); ++depth) {
        if (node.size() == 0)
            break;
        YAML::Node next;
        for (const auto &item : node)
            next = node.IsMap() ? item.second : item;
        node = next;
    }
    valid = false;
    Diagnostic d;
    d.line = lineOf(last);
    d.column = 1;
    if (!node.Mark().is_null()) {
        d.line = firstLine + last.markOffset + node.Mark().line;
        d.column = node.Mark().column + 1;
    }
    d.message = tr("this quoted value is never closed; Jekyll cannot read the front matter");
    diagnostics.prepend(d);
}

// yaml-cpp gives an empty document for some text libyaml refuses (a key starting with ","): only
// comments, blanks and a spelled-out null may read as empty, anything else opens read-only.
void FrontMatter::Private::checkNullRoot()
{
    bool seenNull = false;
    for (int i = 0; i < lines.size(); ++i) {
        if (isCommentOrBlank(lines.at(i)))
            continue;
        if (!seenNull && isNullLine(lines.at(i))) {
            seenNull = true;
            continue;
        }
        valid = false;
        Diagnostic d;
        d.line = firstLine + i;
        d.column = int(lines.at(i).indexOf(lines.at(i).trimmed().at(0))) + 1;
        d.message = tr("Jekyll cannot read this line of the front matter");
        diagnostics.append(d);
        return;
    }
}

void FrontMatter::Private::checkEntries()
{
    diagnostics.clear();
    QHash<QString, int> seen;
    for (const Entry &e : std::as_const(entries)) {
        for (const auto &at : YamlEntries::tabsAfterDash(e, lines)) {
            Diagnostic d;
            d.line = firstLine + at.first;
            d.column = at.second + 1;
            d.message = tr("a tab after \"-\": Jekyll cannot read this list item; use spaces");
            diagnostics.append(d);
        }
        if (seen.contains(e.key)) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.line = lineOf(e);
            d.column = 1;
            d.message = tr("duplicate key \"%1\" (also on line %2); Jekyll uses this last one")
                            .arg(e.key).arg(firstLine + seen.value(e.key));
            diagnostics.append(d);
        }
        seen.insert(e.key, e.firstLine);
        // What Psych's safe_load (Jekyll's loader) refuses: the whole front matter is dropped.
        if (SafeLoad::isRefusedKey(e.keyText)) {
            Diagnostic d;
            d.line = lineOf(e);
            d.column = 1;
            d.message = SafeLoad::symbolMessage(e.key);
            diagnostics.append(d);
        }
        for (const SafeLoad::Refusal &r : SafeLoad::refusals(e.value, lines, e.markOffset)) {
            Diagnostic d;
            d.line = firstLine + r.line;
            d.column = r.column + 1;
            d.message = r.message;
            // An alias in a later entry is the anchored node itself: one report, at the anchor.
            const bool known = std::any_of(diagnostics.cbegin(), diagnostics.cend(), [&d](const Diagnostic &o) {
                return o.line == d.line && o.column == d.column && o.message == d.message;
            });
            if (!known)
                diagnostics.append(d);
        }
    }
}

void FrontMatter::Private::reindex()
{
    byKey.clear();
    byKey.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i)
        byKey.insert(entries.at(i).key, i);   // a later duplicate replaces the earlier one
}

const Entry *FrontMatter::Private::find(const QString &key) const
{
    const auto it = byKey.constFind(key);
    return it == byKey.cend() ? nullptr : &entries.at(*it);
}

// The quick way for the usual edit: parse only the new entry's lines and splice them in.
// Sound because a block entry at column 0 reads the same alone as in the map, as long as
// no anchor or alias ties it to other entries; otherwise (false) the caller re-parses everything.
bool FrontMatter::Private::spliceAlone(const QString &key, const Entry *old, const QByteArray &newLines)
{
    const auto entryBytes = [this](const Entry &e) {
        QByteArray out;
        for (int i = e.firstLine; i < e.endLine; ++i)
            out += lines.at(i);
        return out;
    };
    if (newLines.contains('&') || newLines.contains('*') || (old && (entryBytes(*old).contains('&'))))
        return false;
    if (!text.isEmpty() && !text.endsWith('\n'))
        return false;
    // A new key goes after the last entry, which yaml-cpp may have read leniently (a bare line taken
    // as a key, a quote left open at the end): only the full parse sees what the new line joins.
    if (!old && !entries.isEmpty())
        return false;
    if (!old && !std::all_of(lines.cbegin(), lines.cend(), isCommentOrBlank))
        return false;   // a spelled-out null ("~") goes, see replace()
    QList<Entry> fresh;
    const QList<QByteArray> freshLines = YamlEntries::splitLines(newLines);
    if (!newLines.isEmpty()) {
        YAML::Node root;
        try {
            root = YAML::Load(newLines.toStdString());
        } catch (const YAML::Exception &) {
            return false;
        }
        bool offColumn = false;
        if (!root.IsMap() || root.Style() == YAML::EmitterStyle::Flow || root.size() != 1)
            return false;
        fresh = YamlEntries::scanEntries(root, freshLines, &offColumn);
        if (offColumn || fresh.size() != 1 || fresh.first().firstLine != 0 || fresh.first().key != key)
            return false;
        fresh.first().endLine = int(freshLines.size());
        // A keep-chomped block would take in the blank lines after it: only the full parse sees that.
        const int after = old ? old->endLine : int(lines.size());
        if (YamlEntries::keepsTrailingLines(freshLines.first(), fresh.first().keyText)
            && after < lines.size() && lines.at(after).trimmed().isEmpty())
            return false;
        // A whitespace-only line indented past a block's content is part of the block ("b\n \n"),
        // though the entry span leaves it out: only the full parse reads it as the file will.
        for (int i = after; i < lines.size() && lines.at(i).trimmed().isEmpty(); ++i) {
            if (lines.at(i) != "\n" && lines.at(i) != "\r\n")
                return false;
        }
    }
    const int at = old ? old->firstLine : int(lines.size());
    const int removed = old ? old->endLine - old->firstLine : 0;
    const int index = old ? int(old - entries.constData()) : int(entries.size());
    const int shift = int(freshLines.size()) - removed;

    QByteArray next = text.left(std::accumulate(lines.cbegin(), lines.cbegin() + at, qsizetype(0),
                                                [](qsizetype n, const QByteArray &l) { return n + l.size(); }));
    const qsizetype tailStart = next.size() + (old ? entryBytes(*old).size() : 0);
    next += newLines;
    next += text.mid(tailStart);
    text = next;
    lines.remove(at, removed);
    for (int i = 0; i < freshLines.size(); ++i)
        lines.insert(at + i, freshLines.at(i));
    // A new list built by copies: assigning a YAML::Node writes through to the node it refers to
    // (shared with copies of this front matter), so entries are never moved by assignment.
    QList<Entry> spliced;
    spliced.reserve(entries.size() + 1);
    for (int i = 0; i < index; ++i)
        spliced.append(entries.at(i));
    if (!fresh.isEmpty()) {
        spliced.append(fresh.first());
        spliced.last().firstLine = at;
        spliced.last().endLine += at;
        spliced.last().markOffset = at;
    }
    for (int i = index + (old ? 1 : 0); i < entries.size(); ++i) {
        spliced.append(entries.at(i));
        spliced.last().firstLine += shift;
        spliced.last().endLine += shift;
        spliced.last().markOffset += shift;
    }
    entries = spliced;
    reindex();
    checkEntries();
    return true;
}

bool FrontMatter::Private::replace(const QString &key, const QByteArray &newLines, QString *error)
{
    if (!valid || flowRoot) {
        if (error)
            *error = tr("the front matter cannot be edited field by field; edit it as YAML text");
        return false;
    }
    const Entry *e = find(key);
    if (spliceAlone(key, e, newLines))
        return true;
    const QByteArray old = text;
    QByteArray next;
    if (e) {
        for (int i = 0; i < e->firstLine; ++i)
            next += lines.at(i);
        next += newLines;
        for (int i = e->endLine; i < lines.size(); ++i)
            next += lines.at(i);
    } else {
        // The first key of a front matter spelled "~" takes that line's place: "~" and a key
        // together are not YAML.
        for (const QByteArray &line : std::as_const(lines)) {
            if (!(entries.isEmpty() && isNullLine(line)))
                next += line;
        }
        if (!next.isEmpty() && !next.endsWith('\n'))
            next += eol;
        next += newLines;
    }
    text = next;
    parse();
    const Entry *after = find(key);
    if (!valid || (!newLines.isEmpty() && !after)) {
        if (error)
            *error = valid ? tr("the value could not be written for \"%1\"").arg(key)
                           : diagnostics.value(0).message;
        text = old;
        parse();
        return false;
    }
    return true;
}

FrontMatter::FrontMatter()
    : d(std::make_unique<Private>())
{
}

FrontMatter::FrontMatter(const QByteArray &text, int firstLine, const QByteArray &eol)
    : d(std::make_unique<Private>())
{
    d->text = text;
    d->firstLine = firstLine;
    d->eol = eol;
    d->parse();
}

FrontMatter::FrontMatter(const FrontMatter &other)
    : d(std::make_unique<Private>(*other.d))
{
}

FrontMatter &FrontMatter::operator=(const FrontMatter &other)
{
    if (this != &other)
        d = std::make_unique<Private>(*other.d);
    return *this;
}

FrontMatter::FrontMatter(FrontMatter &&) noexcept = default;
FrontMatter &FrontMatter::operator=(FrontMatter &&) noexcept = default;
FrontMatter::~FrontMatter() = default;

QByteArray FrontMatter::text() const { return d->text; }
bool FrontMatter::isValid() const { return d->valid; }
Diagnostics FrontMatter::diagnostics() const { return d->diagnostics; }

QStringList FrontMatter::keys() const
{
    // Sets, not list look-ups: a front matter of 10,000 keys must not take seconds (issue 9).
    QStringList keys;
    QSet<QString> seen;
    for (const Entry &e : std::as_const(d->entries)) {
        if (!seen.contains(e.key)) {
            seen.insert(e.key);
            keys.append(e.key);
        }
    }
    return keys;
}

QStringList FrontMatter::duplicateKeys() const
{
    QSet<QString> seen;
    QSet<QString> listed;
    QStringList dups;
    for (const Entry &e : std::as_const(d->entries)) {
        if (seen.contains(e.key) && !listed.contains(e.key)) {
            listed.insert(e.key);
            dups.append(e.key);
        }
        seen.insert(e.key);
    }
    return dups;
}

bool FrontMatter::contains(const QString &key) const { return d->find(key) != nullptr; }

bool FrontMatter::isPlainScalar(const QString &key) const
{
    const Entry *e = d->find(key);
    return e && e->value.Type() == YAML::NodeType::Scalar && e->value.Tag() == "?";
}

QVariant FrontMatter::pageValue(const QString &key) const
{
    if (isPlainScalar(key)) {
        const QString text = scalar(key).trimmed();
        if (JekyllDate::isYamlTimestamp(text))
            return JekyllDate::parseFrontMatter(text, true, QStringLiteral("UTC"));
    }
    return value(key);
}

FrontMatter::Kind FrontMatter::kind(const QString &key) const
{
    const Entry *e = d->find(key);
    if (!e)
        return Kind::Missing;
    switch (e->value.Type()) {
    case YAML::NodeType::Scalar: return Kind::Scalar;
    case YAML::NodeType::Sequence: return Kind::Sequence;
    case YAML::NodeType::Map: return Kind::Map;
    default: return Kind::Null;
    }
}

QVariant FrontMatter::value(const QString &key) const
{
    const Entry *e = d->find(key);
    return e ? toVariant(e->value) : QVariant();
}

QString FrontMatter::scalar(const QString &key) const
{
    const Entry *e = d->find(key);
    return e && e->value.IsScalar() ? QString::fromStdString(e->value.Scalar()) : QString();
}

QStringList FrontMatter::stringList(const QString &key) const
{
    const Entry *e = d->find(key);
    QStringList list;
    if (!e)
        return list;
    if (e->value.IsSequence()) {
        for (const auto &item : e->value)
            list.append(item.IsScalar() ? QString::fromStdString(item.Scalar()) : QString());
    } else if (e->value.IsScalar()) {
        // Jekyll splits a string of categories on spaces.
        list = QString::fromStdString(e->value.Scalar()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return list;
}

QJsonValue FrontMatter::toJson(const QString &key) const
{
    const Entry *e = d->find(key);
    return e ? toJsonValue(e->value) : QJsonValue(QJsonValue::Undefined);
}

QJsonValue FrontMatter::toJson() const
{
    QJsonObject object;
    YamlEntries::AliasBudget budget;   // one for all keys: aliases across keys are bounded together
    for (const Entry &e : std::as_const(d->entries))
        object.insert(e.key, toJsonValue(e.value, &budget));
    return object;
}

int FrontMatter::line(const QString &key) const
{
    const Entry *e = d->find(key);
    return e ? d->lineOf(*e) : 0;
}

QByteArray FrontMatter::entryText(const QString &key) const
{
    const Entry *e = d->find(key);
    QByteArray out;
    if (e) {
        for (int i = e->firstLine; i < e->endLine; ++i)
            out += d->lines.at(i);
    }
    return out;
}

bool FrontMatter::setScalar(const QString &key, const QString &value, QString *error)
{
    const Entry *e = d->find(key);
    const QByteArray oldLines = e ? entryText(key) : QByteArray();
    const QByteArray keyText = e ? e->keyText : YamlScalar::keyText(key);
    const QByteArray lines = YamlScalar::writeScalarEntry(keyText, oldLines, value, d->eol);
    if (e && lines == oldLines) {
        if (scalar(key) == value)
            return true;
        // The writer kept the lines, but they read otherwise (a line of spaces deeper than a block
        // scalar's indentation is content, " ", to YAML; found by fuzzing): quoted, it reads as meant.
        return d->replace(key, keyText + ": " + YamlScalar::doubleQuoted(value) + d->eol, error);
    }
    const QByteArray before = d->text;
    if (!d->replace(key, lines, error))
        return false;
    if (scalar(key) == value)
        return true;
    // In its context the entry read differently (a |+ block before blank lines):
    // a double-quoted scalar reads the same anywhere.
    d->text = before;
    d->parse();
    return d->replace(key, keyText + ": " + YamlScalar::doubleQuoted(value) + d->eol, error);
}

bool FrontMatter::setTypedScalar(const QString &key, const QString &plainText, QString *error)
{
    // ":x" is a Symbol, which Jekyll's loader refuses.
    if (plainText.isEmpty() || !YamlScalar::resolvesToNonString(plainText) || plainText.startsWith(QLatin1Char(':'))
        || plainText.contains(QLatin1Char('\n')) || plainText.contains(QLatin1String(" #"))
        || plainText != plainText.trimmed()) {
        if (error)
            *error = tr("\"%1\" is not a YAML boolean, number, date or null").arg(plainText);
        return false;
    }
    const Entry *e = d->find(key);
    const QByteArray oldLines = e ? entryText(key) : QByteArray();
    const QByteArray keyText = e ? e->keyText : YamlScalar::keyText(key);
    return d->replace(key, YamlScalar::writePlainEntry(keyText, oldLines, plainText, d->eol), error);
}

bool FrontMatter::setStringList(const QString &key, const QStringList &values, QString *error)
{
    const Entry *e = d->find(key);
    const QByteArray oldLines = e ? entryText(key) : QByteArray();
    const QByteArray keyText = e ? e->keyText : YamlScalar::keyText(key);
    const QByteArray lines = YamlScalar::writeListEntry(keyText, oldLines, values, d->eol);
    if (e && lines == oldLines)
        return true;
    return d->replace(key, lines, error);
}

bool FrontMatter::setYaml(const QString &key, const QByteArray &yamlValue, QString *error)
{
    const Entry *e = d->find(key);
    const QByteArray keyText = e ? e->keyText : YamlScalar::keyText(key);
    return d->replace(key, YamlScalar::writeYamlEntry(keyText, yamlValue, d->eol), error);
}

bool FrontMatter::remove(const QString &key, QString *error)
{
    if (!d->valid || d->flowRoot)
        return d->replace(key, QByteArray(), error);   // refuses, with the reason
    if (!d->find(key))
        return true;
    // Remove every entry of a duplicated key, so the key is really gone.
    while (d->find(key)) {
        if (!d->replace(key, QByteArray(), error))
            return false;
    }
    return true;
}

bool FrontMatter::setScalarStyledAs(const QString &key, const QString &value, const QByteArray &styleLines,
                                    QString *error)
{
    const Entry *e = d->find(key);
    const QByteArray keyText = e ? e->keyText : YamlScalar::keyText(key);
    const QByteArray currentLines = entryText(key);
    // Usually both styles write the same lines (typing on in a plain value): one splice, as setScalar.
    if (currentLines == styleLines
        || YamlScalar::writeScalarEntry(keyText, styleLines, value, d->eol)
               == YamlScalar::writeScalarEntry(keyText, currentLines, value, d->eol))
        return setScalar(key, value, error);
    // The entry's earlier lines back in place (a splice of that entry alone, or its removal when it
    // had none), then the usual write: both touch only this entry, and a failure puts all back.
    const QByteArray current = d->text;
    if (d->replace(key, styleLines, error) && setScalar(key, value, error))
        return true;
    d->text = current;
    d->parse();
    return false;
}

} // namespace Lectern
