// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern {

class FrontMatter;

// What one post's front matter says about the shape of one key. It is taken where the post is read
// anyway (the site index's worker), so the site's schema is inferred without reading any post again.
struct FieldSample
{
    enum class Shape : quint8 { Null, Scalar, Sequence, Map };

    QString key;
    Shape shape = Shape::Null;
    bool boolean = false;    // a YAML boolean as the front-matter model types it (JSON bool)
    bool number = false;     // a YAML number (JSON double)
    bool image = false;      // a path ending in an image extension
    bool url = false;        // http:// or https://
    bool multiLine = false;  // spans lines, or is over 120 characters
    bool date = false;       // a date Jekyll reads (DateFormat::parse), not a number
    bool hasTime = false;    // that date carries a time of day
    QString dateFormat;      // DateFormat's pattern of that date; empty when not a date
    QStringList values;      // the scalar (1-80 characters) or the non-empty list items, for completion
};

// One post's samples, one per top-level key in file order. Empty for a post whose front matter is invalid.
using PostSample = QList<FieldSample>;

// Samples every top-level key of frontMatter. Pure function of the text: safe on any thread.
PostSample samplePost(const FrontMatter &frontMatter);

// The site-wide tally of post samples. add() and remove() cost O(keys of that post), so the schema
// follows a single post's change without re-reading or re-counting the site.
class SchemaTally final
{
public:
    struct Key
    {
        int posts = 0;
        int scalars = 0, lists = 0, maps = 0, nulls = 0;
        int bools = 0, numbers = 0, dates = 0, dateTimes = 0, images = 0, urls = 0, multiLine = 0;
        QHash<QString, int> values;    // scalar values and list items, counted
        QHash<QString, int> formats;   // date formats, counted
    };

    // A post with valid front matter counts once per add(), even when it has no keys.
    void add(const PostSample &sample);
    // Undoes an add() of the same sample; removing what was never added corrupts the counts.
    void remove(const PostSample &sample);

    int postCount() const { return m_posts; }
    const QHash<QString, Key> &keys() const { return m_keys; }

private:
    void count(const PostSample &sample, int delta);

    int m_posts = 0;
    QHash<QString, Key> m_keys;
};

} // namespace Lectern
