// SPDX-License-Identifier: GPL-3.0-or-later
#include "mimeencoding.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QUrl>

namespace Lectern::Mime {

namespace {

constexpr int kMaxLine = 78;         // RFC 5322 2.1.1: SHOULD
constexpr int kMaxEncodedLine = 76;  // RFC 2047 2: a line holding an encoded-word
constexpr int kWordBytes = 45;       // 60 base64 characters + "=?UTF-8?B?" + "?=" = 72 <= 75

bool isPlainAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QString oneLine(const QString &value)
{
    QString text = value;
    for (QChar &c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    }
    return text.trimmed();
}

// Joins ATOMS (none containing a space to fold at) after "NAME:" with single spaces, breaking the
// line before an atom that would pass LIMIT.
QByteArray fold(const QByteArray &name, const QList<QByteArray> &atoms, int limit)
{
    QByteArray out = name + ':';
    qsizetype lineStart = 0;
    for (const QByteArray &atom : atoms) {
        const qsizetype length = out.size() - lineStart;
        if (length + 1 + atom.size() > limit && !atom.isEmpty() && length > name.size() + 1) {
            out += "\r\n";
            lineStart = out.size();
        }
        out += ' ' + atom;
    }
    return out + "\r\n";
}

QList<QByteArray> wordsOf(const QByteArray &encoded)
{
    QList<QByteArray> words;
    for (const QByteArray &line : encoded.split('\n'))
        words << line.trimmed();
    return words;
}

// "Name <a@x>" split into its display name and the rest; a bare address has no name.
void splitAddress(const QString &address, QString *displayName, QString *angle)
{
    const qsizetype open = address.lastIndexOf(QLatin1Char('<'));
    if (open <= 0 || !address.endsWith(QLatin1Char('>'))) {
        displayName->clear();
        *angle = address;
        return;
    }
    *displayName = address.left(open).trimmed();
    if (displayName->size() >= 2 && displayName->startsWith(QLatin1Char('"')) && displayName->endsWith(QLatin1Char('"'))) {
        // A quoted-string (RFC 5322 3.2.4): its quoted pairs stand for the character after "\".
        const QString quoted = displayName->mid(1, displayName->size() - 2);
        displayName->clear();
        for (qsizetype i = 0; i < quoted.size(); ++i) {
            if (quoted.at(i) == QLatin1Char('\\') && i + 1 < quoted.size())
                ++i;
            displayName->append(quoted.at(i));
        }
    }
    *angle = address.mid(open);
    // An internationalised domain goes out in its ASCII form (RFC 5890 A-labels), as mail programs
    // write it; the local part is written as given.
    const qsizetype at = angle->lastIndexOf(QLatin1Char('@'));
    if (at > 0 && !isPlainAscii(*angle)) {
        const QString domain = angle->mid(at + 1, angle->size() - at - 2);
        const QByteArray ace = QUrl::toAce(domain);
        if (!ace.isEmpty())
            *angle = angle->left(at + 1) + QString::fromLatin1(ace) + QLatin1Char('>');
    }
}

} // namespace

// ADDRESSES split at the commas between addresses: not inside a quoted display name ("Smith,
// John" <js@x>), a comment or an angle address (RFC 5322 3.4).
QStringList addressList(const QString &addresses)
{
    QStringList list;
    QString current;
    bool quoted = false;
    int angle = 0;
    int comment = 0;
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QChar c = addresses.at(i);
        if (quoted && c == QLatin1Char('\\') && i + 1 < addresses.size()) {
            current += c;
            current += addresses.at(++i);
            continue;
        }
        if (c == QLatin1Char('"') && comment == 0)
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('('))
            ++comment;
        else if (!quoted && c == QLatin1Char(')') && comment > 0)
            --comment;
        else if (!quoted && comment == 0 && c == QLatin1Char('<'))
            ++angle;
        else if (!quoted && comment == 0 && c == QLatin1Char('>') && angle > 0)
            --angle;
        else if (!quoted && comment == 0 && angle == 0 && c == QLatin1Char(',')) {
            if (!current.trimmed().isEmpty())
                list << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        list << current.trimmed();
    return list;
}

bool isAddress(const QString &address)
{
    QString name, angle;
    splitAddress(address, &name, &angle);
    const QString spec = angle.startsWith(QLatin1Char('<')) ? angle.mid(1, angle.size() - 2) : angle;
    const qsizetype at = spec.lastIndexOf(QLatin1Char('@'));
    return at > 0 && at < spec.size() - 1 && !spec.contains(QLatin1Char(' '));
}

QByteArray encodedWords(const QString &text, int firstBytes)
{
    QByteArray out;
    QByteArray word;
    int budget = qMax(4, firstBytes);   // a 4-byte character must always fit
    auto flush = [&] {
        if (word.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + word.toBase64() + "?=";
        word.clear();
        budget = kWordBytes;
    };
    for (char32_t c : text.toUcs4()) {
        const QByteArray bytes = QString::fromUcs4(&c, 1).toUtf8();
        if (word.size() + bytes.size() > budget)
            flush();
        word += bytes;
    }
    flush();
    return out;
}

QByteArray unstructuredHeader(const QByteArray &name, const QString &value)
{
    const QString text = oneLine(value);
    const QStringList words = text.split(QLatin1Char(' '));
    bool plain = isPlainAscii(text) && !text.contains(QLatin1String("=?"));
    for (const QString &word : words)
        plain = plain && word.size() <= kMaxLine - name.size() - 2;   // fits after "NAME: " too
    if (plain) {
        QList<QByteArray> atoms;
        for (const QString &word : words)
            atoms << word.toLatin1();
        return fold(name, atoms, kMaxLine);
    }
    // The first word shares its line with "NAME: ": 76 - that - 12 of markup, in whole base64 groups.
    const int firstChars = (kMaxEncodedLine - int(name.size()) - 2 - 12) / 4 * 4;
    return fold(name, wordsOf(encodedWords(text, firstChars / 4 * 3)), kMaxEncodedLine);
}

QByteArray addressHeader(const QByteArray &name, const QString &addresses)
{
    QList<QByteArray> atoms;
    const QStringList list = addressList(oneLine(addresses));
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString displayName;
        QString angle;
        splitAddress(list.at(i).trimmed(), &displayName, &angle);
        if (!displayName.isEmpty()) {
            if (isPlainAscii(displayName) && !displayName.contains(QLatin1String("=?"))) {
                QString quoted = displayName;
                quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
                const QString quotedString = QLatin1Char('"') + quoted + QLatin1Char('"');
                for (const QString &word : quotedString.split(QLatin1Char(' ')))
                    atoms << word.toLatin1();
            } else {
                atoms += wordsOf(encodedWords(displayName, kWordBytes));
            }
        }
        atoms << (angle.toUtf8() + (i + 1 < list.size() ? "," : ""));
    }
    return fold(name, atoms, kMaxEncodedLine);
}

QByteArray quotedPrintable(const QByteArray &data)
{
    static const char hex[] = "0123456789ABCDEF";
    auto escaped = [](unsigned char c) {
        QByteArray e(3, '=');
        e[1] = hex[c >> 4];
        e[2] = hex[c & 15];
        return e;
    };
    QByteArray out;
    out.reserve(data.size() * 11 / 10 + 16);
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype l = 0; l < lines.size(); ++l) {
        QByteArray line = lines.at(l);
        if (line.endsWith('\r'))
            line.chop(1);
        int length = 0;
        auto tokenFor = [&](qsizetype i, bool atStart) {
            const auto c = static_cast<unsigned char>(line.at(i));
            const bool last = i + 1 == line.size();
            const bool guarded = atStart && (c == '.' || line.mid(i, 5) == "From ");
            const bool literal = ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last)) && !guarded;
            return literal ? QByteArray(1, char(c)) : escaped(c);
        };
        for (qsizetype i = 0; i < line.size(); ++i) {
            QByteArray token = tokenFor(i, length == 0);
            // Leave room for the soft break's "=" unless this is the line's last token.
            if (length + token.size() > (i + 1 == line.size() ? kMaxEncodedLine : kMaxEncodedLine - 1)) {
                out += "=\r\n";
                length = 0;
                token = tokenFor(i, true);
            }
            out += token;
            length += int(token.size());
        }
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

