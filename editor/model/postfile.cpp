// SPDX-License-Identifier: GPL-3.0-or-later
#include "postfile.h"

#include "frontmattertext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

#include <algorithm>

namespace Lectern {

namespace {

const QByteArray kBom = QByteArrayLiteral("\xEF\xBB\xBF");

} // namespace

PostFile PostFile::fromBytes(const QByteArray &bytes)
{
    PostFile post;
    qsizetype pos = 0;
    if (bytes.startsWith(kBom)) {
        post.m_bom = true;
        pos = kBom.size();
    }
    const qsizetype firstNl = bytes.indexOf('\n', pos);
    if (firstNl > 0 && bytes.at(firstNl - 1) == '\r')
        post.m_lineEnding = LineEnding::CRLF;

    // Jekyll's split (FrontMatterText::locate, the one home of the rule).
    const FrontMatterBounds b = FrontMatterText::locate(QByteArrayView(bytes).sliced(pos));
    if (b.found) {
        post.m_hasFrontMatter = true;
        post.m_open = bytes.mid(pos, b.openLength);
        post.m_frontMatter = FrontMatter(bytes.mid(pos + b.openLength, b.yamlLength), 2, post.eol());
        post.m_close = bytes.mid(pos + b.closeStart, b.closeLength);
        post.m_body = bytes.mid(pos + b.bodyStart());
        return post;
    }
    post.m_body = bytes.mid(pos);
    return post;
}

bool PostFile::load(const QString &path, PostFile *out, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("Lectern::PostFile", "%1: no such file").arg(path));
    if (info.isDir())
        return fail(QCoreApplication::translate("Lectern::PostFile", "%1: is a folder, not a post").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Lectern::PostFile", "%1: cannot read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(QCoreApplication::translate("Lectern::PostFile", "%1: cannot read: %2").arg(path, file.errorString()));
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        const int line = int(bytes.left(nul).count('\n')) + 1;
        return fail(QCoreApplication::translate("Lectern::PostFile", "%1:%2: binary file (NUL byte), not a text post")
                        .arg(path).arg(line));
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Find the first bad byte so the message can say where.
        const int bad = int(text.indexOf(QChar::ReplacementCharacter));
        const QString before = bad >= 0 ? text.left(bad) : text;
        const int line = int(before.count(QLatin1Char('\n'))) + 1;
        const int column = int(before.size() - before.lastIndexOf(QLatin1Char('\n')));
        return fail(QCoreApplication::translate("Lectern::PostFile", "%1:%2:%3: not valid UTF-8 text")
                        .arg(path).arg(line).arg(column));
    }
    *out = fromBytes(bytes);
    return true;
}

bool PostFile::save(const QString &path, QString *error) const
{
    return saveParts(path, toParts(), error);
}

bool PostFile::saveParts(const QString &path, const QByteArrayList &parts, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("Lectern::PostFile", "Cannot save %1: %2").arg(path, file.errorString());
        return false;
    }
    const bool written = std::all_of(parts.cbegin(), parts.cend(),
                                     [&file](const QByteArray &part) { return file.write(part) == part.size(); });
    if (!written || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Lectern::PostFile", "Cannot save %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

QByteArrayList PostFile::toParts() const
{
    QByteArrayList parts;
    if (m_bom)
        parts.append(QByteArray(kBom));
    if (m_hasFrontMatter)
        parts << m_open << m_frontMatter.text() << m_close;
    parts.append(m_body);
    return parts;
}

QByteArray PostFile::toBytes() const
{
    QByteArray out;
    if (m_bom)
        out += kBom;
    if (m_hasFrontMatter) {
        out += m_open;
        out += m_frontMatter.text();
        out += m_close;
    }
    out += m_body;
    return out;
}

QByteArray PostFile::eol() const
{
    return m_lineEnding == LineEnding::CRLF ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
}

FrontMatter &PostFile::frontMatter()
{
    if (!m_hasFrontMatter) {
        m_hasFrontMatter = true;
        m_open = "---" + eol();
        m_close = "---" + eol();
        m_frontMatter = FrontMatter(QByteArray(), 2, eol());
    }
    return m_frontMatter;
}

QString PostFile::body() const
{
    return QString::fromUtf8(m_body);
}

void PostFile::setBody(const QString &body)
{
    m_body = body.toUtf8();
}

int PostFile::bodyFirstLine() const
{
    if (!m_hasFrontMatter)
        return 1;
    return 2 + int(m_frontMatter.text().count('\n')) + (m_close.endsWith('\n') ? 1 : 0);
}

Diagnostics PostFile::diagnostics() const
{
    return m_hasFrontMatter ? m_frontMatter.diagnostics() : Diagnostics();
}

bool PostFile::isReadOnly() const
{
    return m_hasFrontMatter && !m_frontMatter.isValid();
}

void PostFile::setFrontMatterText(const QByteArray &text)
{
    frontMatter();
    m_frontMatter = FrontMatter(text, 2, eol());
}

} // namespace Lectern
