// SPDX-License-Identifier: GPL-3.0-or-later
// Builds an ExportInput from a post file the way lectern-cli does.
#pragma once

#include "exportinput.h"
#include "markdownrenderer.h"
#include "postfile.h"
#include "siteconfig.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>

namespace LecternTest {

inline Lectern::ExportInput exportInputFromBytes(const QByteArray &bytes, const QString &fileName,
                                                 const QString &siteRoot = sourcePath(QStringLiteral("examples/site")))
{
    const Lectern::PostFile post = Lectern::PostFile::fromBytes(bytes);
    const Lectern::SiteConfig config = Lectern::SiteConfig::load(siteRoot);
    Lectern::ExportInput input;
    input.site.url = config.url();
    input.site.baseurl = config.baseurl();
    input.site.permalink = config.permalink();
    input.site.timezone = config.timezone();
    input.site.root = config.root();
    input.frontMatter = config.defaultsFor(QStringLiteral("_posts/") + fileName, QStringLiteral("posts"));
    for (const QString &key : post.frontMatter().keys())
        input.frontMatter.insert(key, post.frontMatter().value(key));
    input.fileName = fileName;
    input.bodySource = post.body();
    input.bodyFirstLine = post.bodyFirstLine();
    input.bodyHtml = Lectern::MarkdownRenderer::toHtml(input.bodySource);
    return input;
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
