// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodycounts.h"

#include "postdocument.h"

#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <QThreadPool>

namespace Lectern {

QString BodyCounts::readerText(const QString &markdown)
{
    // One pass, leftmost match first: a destination "](…)" is taken before the Liquid or URL in it.
    static const QRegularExpression hidden(
        QStringLiteral("(?<url><(?:https?|ftp|mailto):[^>\\s]*>|\\b(?:https?://|www\\.)[^\\s<>()\\[\\]]+)"
                       "|<!--.*?-->"
                       "|\\{::comment\\}.*?\\{:/(?:comment)?\\}"
                       "|\\{%-?\\s*comment\\s*-?%\\}.*?\\{%-?\\s*endcomment\\s*-?%\\}"
                       "|\\{\\{.*?\\}\\}|\\{%.*?%\\}"
                       "|\\{:?[:#.][^}\\n]*\\}"
                       "|!\\[[^\\]\\n]*\\](?:\\([^)\\n]*\\)|\\[[^\\]\\n]*\\])"
                       "|\\]\\([^)\\n]*\\)|\\]\\[[^\\]\\n]*\\]"
                       "|^ {0,3}\\[[^\\]\\n]+\\]:[^\\n]*$"
                       "|^ {0,3}(?:```|~~~)[^\\n]*$"
                       "|</?[A-Za-z][^>\\n]*>"
                       // Emphasis underscores: "_" joins letters into one word (UAX #29 ExtendNumLet), and a
                       // word that starts with it is not counted ("_This event_" would be one word short).
                       "|(?<![\\p{L}\\p{N}_])_+|_+(?![\\p{L}\\p{N}_])"),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::MultilineOption);
    QString text = markdown;
    text.replace(QChar(QChar::ParagraphSeparator), QLatin1Char('\n'));
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (auto it = hidden.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += m.capturedLength(u"url") > 0 ? QStringLiteral(" url ") : QStringLiteral(" ");
        from = m.capturedEnd();
    }
    out += QStringView(text).mid(from);
    return out;
}

BodyCounts::Counts BodyCounts::count(const QString &text)
{
    Counts counts;
    const QString shown = readerText(text);
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, shown);
    for (qsizetype at = 0; at >= 0 && at < shown.size(); at = words.toNextBoundary()) {
        if (words.boundaryReasons() & QTextBoundaryFinder::StartOfItem)
            ++counts.words;
    }
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    while (graphemes.toNextBoundary() >= 0)
        ++counts.characters;
    counts.characters -= text.count(QLatin1Char('\n')) + text.count(QChar(QChar::ParagraphSeparator));
    counts.minutes = (counts.words + kWordsPerMinute - 1) / kWordsPerMinute;
    return counts;
}

QString BodyCounts::describe(const Counts &counts, bool selection)
{
    // Labels rather than plurals: right in English for any number without an English .ts.
    return (selection ? tr("Selected words: %L1 · characters: %L2 · %L3 min read")
                      : tr("Words: %L1 · Characters: %L2 · %L3 min read"))
        .arg(counts.words)
        .arg(counts.characters)
        .arg(counts.minutes);
}

BodyCounts::BodyCounts(PostDocument *document, QPlainTextEdit *editor, QWidget *parent)
    : QLabel(parent)
    , m_document(document)
    , m_editor(editor)
{
    setAccessibleName(tr("Body counts"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDebounceMs);
    connect(&m_timer, &QTimer::timeout, this, &BodyCounts::recount);
    connect(document, &PostDocument::loaded, &m_timer, qOverload<>(&QTimer::start));
    connect(document, &PostDocument::bodyChanged, &m_timer, qOverload<>(&QTimer::start));
    connect(editor, &QPlainTextEdit::selectionChanged, &m_timer, qOverload<>(&QTimer::start));
    recount();
}

BodyCounts::~BodyCounts() = default;

void BodyCounts::recount()
{
    const QString selected = m_editor->textCursor().selectedText();
    const bool selection = !selected.isEmpty();
    const QString text = selection ? selected : m_document->body();   // shared, not copied
    const quint64 generation = ++m_generation;
    if (text.size() <= kCountInlineChars) {
        m_counting = false;
        setText(describe(count(text), selection));
        return;
    }
    // A 1 MB body took ~20 ms of the GUI thread, in the same turn as the other timers that wait for
    // typing to pause (spelling, outline). The answer comes back through the application object,
    // which outlives the pool's jobs (~QCoreApplication waits for them); the label may not.
    m_counting = true;
    QThreadPool::globalInstance()->start([self = QPointer<BodyCounts>(this), text, selection, generation] {
        const Counts counts = count(text);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, counts, selection, generation] {
            if (!self || generation != self->m_generation)
                return;
            self->m_counting = false;
            self->setText(describe(counts, selection));
        }, Qt::QueuedConnection);
    });
}

} // namespace Lectern
