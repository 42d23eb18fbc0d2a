// SPDX-License-Identifier: GPL-3.0-or-later
#include "kramdown.h"

#include "codespan.h"

#include "incrementalmarkdown.h"
#include "markdownrenderer.h"
#include "sourcelines.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Lectern {

namespace {

const QLatin1String kIal("<!--lectern-ial:");
const QLatin1String kToc("<!--lectern-toc-->");
// Stands for an empty line inside a block of raw HTML, so cmark-gfm keeps the block whole.
const QLatin1String kBlank("<!--lectern-blank-->");
// {::nomarkdown} content, Base64 of its UTF-8 in an HTML comment (raw for cmark-gfm, inline or block).
const QLatin1String kRaw("<!--lectern-raw:");

QString rawMarker(const QString &content)
{
    return kRaw + QString::fromLatin1(content.toUtf8().toBase64()) + QStringLiteral("-->");
}

// {::nomarkdown}...{:/nomarkdown} (or {:/}) within LINE replaced by raw markers; true when any was.
bool replaceSpanNomarkdown(QString &line)
{
    static const QRegularExpression span(QStringLiteral("\\{::nomarkdown\\}(.*?)\\{:/(?:nomarkdown)?\\}"));
    if (!line.contains(QLatin1String("{::nomarkdown}")))
        return false;
    QString result;
    qsizetype pos = 0;
    for (auto it = span.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        result += QStringView(line).mid(pos, m.capturedStart() - pos) + rawMarker(m.captured(1));
        pos = m.capturedEnd();
    }
    if (pos == 0)
        return false;
    line = result + QStringView(line).mid(pos);
    return true;
}

// Inline links of LINE whose URL holds spaces or tabs (`[a](my file.pdf)`, `[a](my file "t")`)
// written with the URL in angle brackets, which CommonMark reads as kramdown reads the former
// (link.rb: the URL runs to the matching ')' or to white space before a quoted title). Not inside
// code spans; true when any was.
bool angleSpacedUrls(QString &line)
{
    bool changed = false;
    for (qsizetype at = line.indexOf(QLatin1String("](")); at >= 0; at = line.indexOf(QLatin1String("]("), at + 2)) {
        const qsizetype start = at + 2;
        if (start >= line.size() || line.at(start) == QLatin1Char('<')
            || QStringView(line).left(at).count(QLatin1Char('`')) % 2 == 1)
            continue;
        int depth = 1;
        qsizetype end = start;
        for (; end < line.size(); ++end) {
            const QChar c = line.at(end);
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')') && --depth == 0)
                break;
            else if (c.isSpace() && end + 1 < line.size()
                     && (line.at(end + 1) == QLatin1Char('"') || line.at(end + 1) == QLatin1Char('\'')))
                break;
        }
        if (end >= line.size())
            continue;
        const QString url = line.mid(start, end - start).trimmed();
        if (url.isEmpty() || !(url.contains(QLatin1Char(' ')) || url.contains(QLatin1Char('\t')))
            || url.contains(QLatin1Char('<')) || url.contains(QLatin1Char('>')))
            continue;
        const QString angled = QLatin1Char('<') + url + QLatin1Char('>');
        line.replace(start, end - start, angled);
        at = start + angled.size() - 2;
        changed = true;
    }
    return changed;
}

struct Attr
{
    QString name;
    QString value;
};
using Attrs = QList<Attr>;

// {: .a.b #id key="v" key2='w' refname} -> attributes; ALD references resolved from `alds`.
Attrs parseAttrs(const QString &spec, const QHash<QString, QString> &alds, int depth = 0)
{
    static const QRegularExpression re(QStringLiteral(
        "([.#])([\\w-]+)|([\\w:-]+)\\s*=\\s*(?:\"((?:\\\\.|[^\"])*)\"|'((?:\\\\.|[^'])*)')|([A-Za-z][\\w-]*)"));
    Attrs attrs;
    auto it = re.globalMatch(spec);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1)) {
            attrs.append({m.captured(1) == QLatin1String(".") ? QStringLiteral("class") : QStringLiteral("id"),
                          m.captured(2)});
        } else if (m.capturedLength(3)) {
            attrs.append({m.captured(3), m.capturedLength(4) ? m.captured(4) : m.captured(5)});
        } else if (depth < 4 && alds.contains(m.captured(6))) {
            attrs += parseAttrs(alds.value(m.captured(6)), alds, depth + 1);
        }
    }
    return attrs;
}

QString escapeAttr(const QString &v)
{
    QString out = v;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;")).replace(QLatin1Char('"'), QLatin1String("&quot;"))
        .replace(QLatin1Char('<'), QLatin1String("&lt;"));
    return out;
}

