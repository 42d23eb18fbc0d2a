#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Reads one e-mail draft of `lectern-cli export --format eml` with Python's own parser (the reader
# independent of ours) and compares what a mail program would show with the other exports.
# Usage: eml_check.py EML SUBJECT TO TEXT HTML CALENDAR(0|1) INLINE(0|1) SITE_ROOT SITE_PREFIX
# TO "" means no To: header. SITE_PREFIX: the site's URL + baseurl, to map an image URL to its file.
# Prints the message's structure; exits 1 with a FAIL line per problem.
import email
import email.policy
import sys

import icalendar

eml, subject, to, text_path, html_path, calendar, inline, site_root, site_prefix = sys.argv[1:10]
failures = []


def fail(message):
    failures.append(message)
    print("FAIL: %s: %s" % (eml, message))


raw = open(eml, "rb").read()
try:
    raw.decode("ascii")
except UnicodeDecodeError as e:
    fail("not 7-bit: %s" % e)
if raw.replace(b"\r\n", b"").count(b"\n") or raw.replace(b"\r\n", b"").count(b"\r"):
    fail("a line does not end in CRLF")
long_lines = [line for line in raw.split(b"\r\n") if len(line) > 78]
if long_lines:
    fail("%d lines longer than 78, e.g. %r" % (len(long_lines), long_lines[0][:100]))

msg = email.message_from_bytes(raw, policy=email.policy.default)
if msg["Subject"] != subject:
    fail("Subject %r, expected %r" % (msg["Subject"], subject))
if (msg["To"] or "") != to:
    fail("To %r, expected %r" % (msg["To"], to))
if msg["To"] is not None and msg["To"].defects:
    fail("To: defects %s" % (msg["To"].defects,))
if msg["X-Unsent"] != "1":
    fail("X-Unsent %r" % msg["X-Unsent"])
if msg["MIME-Version"] != "1.0":
    fail("MIME-Version %r" % msg["MIME-Version"])
if msg["Date"] is None or msg["Date"].datetime is None:
    fail("no readable Date")
if not msg["Message-ID"] or not msg["Message-ID"].startswith("<"):
    fail("no Message-ID")
for part in msg.walk():
    if part.defects:
        fail("%s: defects %s" % (part.get_content_type(), part.defects))


def tree(part, depth=0):
    line = "  " * depth + part.get_content_type()
    if part.get_filename():
        line += "  (%s)" % part.get_filename()
    if part["Content-ID"]:
        line += "  %s" % part["Content-ID"]
    print(line)
    if part.is_multipart():
        for child in part.iter_parts():
            tree(child, depth + 1)


tree(msg)

parts = list(msg.iter_parts()) if msg.is_multipart() else []
types = [p.get_content_type() for p in parts]
expected_types = ["multipart/alternative"] + (["text/calendar"] if calendar == "1" else [])
if msg.get_content_type() != "multipart/mixed" or types != expected_types:
    fail("structure %s %s, expected multipart/mixed %s" % (msg.get_content_type(), types, expected_types))
    sys.exit(1)

alternative = list(parts[0].iter_parts())
if [p.get_content_type() for p in alternative][:1] != ["text/plain"] or len(alternative) != 2:
    fail("alternative holds %s" % [p.get_content_type() for p in alternative])
    sys.exit(1)
plain = alternative[0].get_content().replace("\r\n", "\n")
expected_plain = open(text_path, encoding="utf-8").read()
if plain != expected_plain:
    fail("text/plain differs from --format text:\n%r\n%r" % (plain[:300], expected_plain[:300]))

html_holder = alternative[1]
images = []
if inline == "1":
    if html_holder.get_content_type() != "multipart/related" or html_holder.get_param("type") != "text/html":
        fail("inline images but %s" % html_holder.get_content_type())
        sys.exit(1)
    related = list(html_holder.iter_parts())
    html_part, images = related[0], related[1:]
    if not images:
        fail("no image parts")
else:
    html_part = html_holder
if html_part.get_content_type() != "text/html" or html_part.get_content_charset() != "utf-8":
    fail("html part is %s charset %s" % (html_part.get_content_type(), html_part.get_content_charset()))
html = html_part.get_content().replace("\r\n", "\n")
for image in images:
    cid = image["Content-ID"].strip("<>")
    location = "".join(str(image["Content-Location"]).split())   # RFC 2557 4.4.2 folding
    if ("cid:" + cid) not in html:
        fail("image part %s is not referenced" % cid)
    if image.get_content_disposition() != "inline" or not image.get_content_type().startswith("image/"):
        fail("image part %s: %s %s" % (cid, image.get_content_disposition(), image.get_content_type()))
    if not location.startswith(site_prefix):
        fail("image %s from %s, not from the site" % (cid, location))
    elif image.get_content() != open(site_root + location[len(site_prefix):], "rb").read():
        fail("image %s is not the bytes of %s" % (cid, location))
    html = html.replace("cid:" + cid, location)
if "cid:" in html:
    fail("cid: without a part")
expected_html = open(html_path, encoding="utf-8").read()
if html != expected_html:
    fail("text/html differs from --format email:\n%r\n%r" % (html[:300], expected_html[:300]))

if calendar == "1":
    invite = parts[1]
    if invite.get_param("method") != "PUBLISH" or invite.get_filename() != "invite.ics" \
            or invite.get_content_disposition() != "attachment":
        fail("calendar part: method %r, filename %r, %r" % (invite.get_param("method"), invite.get_filename(),
                                                           invite.get_content_disposition()))
    cal = icalendar.Calendar.from_ical(invite.get_payload(decode=True))
    events = [c for c in cal.walk("VEVENT")]
    if len(events) != 1:
        fail("%d events in invite.ics" % len(events))
    else:
        event = events[0]
        summary = str(event.get("SUMMARY"))
        if not subject.endswith(summary):
            fail("event SUMMARY %r is not the title in %r" % (summary, subject))
        if event.get("DTSTART") is None:
            fail("event has no DTSTART")
        print("  invite.ics: %s, %s, %s" % (summary, event.decoded("DTSTART"), event.get("LOCATION")))

print("Subject: %s\nTo: %s\nX-Unsent: %s" % (msg["Subject"], msg["To"], msg["X-Unsent"]))
sys.exit(1 if failures else 0)
