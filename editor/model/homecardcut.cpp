// SPDX-License-Identifier: GPL-3.0-or-later
#include "homecardcut.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>

namespace Lectern {

HomeCardCut HomeCardCut::fromTemplate(QStringView text)
{
    // A Liquid output or tag: {{ … }} or {% … %} (with optional '-' trims).
    static const QRegularExpression markup(QStringLiteral("\\{\\{(.*?)\\}\\}|\\{%(.*?)%\\}"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression description(QStringLiteral("\\b([A-Za-z_][\\w-]*)\\.description\\b"));
    static const QRegularExpression filter(
        QStringLiteral("\\|\\s*(truncatewords|truncate)\\b(?:\\s*:\\s*(\\d+))?"));
    const QString subject = text.toString();
    for (auto it = markup.globalMatch(subject); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString inner = m.captured(1).isNull() ? m.captured(2) : m.captured(1);
        const QRegularExpressionMatch d = description.match(inner);
        if (!d.hasMatch())
            continue;
        const QString object = d.captured(1);
        if (object == QLatin1String("page") || object == QLatin1String("site"))
            continue;
        const QRegularExpressionMatch f = filter.match(inner, d.capturedEnd());
        if (!f.hasMatch())
            continue;
        HomeCardCut cut;
        const bool words = f.captured(1) == QLatin1String("truncatewords");
        cut.unit = words ? Unit::Words : Unit::Characters;
        cut.count = f.captured(2).isEmpty() ? (words ? 15 : 50) : f.captured(2).toInt();
        return cut;
    }
    return {};
}

HomeCardCut HomeCardCut::scan(const QString &siteRoot)
{
    if (siteRoot.isEmpty())
        return {};
    const QDir root(siteRoot);
    QStringList files;
    for (const QString &name : {QStringLiteral("index.html"), QStringLiteral("index.md"), QStringLiteral("index.markdown")}) {
        if (QFile::exists(root.filePath(name)))
            files << root.filePath(name);
    }
    for (const QString &folder : {QStringLiteral("_includes"), QStringLiteral("_layouts")}) {
        QStringList inFolder;
        QDirIterator walk(root.filePath(folder), QDir::Files, QDirIterator::Subdirectories);
        while (walk.hasNext() && files.size() + inFolder.size() < kMaxFiles)
            inFolder << walk.next();
        inFolder.sort();
        files << inFolder;
    }
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        HomeCardCut cut = fromTemplate(QString::fromUtf8(file.read(kMaxBytes)));
        if (cut.unit != Unit::None) {
            cut.source = root.relativeFilePath(path);
            return cut;
        }
    }
    return {};
}

int HomeCardCut::wordCount(QStringView text)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        // Ruby's split(" ") splits on ASCII blanks only: a no-break space stays inside a word.
        const bool space = c == QLatin1Char(' ') || (c.unicode() >= 0x09 && c.unicode() <= 0x0d);
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

} // namespace Lectern
