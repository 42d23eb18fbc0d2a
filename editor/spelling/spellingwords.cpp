// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellingwords.h"

#include "codespan.h"

#include "frontmatter.h"
#include "schema.h"

#include <QRegularExpression>
#include <QVarLengthArray>

namespace Lectern::SpellingWords {

namespace {

using Mask = QVarLengthArray<bool, 256>;

void maskRange(Mask &mask, qsizetype from, qsizetype to)
{
    for (qsizetype i = std::max<qsizetype>(0, from); i < std::min<qsizetype>(to, mask.size()); ++i)
        mask[i] = true;
}

void maskPattern(Mask &mask, QStringView text, const QRegularExpression &re)
{
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        maskRange(mask, m.capturedStart(), m.capturedEnd());
    }
}

// What is not prose anywhere: Liquid, HTML tags and entities, kramdown IALs/extensions, URLs, e-mails.
void maskCommon(Mask &mask, QStringView text)
{
    static const QRegularExpression liquid(QStringLiteral("\\{\\{.*?(\\}\\}|$)|\\{%.*?(%\\}|$)"));
    static const QRegularExpression html(QStringLiteral("</?[A-Za-z][^<>]*>|<!--.*?(-->|$)"));
    static const QRegularExpression entity(QStringLiteral("&#?[A-Za-z0-9]+;"));
    static const QRegularExpression kramdown(QStringLiteral("\\{:[^}]*\\}|\\{[#.][^}\\s][^}]*\\}"));
    static const QRegularExpression url(QStringLiteral(
        "\\b(?:[A-Za-z][A-Za-z0-9+.-]*://|www\\.|mailto:|tel:)[^\\s<>\"'`)\\]]*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression email(QStringLiteral("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    maskPattern(mask, text, liquid);
    maskPattern(mask, text, html);
    maskPattern(mask, text, entity);
    maskPattern(mask, text, kramdown);
    maskPattern(mask, text, url);
    maskPattern(mask, text, email);
}

// Code spans: a backtick run up to the next run of the same length (CommonMark 6.1).
void maskCodeSpans(Mask &mask, QStringView text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) != QLatin1Char('`')) {
            ++i;
            continue;
        }
        qsizetype run = i;
        const qsizetype close = CodeSpan::end(text, i, text.size(), &run);
        if (close < 0) {
            i = run;   // no closing run: literal backticks
            continue;
        }
        maskRange(mask, i, close);
        i = close;
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_') || c == QLatin1Char('\'')
        || c == QChar(0x2019);
}

bool isApostrophe(QChar c) { return c == QLatin1Char('\'') || c == QChar(0x2019); }

void collectWords(QStringView text, const Mask &mask, int lineNumber, qsizetype base, QList<SpellingWord> *out)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (mask[i] || !isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !mask[end] && isWordChar(text.at(end)))
            ++end;
        qsizetype start = i;
        qsizetype stop = end;
        while (start < stop && (isApostrophe(text.at(start)) || text.at(start) == QLatin1Char('_')))
            ++start;
        while (stop > start && (isApostrophe(text.at(stop - 1)) || text.at(stop - 1) == QLatin1Char('_')))
            --stop;
        i = end;
        const QStringView token = text.mid(start, stop - start);
        if (token.size() < 2)
            continue;
        bool skip = false;
        bool lower = false;
        for (const QChar c : token) {
            if (c.isDigit() || c == QLatin1Char('_')) {
                skip = true;
                break;
            }
            lower = lower || c.isLower();
        }
        if (skip || !lower)
            continue;   // a number, an identifier, or an acronym in capitals
        out->append({token.toString(), base + start, lineNumber, int(start)});
    }
}

qsizetype indentOf(QStringView line)
{
    qsizetype columns = 0;
    for (const QChar c : line) {
        if (c == QLatin1Char(' '))
            ++columns;
        else if (c == QLatin1Char('\t'))
            columns += 4 - columns % 4;
        else
            break;
    }
    return columns;
}

bool isListItem(QStringView trimmed)
{
    static const QRegularExpression marker(QStringLiteral("^(?:[-*+]|\\d{1,9}[.)])(?:\\s|$)"));
    return marker.match(trimmed).hasMatch();
}

} // namespace

