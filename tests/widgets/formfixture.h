// SPDX-License-Identifier: GPL-3.0-or-later
// Fixtures the front-matter form tests share: fixture sites copied to a temporary folder, the seed
// post loaded in an edit session, a form and editor on the session's undo stack.
#pragma once

#include "editsession.h"
#include "frontmatterform.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace FormFixture {

using namespace Lectern;

// A copy of a fixture site in dir; returns the copied root.
inline QString copySite(const QString &from, QTemporaryDir &dir)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = dir.filePath(QDir(from).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(file, target);
    }
    return dir.path();
}

inline QString typedPost(QTemporaryDir &dir)
{
    return copySite(LecternTest::dataPath(QStringLiteral("form/site")), dir)
           + QStringLiteral("/_posts/2024-08-16-typed.md");
}

inline QString seedPost(QTemporaryDir &dir)
{
    return copySite(LecternTest::sourcePath(QStringLiteral("examples/site")), dir)
           + QStringLiteral("/_posts/2025-03-19-lumi-ai-factories.md");
}

// The seed post copied into a temporary site and loaded: the start of most form tests.
struct SeedDocument
{
    QTemporaryDir dir;
    QString path = seedPost(dir);
    EditSession session;
    PostDocument &doc = *session.document();
    QString error;
    bool loaded = doc.load(path, &error);
};

// The seed post with a form and a Markdown editor on one session, as the main window has them.
struct SeedEditors
{
    SeedDocument seed;
    FrontMatterForm form{&seed.session};
    MarkdownEditor editor{&seed.session};
};



template<typename T>
T *editorOf(FrontMatterForm &form, const QString &key)
{
    return qobject_cast<T *>(form.editor(key));
}

} // namespace FormFixture
