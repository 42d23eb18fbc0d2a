// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers every test may use: fixture paths and the shared corpus.
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTest>
#include <QStringList>

namespace LecternTest {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(LECTERN_TEST_DATA "/") + name;
}

inline QString sourcePath(const QString &name)
{
    return QStringLiteral(LECTERN_SOURCE_DIR "/") + name;
}

// ../shared beside the checkout (empty when absent, as on a machine without it).
inline QString sharedDir()
{
    const QString dir = QStringLiteral(LECTERN_SHARED_DIR);
    return QDir(dir).exists() ? dir : QString();
}

// Every post file under ../shared/corpus/posts, sorted; empty when the corpus is absent.
inline QStringList corpusPosts()
{
    QStringList posts;
    const QString shared = sharedDir();
    if (shared.isEmpty())
        return posts;
    QDirIterator it(shared + QStringLiteral("/corpus/posts"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        posts << it.next();
    posts.sort();
    return posts;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Writes a fixture file, making its folder first.
inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(bytes), bytes.size());
}

// A copy of examples/site in DIR/site (every file, hidden ones too), for a test that changes the site;
// returns the copy's path.
inline QString copyExampleSite(const QString &dir)
{
    const QString from = sourcePath(QStringLiteral("examples/site"));
    const QString to = dir + QStringLiteral("/site");
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(file, target);
    }
    return to;
}

// The odd files of issue 9: a body of LINES numbered lines, and a post whose front matter has KEYS keys.
inline QByteArray manyLines(int lines)
{
    QByteArray out;
    out.reserve(lines * 40);
    for (int i = 0; i < lines; ++i)
        out += "Line " + QByteArray::number(i) + " of a very long seminar report.\n";
    return out;
}

inline QByteArray manyKeys(int keys)
{
    QByteArray out = "---\n";
    for (int i = 0; i < keys; ++i)
        out += "key_" + QByteArray::number(i) + ": value " + QByteArray::number(i) + "\n";
    return out + "---\nBody.\n";
}

} // namespace LecternTest
