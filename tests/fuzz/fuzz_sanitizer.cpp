// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the export sanitiser (HtmlSanitizer::sanitize) with arbitrary HTML.
// Invariants: the output, tokenised again, holds only allowed elements, no script-like element,
// no on* attribute, no href/src outside the allowed schemes (or a footnote fragment), every start tag closed in order;
// and sanitising the output again changes nothing (the allow-list is a fixed point by design).
#include "exporthtmltokens.h"
#include "htmlsanitizer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using Lectern::HtmlSanitizer;
using Lectern::HtmlToken;

namespace {

[[noreturn]] void fail(const char *what, const QString &input, const QString &output)
{
    std::fprintf(stderr, "invariant broken: %s\ninput:\n%s\noutput:\n%s\n", what, qPrintable(input),
                 qPrintable(output));
    std::abort();
}

void check(const QString &input, const QString &html)
{
    if (html.contains(QLatin1String("<script"), Qt::CaseInsensitive))
        fail("output has <script", input, html);
    QStringList open;
    for (const HtmlToken &t : Lectern::tokenizeHtml(html)) {
        if (t.kind == HtmlToken::Kind::Comment || t.kind == HtmlToken::Kind::Doctype)
            fail("output has a comment or doctype", input, html);
        if (t.kind == HtmlToken::Kind::EndTag) {
            if (open.isEmpty() || open.takeLast() != t.name)
                fail("end tag does not match the open element", input, html);
            continue;
        }
        if (t.kind != HtmlToken::Kind::StartTag)
            continue;
        if (!HtmlSanitizer::isAllowedElement(t.name))
            fail("element outside the allow-list", input, html);
        for (const auto &[name, value] : t.attributes) {
            if (name.startsWith(QLatin1String("on")))
                fail("on* attribute kept", input, html);
            QString compact;
            for (const QChar c : value) {
                if (c.unicode() > 0x20)
                    compact += c;
            }
            const bool footnoteLink = name == QLatin1String("href") && HtmlSanitizer::isFootnoteFragment(value);
            if ((name == QLatin1String("href") || name == QLatin1String("src"))
                && ((!footnoteLink && !HtmlSanitizer::isAllowedUrl(value, name == QLatin1String("src")))
                    || compact.startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive)))
                fail("URL outside the allowed schemes", input, html);
        }
        if (!t.selfClosing && !Lectern::isVoidElement(t.name))
            open.append(t.name);
    }
    if (!open.isEmpty())
        fail("element left open", input, html);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte picks the options, so e-mail (no classes, inline styles) is covered too.
    HtmlSanitizer::Options options;
    if (size > 0 && (data[0] & 1)) {
        options.keepClasses = false;
        options.keepIds = false;
        options.inlineStyles.insert(QStringLiteral("p"), QStringLiteral("margin:0"));
    }
    if (size > 0 && (data[0] & 2))
        options.keepStyleAttributes = false;
    const QString once = HtmlSanitizer::sanitize(input, options);
    check(input, once);
    const QString twice = HtmlSanitizer::sanitize(once, options);
    if (twice != once)
        fail("sanitising twice changes the output", once, twice);
    return 0;
}
