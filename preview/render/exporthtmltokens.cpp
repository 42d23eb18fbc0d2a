// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporthtmltokens.h"

#include "liquidfilters.h"

#include <QHash>

namespace Lectern {

namespace {

QString decodeEntity(const QString &name)
{
    // The references posts actually use; anything else is kept as written (and escaped on output).
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},      {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},       {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},     {QStringLiteral("nbsp"), QString(QChar(0xa0))},
        {QStringLiteral("ndash"), QString(QChar(0x2013))}, {QStringLiteral("mdash"), QString(QChar(0x2014))},
        {QStringLiteral("larr"), QString(QChar(0x2190))},  {QStringLiteral("rarr"), QString(QChar(0x2192))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))}, {QStringLiteral("middot"), QString(QChar(0xb7))},
        {QStringLiteral("copy"), QString(QChar(0xa9))},    {QStringLiteral("colon"), QStringLiteral(":")},
        {QStringLiteral("Tab"), QStringLiteral("\t")},     {QStringLiteral("NewLine"), QStringLiteral("\n")},
        {QStringLiteral("lsquo"), QString(QChar(0x2018))}, {QStringLiteral("rsquo"), QString(QChar(0x2019))},
        {QStringLiteral("ldquo"), QString(QChar(0x201c))}, {QStringLiteral("rdquo"), QString(QChar(0x201d))},
    };
    return named.value(name);
}

QString decode(const QString &s)
{
    if (!s.contains(QLatin1Char('&')))
        return s;
    QString out;
    out.reserve(s.size());
    for (int i = 0; i < s.size(); ++i) {
        if (s.at(i) != QLatin1Char('&')) {
            out += s.at(i);
            continue;
        }
        int j = i + 1;
        if (j < s.size() && s.at(j) == QLatin1Char('#')) {
            ++j;
            const bool hex = j < s.size() && (s.at(j) == QLatin1Char('x') || s.at(j) == QLatin1Char('X'));
            if (hex)
                ++j;
            const int start = j;
            while (j < s.size() && (hex ? s.at(j).isLetterOrNumber() : s.at(j).isDigit()) && j - start < 8)
                ++j;
            bool ok = false;
            const uint code = s.mid(start, j - start).toUInt(&ok, hex ? 16 : 10);
            if (ok && code > 0 && code < 0x110000) {
                const char32_t c = code;
                out += QString::fromUcs4(&c, 1);
                i = (j < s.size() && s.at(j) == QLatin1Char(';')) ? j : j - 1;
                continue;
            }
        } else {
            while (j < s.size() && s.at(j).isLetterOrNumber() && j - i < 12)
                ++j;
            const QString value = decodeEntity(s.mid(i + 1, j - i - 1));
            if (!value.isEmpty()) {
                out += value;
                i = (j < s.size() && s.at(j) == QLatin1Char(';')) ? j : j - 1;
                continue;
            }
        }
        out += s.at(i);
    }
    return out;
}

bool isNameChar(QChar c)
{
    return !c.isSpace() && c != QLatin1Char('>') && c != QLatin1Char('/') && c != QLatin1Char('=');
}

} // namespace

QString HtmlToken::attribute(const QString &attributeName) const
{
    for (const auto &a : attributes) {
        if (a.first == attributeName)
            return a.second;
    }
    return QString();
}

bool isVoidElement(const QString &name)
{
    static const QStringList voids = {QStringLiteral("area"), QStringLiteral("base"), QStringLiteral("br"),
                                      QStringLiteral("col"), QStringLiteral("embed"), QStringLiteral("hr"),
                                      QStringLiteral("img"), QStringLiteral("input"), QStringLiteral("link"),
                                      QStringLiteral("meta"), QStringLiteral("source"), QStringLiteral("track"),
                                      QStringLiteral("wbr")};
    return voids.contains(name);
}

QString escapeHtml(const QString &text)
{
    return LiquidFilters::escapeHtml(text);   // one HTML escaper for the renderer and export
}

