// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownhighlighter.h"

#include "markdownlinelexer.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace Lectern {

namespace {

using Lexer = MarkdownLineLexer;

// The next line is read only to spot a setext underline or a table's delimiter row: short lines.
constexpr int kLookAheadLength = 1000;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// A palette colour with alpha (Qt's PlaceholderText is Text at half alpha) as drawn over base.
QColor over(const QColor &c, const QColor &base)
{
    return mix(base, c, c.alphaF());
}

qreal luminance(const QColor &c)
{
    const auto linear = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

// WCAG 2 contrast ratio, 1..21.
qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// c, moved toward the text colour until it reads on base with at least `minimum` contrast.
QColor readable(const QColor &c, const QColor &base, const QColor &text, qreal minimum)
{
    for (int step = 0; step <= 10; ++step) {
        const QColor m = mix(c, text, step / 10.0);
        if (contrast(m, base) >= minimum)
            return m;
    }
    return text;
}

// The palette's link colour turned round the colour wheel: hues that suit the theme's own.
QColor turned(const QColor &c, int degrees)
{
    const QColor hsl = c.toHsl();
    const int hue = hsl.hslHue() < 0 ? 210 : hsl.hslHue();
    return QColor::fromHsl((hue + degrees + 720) % 360, std::max(hsl.hslSaturation(), 140), hsl.lightness());
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QPlainTextEdit *editor)
    : QSyntaxHighlighter(static_cast<QObject *>(editor))
    , m_editor(editor)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(0);
    connect(&m_idle, &QTimer::timeout, this, &MarkdownHighlighter::highlightStale);
    updateColors();
    editor->installEventFilter(this);
    // Each edit's pass gets a budget of its own: connected before QSyntaxHighlighter's own slot, so
    // this runs first.
    connect(editor->document(), &QTextDocument::contentsChange, this, &MarkdownHighlighter::startPass);
    setDocument(editor->document());
    // Now, within the budget, rather than QSyntaxHighlighter's whole-document pass on the next turn.
    if (!editor->document()->isEmpty())
        rehighlight();
}

MarkdownHighlighter::~MarkdownHighlighter() = default;

void MarkdownHighlighter::setExtraFormats(ExtraFormats provider)
{
    m_extraFormats = std::move(provider);
    rehighlightLazily();
}

void MarkdownHighlighter::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    rehighlightLazily();
}

QTextCharFormat MarkdownHighlighter::formatFor(quint32 styles) const
{
    if (styles == 0)
        return {};
    const auto found = m_formats.constFind(styles);
    if (found != m_formats.cend())
        return *found;
    QTextCharFormat format;
    // Weight and slant only: the editor's monospace font and line height stay as they are.
    if (styles & (Lexer::Strong | Lexer::Heading | Lexer::TableHeader))
        format.setFontWeight(QFont::Bold);
    if (styles & (Lexer::Emphasis | Lexer::Comment))
        format.setFontItalic(true);
    if (styles & Lexer::Strike)
        format.setFontStrikeOut(true);
    if ((styles & Lexer::Code) && !(styles & Lexer::Comment))
        format.setBackground(m_colors.codeBackground);
    // One colour per character, the most specific construct's.
    const std::pair<quint32, QColor> order[] = {
        {Lexer::Comment, m_colors.comment}, {Lexer::Liquid, m_colors.liquid},   {Lexer::Attributes, m_colors.attributes},
        {Lexer::Html, m_colors.html},       {Lexer::Marker, m_colors.marker},   {Lexer::Code, m_colors.code},
        {Lexer::Url, m_colors.url},         {Lexer::Link, m_colors.link},       {Lexer::Heading, m_colors.heading},
        {Lexer::Quote, m_colors.quote},
    };
    for (const auto &[style, color] : order) {
        if (styles & style) {
            format.setForeground(color);
            break;
        }
    }
    m_formats.insert(styles, format);
    return format;
}