// Adds attributes to the opening tag html[start..end] (end = index of its '>'); returns the length change.
qsizetype applyAttrs(QString &html, qsizetype start, qsizetype end, const Attrs &attrs)
{
    QString tag = html.mid(start, end - start + 1);
    const qsizetype before = tag.size();
    for (const Attr &a : attrs) {
        // The attribute already on the tag: ` name="` after whitespace (no regex built per call:
        // thousands of IALs made that the hot spot).
        const QString key = a.name + QStringLiteral("=\"");
        qsizetype at = tag.indexOf(key);
        while (at > 0 && !tag.at(at - 1).isSpace())
            at = tag.indexOf(key, at + 1);
        const qsizetype valueStart = at > 0 ? at + key.size() : -1;
        const qsizetype valueEnd = valueStart >= 0 ? tag.indexOf(QLatin1Char('"'), valueStart) : -1;
        if (valueEnd >= 0) {
            const QString old = tag.mid(valueStart, valueEnd - valueStart);
            QString value = a.value;
            if (a.name == QLatin1String("class")) {
                // Classes add up, each once: the same IAL repeated does not grow the tag.
                const QStringList have = old.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                value = old;
                for (const QString &c : a.value.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    if (!have.contains(c))
                        value += QLatin1Char(' ') + c;
                }
            }
            tag.replace(valueStart, valueEnd - valueStart, escapeAttr(value));
        } else {
            qsizetype at = tag.size() - 1;
            if (tag.endsWith(QLatin1String(" />")))
                at = tag.size() - 3;
            else if (tag.endsWith(QLatin1String("/>")))
                at = tag.size() - 2;
            tag.insert(at, QLatin1Char(' ') + a.name + QStringLiteral("=\"") + escapeAttr(a.value)
                               + QLatin1Char('"'));
        }
    }
    html.replace(start, end - start + 1, tag);
    return tag.size() - before;
}

// The opening tag of the element whose HTML ends just before `pos` (skipping whitespace when
// `skipSpace`): [start, end] of the opening tag, or false when no element ends there.
bool elementBefore(const QString &html, qsizetype pos, bool skipSpace, qsizetype *start, qsizetype *end)
{
    qsizetype i = pos - 1;
    while (skipSpace && i >= 0 && html.at(i).isSpace())
        --i;
    if (i < 0 || html.at(i) != QLatin1Char('>'))
        return false;
    const qsizetype lt = html.lastIndexOf(QLatin1Char('<'), i);
    if (lt < 0)
        return false;
    if (html.at(lt + 1) != QLatin1Char('/')) {   // void element: <img ... />, <hr />
        *start = lt;
        *end = i;
        return true;
    }
    const QString name = html.mid(lt + 2, i - lt - 2).trimmed();
    const QString open = QLatin1Char('<') + name, close = QStringLiteral("</") + name + QLatin1Char('>');
    int depth = 1;
    qsizetype p = lt;
    while (depth > 0 && p > 0) {
        const qsizetype o = html.lastIndexOf(open, p - 1);
        const qsizetype c = html.lastIndexOf(close, p - 1);
        if (o < 0)
            return false;
        if (c > o) {
            ++depth;
            p = c;
            continue;
        }
        const QChar after = o + open.size() < html.size() ? html.at(o + open.size()) : QChar();
        p = o;
        if (after == QLatin1Char('>') || after.isSpace())
            --depth;
    }
    *start = p;
    *end = html.indexOf(QLatin1Char('>'), p);
    return *end > 0;
}

// `next` remembers the last suffix tried per id, so many equal headings stay linear (fuzz_render timeout).
// kramdown 2.4 Converter::Base#generate_id and basic_generate_id (input kramdown); an empty result
// means no id.
QString headingId(const QString &text, const KramdownOptions &options, QSet<QString> &used,
                  QHash<QString, int> &next)
{
    QString id;
    if (options.gfmIds) {
        // kramdown-parser-gfm 1.1 generate_gfm_header_id: NON_WORD_RE = /[^\p{Word}\- \t]/.
        for (const QChar c : text.toLower()) {
            if (c.isLetter() || c.isMark() || c.category() == QChar::Number_DecimalDigit
                || c.category() == QChar::Punctuation_Connector || c == QLatin1Char('-'))
                id += c;
            else if (c == QLatin1Char(' ') || c == QLatin1Char('\t'))
                id += QLatin1Char('-');
        }
        // The counter counts generated ids only (an explicit {#id} does not take part).
        int &n = next[id];
        const QString unique = n > 0 ? id + QLatin1Char('-') + QString::number(n) : id;
        ++n;
        return unique.isEmpty() ? QString() : options.autoIdPrefix + unique;
    }
    // Transliteration: accented letters to their base letter (kramdown uses stringex's Unidecoder,
    // which also spells out other scripts; those are dropped here).
    const QString source = options.transliteratedIds ? text.normalized(QString::NormalizationForm_KD) : text;
    for (const QChar c : source) {
        const char16_t u = c.unicode();
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z'))
            id += QChar(u).toLower();
        else if (!id.isEmpty() && ((u >= '0' && u <= '9') || u == '-'))
            id += c;
        else if (!id.isEmpty() && u == ' ')
            id += QLatin1Char('-');
    }
    if (id.isEmpty())
        id = QStringLiteral("section");
    QString unique = id;
    int &n = next[id];
    while (used.contains(unique))
        unique = id + QLatin1Char('-') + QString::number(++n);
    used.insert(unique);
    return options.autoIdPrefix + unique;
}

