#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads .ics files with python3-icalendar (independent of Lectern's writer) and checks that each
event's DTSTART, resolved through the file's own VTIMEZONE (not the system zone database), is the
intended UTC instant.

Usage: ics_utc_check.py FILE EXPECTED_UTC [FILE EXPECTED_UTC ...]   (EXPECTED_UTC: 2025-01-15T09:00:00Z)
Exit 0 when all match, 1 with one line per mismatch, 77 when python3-icalendar is missing.
"""
import sys
from datetime import datetime, timezone

try:
    import icalendar
except ImportError:
    print("python3-icalendar is not installed", file=sys.stderr)
    sys.exit(77)


def utc_of_dtstart(path):
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    zones = {str(c["TZID"]): c for c in cal.walk("VTIMEZONE")}
    event = cal.walk("VEVENT")[0]
    prop = event["DTSTART"]
    raw = prop.to_ical().decode()
    if raw.endswith("Z"):
        return datetime.strptime(raw, "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
    tzid = prop.params.get("TZID")
    if tzid not in zones:
        raise ValueError("DTSTART names TZID %s but the file has no such VTIMEZONE" % tzid)
    local = datetime.strptime(raw, "%Y%m%dT%H%M%S")
    return zones[tzid].to_tz().localize(local).astimezone(timezone.utc)


def main(args):
    if len(args) % 2 != 0 or not args:
        print(__doc__, file=sys.stderr)
        return 2
    failures = 0
    for path, expected in zip(args[0::2], args[1::2]):
        want = datetime.strptime(expected, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        try:
            got = utc_of_dtstart(path)
        except Exception as e:  # a file the reader refuses is a failure too
            print("%s: %s" % (path, e))
            failures += 1
            continue
        if got != want:
            print("%s: DTSTART is %s UTC by the file's VTIMEZONE, expected %s"
                  % (path, got.strftime("%Y-%m-%d %H:%M"), want.strftime("%Y-%m-%d %H:%M")))
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
