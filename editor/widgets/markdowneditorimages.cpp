// SPDX-License-Identifier: GPL-3.0-or-later
// MarkdownEditor's images by paste and drop: where the file goes and how it is linked come from
// SiteImages (the model), the writing from ImageImport; this part asks for the alt text and makes
// the link one step on the session's stack.
#include "editsession.h"
#include "imageimport.h"
#include "jekyllurls.h"
#include "markdowneditor.h"
#include "postdocument.h"
#include "postfile.h"
#include "site.h"
#include "siteimages.h"
#include "siteindex.h"
#include "sitepaths.h"

#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QMimeData>
#include <QTextCursor>
#include <QUndoStack>

namespace Lectern {

namespace {

// Markdown's alt text ends at the first unescaped "]": escape brackets and backslashes, one line.
QString escapedAlt(const QString &alt)
{
    QString out;
    for (const QChar c : alt.simplified()) {
        if (c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QByteArray readOverrides(const QString &root)
{
    for (const QString &name : {QStringLiteral(".lectern.yml"), QStringLiteral("_lectern.yml")}) {
        QFile file(root + QLatin1Char('/') + name);
        if (file.open(QIODevice::ReadOnly))
            return file.read(1024 * 1024);
    }
    return {};
}

} // namespace

bool MarkdownEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return ImageImport::canImport(source) || QPlainTextEdit::canInsertFromMimeData(source);
}

void MarkdownEditor::insertFromMimeData(const QMimeData *source)
{
    if (!ImageImport::canImport(source)) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    if (!isReadOnly())
        insertImage(source);
}

void MarkdownEditor::insertImage(const QMimeData *data)
{
    const std::optional<ImageImport::Source> source = ImageImport::fromMimeData(data);
    if (!source)
        return;
    const QString postPath = m_document->path();
    QString root = m_site ? m_site->root() : QString();
    if (root.isEmpty() && !postPath.isEmpty()) {
        root = SitePaths::findSiteRoot(postPath);
        if (root.isEmpty())
            root = QFileInfo(postPath).absolutePath();
    }
    if (root.isEmpty()) {
        Q_EMIT imageFailed(tr("Save the post first: a pasted image goes into its site's image folder."));
        return;
    }

    SiteImages::Inputs inputs;
    inputs.siteRoot = root;
    inputs.overrides = readOverrides(root);
    const PostFile &post = m_document->post();
    if (post.hasFrontMatter() && post.frontMatter().isValid())
        inputs.postImage = post.frontMatter().scalar(QStringLiteral("image"));
    inputs.bodies << m_document->body();
    if (m_site && m_site->root() == root) {
        inputs.baseurl = m_site->config().baseurl();
        const QList<PostEntry> &entries = m_site->index()->entries();
        inputs.siteImages = SiteImages::frontMatterImages(entries);
        // A bounded sample, read now: the index keeps no bodies, and a paste reads and writes an image anyway.
        inputs.bodies += SiteImages::sampleTexts(entries);
    }
    const ImageConvention convention = SiteImages::learn(inputs);

    // Ask first, then write: Cancel leaves nothing behind.
    const QString suggested = source->suggestedAlt();
    std::optional<QString> alt;
    if (m_altPrompt) {
        alt = m_altPrompt(suggested);
    } else {
        bool ok = false;
        const QString text = QInputDialog::getText(
            this, tr("Insert Image"),
            tr("Describe the image for readers who cannot see it (alt text):"), QLineEdit::Normal, suggested, &ok);
        if (ok)
            alt = text;
    }
    if (!alt)
        return;

    ImageImport::Stored stored;
    QString error;
    if (!ImageImport::store(*source, root, convention, JekyllUrls::fileNameSlug(QFileInfo(postPath).fileName()),
                            &stored, &error)) {
        Q_EMIT imageFailed(error);
        return;
    }
    const QString markdown =
        QLatin1String("![") + escapedAlt(*alt) + QLatin1String("](") + convention.link(stored.relativePath) + QLatin1Char(')');
    // A macro of its own, so the link never merges with the typing before it; the edit block makes
    // it one contentsChange, so one BodyCommand.
    m_session->undoStack()->beginMacro(tr("Insert Image"));
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.insertText(markdown);
    cursor.endEditBlock();
    m_session->undoStack()->endMacro();
    setTextCursor(cursor);
    Q_EMIT imageInserted(stored.path);
}

} // namespace Lectern