// Any line starting "1)" (up to 3 spaces, digits, ')')? One pass over the text, no regex.
bool startsParenList(const QString &text)
{
    const QChar *data = text.constData();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; i = text.indexOf(QLatin1Char('\n'), i) + 1) {
        qsizetype j = i;
        while (j < n && j - i < 3 && data[j] == QLatin1Char(' '))
            ++j;
        const qsizetype digits = j;
        while (j < n && data[j].isDigit())
            ++j;
        if (j > digits && j < n && data[j] == QLatin1Char(')'))
            return true;
        if (text.indexOf(QLatin1Char('\n'), i) < 0)
            break;
    }
    return false;
}

// "{:" or "{#" anywhere: one scan for '{'.
bool hasAttributeSyntax(const QString &text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('{')); i >= 0 && i + 1 < text.size();
         i = text.indexOf(QLatin1Char('{'), i + 1)) {
        if (text.at(i + 1) == QLatin1Char(':') || text.at(i + 1) == QLatin1Char('#'))
            return true;
    }
    return false;
}

// The text of a heading without its tags (for ids and the TOC).
QString textOf(QStringView html)
{
    QString out;
    bool inTag = false;
    for (const QChar c : html) {
        if (c == QLatin1Char('<'))
            inTag = true;
        else if (c == QLatin1Char('>'))
            inTag = false;
        else if (!inTag)
            out += c;
    }
    return out;
}


// kramdown's HTML_SPAN_ELEMENTS (kramdown/parser/html.rb): a line starting with one of these is a
// paragraph, not a block of HTML.
bool isSpanElement(const QString &name)
{
    static const QSet<QString> span = {
        QStringLiteral("a"),     QStringLiteral("abbr"),  QStringLiteral("acronym"), QStringLiteral("b"),
        QStringLiteral("big"),   QStringLiteral("bdo"),   QStringLiteral("br"),      QStringLiteral("button"),
        QStringLiteral("cite"),  QStringLiteral("code"),  QStringLiteral("del"),     QStringLiteral("dfn"),
        QStringLiteral("em"),    QStringLiteral("i"),     QStringLiteral("img"),     QStringLiteral("input"),
        QStringLiteral("ins"),   QStringLiteral("kbd"),   QStringLiteral("label"),   QStringLiteral("mark"),
        QStringLiteral("option"), QStringLiteral("q"),    QStringLiteral("rb"),      QStringLiteral("rbc"),
        QStringLiteral("rp"),    QStringLiteral("rt"),    QStringLiteral("rtc"),     QStringLiteral("ruby"),
        QStringLiteral("samp"),  QStringLiteral("select"), QStringLiteral("small"),  QStringLiteral("span"),
        QStringLiteral("strong"), QStringLiteral("sub"),  QStringLiteral("sup"),     QStringLiteral("tt"),
        QStringLiteral("u"),     QStringLiteral("var")};
    return span.contains(name.toLower());
}

// Elements without a closing tag (kramdown's HTML_ELEMENTS_WITHOUT_BODY).
bool isVoidElement(const QString &name)
{
    static const QSet<QString> elements = {
        QStringLiteral("area"),  QStringLiteral("base"),   QStringLiteral("br"),    QStringLiteral("col"),
        QStringLiteral("command"), QStringLiteral("embed"), QStringLiteral("hr"),   QStringLiteral("img"),
        QStringLiteral("input"), QStringLiteral("keygen"), QStringLiteral("link"),  QStringLiteral("meta"),
        QStringLiteral("param"), QStringLiteral("source"), QStringLiteral("track"), QStringLiteral("wbr")};
    return elements.contains(name.toLower());
}

