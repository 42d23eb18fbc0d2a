// SPDX-License-Identifier: GPL-3.0-or-later
#include "installlayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTranslator>

namespace Lectern::InstallLayout {

namespace {

QString besideExecutable(const char *relative)
{
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') + QLatin1String(relative));
}

const QStringList &builtInTemplates()
{
    static const QStringList names = {QStringLiteral("news.md"), QStringLiteral("seminar.md")};
    return names;
}

const QStringList &helpers()
{
    static const QStringList names = {QStringLiteral("lectern-pdf-export")};
    return names;
}

} // namespace

QString dataDir()
{
    const QString dir = besideExecutable(LECTERN_BIN_TO_DATA);
    return QFileInfo(dir).isDir() ? dir : QString();
}

QString helperPath(const QString &name)
{
    const QString installed = besideExecutable(LECTERN_BIN_TO_LIBEXEC) + QLatin1Char('/') + name;
    if (QFileInfo(installed).isExecutable() || !dataDir().isEmpty())
        return installed;
    return QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
}

QString translationsDir()
{
    const QString data = dataDir();
    if (!data.isEmpty() && QFileInfo(data + QStringLiteral("/translations")).isDir())
        return data + QStringLiteral("/translations");
    return QStringLiteral(":/i18n");
}

bool loadTranslation(QTranslator &translator, const QLocale &locale)
{
    return translator.load(locale, QStringLiteral("lectern"), QStringLiteral("_"), translationsDir());
}

QStringList check()
{
    QStringList lines;
    const QString data = dataDir();
    lines << (data.isEmpty() ? QStringLiteral("data: built in (no %1 beside the executable)")
                                   .arg(besideExecutable(LECTERN_BIN_TO_DATA))
                             : QStringLiteral("data: %1").arg(data));
    for (const QString &name : helpers()) {
        const QString path = helperPath(name);
        lines << (QFileInfo(path).isExecutable() ? QStringLiteral("helper: %1").arg(path)
                                                 : QStringLiteral("missing: helper %1").arg(path));
    }
    const QString translations = translationsDir();
    for (const QString &language : QStringLiteral(LECTERN_LANGUAGES).split(QLatin1Char(' '))) {
        QTranslator translator;
        lines << (loadTranslation(translator, QLocale(language))
                      ? QStringLiteral("translation: %1").arg(translator.filePath())
                      : QStringLiteral("missing: translation %1/lectern_%2.qm").arg(translations, language));
    }
    const QString templates = data.isEmpty() ? QStringLiteral(":/templates") : data + QStringLiteral("/templates");
    for (const QString &name : builtInTemplates()) {
        const QString path = templates + QLatin1Char('/') + name;
        lines << (QFileInfo(path).isFile() ? QStringLiteral("template: %1").arg(path)
                                           : QStringLiteral("missing: template %1").arg(path));
    }
    return lines;
}

} // namespace Lectern::InstallLayout
