// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidfilters.h"

#include "jekylldate.h"
#include "jekyllurls.h"
#include "slug.h"
#include "kramdown.h"
#include "liquidvalue.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace Lectern {

namespace {

using Liquid::toText;

QVariant number(double d)
{
    if (d == std::floor(d) && std::abs(d) < 1e15)
        return qlonglong(d);
    return d;
}

QVariant arithmetic(const QString &name, const QVariant &a, const QVariant &b)
{
    const bool integral = a.typeId() != QMetaType::Double && b.typeId() != QMetaType::Double
        && !toText(a).contains(QLatin1Char('.')) && !toText(b).contains(QLatin1Char('.'));
    const double x = toText(a).toDouble(), y = toText(b).toDouble();
    if (name == QLatin1String("plus")) return integral ? number(x + y) : QVariant(x + y);
    if (name == QLatin1String("minus")) return integral ? number(x - y) : QVariant(x - y);
    if (name == QLatin1String("times")) return integral ? number(x * y) : QVariant(x * y);
    if (y == 0)
        return {};
    if (name == QLatin1String("divided_by")) return integral ? number(std::floor(x / y)) : QVariant(x / y);
    return number(std::fmod(x, y));
}

QString smartCase(const QString &s)
{
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1).toLower();
}

} // namespace

QVariantList LiquidFilters::groupBy(const QVariantList &items, const std::function<QString(const QVariant &)> &keyOf)
{
    QStringList names;
    QList<QVariantList> groups;
    for (const QVariant &item : items) {
        const QString key = keyOf(item);
        qsizetype at = names.indexOf(key);
        if (at < 0) {
            names << key;
            groups << QVariantList();
            at = names.size() - 1;
        }
        groups[at] << item;
    }
    QVariantList out;
    for (qsizetype i = 0; i < names.size(); ++i) {
        out << QVariantMap{{QStringLiteral("name"), names.at(i)}, {QStringLiteral("items"), groups.at(i)},
                           {QStringLiteral("size"), groups.at(i).size()}};
    }
    return out;
}