// Opening tags of NAME minus closing tags in LINE (case-insensitive; "<name" followed by a space,
// '>' or '/'; a tag closed by "/>" counts as opened and closed).
int tagDepthChange(const QString &line, const QString &name)
{
    int depth = 0;
    const QString open = QLatin1Char('<') + name, close = QStringLiteral("</") + name;
    for (qsizetype at = line.indexOf(open, 0, Qt::CaseInsensitive); at >= 0;
         at = line.indexOf(open, at + 1, Qt::CaseInsensitive)) {
        const qsizetype after = at + open.size();
        const QChar c = after < line.size() ? line.at(after) : QLatin1Char(' ');
        if (!(c.isSpace() || c == QLatin1Char('>') || c == QLatin1Char('/')))
            continue;
        const qsizetype gt = line.indexOf(QLatin1Char('>'), after);
        if (!(gt > 0 && line.at(gt - 1) == QLatin1Char('/')))
            ++depth;
    }
    for (qsizetype at = line.indexOf(close, 0, Qt::CaseInsensitive); at >= 0;
         at = line.indexOf(close, at + 1, Qt::CaseInsensitive)) {
        const qsizetype after = at + close.size();
        const QChar c = after < line.size() ? line.at(after) : QLatin1Char('>');
        if (c.isSpace() || c == QLatin1Char('>'))
            --depth;
    }
    return depth;
}

// Any line starting with up to 3 spaces and "<" and a letter (a possible block of HTML)?
bool hasHtmlLine(const QString &text)
{
    for (qsizetype i = text.indexOf(QLatin1Char('<')); i >= 0; i = text.indexOf(QLatin1Char('<'), i + 1)) {
        qsizetype j = i - 1;
        while (j >= 0 && i - j <= 3 && text.at(j) == QLatin1Char(' '))
            --j;
        if ((j < 0 || text.at(j) == QLatin1Char('\n')) && i + 1 < text.size() && text.at(i + 1).isLetter())
            return true;
    }
    return false;
}

// The last line (index into LINES) of the block of raw HTML opened by the tag NAME on line FIRST:
// the line where its closing tag brings the depth back to 0 (kramdown, parse_block_html false:
// parse_raw_html reads to the matching end tag, blank lines included), or -1 when it is not closed.
qsizetype htmlBlockEnd(const QStringList &lines, qsizetype first, const QString &name)
{
    int depth = 0;
    for (qsizetype i = first; i < lines.size(); ++i) {
        depth += tagDepthChange(lines.at(i), name);
        if (depth <= 0)
            return i;
    }
    return -1;
}

} // namespace

