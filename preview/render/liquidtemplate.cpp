// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidtemplate.h"

#include <QCoreApplication>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::LiquidTemplate", text);
}

// A raw piece of the source: text, {{ output }} or {% tag %}, with its position.
struct Piece
{
    enum class Kind { Text, Output, Tag };
    Kind kind = Kind::Text;
    QString text;     // text, or the markup inside the delimiters (trimmed)
    QString source;   // the whole delimited source, for placeholders
    int line = 1;
    int column = 1;
};

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('?');
}

class Lexer
{
public:
    Lexer(const QString &source, RenderWarnings *warnings, const QString &file)
        : m_src(source), m_warnings(warnings), m_file(file) {}

    std::vector<Piece> run()
    {
        std::vector<Piece> pieces;
        qsizetype pos = 0;
        bool trimNext = false;
        while (pos < m_src.size()) {
            qsizetype open = m_src.indexOf(QLatin1Char('{'), pos);
            while (open >= 0 && open + 1 < m_src.size() && m_src.at(open + 1) != QLatin1Char('{')
                   && m_src.at(open + 1) != QLatin1Char('%'))
                open = m_src.indexOf(QLatin1Char('{'), open + 1);
            if (open < 0 || open + 1 >= m_src.size()) {
                addText(pieces, m_src.mid(pos), trimNext, false);
                break;
            }
            const bool isOutput = m_src.at(open + 1) == QLatin1Char('{');
            const QLatin1String closer = isOutput ? QLatin1String("}}") : QLatin1String("%}");
            const qsizetype close = m_src.indexOf(closer, open + 2);
            const bool trimLeft = open + 2 < m_src.size() && m_src.at(open + 2) == QLatin1Char('-');
            addText(pieces, m_src.mid(pos, open - pos), trimNext, trimLeft);
            Piece piece;
            advanceTo(open);
            piece.line = m_line;
            piece.column = int(open - m_lineStart) + 1;
            if (close < 0) {
                warn(piece.line, piece.column, isOutput ? tr("'{{' is never closed with '}}'")
                                                        : tr("'{%' is never closed with '%}'"));
                piece.kind = Piece::Kind::Tag;
                piece.source = m_src.mid(open, qMin<qsizetype>(40, m_src.size() - open));
                piece.text = QStringLiteral("\x01unclosed");
                pieces.push_back(piece);
                break;
            }
            const qsizetype innerStart = open + 2 + (trimLeft ? 1 : 0);
            qsizetype innerEnd = close;
            trimNext = innerEnd > innerStart && m_src.at(innerEnd - 1) == QLatin1Char('-');
            if (trimNext)
                --innerEnd;
            piece.kind = isOutput ? Piece::Kind::Output : Piece::Kind::Tag;
            piece.text = m_src.mid(innerStart, innerEnd - innerStart).trimmed();
            piece.source = m_src.mid(open, close + 2 - open);
            pos = close + 2;
            // {% raw %} and {% comment %} bodies are not Liquid: take them verbatim here.
            const QString name = piece.text.section(QLatin1Char(' '), 0, 0);
            if (!isOutput && (name == QLatin1String("raw") || name == QLatin1String("comment"))) {
                const QString endName = QStringLiteral("end") + name;
                qsizetype endPos = pos;
                qsizetype bodyEnd = -1;
                while ((endPos = m_src.indexOf(QLatin1String("{%"), endPos)) >= 0) {
                    const qsizetype endClose = m_src.indexOf(QLatin1String("%}"), endPos + 2);
                    if (endClose < 0)
                        break;
                    QString inner = m_src.mid(endPos + 2, endClose - endPos - 2);
                    if (inner.startsWith(QLatin1Char('-')))
                        inner.remove(0, 1);
                    if (inner.endsWith(QLatin1Char('-')))
                        inner.chop(1);
                    if (inner.trimmed() == endName) {
                        bodyEnd = endPos;
                        trimNext = m_src.at(endClose - 1) == QLatin1Char('-');
                        pos = endClose + 2;
                        break;
                    }
                    endPos += 2;
                }
                if (bodyEnd < 0) {
                    warn(piece.line, piece.column, tr("'{% %1 %}' is never closed with '{% %2 %}'")
                                                       .arg(name, endName));
                    bodyEnd = m_src.size();
                    pos = m_src.size();
                }
                piece.kind = Piece::Kind::Text;
                piece.source = name;   // marks raw/comment content
                piece.text = name == QLatin1String("raw") ? m_src.mid(close + 2, bodyEnd - close - 2) : QString();
                pieces.push_back(piece);
                continue;
            }
            pieces.push_back(piece);
        }
        return pieces;
    }

private:
    void addText(std::vector<Piece> &pieces, QString text, bool trimStart, bool trimEnd)
    {
        if (trimStart) {
            qsizetype i = 0;
            while (i < text.size() && text.at(i).isSpace())
                ++i;
            text.remove(0, i);
        }
        if (trimEnd) {
            qsizetype n = text.size();
            while (n > 0 && text.at(n - 1).isSpace())
                --n;
            text.truncate(n);
        }
        if (text.isEmpty())
            return;
        Piece piece;
        piece.text = text;
        pieces.push_back(piece);
    }

