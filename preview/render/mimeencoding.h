// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lectern {

// The encodings of an Internet message, written (never read) for EmailDraft. All output is 7-bit
// ASCII with CRLF line ends, so it passes any mail transport unchanged.
namespace Mime {

// "NAME: VALUE" + CRLF for an unstructured field such as Subject (RFC 5322 2.2.3, 3.6.5). Printable
// ASCII is folded before a space so that no line passes 78 characters; any other text (non-ASCII,
// control characters, "=?", a word too long to fold) is written as RFC 2047 B encoded-words of
// UTF-8 (section 4.1), each at most 75 characters, each holding whole characters (section 5), on
// lines of at most 76. Line breaks in VALUE become spaces.
QByteArray unstructuredHeader(const QByteArray &name, const QString &value);

// "NAME: a@x, Name <b@y>" + CRLF for an address list (RFC 5322 3.4): ADDRESSES separated by commas
// outside quoted display names, comments and angle brackets ("Smith, John" <js@x> is one address);
// a display name is unquoted (its quoted pairs undone) and written again as a quoted-string when
// plain ASCII, else as encoded-words (RFC 2047 5(3)); folded between addresses and words at 78
// characters. An angle address's non-ASCII domain is written as its A-labels (QUrl::toAce, RFC
// 5890); the rest of an address is written as given.
QByteArray addressHeader(const QByteArray &name, const QString &addresses);

// ADDRESSES split into its addresses at the commas outside quoted names, comments and angle
// brackets (RFC 5322 3.4), each trimmed; as addressHeader() splits them.
QStringList addressList(const QString &addresses);
// True when ADDRESS ("a@x", "Name <a@x>", "\"Last, First\" <a@x>") has an addr-spec: a local
// part, "@" and a domain, no space. A rough check, to warn about a list that lost its quotes.
bool isAddress(const QString &address);

// TEXT as encoded-words "=?UTF-8?B?...?=" separated by CRLF SPACE. The first word holds at most
// FIRST_BYTES bytes of UTF-8, the others at most 45 (a 75-character word); never a split character.
QByteArray encodedWords(const QString &text, int firstBytes = 45);

// Quoted-printable (RFC 2045 6.7) of DATA, text with LF or CRLF line ends: line ends become CRLF
// (hard breaks), lines are soft-broken at 76 characters including the "=", spaces and tabs before a
// line end are encoded, and so are "=", bytes outside 33..126, a "." or "From " at a line start.
QByteArray quotedPrintable(const QByteArray &data);

// Base64 (RFC 2045 6.8) of DATA in lines of 76 characters, each ended by CRLF.
QByteArray base64Lines(const QByteArray &data);

// "; NAME=VALUE" parameter(s) for Content-Type or Content-Disposition, each on its own folded line
// (CRLF TAB): a quoted string when VALUE is short printable ASCII (no quote, backslash or "=?"), else RFC 2231 UTF-8
// percent-encoding in continuations "NAME*0*=UTF-8''...; NAME*1*=..." of at most 60 characters.
QByteArray parameter(const QByteArray &name, const QString &value);

// RFC 5322 3.3 date-time: "Sun, 29 Nov 2026 23:30:00 +0100" (English names, the time's own offset).
QByteArray dateTime(const QDateTime &time);

// A multipart boundary (RFC 2046 5.1.1): "=_lectern_" + KIND + 24 random hex digits. "=_" never occurs
// in quoted-printable or base64 text, and the result is checked against each of PARTS anyway.
QByteArray boundary(const QByteArray &kind, const QList<QByteArray> &parts);

} // namespace Mime

} // namespace Lectern
