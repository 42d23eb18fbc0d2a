// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportinput.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern {

// The post as an e-mail draft (.eml) to send to a mailing list: an Internet message (RFC 5322)
// with MIME parts (RFC 2045-2047, 2046), `X-Unsent: 1` so that Thunderbird and Outlook open it as a
// message to send. The bodies are the exports we already make (HtmlExport::plainText and ::email,
// with the header) and the event is the `.ics` of `lectern-cli export --format ics`:
//
//   multipart/mixed
//     multipart/alternative
//       text/plain; charset=UTF-8                     quoted-printable
//       text/html; charset=UTF-8                      quoted-printable
//         (or multipart/related holding it and the images it references as cid:, RFC 2387/2392)
//     text/calendar; method=PUBLISH; name=invite.ics  base64, attachment (only with a date and time)
//
// Written rather than taken from a library: Debian has no Qt Core MIME writer, and this is a few
// hundred lines tested against Python's email parser (tests/app/eml_test.sh).
class EmailDraft final
{
public:
    // One part of multipart/related: an image the HTML references as "cid:" + contentId.
    struct Image
    {
        QByteArray contentId;    // without angle brackets, e.g. "img1.3f2a@lectern"
        QString fileName;        // for Content-Disposition, e.g. "malkiewicz-seminar.jpg"
        QByteArray mimeType;     // e.g. "image/jpeg"
        QString location;        // the URL it replaces (Content-Location, RFC 2557), may be empty
        QByteArray data;
    };
    struct Message
    {
        QString subject;
        QString to;              // addresses separated by commas; no To: header when empty
        QDateTime date;          // Date:; now when invalid
        QString messageIdHost;   // right side of Message-ID, e.g. the site's host; "lectern.invalid" when empty
        QString plainText;       // LF or CRLF line ends
        QString html;
        QList<Image> images;     // empty: text/html on its own
        QByteArray calendar;     // an RFC 5545 calendar; empty: no attachment
        QString calendarName = QStringLiteral("invite.ics");
    };
    // The message as bytes: 7-bit ASCII, CRLF line ends, header lines of at most 78 characters,
    // body lines of at most 76, boundaries that occur in no part.
    static QByteArray write(const Message &message);

    struct Options
    {
        QString subjectPrefix;     // `.lectern.yml` announce: subject_prefix:, e.g. "[Seminar]"
        QString to;                // `.lectern.yml` announce: to:
        bool inlineImages = false; // attach the site's images as cid: parts instead of linking them
        QDateTime date;            // Date:; now when invalid (fixed in tests)
    };
    struct Result
    {
        QByteArray bytes;
        QList<ExportWarning> warnings;   // from the HTML export (e.g. an image missing from the site)
        QStringList missing;             // what the draft could not fill: no invite, no To:, an image left a link
    };
    // The draft for INPUT (as ExportInputs::fromPost gathers it). Never fails: what it cannot fill
    // is left out and said in Result::missing.
    static Result fromExport(const ExportInput &input, const Options &options);
};

} // namespace Lectern
