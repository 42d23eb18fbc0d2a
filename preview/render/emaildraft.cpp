// SPDX-License-Identifier: GPL-3.0-or-later
#include "emaildraft.h"

#include "eventtime.h"
#include "exporthtml.h"
#include "exporthtmltokens.h"
#include "icalendar.h"
#include "mimeencoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

namespace Lectern {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::EmailDraft", text);
}

QByteArray randomHex()
{
    QByteArray hex;
    for (int i = 0; i < 2; ++i)
        hex += QByteArray::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, '0');
    return hex;
}

QByteArray textPart(const QByteArray &subtype, const QString &text)
{
    return "Content-Type: text/" + subtype + "; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
           + Mime::quotedPrintable(text.toUtf8());
}

// RFC 2557 4.4.2: a URL too long for one line is folded anywhere; readers drop the folding.
QByteArray foldedUrlHeader(const QByteArray &name, const QString &url)
{
    const QByteArray value = QUrl(url).toEncoded();
    QByteArray out = name + ": ";
    qsizetype room = 78 - out.size();
    for (qsizetype i = 0; i < value.size();) {
        out += value.mid(i, room);
        i += room;
        if (i < value.size())
            out += "\r\n ";
        room = 77;
    }
    return out + "\r\n";
}

QByteArray imagePart(const EmailDraft::Image &image)
{
    QByteArray part = "Content-Type: " + image.mimeType + Mime::parameter("name", image.fileName) + "\r\n"
                      "Content-Transfer-Encoding: base64\r\n"
                      "Content-ID: <" + image.contentId + ">\r\n"
                      "Content-Disposition: inline" + Mime::parameter("filename", image.fileName) + "\r\n";
    if (!image.location.isEmpty())
        part += foldedUrlHeader("Content-Location", image.location);
    return part + "\r\n" + Mime::base64Lines(image.data);
}

// CONTENT_TYPE's header lines (without the final CRLF) are completed with the boundary; the parts
// follow, each ending where the next delimiter's CRLF starts (RFC 2046 5.1.1).
QByteArray multipart(const QByteArray &kind, const QByteArray &contentType, const QList<QByteArray> &parts)
{
    const QByteArray boundary = Mime::boundary(kind, parts);
    QByteArray out = "Content-Type: " + contentType + ";\r\n\tboundary=\"" + boundary + "\"\r\n\r\n";
    for (const QByteArray &part : parts)
        out += "--" + boundary + "\r\n" + part + "\r\n";
    return out + "--" + boundary + "--\r\n";
}

} // namespace

QByteArray EmailDraft::write(const Message &message)
{
    QByteArray html = textPart("html", message.html);
    if (!message.images.isEmpty()) {
        QList<QByteArray> related{html};
        for (const Image &image : message.images)
            related << imagePart(image);
        html = multipart("related", "multipart/related;\r\n\ttype=\"text/html\"", related);
    }
    QList<QByteArray> mixed{multipart("alt", "multipart/alternative", {textPart("plain", message.plainText), html})};
    if (!message.calendar.isEmpty()) {
        mixed << QByteArray("Content-Type: text/calendar; charset=UTF-8; method=PUBLISH" + Mime::parameter("name", message.calendarName)
                            + "\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment"
                            + Mime::parameter("filename", message.calendarName) + "\r\n\r\n"
                            + Mime::base64Lines(message.calendar));
    }
    const QString host = message.messageIdHost.isEmpty() ? QStringLiteral("lectern.invalid") : message.messageIdHost;
    QByteArray out = "MIME-Version: 1.0\r\n"
                     "Date: " + Mime::dateTime(message.date) + "\r\n"
                     "Message-ID: <" + randomHex() + '.' + randomHex() + '@' + QUrl::toAce(host) + ">\r\n";
    out += Mime::unstructuredHeader("Subject", message.subject);
    if (!message.to.trimmed().isEmpty())
        out += Mime::addressHeader("To", message.to);
    out += "X-Unsent: 1\r\n";
    return out + multipart("mixed", "multipart/mixed", mixed);
}