QList<SpellingWord> inMarkdownLine(QStringView line, MarkdownState *state, int lineNumber)
{
    QList<SpellingWord> words;
    if (line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    const QStringView trimmed = line.trimmed();
    const bool blank = trimmed.isEmpty();
    const auto finish = [&] {
        state->previousBlank = blank;
        return words;
    };
    // Blocks that run over lines.
    if (!state->fence.isEmpty()) {
        if (trimmed.startsWith(state->fence)) {
            bool closes = true;
            for (const QChar c : trimmed.mid(state->fence.size()))
                closes = closes && (c == state->fence.at(0) || c.isSpace());
            if (closes)
                state->fence.clear();
        }
        return finish();
    }
    switch (state->block) {
    case MarkdownState::Block::HtmlComment:
        if (trimmed.contains(QLatin1String("-->")))
            state->block = MarkdownState::Block::None;
        return finish();
    case MarkdownState::Block::KramdownComment:
        if (trimmed.contains(QLatin1String("{:/")))
            state->block = MarkdownState::Block::None;
        return finish();
    case MarkdownState::Block::Liquid: {
        static const QRegularExpression end(QStringLiteral("\\{%-?\\s*end(?:highlight|raw|comment)\\s*-?%\\}"));
        if (end.match(line).hasMatch())
            state->block = MarkdownState::Block::None;
        return finish();
    }
    case MarkdownState::Block::None:
        break;
    }
    const qsizetype indent = indentOf(line);
    if (blank) {
        return finish();   // an indented code block and a list go on over blank lines
    }
    if (indent >= 4 && (state->inIndentedCode || (state->previousBlank && !state->inList))) {
        state->inIndentedCode = true;
        return finish();
    }
    state->inIndentedCode = false;
    if (indent < 4) {
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
            qsizetype n = 0;
            while (n < trimmed.size() && trimmed.at(n) == trimmed.at(0))
                ++n;
            if (trimmed.at(0) == QLatin1Char('~') || !trimmed.mid(n).contains(QLatin1Char('`'))) {
                state->fence = trimmed.left(n).toString();
                return finish();
            }
        }
        if (isListItem(trimmed))
            state->inList = true;
        else if (state->previousBlank && indent == 0)
            state->inList = false;
        static const QRegularExpression referenceDefinition(QStringLiteral("^\\[[^\\]]+\\]:"));
        if (referenceDefinition.match(trimmed).hasMatch())
            return finish();
    }
    static const QRegularExpression blockStart(
        QStringLiteral("\\{%-?\\s*(?:highlight|raw|comment)\\b[^%]*%\\}|\\{::(?:comment|nomarkdown)\\}|<!--"));
    Mask mask(line.size());
    std::fill(mask.begin(), mask.end(), false);
    QRegularExpressionMatch start = blockStart.match(line);
    if (start.hasMatch()) {
        // Text after the opening is not prose until the block closes, on this line or a later one.
        const QStringView opened = start.capturedView();
        const QStringView rest = line.mid(start.capturedEnd());
        qsizetype closeAt = -1;
        if (opened.startsWith(QLatin1String("<!--"))) {
            const qsizetype c = rest.indexOf(QLatin1String("-->"));
            if (c >= 0)
                closeAt = start.capturedEnd() + c + 3;
            else
                state->block = MarkdownState::Block::HtmlComment;
        } else if (opened.startsWith(QLatin1String("{::"))) {
            const qsizetype c = rest.indexOf(QLatin1String("{:/"));
            if (c >= 0)
                closeAt = line.indexOf(QLatin1Char('}'), start.capturedEnd() + c) + 1;
            else
                state->block = MarkdownState::Block::KramdownComment;
        } else {
            static const QRegularExpression end(QStringLiteral("\\{%-?\\s*end(?:highlight|raw|comment)\\s*-?%\\}"));
            const QRegularExpressionMatch e = end.match(line, start.capturedEnd());
            if (e.hasMatch())
                closeAt = e.capturedEnd();
            else
                state->block = MarkdownState::Block::Liquid;
        }
        maskRange(mask, start.capturedStart(), closeAt < 0 ? line.size() : closeAt);
    }
    maskCodeSpans(mask, line);
    maskCommon(mask, line);
    static const QRegularExpression destinations(QStringLiteral("\\]\\([^)]*\\)?|\\]\\[[^\\]]*\\]"));
    maskPattern(mask, line, destinations);
    collectWords(line, mask, lineNumber, 0, &words);
    return finish();
}

