// SPDX-License-Identifier: GPL-3.0-or-later
#include "postchecks.h"

#include "bodylines.h"
#include "postfile.h"
#include "siteimages.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <utility>

namespace Lectern::PostChecks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::PostChecks", text);
}

Diagnostic warning(int line, qsizetype column, const QString &message)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.line = line;
    d.column = int(column) + 1;
    d.message = message;
    return d;
}

// The file's text lines with their 1-based numbers, front matter (inclusive of fences) first.
QStringList fileLines(const PostFile &post)
{
    QString text = QString::fromUtf8(post.toBytes());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines) {
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    }
    return lines;
}


} // namespace

Diagnostics placeholders(const PostFile &post, const QStringList &imageKeys)
{
    Diagnostics out;
    // The post list checks every post of a site: look at the bytes once before splitting into lines.
    const QByteArray bytes = post.toBytes();
    const bool marked =
        QLatin1String(bytes.constData(), bytes.size()).contains(QLatin1String("to fill"), Qt::CaseInsensitive);
    const QStringList lines = marked ? fileLines(post) : QStringList();
    static const QRegularExpression marker(QStringLiteral("\\[to fill\\b[^\\]]*\\]?"),
                                           QRegularExpression::CaseInsensitiveOption);
    for (int i = 0; i < lines.size(); ++i) {
        QRegularExpressionMatchIterator it = marker.globalMatch(lines.at(i));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            out << warning(i + 1, m.capturedStart(),
                           tr("template text still to fill in: %1").arg(m.captured().left(80)));
        }
    }
    const FrontMatter &fm = post.frontMatter();
    if (!post.hasFrontMatter() || !fm.isValid())
        return out;
    for (const QString &key : fm.keys()) {
        // Only text: a null (`image:`) is nil to Liquid, which counts it as unset; "" counts as set.
        if (fm.kind(key) != FrontMatter::Kind::Scalar)
            continue;
        const QString value = fm.scalar(key).trimmed();
        const int line = fm.line(key);
        if (value.compare(QLatin1String("to fill"), Qt::CaseInsensitive) == 0)
            out << warning(line, 0, tr("\"%1\" is still the template's \"to fill\"").arg(key));
        else if (value.isEmpty() && key == QLatin1String("title"))
            out << warning(line, 0, tr("the title is still empty, as the template left it"));
        else if (value.isEmpty() && imageKeys.contains(key))
            out << warning(line, 0, tr("\"%1\" is empty text: Liquid counts \"\" as set, so a layout's "
                                       "{% if page.%1 %} shows a broken image; choose an image or remove the line")
                                        .arg(key));
    }
    return out;
}