    // Line/column bookkeeping, done incrementally so a long body costs one pass.
    void advanceTo(qsizetype pos)
    {
        for (qsizetype i = m_scanned; i < pos; ++i) {
            if (m_src.at(i) == QLatin1Char('\n')) {
                ++m_line;
                m_lineStart = i + 1;
            }
        }
        m_scanned = qMax(m_scanned, pos);
    }

    void warn(int line, int column, const QString &message)
    {
        m_warnings->append(RenderWarning{m_file, line, column, message});
    }

    const QString &m_src;
    RenderWarnings *m_warnings;
    QString m_file;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    qsizetype m_scanned = 0;
};

class Parser
{
public:
    Parser(std::vector<Piece> pieces, RenderWarnings *warnings, const QString &file)
        : m_pieces(std::move(pieces)), m_warnings(warnings), m_file(file) {}

    std::vector<LiquidNode> run()
    {
        std::vector<LiquidNode> nodes;
        QString endTag;
        parseUntil(nodes, {}, &endTag);
        return nodes;
    }

private:
    static QString tagName(const QString &markup) { return markup.section(QLatin1Char(' '), 0, 0).trimmed(); }

    LiquidNode placeholder(const Piece &p)
    {
        LiquidNode node;
        node.kind = LiquidNode::Kind::Placeholder;
        node.text = p.source;
        node.line = p.line;
        node.column = p.column;
        return node;
    }

    // Parses nodes until one of `ends` (returned in *endTag with its markup in *endMarkup).
    void parseUntil(std::vector<LiquidNode> &out, const QStringList &ends, QString *endTag,
                    QString *endMarkup = nullptr, const Piece **endPiece = nullptr)
    {
        while (m_pos < m_pieces.size()) {
            const Piece &p = m_pieces[m_pos++];
            if (p.kind == Piece::Kind::Text) {
                LiquidNode node;
                node.kind = p.source == QLatin1String("raw") ? LiquidNode::Kind::Raw : LiquidNode::Kind::Text;
                node.text = p.text;
                if (!node.text.isEmpty())
                    out.push_back(std::move(node));
                continue;
            }
            if (p.kind == Piece::Kind::Output) {
                LiquidNode node;
                node.kind = LiquidNode::Kind::Output;
                node.markup = p.text;
                node.tokens = LiquidTemplate::tokenize(p.text);
                node.text = p.source;
                node.line = p.line;
                node.column = p.column;
                out.push_back(std::move(node));
                continue;
            }
            const QString name = tagName(p.text);
            if (ends.contains(name)) {
                *endTag = name;
                if (endMarkup)
                    *endMarkup = p.text.mid(name.size()).trimmed();
                if (endPiece)
                    *endPiece = &p;
                return;
            }
            out.push_back(parseTag(p, name));
        }
        endTag->clear();
    }

