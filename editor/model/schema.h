// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "siteconfig.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>
#include <QVariant>

namespace Lectern {

class PostFile;
class SchemaTally;

// The fields a site's posts use, inferred from _posts/, _drafts/ and _config.yml and
// overridden by an optional .lectern.yml (docs/schema.md). The form builds its editors
// from it and `lectern-cli schema` prints it. Built by Site (site.h) from its post index: a
// schema is never made by reading the site's posts itself.
class Schema final
{
public:
    enum class Type { Text, MultiLineText, Date, DateTime, Image, Url, Boolean, Number, Choice, List, Map };

    struct Field
    {
        QString key;
        Type type = Type::Text;
        QString label;
        bool required = false;
        QString help;
        int frequency = 0;           // how many of the site's posts set it
        QStringList choices;         // Choice: the allowed values
        QStringList suggestions;     // values seen in the site, most used first (completion)
        QString format;              // Date/DateTime: the site's most common written format (DateFormat)
        QVariant inherited;          // the _config.yml default for this post; invalid when none
    };

    // A problem with one key of a post; key is empty when it concerns the whole post.
    struct Problem
    {
        QString key;
        Diagnostic diagnostic;
    };

    // The site-wide schema: fields and types from TALLY (the samples of the site's posts and drafts),
    // `layout` choices from LAYOUTS (the names in _layouts/), then OVERRIDES, the text of the site's
    // .lectern.yml named OVERRIDES_NAME (empty: none); its problems go to diagnostics() with that name.
    // Reads no file. Rules: docs/schema.md.
    static Schema inferred(const QString &siteRoot, const SchemaTally &tally, const QStringList &layouts,
                           const SiteConfig &config, const QByteArray &overrides, const QString &overridesName);
    // This site-wide schema as it applies to the post at POST_PATH (absolute, or relative to the root):
    // the `defaults:` scopes of _config.yml that hold it give inherited values (Jekyll's front matter
    // defaults, later scopes winning). Empty POST_PATH: a new post in _posts/. Reads no file.
    Schema forPost(const QString &postPath) const;

    // True when both offer the same fields with the same types, labels, choices, suggestions, formats and
    // inherited values (how many posts use each may differ): a form built for one fits the other.
    bool sameFields(const Schema &other) const;

    QString siteRoot() const { return m_siteRoot; }
    int postCount() const { return m_postCount; }
    QList<Field> fields() const { return m_fields; }
    const Field *field(const QString &key) const;
    // Problems in .lectern.yml or _config.yml, located in those files.
    Diagnostics diagnostics() const { return m_diagnostics; }

    // Checks a post against the schema: required keys missing, dates Jekyll cannot parse,
    // images missing from the site, values of a shape the field cannot hold. YAML errors and
    // duplicate keys are PostFile::diagnostics(); they are not repeated here.
    QList<Problem> problems(const PostFile &post) const;
    Diagnostics validate(const PostFile &post) const;

    QJsonArray toJson() const;

    static QString typeName(Type type);
    static bool typeFromName(const QString &name, Type *type);
    // "cover_image" -> "Cover image".
    static QString labelFor(const QString &key);
    // True for keys whose name says they hold an image: `image`, or ending in `_image` / `-image`
    // (`cover_image`, `header-image`; not `image_alt`). Such a key is typed image when no post gives
    // it a non-empty value (only `image: ""` or `image:` so far), and an empty value of it gets the
    // image editor unless .lectern.yml types it otherwise (docs/schema.md).
    static bool isImageKey(const QString &key);
    // The file an image value names inside the site, or empty when it is a URL or outside the site.
    QString imageFile(const QString &value) const;

private:
    void infer(const SchemaTally &tally, const QStringList &layouts);
    void applyOverrides(const QByteArray &text, const QString &name);
    void applyDefaults(const QString &postPath);
    void sortFields();
    Field &fieldFor(const QString &key);

    QString m_siteRoot;
    QString m_baseurl;
    SiteConfig m_config;
    int m_postCount = 0;
    QList<Field> m_fields;
    QStringList m_declaredOrder;   // keys in .lectern.yml order
    Diagnostics m_diagnostics;
};

} // namespace Lectern