QList<HtmlToken> tokenizeHtml(const QString &html)
{
    QList<HtmlToken> tokens;
    const int n = html.size();
    int i = 0;
    QString text;
    auto flushText = [&] {
        if (!text.isEmpty()) {
            HtmlToken t;
            t.text = decode(text);
            tokens.append(t);
            text.clear();
        }
    };
    while (i < n) {
        const QChar c = html.at(i);
        if (c != QLatin1Char('<') || i + 1 >= n) {
            text += c;
            ++i;
            continue;
        }
        const QChar next = html.at(i + 1);
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            flushText();
            const int end = html.indexOf(QLatin1String("-->"), i + 4);
            HtmlToken t;
            t.kind = HtmlToken::Kind::Comment;
            t.text = html.mid(i + 4, (end < 0 ? n : end) - i - 4);
            tokens.append(t);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (next == QLatin1Char('!') || next == QLatin1Char('?')) {
            flushText();
            const int end = html.indexOf(QLatin1Char('>'), i);
            HtmlToken t;
            t.kind = HtmlToken::Kind::Doctype;
            tokens.append(t);
            i = end < 0 ? n : end + 1;
            continue;
        }
        const bool closing = next == QLatin1Char('/');
        const int nameStart = i + (closing ? 2 : 1);
        if (nameStart >= n || !html.at(nameStart).isLetter()) {
            // "<" not starting a tag is text, as in a browser.
            text += c;
            ++i;
            continue;
        }
        flushText();
        HtmlToken t;
        t.kind = closing ? HtmlToken::Kind::EndTag : HtmlToken::Kind::StartTag;
        int j = nameStart;
        while (j < n && isNameChar(html.at(j)))
            ++j;
        t.name = html.mid(nameStart, j - nameStart).toLower();
        // Attributes: name, optional = and a quoted or unquoted value.
        while (j < n && html.at(j) != QLatin1Char('>')) {
            if (html.at(j).isSpace()) {
                ++j;
                continue;
            }
            if (html.at(j) == QLatin1Char('/')) {
                t.selfClosing = j + 1 < n && html.at(j + 1) == QLatin1Char('>');
                ++j;
                continue;
            }
            const int an = j;
            ++j;   // a name may start with '=' per the HTML spec's error recovery
            while (j < n && isNameChar(html.at(j)))
                ++j;
            const QString name = html.mid(an, j - an).toLower();
            while (j < n && html.at(j).isSpace())
                ++j;
            QString value;
            if (j < n && html.at(j) == QLatin1Char('=')) {
                ++j;
                while (j < n && html.at(j).isSpace())
                    ++j;
                if (j < n && (html.at(j) == QLatin1Char('"') || html.at(j) == QLatin1Char('\''))) {
                    const QChar quote = html.at(j);
                    const int end = html.indexOf(quote, j + 1);
                    value = html.mid(j + 1, (end < 0 ? n : end) - j - 1);
                    j = end < 0 ? n : end + 1;
                } else {
                    const int vs = j;
                    while (j < n && !html.at(j).isSpace() && html.at(j) != QLatin1Char('>'))
                        ++j;
                    value = html.mid(vs, j - vs);
                }
            }
            if (!closing)
                t.attributes.append({name, decode(value)});
        }
        i = j + 1;
        tokens.append(t);
        // Raw-text elements: everything up to the matching end tag is one token.
        static const QStringList rawText = {QStringLiteral("script"), QStringLiteral("style"),
                                            QStringLiteral("textarea"), QStringLiteral("title"),
                                            QStringLiteral("xmp"), QStringLiteral("iframe"),
                                            QStringLiteral("noscript"), QStringLiteral("noembed")};
        if (!closing && rawText.contains(t.name)) {
            const QString endTag = QLatin1String("</") + t.name;
            const int end = html.indexOf(endTag, i, Qt::CaseInsensitive);
            HtmlToken raw;
            raw.text = html.mid(i, (end < 0 ? n : end) - i);
            tokens.append(raw);
            i = end < 0 ? n : end;
        }
    }
    flushText();
    return tokens;
}

} // namespace Lectern