    LiquidNode parseTag(const Piece &p, const QString &name)
    {
        using K = LiquidNode::Kind;
        LiquidNode node;
        node.text = name;
        node.markup = p.text.mid(name.size()).trimmed();
        node.tokens = LiquidTemplate::tokenize(node.markup);
        node.line = p.line;
        node.column = p.column;
        static const QHash<QString, K> simple = {
            {QStringLiteral("assign"), K::Assign}, {QStringLiteral("include"), K::Include},
            {QStringLiteral("include_relative"), K::Include},
            {QStringLiteral("link"), K::Link}, {QStringLiteral("post_url"), K::PostUrl},
            {QStringLiteral("break"), K::Break}, {QStringLiteral("continue"), K::Continue},
            {QStringLiteral("increment"), K::Increment}, {QStringLiteral("decrement"), K::Decrement}};
        if (const auto it = simple.constFind(name); it != simple.cend()) {
            node.kind = it.value();
            return node;
        }
        if (name == QLatin1String("if") || name == QLatin1String("unless") || name == QLatin1String("case")
            || name == QLatin1String("for") || name == QLatin1String("capture")
            || name == QLatin1String("highlight")) {
            node.kind = name == QLatin1String("if") ? K::If : name == QLatin1String("unless") ? K::Unless
                      : name == QLatin1String("case") ? K::Case : name == QLatin1String("for") ? K::For
                      : name == QLatin1String("capture") ? K::Capture : K::Highlight;
            const QString endName = QStringLiteral("end") + name;
            QStringList ends{endName};
            if (node.kind == K::If || node.kind == K::Unless)
                ends << QStringLiteral("elsif") << QStringLiteral("else");
            else if (node.kind == K::Case)
                ends << QStringLiteral("when") << QStringLiteral("else");
            else if (node.kind == K::For)
                ends << QStringLiteral("else");
            LiquidNode branch;
            branch.kind = K::Branch;
            branch.tokens = node.tokens;
            branch.markup = node.markup;
            branch.text = name;
            for (;;) {
                QString endTag, endMarkup;
                parseUntil(branch.children, ends, &endTag, &endMarkup);
                if (node.kind != K::Case || branch.text != QLatin1String("case"))
                    node.children.push_back(std::move(branch));
                if (endTag.isEmpty()) {
                    m_warnings->append(RenderWarning{m_file, p.line, p.column,
                        tr("'{% %1 %}' is never closed with '{% %2 %}'").arg(name, endName)});
                    break;
                }
                if (endTag == endName)
                    break;
                branch = LiquidNode();
                branch.kind = K::Branch;
                branch.text = endTag;
                branch.markup = endMarkup;
                branch.tokens = LiquidTemplate::tokenize(endMarkup);
            }
            return node;
        }
        // Unknown tag: a placeholder; when its end tag follows, it is a block whose body still renders.
        node = placeholder(p);
        const QString endName = QStringLiteral("end") + name;
        bool hasEnd = false;
        for (size_t i = m_pos; i < m_pieces.size() && !hasEnd; ++i)
            hasEnd = m_pieces[i].kind == Piece::Kind::Tag && tagName(m_pieces[i].text) == endName;
        if (name.startsWith(QLatin1String("end")) || name == QLatin1String("else")
            || name == QLatin1String("elsif") || name == QLatin1String("when")) {
            m_warnings->append(RenderWarning{m_file, p.line, p.column,
                tr("'{% %1 %}' without a matching opening tag").arg(name)});
        } else if (name != QLatin1String("\x01unclosed")) {
            m_warnings->append(RenderWarning{m_file, p.line, p.column,
                tr("Liquid tag '%1' is not supported in the preview; shown as a placeholder").arg(name)});
        }
        if (hasEnd) {
            QString endTag;
            const Piece *endPiece = nullptr;
            parseUntil(node.children, {endName}, &endTag, nullptr, &endPiece);
            if (endPiece)
                node.children.push_back(placeholder(*endPiece));
        }
        return node;
    }

    std::vector<Piece> m_pieces;
    size_t m_pos = 0;
    RenderWarnings *m_warnings;
    QString m_file;
};

} // namespace

LiquidTokens LiquidTemplate::tokenize(const QString &markup)
{
    LiquidTokens tokens;
    const qsizetype n = markup.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = markup.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        LiquidToken tok;
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const qsizetype end = markup.indexOf(c, i + 1);
            tok.kind = LiquidToken::Kind::String;
            tok.text = markup.mid(i + 1, (end < 0 ? n : end) - i - 1);
            i = end < 0 ? n : end + 1;
        } else if (c.isDigit() || (c == QLatin1Char('-') && i + 1 < n && markup.at(i + 1).isDigit())) {
            qsizetype j = i + 1;
            while (j < n && (markup.at(j).isDigit()
                             || (markup.at(j) == QLatin1Char('.') && j + 1 < n && markup.at(j + 1).isDigit())))
                ++j;
            tok.kind = LiquidToken::Kind::Number;
            tok.text = markup.mid(i, j - i);
            i = j;
        } else if (isIdentChar(c)) {
            qsizetype j = i;
            while (j < n && isIdentChar(markup.at(j)))
                ++j;
            tok.kind = LiquidToken::Kind::Identifier;
            tok.text = markup.mid(i, j - i);
            if (tok.text == QLatin1String("contains") || tok.text == QLatin1String("and")
                || tok.text == QLatin1String("or"))
                tok.kind = LiquidToken::Kind::Operator;
            i = j;
        } else if (c == QLatin1Char('=') || c == QLatin1Char('!') || c == QLatin1Char('<') || c == QLatin1Char('>')) {
            qsizetype j = i + 1;
            if (j < n && (markup.at(j) == QLatin1Char('=') || markup.at(j) == QLatin1Char('>')))
                ++j;
            tok.text = markup.mid(i, j - i);
            tok.kind = tok.text == QLatin1String("=") ? LiquidToken::Kind::Punct : LiquidToken::Kind::Operator;
            i = j;
        } else if (c == QLatin1Char('.') && i + 1 < n && markup.at(i + 1) == QLatin1Char('.')) {
            tok.kind = LiquidToken::Kind::Punct;
            tok.text = QStringLiteral("..");
            i += 2;
        } else {
            tok.kind = c == QLatin1Char('(') ? LiquidToken::Kind::RangeOpen : LiquidToken::Kind::Punct;
            tok.text = QString(c);
            ++i;
        }
        tokens.push_back(std::move(tok));
    }
    return tokens;
}

LiquidTemplate LiquidTemplate::parse(const QString &source, const QString &fileName)
{
    LiquidTemplate tpl;
    Lexer lexer(source, &tpl.m_warnings, fileName);
    Parser parser(lexer.run(), &tpl.m_warnings, fileName);
    tpl.m_nodes = parser.run();
    return tpl;
}

} // namespace Lectern