QString Kramdown::preprocess(const QString &markdown, bool *hasMarkers)
{
    *hasMarkers = false;
    const bool hasIal = hasAttributeSyntax(markdown);
    const bool hasBlocks = markdown.contains(QLatin1String("markdown="));
    static const QRegularExpression parenList(QStringLiteral("(^|\\n)( {0,3}\\d{1,9})\\)"));
    const bool hasParenList = startsParenList(markdown);
    const bool hasHtml = hasHtmlLine(markdown);
    const bool hasLinks = markdown.contains(QLatin1String("]("));
    if (!hasIal && !hasBlocks && !hasParenList && !hasHtml && !hasLinks)
        return markdown;

    static const QRegularExpression blockIal(QStringLiteral("^ {0,3}\\{:(.*)\\}\\s*$"));
    static const QRegularExpression ald(QStringLiteral("^([A-Za-z][\\w-]*):\\s*(.*)$"));
    static const QRegularExpression spanIal(QStringLiteral("\\{:((?:[^}\"'`]|\"[^\"]*\"|'[^']*')*)\\}"));
    static const QRegularExpression headerId(QStringLiteral("^(#{1,6}\\s.*?)\\s*\\{(#[\\w-]+[^}]*)\\}\\s*$"));
    static const QRegularExpression mdOpen(QStringLiteral(
        "^(\\s*<([A-Za-z][\\w-]*)\\b[^>]*?)\\s+markdown=(?:\"(?:1|block)\"|'(?:1|block)'|1)([^>]*>)(.*)$"));
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    static const QRegularExpression listItem(QStringLiteral("^\\s*(?:[*+-]|\\d+\\.)\\s"));
    static const QRegularExpression htmlOpen(QStringLiteral("^ {0,3}<([A-Za-z][\\w-]*)(?=[\\s>/]|$)"));

    QHash<QString, QString> alds;
    QList<Attrs> pending;   // attrs per marker number
    QStringList lines = markdown.split(QLatin1Char('\n'));
    QStringList out;
    out.reserve(lines.size() + 8);
    QString fenceMark;
    QString mdTag;
    int mdDepth = 0;
    QSet<QString> unclosed;   // HTML elements without a closing tag after their last opening
    auto marker = [&](const Attrs &attrs, QChar mode) -> QString {
        pending.append(attrs);
        *hasMarkers = true;
        return kIal + QString::number(pending.size() - 1) + QLatin1Char(':') + mode + QStringLiteral("-->");
    };
    for (qsizetype li = 0; li < lines.size(); ++li) {
        QString line = lines.at(li);
        if (!fenceMark.isEmpty()) {
            if (line.trimmed().startsWith(fenceMark))
                fenceMark.clear();
            out << line;
            continue;
        }
        if (const auto f = fence.match(line); f.hasMatch()) {
            fenceMark = f.captured(1);
            out << line;
            continue;
        }
        if (hasLinks && line.contains(QLatin1String("](")))
            angleSpacedUrls(line);
        if (hasParenList) {
            // kramdown starts no list with "1)": keep it a paragraph.
            const auto m = parenList.match(line);
            if (m.hasMatch() && m.capturedStart() == 0)
                line.insert(m.capturedEnd() - 1, QLatin1Char('\\'));
        }
        if (hasHtml && mdTag.isEmpty() && (out.isEmpty() || out.last().trimmed().isEmpty())) {
            // A block of HTML stays raw up to its closing tag, across empty lines (cmark-gfm would
            // end it at the first empty line): those become kBlank lines, removed after rendering.
            const auto m = htmlOpen.match(line);
            const QString name = m.hasMatch() ? m.captured(1) : QString();
            // An element found unclosed once is not looked for again (linear on many unclosed tags).
            const qsizetype last = m.hasMatch() && !isSpanElement(name) && !isVoidElement(name)
                    && !unclosed.contains(name.toLower())
                ? htmlBlockEnd(lines, li, name) : -1;
            if (m.hasMatch() && last < 0)
                unclosed.insert(name.toLower());
            bool hasEmpty = false;
            for (qsizetype i = li + 1; i < last && !hasEmpty; ++i)
                hasEmpty = lines.at(i).trimmed().isEmpty();
            if (hasEmpty && !lines.mid(li, last - li + 1).join(QLatin1Char('\n')).contains(QLatin1String("markdown="))) {
                for (qsizetype i = li; i <= last; ++i)
                    out << (i > li && i < last && lines.at(i).trimmed().isEmpty() ? QString(kBlank) : lines.at(i));
                *hasMarkers = true;
                li = last;
                continue;
            }
        }
        if (hasBlocks) {
            if (!mdTag.isEmpty()) {
                mdDepth += int(line.count(QLatin1Char('<') + mdTag)) - int(line.count(QStringLiteral("</") + mdTag));
                if (mdDepth <= 0 && line.trimmed().startsWith(QStringLiteral("</") + mdTag)) {
                    out << QString() << line;
                    mdTag.clear();
                    continue;
                }
            } else if (const auto m = mdOpen.match(line); m.hasMatch()) {
                // markdown="1": close the HTML block right after the tag so cmark parses the content.
                mdTag = m.captured(2);
                mdDepth = 1;
                out << m.captured(1) + m.captured(3) << QString();
                const QString rest = m.captured(4);
                if (!rest.trimmed().isEmpty()) {
                    const qsizetype close = rest.lastIndexOf(QStringLiteral("</") + mdTag);
                    if (close >= 0) {
                        out << rest.left(close) << QString() << rest.mid(close);
                        mdTag.clear();
                    } else {
                        out << rest;
                    }
                }
                continue;
            }
        }
        if (!hasIal || !line.contains(QLatin1Char('{'))) {
            out << line;
            continue;
        }
        if (line.trimmed() == QLatin1String("{::nomarkdown}")) {
            // kramdown passes the content through as it is: one raw marker, then empty lines so
            // the following lines keep their numbers.
            qsizetype last = li + 1;
            while (last < lines.size() && lines.at(last).trimmed() != QLatin1String("{:/nomarkdown}")
                   && lines.at(last).trimmed() != QLatin1String("{:/}"))
                ++last;
            const bool closed = last < lines.size();
            out << rawMarker(lines.mid(li + 1, last - li - 1).join(QLatin1Char('\n')));
            for (qsizetype i = li + 1; i <= std::min(last, lines.size() - 1); ++i)
                out << QString();
            *hasMarkers = true;
            li = closed ? last : lines.size();
            continue;
        }
        if (replaceSpanNomarkdown(line))
            *hasMarkers = true;
        if (const auto m = blockIal.match(line); m.hasMatch()) {
            const QString spec = m.captured(1).trimmed();
            if (spec.startsWith(QLatin1Char(':')) || spec.startsWith(QLatin1Char('/'))) {
                out << QString();   // {::options ...} and other extensions: not shown
            } else if (const auto a = ald.match(spec); a.hasMatch()) {
                alds.insert(a.captured(1), a.captured(2));
                out << QString();
            } else if (spec == QLatin1String("toc") || spec.contains(QLatin1String(" toc"))) {
                if (!out.isEmpty() && listItem.match(out.last()).hasMatch())
                    out.last() = kToc;
                else
                    out << kToc;
                *hasMarkers = true;
                if (out.last() == kToc && li + 1 <= lines.size())
                    out << QString();
            } else {
                const bool prevBlank = out.isEmpty() || out.last().trimmed().isEmpty();
                out << marker(parseAttrs(spec, alds), prevBlank ? QLatin1Char('n') : QLatin1Char('p'));
            }
            continue;
        }
        if (const auto h = headerId.match(line); h.hasMatch()) {
            line = h.captured(1) + marker(parseAttrs(h.captured(2), alds), QLatin1Char('h'));
        }
        // An IAL may wrap onto the next lines (hard-wrapped prose): join them so it is seen whole.
        for (int joined = 0; joined < 3 && li + 1 < lines.size(); ++joined) {
            const qsizetype open = line.lastIndexOf(QLatin1String("{:"));
            if (open < 0 || line.indexOf(QLatin1Char('}'), open) >= 0)
                break;
            line += QLatin1Char(' ') + lines.at(++li);
        }
        if (line.contains(QLatin1String("{:"))) {
            // Span IALs, outside code spans (an odd number of backticks before means inside).
            QString result;
            qsizetype pos = 0;
            auto it = spanIal.globalMatch(line);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                if (line.left(m.capturedStart()).count(QLatin1Char('`')) % 2 == 1)
                    continue;
                result += QStringView(line).mid(pos, m.capturedStart() - pos);
                result += marker(parseAttrs(m.captured(1), alds), QLatin1Char('s'));
                pos = m.capturedEnd();
            }
            result += QStringView(line).mid(pos);
            line = result;
        }
        out << line;
    }
    if (!*hasMarkers)
        return out.join(QLatin1Char('\n'));
    // Attributes travel in the marker number; keep them for postprocess in the marker text itself.
    // One pass over the text: replacing marker by marker was quadratic with thousands of IALs.
    const QString joined = out.join(QLatin1Char('\n'));
    const auto specOf = [&pending](qsizetype i) {
        QString spec;
        for (const Attr &a : pending.at(i))
            spec += a.name + QStringLiteral("=\"") + QString(a.value).replace(QLatin1Char('"'), QLatin1String("&quot;"))
                + QStringLiteral("\" ");
        spec.replace(QLatin1String("--"), QLatin1String("&#45;&#45;"));
        return spec.trimmed();
    };
    QString result;
    result.reserve(joined.size() + 64 * pending.size());
    qsizetype pos = 0;
    for (qsizetype at = joined.indexOf(kIal); at >= 0; at = joined.indexOf(kIal, pos)) {
        const qsizetype digits = at + kIal.size();
        qsizetype colon = digits;
        while (colon < joined.size() && joined.at(colon).isDigit())
            ++colon;
        bool ok = false;
        const qsizetype index = QStringView(joined).mid(digits, colon - digits).toLongLong(&ok);
        result += QStringView(joined).mid(pos, digits - pos);
        pos = digits;
        if (ok && colon < joined.size() && joined.at(colon) == QLatin1Char(':') && index < pending.size()) {
            result += specOf(index) + QLatin1Char('|');
            pos = colon + 1;
        }
    }
    result += QStringView(joined).mid(pos);
    return result;
}

