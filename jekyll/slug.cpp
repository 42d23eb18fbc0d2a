// SPDX-License-Identifier: GPL-3.0-or-later
#include "slug.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace Lectern::Slug {

namespace {

// Letters NFKD leaves whole: a reader expects these spellings in a URL.
QString transliterate(QChar c)
{
    static const QHash<char16_t, const char *> table = {
        {u'ß', "ss"}, {u'ẞ', "ss"}, {u'æ', "ae"}, {u'Æ', "ae"}, {u'ø', "o"},  {u'Ø', "o"},
        {u'ł', "l"},  {u'Ł', "l"},  {u'đ', "d"},  {u'Đ', "d"},  {u'ð', "d"},  {u'Ð', "d"},
        {u'þ', "th"}, {u'Þ', "th"}, {u'œ', "oe"}, {u'Œ', "oe"}, {u'ı', "i"},  {u'ħ', "h"},
        {u'Ħ', "h"},  {u'ŀ', "l"},  {u'Ŀ', "l"},  {u'ŋ', "n"},  {u'Ŋ', "n"},  {u'ſ', "s"},
    };
    const auto it = table.constFind(c.unicode());
    return it == table.constEnd() ? QString() : QString::fromLatin1(it.value());
}

bool isMark(QChar c)
{
    const QChar::Category cat = c.category();
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing;
}

} // namespace

QString slugify(const QString &title)
{
    const QString decomposed = title.normalized(QString::NormalizationForm_KD);
    QString slug;
    bool separator = false;
    for (const QChar c : decomposed) {
        if (isMark(c))
            continue;   // the accent of a decomposed letter
        QString piece;
        if (c.unicode() < 128 && c.isLetterOrNumber())
            piece = c.toLower();
        else
            piece = transliterate(c);
        if (piece.isEmpty()) {
            // A letter we cannot spell in ASCII is dropped; anything else separates words.
            if (!c.isLetterOrNumber())
                separator = true;
            continue;
        }
        if (separator && !slug.isEmpty())
            slug += QLatin1Char('-');
        separator = false;
        slug += piece;
    }
    return slug;
}

QString uniquePath(const QString &dir, const QString &base, const QString &suffix)
{
    const QDir d(dir);
    QString path = d.filePath(base + suffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = d.filePath(base + QLatin1Char('-') + QString::number(n) + suffix);
    return path;
}

} // namespace Lectern::Slug
