#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a calendar feed with python3-icalendar (independent of libical and of Lectern) and prints one
line per VEVENT: "UID SEQUENCE DTSTART-TZID DTSTART-UTC", the UTC instant resolved through the
file's own VTIMEZONE. Fails (exit 1) when the file does not parse, when two VEVENTs share a UID,
or when a DTSTART names a TZID the file does not define. Exit 77 without python3-icalendar.

Usage: calendar_feed_read.py FILE
"""
import sys
from datetime import datetime, timezone

try:
    import icalendar
except ImportError:
    print("python3-icalendar is not installed", file=sys.stderr)
    sys.exit(77)


def main(path):
    with open(path, "rb") as f:
        data = f.read()
    if b"\n" in data.replace(b"\r\n", b""):
        print("%s: a line does not end with CRLF" % path)
        return 1
    cal = icalendar.Calendar.from_ical(data)
    zones = {str(c["TZID"]): c for c in cal.walk("VTIMEZONE")}
    seen = set()
    for event in cal.walk("VEVENT"):
        uid = str(event["UID"])
        if uid in seen:
            print("%s: UID %s twice" % (path, uid))
            return 1
        seen.add(uid)
        prop = event["DTSTART"]
        raw = prop.to_ical().decode()
        tzid = prop.params.get("TZID", "UTC")
        if raw.endswith("Z"):
            utc = datetime.strptime(raw, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
        else:
            if tzid not in zones:
                print("%s: DTSTART names TZID %s but the file has no such VTIMEZONE" % (path, tzid))
                return 1
            local = datetime.strptime(raw, "%Y%m%dT%H%M%S")
            utc = zones[tzid].to_tz().localize(local).astimezone(timezone.utc)
        print("%s %s %s %s" % (uid, int(event.get("SEQUENCE", -1)), tzid, utc.strftime("%Y-%m-%dT%H:%M:%SZ")))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
