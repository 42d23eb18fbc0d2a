// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkstyle.h"

#include "jekyllurls.h"
#include "sitescan.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Lectern::LinkStyle {

void count(QStringView text, Tally *tally)
{
    static const QRegularExpression postUrl(QStringLiteral("\\{%-?\\s*(?:post_url|link)\\s"));
    static const QRegularExpression baseurl(QStringLiteral("\\{\\{-?\\s*site\\.baseurl\\s*-?\\}\\}/"));
    static const QRegularExpression relativeUrl(QStringLiteral("\\|\\s*relative_url\\s*-?\\}\\}"));
    const QString subject = text.toString();
    const auto matches = [&subject](const QRegularExpression &re) {
        int n = 0;
        for (auto it = re.globalMatch(subject); it.hasNext(); it.next())
            ++n;
        return n;
    };
    tally->postUrl += matches(postUrl);
    tally->baseurl += matches(baseurl);
    tally->relativeUrl += matches(relativeUrl);
}

Style choose(const Tally &tally)
{
    if (tally.baseurl > tally.postUrl && tally.baseurl > tally.relativeUrl)
        return Style::Baseurl;
    if (tally.relativeUrl > tally.postUrl && tally.relativeUrl > tally.baseurl)
        return Style::RelativeUrl;
    return Style::PostUrl;
}

Style learn(const QStringList &paths)
{
    Tally tally;
    for (qsizetype i = 0; i < paths.size() && i < kMaxPosts; ++i) {
        QFile file(paths.at(i));
        if (file.open(QIODevice::ReadOnly))
            count(QString::fromUtf8(file.read(kMaxBytes)), &tally);
    }
    return choose(tally);
}

QString target(Style style, const QVariantMap &site, const PostEntry &entry)
{
    if (style == Style::PostUrl) {
        if (entry.collection == QLatin1String("posts"))
            return QStringLiteral("{% post_url ") + QFileInfo(entry.path).completeBaseName() + QStringLiteral(" %}");
        return QStringLiteral("{% link ") + entry.relativePath + QStringLiteral(" %}");
    }
    QVariantMap frontMatter;
    if (!entry.dateText.isEmpty())
        frontMatter.insert(QStringLiteral("date"), entry.dateText);
    if (!entry.categories.isEmpty())
        frontMatter.insert(QStringLiteral("categories"), QVariant(entry.categories).toList());
    const QString url = JekyllUrls::postUrl(site, entry.relativePath, frontMatter);
    if (style == Style::Baseurl)
        return QStringLiteral("{{ site.baseurl }}") + url;
    return QStringLiteral("{{ '") + url + QStringLiteral("' | relative_url }}");
}

} // namespace Lectern::LinkStyle