QString Kramdown::postprocess(const QString &input, bool hasMarkers, const KramdownOptions &options)
{
    QString html = input;
    if (hasMarkers && html.contains(kBlank))
        html.remove(kBlank);
    for (qsizetype at = hasMarkers ? html.indexOf(kRaw) : -1; at >= 0; at = html.indexOf(kRaw, at)) {
        const qsizetype end = html.indexOf(QLatin1String("-->"), at);
        if (end < 0)
            break;
        const QString raw = QString::fromUtf8(QByteArray::fromBase64(
            QStringView(html).mid(at + kRaw.size(), end - at - kRaw.size()).toLatin1()));
        html.replace(at, end + 3 - at, raw);
        at += raw.size();
    }
    if (hasMarkers) {
        static const QRegularExpression attrRe(QStringLiteral("([\\w:-]+)=\"([^\"]*)\""));
        qsizetype pos = 0;
        while ((pos = html.indexOf(kIal, pos)) >= 0) {
            const qsizetype bar = html.indexOf(QLatin1Char('|'), pos);
            const qsizetype endMarker = html.indexOf(QLatin1String("-->"), pos);
            if (bar < 0 || endMarker < 0 || bar > endMarker)
                break;
            Attrs attrs;
            auto it = attrRe.globalMatch(html.mid(pos + kIal.size(), bar - pos - kIal.size()));
            while (it.hasNext()) {
                const auto m = it.next();
                attrs.append({m.captured(1), QString(m.captured(2)).replace(QLatin1String("&quot;"), QLatin1String("\""))
                                                 .replace(QLatin1String("&#45;"), QLatin1String("-"))});
            }
            const QChar mode = html.at(bar + 1);
            qsizetype removeEnd = endMarker + 3;
            if (removeEnd < html.size() && html.at(removeEnd) == QLatin1Char('\n') && mode != QLatin1Char('s')
                && mode != QLatin1Char('h'))
                ++removeEnd;
            html.remove(pos, removeEnd - pos);
            qsizetype start = -1, end = -1;
            bool found = false;
            if (mode == QLatin1Char('p') || mode == QLatin1Char('s')) {
                found = elementBefore(html, pos, mode == QLatin1Char('p'), &start, &end);
            } else if (mode == QLatin1Char('n')) {
                start = html.indexOf(QLatin1Char('<'), pos);
                while (start >= 0 && start + 1 < html.size() && !html.at(start + 1).isLetter())
                    start = html.indexOf(QLatin1Char('<'), start + 1);
                end = start >= 0 ? html.indexOf(QLatin1Char('>'), start) : -1;
                found = end > start;
            } else {
                // The nearest "<hN" before the marker, looked for backwards (a regex lastIndexOf runs
                // from the start of the text each time: quadratic with thousands of headings).
                start = pos;
                do {
                    start = start > 0 ? html.lastIndexOf(QLatin1String("<h"), start - 1) : -1;
                } while (start >= 0 && !(start + 3 < html.size() && html.at(start + 2) >= QLatin1Char('1')
                                         && html.at(start + 2) <= QLatin1Char('6')
                                         && (html.at(start + 3).isSpace() || html.at(start + 3) == QLatin1Char('>'))));
                end = start >= 0 ? html.indexOf(QLatin1Char('>'), start) : -1;
                found = start >= 0 && end > start;
            }
            if (found)
                applyAttrs(html, start, end, attrs);
        }
    }
    // Heading ids as kramdown's auto_ids, and the {:toc} list built from them.
    if (!html.contains(QLatin1String("<h")))
        return html;
    static const QRegularExpression idAttr(QStringLiteral("\\sid=\"([^\"]*)\""));
    QSet<QString> used;
    QHash<QString, int> nextSuffix;
    QString toc;
    QList<std::pair<int, bool>> tocOpen;   // the TOC's open <li>s: heading level, holds an open <ul>
    QString result;
    result.reserve(html.size() + 256);
    qsizetype last = 0;
    qsizetype pos = 0;
    while ((pos = html.indexOf(QLatin1String("<h"), pos)) >= 0) {
        if (pos + 2 >= html.size() || html.at(pos + 2) < QLatin1Char('1') || html.at(pos + 2) > QLatin1Char('6')) {
            pos += 2;
            continue;
        }
        const QChar level = html.at(pos + 2);
        const qsizetype tagEnd = html.indexOf(QLatin1Char('>'), pos);
        const QString close = QStringLiteral("</h") + level + QLatin1Char('>');
        const qsizetype closeAt = tagEnd < 0 ? -1 : html.indexOf(close, tagEnd);
        if (closeAt < 0)
            break;
        QString attrs = html.mid(pos + 3, tagEnd - pos - 3);
        const QStringView inner = QStringView(html).mid(tagEnd + 1, closeAt - tagEnd - 1);
        QString text = textOf(inner);
        if (text.contains(QLatin1Char('&')))
            text.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"))
                .replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&amp;"), QLatin1String("&"));
        QString id;
        const QRegularExpressionMatch idm = attrs.contains(QLatin1String("id=")) ? idAttr.match(attrs)
                                                                                 : QRegularExpressionMatch();
        if (idm.hasMatch()) {
            id = idm.captured(1);
        } else if (options.autoIds) {
            id = headingId(text, options, used, nextSuffix);
            if (!id.isEmpty())
                attrs = QStringLiteral(" id=\"") + id.toHtmlEscaped() + QLatin1Char('"') + attrs;
        }
        if (hasMarkers && !attrs.contains(QLatin1String("no_toc"))) {
            // kramdown's generate_toc: a heading nests under the last one of a smaller level.
            const int depth = level.digitValue();
            while (!tocOpen.isEmpty() && tocOpen.last().first >= depth) {
                toc += tocOpen.last().second ? QStringLiteral("</ul>\n</li>\n") : QStringLiteral("</li>\n");
                tocOpen.removeLast();
            }
            if (!tocOpen.isEmpty() && !tocOpen.last().second) {
                toc += QStringLiteral("\n<ul>\n");
                tocOpen.last().second = true;
            }
            toc += QStringLiteral("<li><a href=\"#") + id + QStringLiteral("\" id=\"markdown-toc-") + id
                + QStringLiteral("\">") + text + QStringLiteral("</a>");
            tocOpen.append({depth, false});
        }
        result += QStringView(html).mid(last, pos - last);
        result += QStringLiteral("<h") + level + attrs + QLatin1Char('>');
        last = tagEnd + 1;
        pos = closeAt + close.size();
    }
    result += QStringView(html).mid(last);
    while (!tocOpen.isEmpty()) {
        toc += tocOpen.last().second ? QStringLiteral("</ul>\n</li>\n") : QStringLiteral("</li>\n");
        tocOpen.removeLast();
    }
    if (hasMarkers)
        result.replace(kToc, QStringLiteral("<ul id=\"markdown-toc\">\n") + toc + QStringLiteral("</ul>"));
    return result;
}