QString LiquidFilters::escapeHtml(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

QString LiquidFilters::stripHtml(const QString &html)
{
    static const QRegularExpression blocks(QStringLiteral("<script.*?</script>|<style.*?</style>|<!--.*?-->"),
                                           QRegularExpression::DotMatchesEverythingOption
                                               | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<.*?>"), QRegularExpression::DotMatchesEverythingOption);
    QString out = html;
    out.remove(blocks);
    out.remove(tags);
    return out;
}

QString LiquidFilters::truncateWords(const QString &text, int words, const QString &ellipsis)
{
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words < 1)
        words = 1;
    if (parts.size() <= words)
        return text;
    return parts.mid(0, words).join(QLatin1Char(' ')) + ellipsis;
}

QDateTime LiquidFilters::toDate(const QVariant &value, const QString &timeZone)
{
    // Liquid::Utils.to_date: a time stays as it is; "now"/"today" and epoch seconds are local (the site's
    // zone); a text is Ruby's Time.parse, which keeps a written offset.
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime();
    const QString text = toText(value).trimmed();
    if (text == QLatin1String("now") || text == QLatin1String("today"))
        return QDateTime::currentDateTime().toTimeZone(JekyllDate::zone(timeZone));
    if (Liquid::isNumber(value) || (!text.isEmpty() && text.toLongLong() > 100000))
        return QDateTime::fromSecsSinceEpoch(text.toLongLong()).toTimeZone(JekyllDate::zone(timeZone));
    return JekyllDate::parseAsWritten(text, timeZone);
}

bool LiquidFilters::apply(const QString &name, const QVariant &input, const QVariantList &args,
                          const QVariantMap &site, QVariant *result)
{
    const QString s = toText(input);
    const QString a0 = args.isEmpty() ? QString() : toText(args.at(0));
    const QString tz = toText(site.value(QStringLiteral("timezone")));
    // Jekyll's date_to_* filters (filters/date_filters.rb `time`): to_date(input).localtime.
    auto jekyllTime = [&] { return toDate(input, tz).toTimeZone(JekyllDate::zone(tz)); };
    auto dateOr = [&](const char *pattern) {
        const QDateTime d = jekyllTime();
        *result = d.isValid() ? QVariant(JekyllDate::format(d, QString::fromLatin1(pattern))) : input;
    };
    const QString &n = name;
    // Jekyll 4.3 (filters/url_filters.rb): nil in, nil out; "" is still a URL (the baseurl).
    if ((n == QLatin1String("relative_url") || n == QLatin1String("absolute_url")) && !input.isValid()) *result = QVariant();
    else if (n == QLatin1String("relative_url")) *result = JekyllUrls::relativeUrl(site, s);
    else if (n == QLatin1String("absolute_url")) *result = JekyllUrls::absoluteUrl(site, s);
    else if (n == QLatin1String("date")) {
        const QDateTime d = toDate(input, tz);
        *result = d.isValid() && !a0.isEmpty() ? QVariant(JekyllDate::format(d, a0)) : input;
    } else if (n == QLatin1String("date_to_string") || n == QLatin1String("date_to_long_string")) {
        const bool longForm = n == QLatin1String("date_to_long_string");
        const QDateTime d = jekyllTime();
        if (!d.isValid()) {
            *result = input;
        } else if (a0 == QLatin1String("ordinal")) {
            const int day = d.date().day();
            const QString suffix = (day % 100 >= 11 && day % 100 <= 13) ? QStringLiteral("th")
                : day % 10 == 1 ? QStringLiteral("st") : day % 10 == 2 ? QStringLiteral("nd")
                : day % 10 == 3 ? QStringLiteral("rd") : QStringLiteral("th");
            const QString month = JekyllDate::format(d, longForm ? QStringLiteral("%B") : QStringLiteral("%b"));
            *result = args.size() > 1 && toText(args.at(1)) == QLatin1String("US")
                ? QString(month + QLatin1Char(' ') + QString::number(day) + suffix + QStringLiteral(", ") + QString::number(d.date().year()))
                : QString(QString::number(day) + suffix + QLatin1Char(' ') + month + QLatin1Char(' ') + QString::number(d.date().year()));
        } else {
            dateOr(longForm ? "%d %B %Y" : "%d %b %Y");
        }
    } else if (n == QLatin1String("date_to_xmlschema")) {
        const QDateTime d = jekyllTime();
        *result = d.isValid() ? QVariant(JekyllDate::toXmlSchema(d)) : input;
    } else if (n == QLatin1String("date_to_rfc822")) dateOr("%a, %d %b %Y %H:%M:%S %z");
    else if (n == QLatin1String("strip_html")) *result = stripHtml(s);
    else if (n == QLatin1String("strip_newlines")) *result = QString(s).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    else if (n == QLatin1String("newline_to_br")) *result = QString(s).replace(QLatin1Char('\n'), QStringLiteral("<br />\n"));
    else if (n == QLatin1String("normalize_whitespace")) *result = QString(s).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" ")).trimmed();
    else if (n == QLatin1String("strip")) *result = s.trimmed();
    else if (n == QLatin1String("lstrip")) { QString t = s; while (!t.isEmpty() && t.front().isSpace()) t.remove(0, 1); *result = t; }
    else if (n == QLatin1String("rstrip")) { QString t = s; while (!t.isEmpty() && t.back().isSpace()) t.chop(1); *result = t; }
    else if (n == QLatin1String("truncatewords"))
        *result = truncateWords(s, args.isEmpty() ? 15 : a0.toInt(), args.size() > 1 ? toText(args.at(1)) : QStringLiteral("..."));
    else if (n == QLatin1String("truncate")) {
        const int len = args.isEmpty() ? 50 : a0.toInt();
        const QString ellipsis = args.size() > 1 ? toText(args.at(1)) : QStringLiteral("...");
        *result = s.size() <= len ? s : s.left(qMax(0, len - int(ellipsis.size()))) + ellipsis;
    } else if (n == QLatin1String("escape") || n == QLatin1String("xml_escape") || n == QLatin1String("h")) *result = escapeHtml(s);
    else if (n == QLatin1String("escape_once")) {
        static const QRegularExpression entity(QStringLiteral("&(?!(?:[a-zA-Z]+|#\\d+|#x[0-9a-fA-F]+);)"));
        *result = QString(s).replace(entity, QStringLiteral("&amp;")).replace(QLatin1Char('<'), QStringLiteral("&lt;"))
                      .replace(QLatin1Char('>'), QStringLiteral("&gt;")).replace(QLatin1Char('"'), QStringLiteral("&quot;"));
    } else if (n == QLatin1String("url_encode") || n == QLatin1String("cgi_escape"))
        *result = QString::fromUtf8(QUrl::toPercentEncoding(s)).replace(QStringLiteral("%20"), QStringLiteral("+"));
    else if (n == QLatin1String("uri_escape") || n == QLatin1String("url_escape"))
        *result = QString::fromUtf8(QUrl::toPercentEncoding(s, "!#$&'()*+,/:;=?@[]~"));
    else if (n == QLatin1String("markdownify")) *result = QString(Kramdown::toHtml(s, false).trimmed() + QLatin1Char('\n'));
    else if (n == QLatin1String("upcase")) *result = s.toUpper();
    else if (n == QLatin1String("downcase")) *result = s.toLower();
    else if (n == QLatin1String("capitalize")) *result = smartCase(s);
    else if (n == QLatin1String("slugify")) *result = Slug::slugify(s, a0);
    else if (n == QLatin1String("smartify")) *result = s;
    else if (n == QLatin1String("default")) {
        const bool allowFalse = args.size() > 1;   // allow_false: true
        const bool useDefault = !input.isValid() || input.isNull()
            || (input.typeId() == QMetaType::Bool && !input.toBool() && !allowFalse) || Liquid::isBlank(input);
        *result = useDefault && !(input.typeId() == QMetaType::Bool && allowFalse) ? args.value(0) : input;
    } else if (n == QLatin1String("join")) {
        QStringList parts;
        for (const QVariant &v : Liquid::toList(input))
            parts << toText(v);
        *result = parts.join(args.isEmpty() ? QStringLiteral(" ") : a0);
    } else if (n == QLatin1String("array_to_sentence_string")) {
        QStringList parts;
        for (const QVariant &v : Liquid::toList(input))
            parts << toText(v);
        const QString conj = args.isEmpty() ? QStringLiteral("and") : a0;
        *result = parts.size() < 3 ? parts.join(QLatin1Char(' ') + conj + QLatin1Char(' '))
                                   : parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(", ") + conj + QLatin1Char(' ') + parts.last();
    } else if (n == QLatin1String("size") || n == QLatin1String("first") || n == QLatin1String("last"))
        *result = Liquid::member(input.typeId() == QMetaType::QString && n != QLatin1String("size")
                                     ? QVariant(QVariantList{s.left(1), s.right(1)}) : input, n);
    else if (n == QLatin1String("split")) {
        QVariantList parts;
        for (const QString &part : s.split(a0, a0.isEmpty() ? Qt::SkipEmptyParts : Qt::KeepEmptyParts))
            parts << part;
        *result = parts;
    } else if (n == QLatin1String("append")) *result = QString(s + a0);
    else if (n == QLatin1String("prepend")) *result = QString(a0 + s);
    else if (n == QLatin1String("replace")) *result = QString(s).replace(a0, toText(args.value(1)));
    else if (n == QLatin1String("replace_first")) {
        QString t = s;
        const qsizetype i = a0.isEmpty() ? -1 : t.indexOf(a0);
        if (i >= 0)
            t.replace(i, a0.size(), toText(args.value(1)));
        *result = t;
    } else if (n == QLatin1String("remove")) *result = QString(s).remove(a0);
    else if (n == QLatin1String("remove_first")) {
        QString t = s;
        const qsizetype i = a0.isEmpty() ? -1 : t.indexOf(a0);
        if (i >= 0)
            t.remove(i, a0.size());
        *result = t;
    } else if (n == QLatin1String("slice")) {
        qsizetype from = a0.toLongLong();
        const qsizetype len = args.size() > 1 ? toText(args.at(1)).toLongLong() : 1;
        if (from < 0)
            from += s.size();
        *result = s.mid(from, len);
    } else if (n == QLatin1String("number_of_words")) *result = s.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
    else if (n == QLatin1String("plus") || n == QLatin1String("minus") || n == QLatin1String("times")
             || n == QLatin1String("divided_by") || n == QLatin1String("modulo")) *result = arithmetic(n, input, args.value(0));
    else if (n == QLatin1String("abs")) *result = number(std::abs(s.toDouble()));
    else if (n == QLatin1String("round")) *result = number(std::round(s.toDouble()));
    else if (n == QLatin1String("floor")) *result = number(std::floor(s.toDouble()));
    else if (n == QLatin1String("ceil")) *result = number(std::ceil(s.toDouble()));
    else if (n == QLatin1String("reverse")) { QVariantList l = Liquid::toList(input); std::reverse(l.begin(), l.end()); *result = l; }
    else if (n == QLatin1String("sort") || n == QLatin1String("sort_natural")) {
        QVariantList l = Liquid::toList(input);
        std::stable_sort(l.begin(), l.end(), [&](const QVariant &x, const QVariant &y) {
            const QVariant kx = args.isEmpty() ? x : Liquid::member(x, a0), ky = args.isEmpty() ? y : Liquid::member(y, a0);
            return Liquid::compare(kx, ky) < 0;
        });
        *result = l;
    } else if (n == QLatin1String("uniq")) {
        QVariantList out;
        for (const QVariant &v : Liquid::toList(input))
            if (!Liquid::contains(QVariant(out), v))
                out << v;
        *result = out;
    } else if (n == QLatin1String("compact")) {
        QVariantList out;
        for (const QVariant &v : Liquid::toList(input))
            if (v.isValid() && !v.isNull())
                out << v;
        *result = out;
    } else if (n == QLatin1String("map")) {
        QVariantList out;
        for (const QVariant &v : Liquid::toList(input))
            out << Liquid::member(v, a0);
        *result = out;
    } else if (n == QLatin1String("where")) {
        QVariantList out;
        for (const QVariant &v : Liquid::toList(input)) {
            const QVariant field = Liquid::member(v, a0);
            if (args.size() > 1 ? (Liquid::equals(field, args.at(1)) || Liquid::contains(field, args.at(1)))
                                : Liquid::isTruthy(field))
                out << v;
        }
        *result = out;
    } else if (n == QLatin1String("find")) {
        *result = QVariant();
        for (const QVariant &v : Liquid::toList(input)) {
            if (Liquid::equals(Liquid::member(v, a0), args.value(1))) {
                *result = v;
                break;
            }
        }
    } else if (n == QLatin1String("group_by")) {
        *result = groupBy(Liquid::toList(input), [&a0](const QVariant &v) { return toText(Liquid::member(v, a0)); });
    } else if (n == QLatin1String("concat")) *result = Liquid::toList(input) + Liquid::toList(args.value(0));
    else if (n == QLatin1String("push")) *result = Liquid::toList(input) << args.value(0);
    else if (n == QLatin1String("jsonify") || n == QLatin1String("inspect"))
        *result = QString::fromUtf8(QJsonDocument::fromVariant(QVariantList{input}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    else return false;
    return true;
}

} // namespace Lectern