bool MarkdownHighlighter::updateColors()
{
    const QPalette palette = m_editor->palette();
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor link = over(palette.color(QPalette::Link), base);
    const QColor visited = over(palette.color(QPalette::LinkVisited), base);
    const QColor placeholder = over(palette.color(QPalette::PlaceholderText), base);
    const QColor highlight = over(palette.color(QPalette::Highlight), base);
    Colors c;
    c.marker = readable(placeholder, base, text, 2.5);
    c.heading = readable(mix(highlight, text, 0.25), base, text, 4.5);
    c.link = readable(link, base, text, 4.5);
    c.url = readable(mix(link, placeholder, 0.5), base, text, 3.0);
    c.code = readable(turned(link, -90), base, text, 4.5);
    c.codeBackground = mix(base, text, 0.06);
    c.html = readable(visited, base, text, 4.5);
    c.liquid = readable(turned(link, 150), base, text, 4.5);
    c.comment = readable(placeholder, base, text, 3.0);
    c.attributes = readable(mix(placeholder, visited, 0.5), base, text, 3.0);
    c.quote = readable(mix(text, placeholder, 0.4), base, text, 4.5);
    const auto colors = [](const Colors &k) {
        return std::tie(k.marker, k.heading, k.link, k.url, k.code, k.codeBackground, k.html, k.liquid, k.comment,
                        k.attributes, k.quote);
    };
    if (colors(c) == colors(m_colors))
        return false;
    m_colors = c;
    m_formats.clear();
    return true;
}

bool MarkdownHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::PaletteChange) {
        if (updateColors())
            rehighlightLazily();
    }
    return QSyntaxHighlighter::eventFilter(watched, event);
}

void MarkdownHighlighter::startPass()
{
    m_passClock.start();
    if (m_passOpen)
        return;
    m_passOpen = true;
    // The pass is over when control is back in the event loop: the next one gets a fresh budget.
    QMetaObject::invokeMethod(this, [this] { m_passOpen = false; }, Qt::QueuedConnection);
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    if (!m_passOpen)
        startPass();
    if (overBudget()) {
        // Out of time: the line keeps its formats and its state (so the pass stops here unless
        // the line was in the edited range) and waits for an idle chunk.
        keepCurrentFormats();
        const int at = block.position();
        markStale(at, at);
        return;
    }
    const int old = currentBlockState();
    int state = -1;
    for (const QTextLayout::FormatRange &range : lineFormats(block, text, previousBlockState(), &state))
        setFormat(range.start, range.length, range.format);
    setCurrentBlockState(state);
    stateChanged(block, old, state);
}

bool MarkdownHighlighter::refresh(QTextBlock block)
{
    // What highlightBlock() does, without QSyntaxHighlighter::rehighlightBlock()'s edit block: that
    // makes the document emit contentsChanged (the editor's textChanged) once per line.
    const QString text = block.text();
    const int old = block.userState();
    const QTextBlock previous = block.previous();
    int state = -1;
    const QList<QTextLayout::FormatRange> ranges = lineFormats(block, text, previous.isValid() ? previous.userState() : -1, &state);
    QTextLayout *layout = block.layout();
    if (layout->formats() != ranges) {
        layout->setFormats(ranges);
        document()->markContentsDirty(block.position(), block.length());
    }
    block.setUserState(state);
    stateChanged(block, old, state);
    return state != old;
}

void MarkdownHighlighter::stateChanged(const QTextBlock &block, int old, int state)
{
    // A setext underline or table delimiter row came or went: the line above changes look.
    const QTextBlock above = block.previous();
    if (above.isValid() && Lexer::shapesPreviousLine(state) != Lexer::shapesPreviousLine(old))
        markStale(above.position(), above.position());
}