QString Kramdown::withoutComments(const QString &markdown)
{
    const QLatin1String open("{::comment}"), close("{:/comment}");
    qsizetype at = markdown.indexOf(open);
    if (at < 0)
        return markdown;
    static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"), QRegularExpression::MultilineOption);
    // Fenced code keeps its text: the comment syntax shown in a code block is an example.
    QList<std::pair<qsizetype, qsizetype>> code;
    for (auto it = fence.globalMatch(markdown); it.hasNext();) {
        const auto m = it.next();
        const qsizetype start = m.capturedStart();
        qsizetype end = markdown.size();
        for (auto rest = fence.globalMatch(markdown, m.capturedEnd()); rest.hasNext();) {
            const auto c = rest.next();
            if (c.captured(1).startsWith(m.captured(1).left(3))) {
                end = c.capturedEnd();
                break;
            }
        }
        code.append({start, end});
        it = fence.globalMatch(markdown, end);
    }
    // Fenced code, then code spans as they are found below.
    auto inCode = [&code](qsizetype pos) {
        for (const auto &[start, end] : code) {
            if (pos >= start && pos < end)
                return true;
        }
        return false;
    };
    // Code spans keep theirs too (kramdown's codespan: a run of N backticks up to the next run of
    // exactly N, within one paragraph, i.e. not across a blank line).
    for (qsizetype i = 0; i < markdown.size();) {
        if (markdown.at(i) != QLatin1Char('`') || inCode(i)) {
            ++i;
            continue;
        }
        const qsizetype paragraphEnd = [&] {
            static const QRegularExpression blank(QStringLiteral("\\n[ \\t]*\\n"));
            const qsizetype b = markdown.indexOf(blank, i);
            return b < 0 ? markdown.size() : b;
        }();
        qsizetype run = i;
        const qsizetype close = CodeSpan::end(markdown, i, paragraphEnd, &run);
        if (close < 0) {
            i = run;   // no closing run: the backticks are text
            continue;
        }
        code.append({i, close});
        i = close;
    }
    QString out;
    out.reserve(markdown.size());
    qsizetype pos = 0;
    for (; at >= 0; at = markdown.indexOf(open, pos)) {
        if (inCode(at)) {
            out += QStringView(markdown).mid(pos, at + open.size() - pos);
            pos = at + open.size();
            continue;
        }
        qsizetype end = markdown.indexOf(close, at + open.size());
        end = end < 0 ? markdown.size() : end + close.size();   // kramdown: an unclosed one runs to the end
        out += QStringView(markdown).mid(pos, at - pos);
        out += QString(markdown.mid(at, end - at).count(QLatin1Char('\n')), QLatin1Char('\n'));
        pos = end;
    }
    out += QStringView(markdown).mid(pos);
    return out;
}

