// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace Lectern {

// The YAML between a post's `---` lines, kept as the exact text the file holds.
// Values are read with yaml-cpp; edits rewrite only the lines of the entry they touch,
// in that entry's existing style, so comments, order and quoting elsewhere survive.
class FrontMatter final
{
public:
    enum class Kind { Missing, Null, Scalar, Sequence, Map };

    FrontMatter();
    // text: the lines between the delimiters, including their line endings.
    // firstLine: the file line the text starts on, so diagnostics point into the file.
    explicit FrontMatter(const QByteArray &text, int firstLine = 2, const QByteArray &eol = QByteArrayLiteral("\n"));
    FrontMatter(const FrontMatter &other);
    FrontMatter &operator=(const FrontMatter &other);
    FrontMatter(FrontMatter &&) noexcept;
    FrontMatter &operator=(FrontMatter &&) noexcept;
    ~FrontMatter();

    QByteArray text() const;

    // False when the YAML does not parse or is not a map; diagnostics() says where.
    bool isValid() const;
    Diagnostics diagnostics() const;

    // Top-level keys in file order, each once (a duplicated key is listed at its first place).
    QStringList keys() const;
    QStringList duplicateKeys() const;
    bool contains(const QString &key) const;
    Kind kind(const QString &key) const;
    // True for a scalar written without quotes or a block indicator: Psych types it (a plain
    // `2025-03-19 10:00:00` is a Time in UTC, see JekyllDate::parseFrontMatter).
    bool isPlainScalar(const QString &key) const;
    // Scalars as QString, sequences as QVariantList, maps as QVariantMap (recursively); invalid when missing.
    QVariant value(const QString &key) const;
    // value(), except that a plain YAML timestamp is the QDateTime (UTC) Psych makes of it
    // (psych/scalar_scanner.rb: `2025-03-20 01:30:00` with no offset is UTC): what Jekyll's page sees,
    // for the renderer and export to convert to the site's zone (JekyllDate::parseFrontMatter).
    QVariant pageValue(const QString &key) const;
    QString scalar(const QString &key) const;
    QStringList stringList(const QString &key) const;
    QJsonValue toJson(const QString &key) const;
    QJsonValue toJson() const;
    // 1-based file line of the entry's key (the last one for a duplicated key); 0 when missing.
    int line(const QString &key) const;
    // The entry's exact source lines, e.g. for a raw editor of one key.
    QByteArray entryText(const QString &key) const;

    // Edits. Each returns false, with a reason in *error, and changes nothing when it cannot apply.
    bool setScalar(const QString &key, const QString &value, QString *error = nullptr);
    // plainText written unquoted so Jekyll reads its YAML type (a boolean, number, date or null), keeping
    // the entry's trailing comment. Refuses text Psych would read as a string, or that is not one plain
    // line: setScalar() is the way to write text.
    bool setTypedScalar(const QString &key, const QString &plainText, QString *error = nullptr);
    bool setStringList(const QString &key, const QStringList &values, QString *error = nullptr);
    // A YAML fragment for the value (e.g. "[seminar, ai]" or a multi-line block).
    bool setYaml(const QString &key, const QByteArray &yamlValue, QString *error = nullptr);
    bool remove(const QString &key, QString *error = nullptr);
    // setScalar() writing the value in the style of styleLines (the entry's exact lines at some earlier
    // point, empty when it had none) rather than of its current lines. A run of typing in one field
    // writes each keystroke in the style the entry had when the run began, so a quote YAML needed for
    // a half-typed value ("https:") does not stick to the finished one ("https://x.org"). The result
    // is what setScalar() on the front matter of that earlier point gives, as long as only this
    // entry changed since; the edit session's merged keystrokes rely on that.
    bool setScalarStyledAs(const QString &key, const QString &value, const QByteArray &styleLines,
                           QString *error = nullptr);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Lectern
