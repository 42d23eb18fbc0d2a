// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "frontmatter.h"

#include <QByteArray>
#include <QString>

namespace Lectern {

// A post file split the way Jekyll splits it: optional BOM, `---` front matter, body.
// toBytes() of an unedited PostFile is the file's bytes exactly.
class PostFile final
{
public:
    enum class LineEnding { LF, CRLF };

    // Never fails: a file Jekyll would not see front matter in has none here either.
    static PostFile fromBytes(const QByteArray &bytes);

    // Reads a file. False with a reason (missing, unreadable, binary, not UTF-8) and nothing loaded.
    static bool load(const QString &path, PostFile *out, QString *error);
    // Atomic save; on failure the old file stays as it was and *error says why.
    bool save(const QString &path, QString *error) const;
    // Writes parts (toParts()) to path one after the other, the same way (QSaveFile): a 20 MB post
    // is not first copied into one array.
    static bool saveParts(const QString &path, const QByteArrayList &parts, QString *error);

    QByteArray toBytes() const;
    // toBytes() in the pieces the file holds (BOM, fences, front matter, body), shared, not copied.
    QByteArrayList toParts() const;

    bool hasBom() const { return m_bom; }
    LineEnding lineEnding() const { return m_lineEnding; }
    QByteArray eol() const;
    bool hasFrontMatter() const { return m_hasFrontMatter; }

    const FrontMatter &frontMatter() const { return m_frontMatter; }
    // Edits to the front matter; creates the block at the top of a file that had none.
    FrontMatter &frontMatter();

    QString body() const;
    QByteArray bodyBytes() const { return m_body; }
    void setBody(const QString &body);
    // The body as the file's bytes (UTF-8, the file's line endings already in place).
    void setBodyBytes(const QByteArray &bytes) { m_body = bytes; }
    // 1-based file line on which the body starts.
    int bodyFirstLine() const;

    // Problems a user should see: YAML errors (make the post read-only for the model), duplicate keys.
    Diagnostics diagnostics() const;
    // True when the front matter failed to parse: edits must go through the raw text.
    bool isReadOnly() const;
    // Replaces the whole front-matter text (the raw YAML view); reparses.
    void setFrontMatterText(const QByteArray &text);

private:
    bool m_bom = false;
    LineEnding m_lineEnding = LineEnding::LF;
    bool m_hasFrontMatter = false;
    QByteArray m_open;      // "---" line with its line ending (trailing spaces kept)
    FrontMatter m_frontMatter;
    QByteArray m_close;     // "---" or "..." line with its line ending, possibly none at EOF
    QByteArray m_body;
};

} // namespace Lectern
