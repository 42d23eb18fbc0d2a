// SPDX-License-Identifier: GPL-3.0-or-later
#include "postercontent.h"

#include "eventtime.h"
#include "exporthtml.h"
#include "exportinput.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace Lectern {

namespace {

constexpr qint64 kMaxStylesheet = 1024 * 1024;
const QLatin1String kNeutralPrimary("#334155");

struct Rgb
{
    int r = 0, g = 0, b = 0;
};

Rgb rgbOf(const QString &hex)
{
    return {hex.mid(1, 2).toInt(nullptr, 16), hex.mid(3, 2).toInt(nullptr, 16), hex.mid(5, 2).toInt(nullptr, 16)};
}

QString hexOf(const Rgb &c)
{
    return QStringLiteral("#%1%2%3").arg(c.r, 2, 16, QLatin1Char('0')).arg(c.g, 2, 16, QLatin1Char('0')).arg(c.b, 2, 16, QLatin1Char('0'));
}

bool isGrey(const QString &hex)
{
    const Rgb c = rgbOf(hex);
    return std::max({c.r, c.g, c.b}) - std::min({c.r, c.g, c.b}) < 24;
}

QString mixWithWhite(const QString &hex, double white)
{
    const Rgb c = rgbOf(hex);
    auto mix = [white](int v) { return int(v + (255 - v) * white + 0.5); };
    return hexOf({mix(c.r), mix(c.g), mix(c.b)});
}

// Custom properties (--x: v) and SCSS variables ($x: v), in order, values raw.
QList<std::pair<QString, QString>> variables(const QString &css)
{
    static const QRegularExpression re(QStringLiteral("(?:^|[;{\\s])((?:--|\\$)[\\w-]+)\\s*:\\s*([^;{}]+)"));
    QList<std::pair<QString, QString>> out;
    for (auto it = re.globalMatch(css); it.hasNext();) {
        const auto m = it.next();
        out.append({m.captured(1), m.captured(2).trimmed()});
    }
    return out;
}

QString resolve(QString value, const QHash<QString, QString> &vars)
{
    static const QRegularExpression var(QStringLiteral("^var\\(\\s*(--[\\w-]+)\\s*(?:,\\s*([^)]+))?\\)$"));
    for (int depth = 0; depth < 8; ++depth) {
        value = value.remove(QLatin1String("!important")).trimmed();
        if (const auto m = var.match(value); m.hasMatch()) {
            value = vars.contains(m.captured(1)) ? vars.value(m.captured(1)) : m.captured(2);
        } else if (value.startsWith(QLatin1Char('$')) && vars.contains(value)) {
            value = vars.value(value);
        } else {
            break;
        }
    }
    return BrandColors::normalizedColor(value);
}

QString stripComments(QString css)
{
    static const QRegularExpression block(QStringLiteral("/\\*.*?\\*/"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression line(QStringLiteral("(^|\\s)//[^\\n]*"));
    return css.remove(block).remove(line);
}

QStringList stylesheets(const QString &root)
{
    QStringList found;
    for (const QString &folder : {QStringLiteral("assets"), QStringLiteral("_sass"), QStringLiteral("css")}) {
        const QString dir = QDir(root).filePath(folder);
        if (!QFileInfo(dir).isDir())
            continue;
        QStringList here;
        QDirIterator it(dir, {QStringLiteral("*.css"), QStringLiteral("*.scss")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext() && here.size() < 32)
            here << it.next();
        here.sort();
        found += here;
    }
    return found;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (file.size() > kMaxStylesheet || !file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// `announce: colors:` of .lectern.yml; {primary, accent}, either may be empty.
std::pair<QString, QString> configuredColors(const QString &root)
{
    for (const QString &name : {QStringLiteral(".lectern.yml"), QStringLiteral("_lectern.yml")}) {
        QFile file(QDir(root).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        try {
            const YAML::Node doc = YAML::Load(file.readAll().toStdString());
            const YAML::Node colors = doc.IsMap() && doc["announce"].IsMap() ? doc["announce"]["colors"] : YAML::Node();
            if (!colors.IsMap())
                return {};
            auto read = [&](const char *key) {
                const YAML::Node n = colors[key];
                return n.IsScalar() ? BrandColors::normalizedColor(QString::fromStdString(n.Scalar())) : QString();
            };
            return {read("primary"), read("accent")};
        } catch (const YAML::Exception &) {
            return {};   // `lectern-cli check` reports the file's syntax; the poster falls back
        }
    }
    return {};
}

QString collapseBlanks(QString text)
{
    static const QRegularExpression blanks(QStringLiteral("[ \\t\\x{00a0}]+"));
    return text.replace(blanks, QStringLiteral(" ")).trimmed();
}

// Paragraphs kept, lines inside a paragraph joined, runs of blanks made one.
QString normalizedAbstract(const QString &description)
{
    static const QRegularExpression paragraphBreak(QStringLiteral("\\n\\s*\\n"));
    QStringList paragraphs;
    for (QString p : description.split(paragraphBreak, Qt::SkipEmptyParts)) {
        p = collapseBlanks(p.replace(QLatin1Char('\n'), QLatin1Char(' ')));
        if (!p.isEmpty())
            paragraphs << p;
    }
    return paragraphs.join(QLatin1String("\n\n"));
}

QString lineValue(const QString &bodyText, const QString &label)
{
    const QRegularExpression re(QStringLiteral("^\\W*(?:%1)\\W*:\\**\\s*(.+)$").arg(label),
                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return collapseBlanks(re.match(bodyText).captured(1).remove(QLatin1Char('*')));
}

} // namespace

QString BrandColors::normalizedColor(const QString &value)
{
    const QString v = value.trimmed().toLower();
    static const QRegularExpression hex(QStringLiteral("^#([0-9a-f]{3}|[0-9a-f]{6})$"));
    static const QRegularExpression rgb(QStringLiteral("^rgba?\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*(?:,[^)]*)?\\)$"));
    if (const auto m = hex.match(v); m.hasMatch()) {
        QString digits = m.captured(1);
        if (digits.size() == 3)
            digits = QString(digits[0]) + digits[0] + digits[1] + digits[1] + digits[2] + digits[2];
        return QLatin1Char('#') + digits;
    }
    if (const auto m = rgb.match(v); m.hasMatch()) {
        const Rgb c{std::min(m.captured(1).toInt(), 255), std::min(m.captured(2).toInt(), 255), std::min(m.captured(3).toInt(), 255)};
        return hexOf(c);
    }
    return QString();
}

QString BrandColors::stylesheetPrimary(const QString &cssText)
{
    const QString css = stripComments(cssText);
    QHash<QString, QString> vars;
    for (const auto &[name, value] : variables(css)) {
        if (!vars.contains(name))
            vars.insert(name, value);
    }
    static const QRegularExpression rule(QStringLiteral("([^{};]+)\\{([^{}]*)\\}"));
    static const QRegularExpression color(QStringLiteral("(?:^|[;\\s])color\\s*:\\s*([^;]+)"));
    static const QStringList links = {QStringLiteral("a"), QStringLiteral("a:link"), QStringLiteral("a:visited")};
    static const QStringList headers = {QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("header"),
                                        QStringLiteral(".site-header"), QStringLiteral(".site-title"), QStringLiteral(".page-title"),
                                        QStringLiteral(".post-title")};
    for (const QStringList *wanted : {&links, &headers}) {
        for (auto it = rule.globalMatch(css); it.hasNext();) {
            const auto m = it.next();
            bool matches = false;
            for (const QString &selector : m.captured(1).split(QLatin1Char(',')))
                matches = matches || wanted->contains(selector.trimmed());
            if (!matches)
                continue;
            const QString found = resolve(color.match(m.captured(2)).captured(1), vars);
            if (!found.isEmpty() && !isGrey(found))
                return found;
        }
    }
    return QString();
}

BrandColors BrandColors::forSite(const QString &siteRoot)
{
    BrandColors brand;
    if (!siteRoot.isEmpty()) {
        const auto [primary, accent] = configuredColors(siteRoot);
        if (!primary.isEmpty()) {
            brand.primary = primary;
            brand.accent = accent;
            brand.source = QStringLiteral(".lectern.yml");
        }
        for (const QString &path : stylesheets(siteRoot)) {
            if (!brand.primary.isEmpty() && !brand.accent.isEmpty())
                break;
            const QString css = stripComments(readText(path));
            if (brand.primary.isEmpty()) {
                brand.primary = stylesheetPrimary(css);
                if (!brand.primary.isEmpty())
                    brand.source = QDir(siteRoot).relativeFilePath(path);
            }
            if (brand.primary.isEmpty())
                continue;
            QHash<QString, QString> vars;
            for (const auto &[name, value] : variables(css))
                vars.insert(name, value);
            static const QRegularExpression named(QStringLiteral("accent|secondary|highlight"), QRegularExpression::CaseInsensitiveOption);
            for (const auto &[name, value] : variables(css)) {
                const QString c = resolve(value, vars);
                if (named.match(name).hasMatch() && !c.isEmpty() && c != brand.primary && !isGrey(c)) {
                    brand.accent = c;
                    break;
                }
            }
        }
    }
    if (brand.primary.isEmpty()) {
        brand.primary = kNeutralPrimary;
        brand.source = QStringLiteral("default");
    }
    if (brand.accent.isEmpty())
        brand.accent = mixWithWhite(brand.primary, 0.4);
    return brand;
}

PosterContent PosterContent::fromInput(const ExportInput &input)
{
    PosterContent c;
    const QVariantMap &fm = input.frontMatter;
    const QString text = HtmlExport::bodyPlainText(input);
    c.title = collapseBlanks(input.title());
    c.siteName = collapseBlanks(input.site.title);
    c.abstract = normalizedAbstract(fm.value(QStringLiteral("description")).toString());

    c.kicker = lineValue(text, QStringLiteral("type"));
    if (c.kicker.isEmpty()) {
        const QVariant categories = fm.value(QStringLiteral("categories"), fm.value(QStringLiteral("category")));
        const QStringList list = categories.typeId() == QMetaType::QStringList || categories.typeId() == QMetaType::QVariantList
                                     ? categories.toStringList()
                                     : categories.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!list.isEmpty() && !list.first().isEmpty())
            c.kicker = list.first().left(1).toUpper() + list.first().mid(1);
    }

    c.speaker = collapseBlanks(fm.value(QStringLiteral("speaker")).toString());
    c.affiliation = collapseBlanks(fm.value(QStringLiteral("affiliation")).toString());
    if (c.speaker.isEmpty()) {
        const QString line = lineValue(text, QStringLiteral("speakers?|presenter|presented by"));
        const qsizetype comma = line.indexOf(QLatin1Char(','));
        c.speaker = comma < 0 ? line : line.left(comma).trimmed();
        if (c.affiliation.isEmpty() && comma >= 0)
            c.affiliation = line.mid(comma + 1).trimmed();
    }
    if (c.speaker.isEmpty())
        c.missing << tr("no speaker (a \"Speaker:\" line in the body or `speaker` in the front matter)");

    const EventTime time = EventTime::fromPost(fm, text, input.site.timezone);
    c.where = collapseBlanks(time.location());
    const EventTime::WhenLine when = EventTime::whenLine(text);
    const bool fromFrontMatter = fm.contains(QStringLiteral("event_start")) || fm.contains(QStringLiteral("time"));
    if (when.found && when.day.isValid() && !fromFrontMatter) {
        // As the post writes it: the reader of the poster sees what the page says.
        c.day = collapseBlanks(text.mid(when.dayStart, when.dayLength));
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), when.dayStart);
        c.time = collapseBlanks(text.mid(when.dayStart + when.dayLength,
                                         lineEnd < 0 ? -1 : lineEnd - when.dayStart - when.dayLength));
        while (c.time.startsWith(QLatin1Char(',')) || c.time.startsWith(QLatin1Char(' ')))
            c.time.remove(0, 1);
    } else if (time.isValid()) {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        c.day = english.toString(time.start().date(), QStringLiteral("dddd, MMMM d, yyyy"));
        c.time = english.toString(time.start().time(), QStringLiteral("h:mm ap"));
        if (time.end().isValid())
            c.time += QString::fromUtf8(" – ") + english.toString(time.end().time(), QStringLiteral("h:mm ap"));
    }
    if (c.day.isEmpty()) {
        c.missing << time.problem();   // "the post gives no event time: no “When:” line …"
        if (input.date().isValid()) {
            c.day = QLocale(QLocale::English, QLocale::UnitedStates).toString(input.date(), QStringLiteral("dddd, MMMM d, yyyy"));
            c.dayIsPostDate = true;
        }
    } else if (c.time.isEmpty()) {
        c.missing << tr("no time of day on the When: line");
    }
    if (c.where.isEmpty())
        c.missing << tr("no place (a \"Where:\" line in the body or `location` in the front matter)");

    const QString image = fm.value(QStringLiteral("image")).toString().trimmed();
    if (image.isEmpty()) {
        c.missing << tr("no featured image (`image` in the front matter)");
    } else {
        const QString local = input.localPath(input.featuredImageUrl());
        if (local.isEmpty() || !QFileInfo(local).isFile())
            c.missing << tr("the featured image %1 is not a file inside the site").arg(image);
        else
            c.imagePath = QFileInfo(local).absoluteFilePath();
    }

    if (!input.site.url.isEmpty())
        c.url = input.publicUrl();
    if (c.url.isEmpty())
        c.missingOnPoster << tr("no public URL (`url` in _config.yml), so no QR code");
    if (c.abstract.isEmpty())
        c.missingOnPoster << tr("no abstract (`description` in the front matter)");

    const BrandColors brand = BrandColors::forSite(input.site.root);
    c.primary = brand.primary;
    c.accent = brand.accent;
    return c;
}

QByteArray PosterContent::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("kicker"), kicker);
    o.insert(QStringLiteral("speaker"), speaker);
    o.insert(QStringLiteral("affiliation"), affiliation);
    o.insert(QStringLiteral("day"), day);
    o.insert(QStringLiteral("dayIsPostDate"), dayIsPostDate);
    o.insert(QStringLiteral("time"), time);
    o.insert(QStringLiteral("where"), where);
    o.insert(QStringLiteral("abstract"), abstract);
    o.insert(QStringLiteral("image"), imagePath);
    o.insert(QStringLiteral("url"), url);
    o.insert(QStringLiteral("site"), siteName);
    o.insert(QStringLiteral("primary"), primary);
    o.insert(QStringLiteral("accent"), accent);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

PosterContent PosterContent::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    PosterContent c;
    auto s = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    c.title = s("title");
    c.kicker = s("kicker");
    c.speaker = s("speaker");
    c.affiliation = s("affiliation");
    c.day = s("day");
    c.dayIsPostDate = o.value(QLatin1String("dayIsPostDate")).toBool();
    c.time = s("time");
    c.where = s("where");
    c.abstract = s("abstract");
    c.imagePath = s("image");
    c.url = s("url");
    c.siteName = s("site");
    if (!BrandColors::normalizedColor(s("primary")).isEmpty())
        c.primary = BrandColors::normalizedColor(s("primary"));
    if (!BrandColors::normalizedColor(s("accent")).isEmpty())
        c.accent = BrandColors::normalizedColor(s("accent"));
    return c;
}

} // namespace Lectern