QList<QTextLayout::FormatRange> MarkdownHighlighter::lineFormats(const QTextBlock &block, const QString &text, int previous,
                                                                 int *state)
{
    QList<QTextLayout::FormatRange> ranges;
    *state = -1;
    if (m_enabled) {
        *state = std::max(previous, 0);
        if (text.size() <= kLongestLexedLine) {
            const QTextBlock next = block.next();
            const QString nextText = next.isValid() && next.length() <= kLookAheadLength ? next.text() : QString();
            *state = Lexer::lex(text, previous, nextText, m_styles);
            const qsizetype n = m_styles.size();
            for (qsizetype i = 0; i < n;) {
                const quint32 s = m_styles.at(i);
                qsizetype j = i + 1;
                while (j < n && m_styles.at(j) == s)
                    ++j;
                if (s != 0)
                    ranges.append({int(i), int(j - i), formatFor(s)});
                i = j;
            }
        }
    }
    if (!m_extraFormats)
        return ranges;
    const QList<QTextLayout::FormatRange> extra = m_extraFormats(block, text);
    if (extra.isEmpty())
        return ranges;
    // Merged per character, then cut into runs again.
    QList<QTextCharFormat> chars(text.size());
    for (const QTextLayout::FormatRange &range : std::as_const(ranges))
        std::fill(chars.begin() + range.start, chars.begin() + range.start + range.length, range.format);
    for (const QTextLayout::FormatRange &range : extra) {
        const int from = std::max(0, range.start);
        const int to = int(std::min<qsizetype>(text.size(), qsizetype(range.start) + range.length));
        for (int i = from; i < to;) {
            int j = i + 1;
            while (j < to && chars.at(j) == chars.at(i))
                ++j;
            QTextCharFormat merged = chars.at(i);
            merged.merge(range.format);
            std::fill(chars.begin() + i, chars.begin() + j, merged);
            i = j;
        }
    }
    ranges.clear();
    const QTextCharFormat plain;
    for (int i = 0; i < chars.size();) {
        int j = i + 1;
        while (j < chars.size() && chars.at(j) == chars.at(i))
            ++j;
        if (chars.at(i) != plain)
            ranges.append({i, j - i, chars.at(i)});
        i = j;
    }
    return ranges;
}

void MarkdownHighlighter::keepCurrentFormats()
{
    const QTextLayout *layout = currentBlock().layout();
    if (!layout || layout->formats().isEmpty())   // a line just inserted has none
        return;
    for (const QTextLayout::FormatRange &range : layout->formats())
        setFormat(range.start, range.length, range.format);
}

void MarkdownHighlighter::rehighlightLazily()
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    markStale(0, doc->lastBlock().position());
    m_idle.stop();
    highlightStale();
}

void MarkdownHighlighter::rehighlightRange(int from, int to)
{
    QTextDocument *doc = document();
    if (!doc)
        return;
    const QTextBlock first = doc->findBlock(std::max(0, from));
    const QTextBlock last = doc->findBlock(std::max(from, to));
    if (first.isValid())
        markStale(first.position(), last.isValid() ? last.position() : doc->lastBlock().position());
}

void MarkdownHighlighter::markStale(int from, int to)
{
    if (!m_staleStart.isNull() && from >= m_staleStart.position() && to <= m_staleEnd.position())
        return;   // the common case: the next line of a pass out of budget
    // Cursors made from a block, never moved with setPosition(): that computes the cursor's x, which
    // lays the block out (text shaping). Called for each line whose state changed in a pass, it was
    // ~240 ms of GUI CPU when a fence opened at the top of a 1 MB body (perf, bench_bigfiles).
    // Positions here are block starts; findBlock() maps a moved one back to its block.
    const auto cursorAt = [this](int position) {
        const QTextBlock block = document()->findBlock(position);
        return QTextCursor(block.isValid() ? block : document()->lastBlock());
    };
    if (m_staleStart.isNull()) {
        m_staleStart = cursorAt(from);
        m_staleStart.setKeepPositionOnInsert(true);   // text typed right there is covered too
        m_staleEnd = cursorAt(to);
    } else {
        if (from < m_staleStart.position()) {
            m_staleStart = cursorAt(from);
            m_staleStart.setKeepPositionOnInsert(true);
        }
        if (to > m_staleEnd.position())
            m_staleEnd = cursorAt(to);
    }
    if (!m_idle.isActive())
        m_idle.start();
}

void MarkdownHighlighter::highlightStale()
{
    QTextDocument *doc = document();
    if (!doc || m_staleStart.isNull())
        return;
    const int from = m_staleStart.position();
    const int to = m_staleEnd.position();
    m_staleStart = QTextCursor();
    m_staleEnd = QTextCursor();
    startPass();
    // The stale lines, and on past them while the state a line hands on changes.
    bool carry = false;
    for (QTextBlock block = doc->findBlock(from); block.isValid() && (carry || block.position() <= to); block = block.next()) {
        if (overBudget()) {
            markStale(block.position(), std::max(to, block.position()));
            return;
        }
        carry = refresh(block);
    }
}

} // namespace Lectern