Diagnostics rootRelativeLinks(const PostFile &post, const QString &baseurl)
{
    Diagnostics out;
    QString base = baseurl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (base.isEmpty())
        return out;
    if (!base.startsWith(QLatin1Char('/')))
        base.prepend(QLatin1Char('/'));
    // Each pattern captures the URL; it starts with one "/" (not "//host").
    static const QList<QRegularExpression> patterns = {
        // [text](/x) and ![alt](/x), with an optional <…>
        QRegularExpression(QStringLiteral("\\]\\(\\s*<?(/(?!/)[^)\\s>]*)")),
        // [id]: /x
        QRegularExpression(QStringLiteral("^ {0,3}\\[[^\\]]+\\]:\\s*<?(/(?!/)[^\\s>]*)")),
        // <img src="/x">, <a href='/x'>, srcset, poster
        QRegularExpression(QStringLiteral("\\b(?:src|href|srcset|poster)\\s*=\\s*[\"']?(/(?!/)[^\"'\\s>]*)"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    const int first = post.bodyFirstLine();
    BodyLines::forEachOutsideFences(post.body(), [&](int i, const QString &line) {
        const QString text = BodyLines::withoutCodeSpans(line);
        for (const QRegularExpression &re : patterns) {
            QRegularExpressionMatchIterator it = re.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const QString url = m.captured(1);
                if (url == base || url.startsWith(base + QLatin1Char('/')) || url.startsWith(base + QLatin1Char('?'))
                    || url.startsWith(base + QLatin1Char('#')))
                    continue;
                out << warning(first + i, m.capturedStart(1),
                               tr("\"%1\" leaves out the site's baseurl \"%2\": on the published site it is a 404 "
                                  "(the preview shows it broken too); write {{ site.baseurl }}%1 or "
                                  "{{ '%1' | relative_url }}")
                                   .arg(url, base));
            }
        }
    });
    return out;
}

Diagnostics largeImages(const PostFile &post, const QString &siteRoot, const QString &baseurl,
                        const QStringList &imageKeys)
{
    Diagnostics out;
    if (siteRoot.isEmpty())
        return out;
    const auto check = [&](int line, qsizetype column, const QString &url) {
        const QString relative = SiteImages::sitePath(url, baseurl);
        if (relative.isEmpty())
            return;
        const QString path = SiteImages::insideSite(siteRoot, relative);
        const QFileInfo file(path);
        if (path.isEmpty() || !file.isFile() || file.size() <= SiteImages::kLargeImage)
            return;
        out << warning(line, column,
                       tr("image \"%1\" is %2, over 1 MB: it slows the page down; scale it down (pasted images "
                          "are scaled to the site's max_width)")
                           .arg(relative, QLocale::c().formattedDataSize(file.size(), 1)));
    };
    const FrontMatter &fm = post.frontMatter();
    if (post.hasFrontMatter() && fm.isValid()) {
        for (const QString &key : imageKeys) {
            if (fm.kind(key) == FrontMatter::Kind::Scalar)
                check(fm.line(key), 0, fm.scalar(key));
        }
    }
    const int first = post.bodyFirstLine();
    for (const BodyImage &image : SiteImages::bodyImages(post.body()))
        check(first + image.line, image.column, image.url);
    return out;
}

Diagnostics imagesWithoutAlt(const PostFile &post)
{
    Diagnostics out;
    const int first = post.bodyFirstLine();
    for (const BodyImage &image : SiteImages::bodyImages(post.body())) {
        if (image.hasAlt)
            continue;
        out << warning(first + image.line, image.column,
                       image.html ? tr("<img src=\"%1\"> has no alt attribute: say what the image shows "
                                       "(alt=\"\" for a decorative one)")
                                        .arg(image.url)
                                  : tr("image \"%1\" has no alt text: write what it shows between the "
                                       "brackets, ![…](…)")
                                        .arg(image.url));
    }
    return out;
}

Diagnostics conflictMarkers(const PostFile &post)
{
    Diagnostics out;
    // Every post of a site is checked for the post list: look at the bytes once before any splitting.
    const QByteArray bytes = post.toBytes();
    if (!bytes.contains("<<<<<<<") || !bytes.contains(">>>>>>>"))
        return out;
    enum class Kind { None, Open, Base, Middle, Close };
    auto kindOf = [](const QString &line) {
        auto marker = [&line](QLatin1String seven) {
            return line == seven || (line.startsWith(seven) && line.at(seven.size()) == QLatin1Char(' '));
        };
        if (marker(QLatin1String("<<<<<<<")))
            return Kind::Open;
        if (marker(QLatin1String("|||||||")))
            return Kind::Base;
        if (line == QLatin1String("======="))
            return Kind::Middle;
        if (marker(QLatin1String(">>>>>>>")))
            return Kind::Close;
        return Kind::None;
    };
    // The lines that can hold markers, with their 1-based file lines: the front matter's, then the
    // body's outside fenced code.
    QList<std::pair<int, QString>> lines;
    const int first = post.bodyFirstLine();
    const QStringList all = fileLines(post);
    for (int i = 0; i + 1 < first && i < all.size(); ++i)
        lines.append({i + 1, all.at(i)});
    BodyLines::forEachOutsideFences(post.body(), [&](int i, const QString &line) { lines.append({first + i, line}); });

    QList<int> block;   // the marker lines of the block being read
    bool middle = false;
    for (const auto &[number, text] : std::as_const(lines)) {
        switch (kindOf(text)) {
        case Kind::Open:
            block = {number};   // a second opening before a close: the block starts again there
            middle = false;
            break;
        case Kind::Base:
        case Kind::Middle:
            if (!block.isEmpty() && !middle) {
                block << number;
                middle = kindOf(text) == Kind::Middle;
            }
            break;
        case Kind::Close:
            if (middle) {
                block << number;
                for (int line : std::as_const(block)) {
                    Diagnostic d;
                    d.severity = Diagnostic::Severity::Error;
                    d.line = line;
                    d.column = 1;
                    d.message = tr("conflict marker line: both versions are still in the post (lines %1 to %2); keep "
                                   "what should stay and delete the marker lines")
                                    .arg(block.first())
                                    .arg(block.last());
                    out << d;
                }
            }
            block.clear();
            middle = false;
            break;
        case Kind::None:
            break;
        }
    }
    return out;
}

} // namespace Lectern::PostChecks
