// SPDX-License-Identifier: GPL-3.0-or-later
// Builds an ExportInput from a post file with the gathering lectern-cli and File → Export use.
#pragma once

#include "exportinputs.h"
#include "markdownrenderer.h"
#include "postfile.h"
#include "testsupport.h"

#include <QFileInfo>

namespace LecternTest {

// The post as if it were saved as siteRoot/_posts/fileName.
inline Lectern::ExportInput exportInputFromBytes(const QByteArray &bytes, const QString &fileName,
                                                 const QString &siteRoot = sourcePath(QStringLiteral("examples/site")),
                                                 QList<Lectern::ExportWarning> *warnings = nullptr)
{
    return Lectern::ExportInputs::fromPost(Lectern::PostFile::fromBytes(bytes),
                                           siteRoot + QStringLiteral("/_posts/") + fileName, siteRoot, warnings);
}

inline Lectern::ExportInput exportInputForFile(const QString &path)
{
    return exportInputFromBytes(readAll(path), QFileInfo(path).fileName());
}

inline QString seedPost()
{
    return sourcePath(QStringLiteral("examples/site/_posts/2025-03-19-lumi-ai-factories.md"));
}

} // namespace LecternTest
