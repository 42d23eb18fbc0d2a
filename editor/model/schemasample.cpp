// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemasample.h"

#include "dateformat.h"
#include "frontmatter.h"

#include <QJsonValue>

#include <algorithm>

namespace Lectern {

namespace {

bool isImagePath(const QString &text)
{
    static const QLatin1String exts[] = {QLatin1String(".jpg"),  QLatin1String(".jpeg"), QLatin1String(".png"),
                                         QLatin1String(".gif"),  QLatin1String(".webp"), QLatin1String(".svg"),
                                         QLatin1String(".avif")};
    const QString trimmed = text.trimmed();
    return std::any_of(std::begin(exts), std::end(exts),
                       [&](QLatin1String e) { return trimmed.endsWith(e, Qt::CaseInsensitive); });
}

bool isUrl(const QString &text)
{
    return text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://"));
}

// Every date form DateFormat reads starts with a digit or a month name, and none is long: the
// check keeps the date parser off titles and descriptions, which are most of a site's values.
bool mayBeDate(const QString &text)
{
    const QString t = text.trimmed();
    return !t.isEmpty() && t.size() <= 64 && (t.at(0).isDigit() || t.at(0).isLetter());
}

void bump(QHash<QString, int> &counts, const QString &value, int delta)
{
    auto it = counts.find(value);
    if (it == counts.end()) {
        if (delta > 0)
            counts.insert(value, delta);
        return;
    }
    *it += delta;
    if (*it <= 0)
        counts.erase(it);
}

} // namespace

PostSample samplePost(const FrontMatter &fm)
{
    PostSample sample;
    if (!fm.isValid())
        return sample;
    const QStringList keys = fm.keys();
    sample.reserve(keys.size());
    for (const QString &key : keys) {
        FieldSample s;
        s.key = key;
        switch (fm.kind(key)) {
        case FrontMatter::Kind::Null:
        case FrontMatter::Kind::Missing:
            s.shape = FieldSample::Shape::Null;
            break;
        case FrontMatter::Kind::Map:
            s.shape = FieldSample::Shape::Map;
            break;
        case FrontMatter::Kind::Sequence: {
            s.shape = FieldSample::Shape::Sequence;
            const QStringList items = fm.stringList(key);
            for (const QString &item : items)
                if (!item.isEmpty())
                    s.values << item;
            break;
        }
        case FrontMatter::Kind::Scalar: {
            const QString text = fm.scalar(key);
            // `image: ""` (a template's blank) says nothing of the key's type, like `image:` (null).
            if (text.isEmpty()) {
                s.shape = FieldSample::Shape::Null;
                break;
            }
            s.shape = FieldSample::Shape::Scalar;
            const QJsonValue json = fm.toJson(key);
            s.boolean = json.isBool();
            s.number = json.isDouble();
            if (!s.number && mayBeDate(text)) {
                const DateFormat::Parsed date = DateFormat::parse(text);
                if (date.valid) {
                    s.date = true;
                    s.hasTime = date.hasTime;
                    s.dateFormat = date.format;
                }
            }
            s.image = isImagePath(text);
            s.url = !s.image && isUrl(text);
            s.multiLine = text.trimmed().contains(QLatin1Char('\n')) || text.size() > 120;
            // Completion values: titles and dates are never offered (each post has its own), so they
            // are not counted either; 10,000 distinct titles would be most of the tally's work.
            if (!s.multiLine && !s.date && key != QLatin1String("title") && !text.isEmpty() && text.size() <= 80)
                s.values << text;
            break;
        }
        }
        sample.append(s);
    }
    return sample;
}

void SchemaTally::add(const PostSample &sample)
{
    ++m_posts;
    count(sample, 1);
}

void SchemaTally::remove(const PostSample &sample)
{
    --m_posts;
    count(sample, -1);
}

void SchemaTally::count(const PostSample &sample, int delta)
{
    for (const FieldSample &s : sample) {
        Key &k = m_keys[s.key];
        k.posts += delta;
        switch (s.shape) {
        case FieldSample::Shape::Null:
            k.nulls += delta;
            break;
        case FieldSample::Shape::Map:
            k.maps += delta;
            break;
        case FieldSample::Shape::Sequence:
            k.lists += delta;
            break;
        case FieldSample::Shape::Scalar:
            k.scalars += delta;
            k.bools += s.boolean ? delta : 0;
            k.numbers += s.number ? delta : 0;
            if (s.date) {
                (s.hasTime ? k.dateTimes : k.dates) += delta;
                bump(k.formats, s.dateFormat, delta);
            }
            k.images += s.image ? delta : 0;
            k.urls += s.url ? delta : 0;
            k.multiLine += s.multiLine ? delta : 0;
            break;
        }
        for (const QString &v : s.values)
            bump(k.values, v, delta);
        if (k.posts <= 0)
            m_keys.remove(s.key);
    }
}

} // namespace Lectern
