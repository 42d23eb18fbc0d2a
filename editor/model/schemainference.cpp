// SPDX-License-Identifier: GPL-3.0-or-later
// Schema::inferred: fields from the tally of the site's posts, _config.yml defaults and .lectern.yml overrides.
#include "schema.h"

#include "dateformat.h"
#include "frontmatter.h"
#include "schemasample.h"
#include "siteconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QMap>

#include <algorithm>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::Schema", text);
}

// Keys most Jekyll posts share, in the order a person reads a post's header.
const QStringList &knownOrder()
{
    static const QStringList order = {
        QStringLiteral("title"),    QStringLiteral("date"),       QStringLiteral("layout"),
        QStringLiteral("author"),   QStringLiteral("description"), QStringLiteral("excerpt"),
        QStringLiteral("image"),    QStringLiteral("categories"), QStringLiteral("category"),
        QStringLiteral("tags"),     QStringLiteral("published"),  QStringLiteral("permalink"),
    };
    return order;
}

QStringList byCount(const QHash<QString, int> &counts, int limit)
{
    QStringList keys = counts.keys();
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const int ca = counts.value(a), cb = counts.value(b);
        return ca != cb ? ca > cb : a < b;
    });
    if (keys.size() > limit)
        keys = keys.mid(0, limit);
    return keys;
}

} // namespace

Schema::Field &Schema::fieldFor(const QString &key)
{
    for (Field &f : m_fields) {
        if (f.key == key)
            return f;
    }
    Field f;
    f.key = key;
    f.label = labelFor(key);
    m_fields.append(f);
    return m_fields.last();
}

Schema Schema::inferred(const QString &siteRoot, const SchemaTally &tally, const QStringList &layouts,
                        const SiteConfig &config, const QByteArray &overrides, const QString &overridesName)
{
    Schema schema;
    schema.m_siteRoot = siteRoot.isEmpty() ? QString() : QDir(siteRoot).absolutePath();
    schema.m_config = config;
    schema.m_baseurl = config.baseurl();
    schema.m_diagnostics += config.diagnostics();
    schema.infer(tally, layouts);
    if (!overridesName.isEmpty())
        schema.applyOverrides(overrides, overridesName);
    schema.sortFields();
    return schema;
}

Schema Schema::forPost(const QString &postPath) const
{
    Schema schema = *this;
    schema.applyDefaults(postPath);
    schema.sortFields();
    return schema;
}

void Schema::infer(const SchemaTally &tally, const QStringList &layouts)
{
    m_postCount = tally.postCount();
    // Keys in name order, so that fields of equal rank sort the same whatever order posts arrived in.
    QStringList keys = tally.keys().keys();
    keys.sort();
    const QHash<QString, SchemaTally::Key> &seen = tally.keys();
    for (const QString &key : std::as_const(keys)) {
        const SchemaTally::Key &s = seen[key];
        Field &f = fieldFor(key);
        f.frequency = s.posts;
        const int typed = s.scalars;
        if (key == QLatin1String("categories") || key == QLatin1String("tags") || (s.lists > 0 && s.lists >= s.scalars && s.maps == 0))
            f.type = Type::List;
        else if (s.maps > 0 && s.maps >= s.scalars)
            f.type = Type::Map;
        else if (typed > 0 && s.bools == typed)
            f.type = Type::Boolean;
        else if (typed > 0 && s.dates + s.dateTimes == typed)
            f.type = s.dateTimes > 0 ? Type::DateTime : Type::Date;
        else if (typed > 0 && s.numbers == typed)
            f.type = Type::Number;
        else if (typed > 0 && s.images == typed)
            f.type = Type::Image;
        else if (typed > 0 && s.urls == typed)
            f.type = Type::Url;
        else if (s.multiLine > 0)
            f.type = Type::MultiLineText;
        if (f.type == Type::Text && typed == 0 && Schema::isImageKey(key))
            f.type = Type::Image;   // `image: ""` in every post so far: still a picture to choose
        if (f.type == Type::Date || f.type == Type::DateTime)
            f.format = byCount(s.formats, 1).value(0);
        // A title-like text is not completed from other posts' titles (nor sorted: 10,000 of them).
        const bool titleLike = key == QLatin1String("title") || (f.type == Type::Text && s.values.size() == s.posts && s.posts > 3);
        if (!titleLike && (f.type == Type::List || f.type == Type::Text || f.type == Type::Url))
            f.suggestions = byCount(s.values, 200);
    }

    // layout is a choice from _layouts/, keeping any value in use (a gem theme's layouts) selectable.
    if (!layouts.isEmpty() || seen.contains(QStringLiteral("layout"))) {
        Field &f = fieldFor(QStringLiteral("layout"));
        f.type = Type::Choice;
        f.choices = layouts;
        const QStringList used = byCount(seen.value(QStringLiteral("layout")).values, 50);
        for (const QString &v : used)
            if (!f.choices.contains(v))
                f.choices.append(v);
        f.suggestions.clear();
    }
    for (const QString &key : {QStringLiteral("title"), QStringLiteral("date")}) {
        if (!field(key))
            fieldFor(key);
    }
    Field &title = fieldFor(QStringLiteral("title"));
    title.required = true;
    Field &date = fieldFor(QStringLiteral("date"));
    if (date.type != Type::DateTime)
        date.type = Type::Date;
    if (date.format.isEmpty())
        date.format = DateFormat::defaultFormat();
    if (m_postCount == 0) {
        // Nothing to infer from: offer the usual keys.
        fieldFor(QStringLiteral("categories")).type = Type::List;
        fieldFor(QStringLiteral("tags")).type = Type::List;
    }
}