QString Kramdown::toHtml(const QString &markdown, bool sourcePositions, const KramdownOptions &kramdown)
{
    bool hasMarkers = false;
    const QString prepared = preprocess(withoutComments(markdown), &hasMarkers);
    MarkdownRenderer::Options options;
    options.sourcePositions = sourcePositions;
    options.kramdown = &kramdown;
    return postprocess(MarkdownRenderer::toHtml(prepared, options), hasMarkers, kramdown);
}

QString Kramdown::toHtml(const QString &markdown, const QString &positionsSource, IncrementalMarkdown *incremental,
                         const KramdownOptions &kramdown)
{
    bool hasMarkers = false;
    const QString prepared = preprocess(withoutComments(markdown), &hasMarkers);
    MarkdownRenderer::Options options;
    options.sourcePositions = true;
    options.kramdown = &kramdown;
    // (IncrementalMarkdown renders with the default options, source positions included.)
    QString html = incremental ? incremental->toHtml(prepared, &kramdown) : MarkdownRenderer::toHtml(prepared, options);
    // Only when the text cmark saw differs from the post's: the usual post pays nothing.
    if (prepared != positionsSource)
        html = SourceLines::remap(html, SourceLines::align(prepared, positionsSource));
    return postprocess(html, hasMarkers, kramdown);
}

} // namespace Lectern