QList<SpellingWord> inMarkdown(const QString &body)
{
    QList<SpellingWord> words;
    MarkdownState state;
    qsizetype lineStart = 0;
    int lineNumber = 0;
    while (lineStart <= body.size()) {
        qsizetype end = body.indexOf(QLatin1Char('\n'), lineStart);
        if (end < 0)
            end = body.size();
        const QList<SpellingWord> lineWords =
            inMarkdownLine(QStringView(body).mid(lineStart, end - lineStart), &state, lineNumber);
        for (SpellingWord word : lineWords) {
            word.offset += lineStart;
            words.append(std::move(word));
        }
        lineStart = end + 1;
        ++lineNumber;
    }
    return words;
}

QList<SpellingWord> inText(QStringView text)
{
    QList<SpellingWord> words;
    Mask mask(text.size());
    std::fill(mask.begin(), mask.end(), false);
    maskCommon(mask, text);
    int line = 0;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) != QLatin1Char('\n'))
            continue;
        Mask lineMask(i - lineStart);
        std::copy(mask.begin() + lineStart, mask.begin() + i, lineMask.begin());
        QList<SpellingWord> lineWords;
        collectWords(text.mid(lineStart, i - lineStart), lineMask, line, lineStart, &lineWords);
        words += lineWords;
        ++line;
        lineStart = i + 1;
    }
    return words;
}

bool isProseKey(const QString &key, const FrontMatter &frontMatter, const Schema *schema)
{
    static const QStringList names = {
        QStringLiteral("layout"), QStringLiteral("permalink"), QStringLiteral("slug"), QStringLiteral("date"),
        QStringLiteral("categories"), QStringLiteral("category"), QStringLiteral("tags"), QStringLiteral("lang"),
        QStringLiteral("author"), QStringLiteral("authors"), QStringLiteral("published"),
        QStringLiteral("redirect_from"), QStringLiteral("redirect_to"), QStringLiteral("last_modified_at")};
    static const QStringList suffixes = {QStringLiteral("image"), QStringLiteral("url"), QStringLiteral("path"),
                                         QStringLiteral("file"), QStringLiteral("id")};
    const QString lower = key.toLower();
    if (names.contains(lower))
        return false;
    for (const QString &suffix : suffixes) {
        if (lower.endsWith(suffix))
            return false;
    }
    if (frontMatter.kind(key) != FrontMatter::Kind::Scalar || frontMatter.pageValue(key).typeId() != QMetaType::QString)
        return false;   // lists, maps, and timestamps Psych reads as times
    if (schema) {
        if (const Schema::Field *field = schema->field(key))
            return field->type == Schema::Type::Text || field->type == Schema::Type::MultiLineText;
    }
    return true;
}

QList<SpellingWord> inFrontMatter(const FrontMatter &frontMatter, const Schema *schema)
{
    QList<SpellingWord> words;
    for (const QString &key : frontMatter.keys()) {
        if (!isProseKey(key, frontMatter, schema))
            continue;
        const QString entry = QString::fromUtf8(frontMatter.entryText(key));
        const int firstLine = frontMatter.line(key);
        const QStringList lines = entry.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            Mask keep(line.size());
            std::fill(keep.begin(), keep.end(), false);
            if (i == 0) {
                // The key and its colon are not prose (a key with ':' inside is quoted).
                qsizetype colon = line.indexOf(QLatin1String(": "));
                if (colon < 0)
                    colon = line.endsWith(QLatin1Char(':')) ? line.size() - 1 : line.size();
                maskRange(keep, 0, colon + 1);
            }
            maskCommon(keep, line);
            QList<SpellingWord> lineWords;
            collectWords(line, keep, firstLine + i, 0, &lineWords);
            words += lineWords;
        }
    }
    return words;
}

} // namespace Lectern::SpellingWords