EmailDraft::Result EmailDraft::fromExport(const ExportInput &input, const Options &options)
{
    Result result;
    HtmlExport::Options exportOptions;
    exportOptions.withHeader = true;   // the announcement: title, date, image and abstract above the body
    const HtmlExport::Result html = HtmlExport::email(input, exportOptions);
    result.warnings = html.warnings;

    Message message;
    const QString title = input.title().simplified();
    message.subject = options.subjectPrefix.isEmpty() ? title : options.subjectPrefix + QLatin1Char(' ') + title;
    message.to = options.to;
    message.date = options.date;
    message.messageIdHost = QUrl(input.site.url).host();
    message.plainText = HtmlExport::plainText(input, exportOptions).text;
    message.html = html.text;
    if (message.to.trimmed().isEmpty())
        result.missing << tr("no To: address (set announce: to: in .lectern.yml)");
    for (const QString &address : Mime::addressList(message.to)) {
        if (!Mime::isAddress(address))
            result.missing << tr("“%1” in announce: to: is not an e-mail address (a name with a comma needs quotes: "
                                 "\"Smith, John\" <js@example.org>)").arg(address);
    }
    if (input.site.url.isEmpty())
        result.missing << tr("no url in _config.yml: the links and images in the mail are relative and will not open");

    // The body's images are checked by the HTML export (its warnings, with their lines); the
    // featured image above them is said here: a linked one the reader's mail program fetches from
    // the site, so it must be there.
    const QString featured = input.frontMatter.value(QStringLiteral("image")).toString().trimmed();
    if (featured.isEmpty()) {
        result.missing << tr("no featured image (`image` in the front matter)");
    } else if (!featured.contains(QLatin1String("://"))) {
        const QString local = input.localPath(input.featuredImageUrl());
        if (!local.isEmpty() && !QFileInfo(local).isFile())
            result.missing << tr("the featured image %1 is not in the site (%2)").arg(featured, local);
    }
    if (options.inlineImages) {
        QSet<QString> seen;
        const QString root = input.site.root.isEmpty() ? QString() : QFileInfo(input.site.root).canonicalFilePath();
        for (const HtmlToken &t : tokenizeHtml(html.text)) {
            if (t.kind != HtmlToken::Kind::StartTag || t.name != QLatin1String("img"))
                continue;
            const QString src = t.attribute(QStringLiteral("src"));
            if (src.isEmpty() || seen.contains(src))
                continue;
            seen.insert(src);
            const QString local = input.localPath(src);
            if (local.isEmpty()) {
                result.missing << tr("image %1 is not from the site: left as a link").arg(src);
                continue;
            }
            // A symlink out of the site is not the site's file: never mail it.
            const QString canonical = QFileInfo(local).canonicalFilePath();
            QFile file(canonical);
            if (canonical.isEmpty() || root.isEmpty() || !canonical.startsWith(root + QLatin1Char('/'))
                || !QFileInfo(canonical).isFile() || !file.open(QIODevice::ReadOnly)) {
                result.missing << tr("image %1 is not in the site (%2): left as a link").arg(src, local);
                continue;
            }
            Image image;
            image.contentId = "img" + QByteArray::number(message.images.size() + 1) + '.' + randomHex() + "@lectern";
            image.fileName = QFileInfo(local).fileName();
            image.mimeType = QMimeDatabase().mimeTypeForFile(canonical, QMimeDatabase::MatchExtension).name().toLatin1();
            image.location = src;
            image.data = file.readAll();
            message.html.replace(QString(QLatin1String("src=\"") + escapeHtml(src) + QLatin1Char('"')),
                                 QString(QLatin1String("src=\"cid:") + QString::fromLatin1(image.contentId) + QLatin1Char('"')));
            message.images << image;
        }
    }

    const QString text = HtmlExport::bodyPlainText(input);
    const EventTime time = EventTime::fromPost(input.frontMatter, text, input.site.timezone);
    if (time.isValid()) {
        const ICalendar::Event event = ICalendar::eventFor(input, time, text);
        message.calendar = ICalendar::write(time, event);
        if (!time.note().isEmpty())
            result.missing << tr("invite.ics: %1").arg(time.note());
    } else {
        result.missing << tr("no invite.ics attached: %1").arg(time.problem());
    }
    result.bytes = write(message);
    return result;
}

} // namespace Lectern