QByteArray parameter(const QByteArray &name, const QString &value)
{
    const bool quotable = isPlainAscii(value) && value.size() <= 60 && !value.contains(QLatin1Char('"'))
                          && !value.contains(QLatin1Char('\\')) && !value.contains(QLatin1String("=?"));
    if (quotable)
        return ";\r\n\t" + name + "=\"" + value.toLatin1() + '"';
    // RFC 2231 3 and 4: charset'language'percent-encoded, split into numbered sections.
    const QByteArray encoded = "UTF-8''" + value.toUtf8().toPercentEncoding();
    QByteArray out;
    int section = 0;
    for (qsizetype i = 0; i < encoded.size(); ++section) {
        qsizetype take = qMin<qsizetype>(60, encoded.size() - i);
        // Never cut a %XX triple.
        if (i + take < encoded.size()) {
            if (encoded.at(i + take - 1) == '%')
                take -= 1;
            else if (take >= 2 && encoded.at(i + take - 2) == '%')
                take -= 2;
        }
        out += ";\r\n\t" + name + '*' + QByteArray::number(section) + "*=" + encoded.mid(i, take);
        i += take;
    }
    return out;
}

QByteArray dateTime(const QDateTime &time)
{
    const QDateTime t = time.isValid() ? time : QDateTime::currentDateTime();
    const int offset = t.offsetFromUtc() / 60;
    const int magnitude = qAbs(offset);
    return QLocale::c().toString(t, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1()
           + (offset < 0 ? " -" : " +") + QByteArray::number(magnitude / 60).rightJustified(2, '0')
           + QByteArray::number(magnitude % 60).rightJustified(2, '0');
}

QByteArray boundary(const QByteArray &kind, const QList<QByteArray> &parts)
{
    for (;;) {
        QByteArray candidate = "=_lectern_" + kind + '_';
        for (int i = 0; i < 3; ++i)
            candidate += QByteArray::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, '0');
        bool clash = false;
        for (const QByteArray &part : parts)
            clash = clash || part.contains(candidate);
        if (!clash)
            return candidate;
    }
}

} // namespace Lectern::Mime
