// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttext.h"

#include "exporthtmltokens.h"

#include <QRegularExpression>
#include <QSet>

namespace Lectern::ExportText {

namespace {

QString collapse(const QString &s)
{
    static const QRegularExpression space(QStringLiteral("[ \\t\\r\\n]+"));
    QString out = s;
    out.replace(space, QStringLiteral(" "));
    return out;
}

bool isBlock(const QString &name)
{
    static const QSet<QString> blocks = {
        QStringLiteral("p"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"),
        QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"),
        QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("div"), QStringLiteral("table"),
        QStringLiteral("tr"), QStringLiteral("figure"), QStringLiteral("figcaption"), QStringLiteral("hr"),
        QStringLiteral("dl"), QStringLiteral("dt"), QStringLiteral("dd"), QStringLiteral("section"),
        QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("article")};
    return blocks.contains(name);
}

} // namespace

QString fromHtml(const QString &html, bool markup)
{
    const QChar lineBreak(0x2028);   // survives whitespace collapsing, becomes \n at the end
    const QList<HtmlToken> tokens = tokenizeHtml(html);
    QStringList lines;   // finished lines
    QString line;        // current paragraph text
    QString prefix;      // "- ", "1. ", "> "
    QList<int> listCounters;   // -1 for ul, next number for ol
    int preDepth = 0;
    QString linkHref;
    int linkStart = 0;
    int quoteDepth = 0;

    auto flush = [&](bool blankLine) {
        const QString text = preDepth > 0 ? line : collapse(line).trimmed();
        if (!text.isEmpty()) {
            const QString quote = QString(quoteDepth, QLatin1Char('>')) + (quoteDepth ? QLatin1String(" ") : QLatin1String(""));
            const QStringList parts = text.split(QLatin1Char('\n'));
            for (int i = 0; i < parts.size(); ++i) {
                const QString indent = i == 0 ? prefix : QString(prefix.size(), QLatin1Char(' '));
                lines << (quote + indent + (preDepth > 0 ? parts.at(i) : parts.at(i).trimmed()));
            }
            prefix.clear();
        }
        line.clear();
        if (blankLine && !lines.isEmpty() && !lines.last().isEmpty())
            lines << QString();
    };

    for (const HtmlToken &t : tokens) {
        const QString &n = t.name;
        if (t.kind == HtmlToken::Kind::Text) {
            line += t.text;
        } else if (t.kind == HtmlToken::Kind::StartTag) {
            if (n == QLatin1String("br")) {
                line += preDepth > 0 ? QChar(QLatin1Char('\n')) : lineBreak;
            } else if (n.size() == 2 && n.at(0) == QLatin1Char('h') && n.at(1).isDigit()) {
                flush(true);
                if (markup)
                    prefix = QString(n.at(1).digitValue(), QLatin1Char('#')) + QLatin1Char(' ');
            } else if (n == QLatin1String("ul") || n == QLatin1String("ol")) {
                flush(listCounters.isEmpty());
                listCounters.append(n == QLatin1String("ol") ? qMax(1, t.attribute(QStringLiteral("start")).toInt()) : -1);
            } else if (n == QLatin1String("li")) {
                flush(false);
                const QString indent((qMax(1, int(listCounters.size())) - 1) * 2, QLatin1Char(' '));
                if (!listCounters.isEmpty() && listCounters.last() > 0)
                    prefix = indent + QString::number(listCounters.last()++) + QLatin1String(". ");
                else
                    prefix = indent + QLatin1String("- ");
            } else if (n == QLatin1String("pre")) {
                flush(true);
                ++preDepth;
            } else if (n == QLatin1String("blockquote")) {
                flush(true);
                ++quoteDepth;
            } else if (n == QLatin1String("hr")) {
                flush(true);
                lines << QStringLiteral("---") << QString();
            } else if (n == QLatin1String("strong") || n == QLatin1String("b")) {
                line += markup ? QLatin1String("**") : QLatin1String("");
            } else if (n == QLatin1String("em") || n == QLatin1String("i")) {
                line += markup ? QLatin1String("_") : QLatin1String("");
            } else if (n == QLatin1String("a")) {
                linkHref = t.attribute(QStringLiteral("href"));
                linkStart = line.size();
            } else if (n == QLatin1String("img")) {
                const QString alt = t.attribute(QStringLiteral("alt"));
                line += QLatin1String("[") + (alt.isEmpty() ? QStringLiteral("Image") : QLatin1String("Image: ") + alt)
                        + QLatin1String("] [") + t.attribute(QStringLiteral("src")) + QLatin1String("]");
            } else if (n == QLatin1String("td") || n == QLatin1String("th")) {
                if (!line.isEmpty())
                    line += QLatin1String(" | ");
            } else if (n == QLatin1String("input") && t.attribute(QStringLiteral("type")) == QLatin1String("checkbox")) {
                bool checked = false;
                for (const auto &a : t.attributes)
                    checked = checked || a.first == QLatin1String("checked");
                line += checked ? QStringLiteral("[x] ") : QStringLiteral("[ ] ");
            } else if (isBlock(n)) {
                flush(n != QLatin1String("tr"));
            }
        } else if (t.kind == HtmlToken::Kind::EndTag) {
            if (n == QLatin1String("ul") || n == QLatin1String("ol")) {
                flush(false);
                if (!listCounters.isEmpty())
                    listCounters.removeLast();
                if (listCounters.isEmpty() && !lines.isEmpty() && !lines.last().isEmpty())
                    lines << QString();
            } else if (n == QLatin1String("li") || n == QLatin1String("tr")) {
                flush(false);
            } else if (n == QLatin1String("pre")) {
                if (line.endsWith(QLatin1Char('\n')))
                    line.chop(1);
                flush(true);
                preDepth = qMax(0, preDepth - 1);
            } else if (n == QLatin1String("blockquote")) {
                flush(true);
                quoteDepth = qMax(0, quoteDepth - 1);
            } else if (n == QLatin1String("strong") || n == QLatin1String("b")) {
                line += markup ? QLatin1String("**") : QLatin1String("");
            } else if (n == QLatin1String("em") || n == QLatin1String("i")) {
                line += markup ? QLatin1String("_") : QLatin1String("");
            } else if (n == QLatin1String("a")) {
                const QString text = collapse(line.mid(linkStart)).trimmed();
                // A link inside the page (a footnote and its way back) has no address a reader could use.
                if (!linkHref.isEmpty() && !linkHref.startsWith(QLatin1Char('#')) && text != linkHref
                    && QLatin1String("mailto:") + text != linkHref)
                    line += QLatin1String(" [") + linkHref + QLatin1Char(']');
                linkHref.clear();
            } else if (isBlock(n)) {
                flush(true);
            }
        }
    }
    flush(false);
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QString text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    text.replace(QRegularExpression(QStringLiteral(" ?\u2028 ?")), QStringLiteral("\n"));
    return text;
}

QStringList blockTexts(const QString &html)
{
    static const QSet<QString> blocks = {
        QStringLiteral("p"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("li"),
        QStringLiteral("td"), QStringLiteral("th"), QStringLiteral("dt"), QStringLiteral("dd"),
        QStringLiteral("figcaption")};
    QStringList out;
    QList<QString> open;   // text of each open block; nested blocks (li > p) each get their text
    for (const HtmlToken &t : tokenizeHtml(html)) {
        if (t.kind == HtmlToken::Kind::Text) {
            for (QString &s : open)
                s += t.text;
        } else if (t.kind == HtmlToken::Kind::StartTag && t.name == QLatin1String("br")) {
            for (QString &s : open)
                s += QLatin1Char(' ');
        } else if (t.kind == HtmlToken::Kind::StartTag && blocks.contains(t.name)) {
            open.append(QString());
        } else if (t.kind == HtmlToken::Kind::EndTag && blocks.contains(t.name) && !open.isEmpty()) {
            out << collapse(open.takeLast()).trimmed();
        }
    }
    return out;
}

} // namespace Lectern::ExportText