void Schema::applyDefaults(const QString &postPath)
{
    const SiteConfig &config = m_config;
    QString relative = postPath.isEmpty() ? QStringLiteral("_posts/new-post.md")
                                          : QDir(m_siteRoot).relativeFilePath(QFileInfo(postPath).absoluteFilePath());
    if (QFileInfo(postPath).isRelative() && !postPath.isEmpty())
        relative = postPath;
    const QVariantMap defaults = config.defaultsFor(relative, QStringLiteral("posts"));
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it) {
        Field &f = fieldFor(it.key());
        f.inherited = it.value();
        if (f.frequency == 0 && !m_declaredOrder.contains(it.key()) && it.value().typeId() == QMetaType::QVariantList)
            f.type = Type::List;
    }
}

void Schema::applyOverrides(const QByteArray &text, const QString &name)
{
    const FrontMatter yaml(text, 1);
    auto problem = [&](int line, const QString &message) {
        Diagnostic d;
        d.line = line;
        d.column = line > 0 ? 1 : 0;
        d.message = name + QLatin1String(": ") + message;
        m_diagnostics.append(d);
    };
    if (!yaml.isValid()) {
        for (Diagnostic d : yaml.diagnostics()) {
            d.message = name + QLatin1String(": ") + d.message;
            m_diagnostics.append(d);
        }
        return;
    }
    const QVariant fieldsValue = yaml.value(QStringLiteral("fields"));
    if (fieldsValue.isValid() && fieldsValue.typeId() != QMetaType::QVariantList) {
        problem(yaml.line(QStringLiteral("fields")), tr("\"fields\" must be a list of fields, each starting with \"- key:\""));
        return;
    }
    const QVariantList list = fieldsValue.toList();
    for (const QVariant &entry : list) {
        const QVariantMap m = entry.toMap();
        const QString key = m.value(QStringLiteral("key")).toString();
        if (key.isEmpty()) {
            problem(yaml.line(QStringLiteral("fields")), tr("a field without \"key\" is ignored"));
            continue;
        }
        Field &f = fieldFor(key);
        m_declaredOrder.append(key);
        if (m.contains(QStringLiteral("label")))
            f.label = m.value(QStringLiteral("label")).toString();
        if (m.contains(QStringLiteral("type"))) {
            const QString typeText = m.value(QStringLiteral("type")).toString();
            if (!typeFromName(typeText, &f.type))
                problem(yaml.line(QStringLiteral("fields")),
                        tr("field \"%1\": unknown type \"%2\"").arg(key, typeText));
        }
        if (m.contains(QStringLiteral("required"))) {
            const QString r = m.value(QStringLiteral("required")).toString().toLower();
            f.required = r == QLatin1String("true") || r == QLatin1String("yes");
        }
        if (m.contains(QStringLiteral("help")))
            f.help = m.value(QStringLiteral("help")).toString().trimmed();
        if (m.contains(QStringLiteral("format")))
            f.format = m.value(QStringLiteral("format")).toString();
        if (m.contains(QStringLiteral("choices"))) {
            f.choices.clear();
            for (const QVariant &c : m.value(QStringLiteral("choices")).toList())
                f.choices << c.toString();
            if (!m.contains(QStringLiteral("type")))
                f.type = Type::Choice;
        }
        if (m.contains(QStringLiteral("suggestions"))) {
            for (const QVariant &c : m.value(QStringLiteral("suggestions")).toList())
                if (!f.suggestions.contains(c.toString()))
                    f.suggestions.prepend(c.toString());
        }
    }
}

void Schema::sortFields()
{
    auto rank = [this](const Field &f) {
        const int declared = m_declaredOrder.indexOf(f.key);
        if (declared >= 0)
            return declared;
        const int known = knownOrder().indexOf(f.key);
        if (known >= 0)
            return 1000 + known;
        return 2000;
    };
    std::stable_sort(m_fields.begin(), m_fields.end(), [&](const Field &a, const Field &b) {
        const int ra = rank(a), rb = rank(b);
        if (ra != rb)
            return ra < rb;
        if (a.frequency != b.frequency)
            return a.frequency > b.frequency;
        return a.key < b.key;
    });
}

} // namespace Lectern
