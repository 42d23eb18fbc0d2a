#!/usr/bin/env bash
# Issue 19: `lectern-cli export SITE --format ics` on a copy of the sample site, the feed read by
# python3-icalendar (tests/app/calendar_feed_read.py): events counted, UIDs unique and stable across
# runs, DTSTART in the site's time zone at the right instant, SEQUENCE grows only when a post changes,
# and an unchanged site gives the same bytes. Exit 77 without /usr/bin/python3 and python3-icalendar.
# Usage: calendar_feed_test.sh LECTERN_CLI SOURCE_DIR WORK_DIR
set -uo pipefail
cli=$1 source=$2 work=$3
reader="/usr/bin/python3 $source/tests/app/calendar_feed_read.py"
[ -x /usr/bin/python3 ] || { echo "SKIP: no /usr/bin/python3"; exit 77; }
/usr/bin/python3 -c 'import icalendar' 2>/dev/null || { echo "SKIP: python3-icalendar is not installed"; exit 77; }
rm -rf "$work" && mkdir -p "$work" && cp -a "$source/examples/site" "$work/site"
site=$work/site
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
run() {
    local expected=$1; shift
    "$cli" "$@" >"$work/out" 2>"$work/err"
    local code=$?
    [ "$code" -eq "$expected" ] || fail "lectern-cli $* exited $code, expected $expected: $(cat "$work/err")"
}
read_feed() { $reader "$1" >"$work/events" 2>&1 || fail "the reader refused $1: $(cat "$work/events")"; }
uid_solvers=lab/blog/sparse-solvers-exascale@scitech.example.org
uid_provenance=lab/blog/research-data-provenance@scitech.example.org
uid_lumi=lab/blog/lumi-ai-factories@scitech.example.org

# On 1 April 2025: the May and October seminars are upcoming; the news post has no time and is named.
run 0 export "$site" --format ics --upcoming --category seminar --now 2025-04-01T00:00:00Z -o "$site/seminars.ics"
read_feed "$site/seminars.ics"
cat "$work/events"
[ "$(wc -l <"$work/events")" -eq 2 ] || fail "expected 2 upcoming seminars, read: $(cat "$work/events")"
grep -qx "$uid_solvers 0 America/Los_Angeles 2025-05-07T18:00:00Z" "$work/events" || fail "May seminar: $(cat "$work/events")"
grep -qx "$uid_provenance 0 America/Los_Angeles 2025-10-15T21:00:00Z" "$work/events" || fail "October seminar: $(cat "$work/events")"
[ -f "$site/.lectern/calendar-sequence.tsv" ] || fail "no sequence file in the site"
# Without the category filter the news post is in the selection: named on stderr, with why.
run 0 export "$site" --format ics --now 2025-04-01T00:00:00Z -o "$work/all-categories.ics"
grep -q '2025-06-02-new-gpu-cluster.md: skipped, no calendar event: .*When:' "$work/err" || fail "post without a time not named: $(cat "$work/err")"
read_feed "$work/all-categories.ics"
[ "$(wc -l <"$work/events")" -eq 2 ] || fail "expected 2 upcoming events in all categories: $(cat "$work/events")"

# A day later, nothing changed: the same bytes, so git sees no change.
cp "$site/seminars.ics" "$work/first.ics"
run 0 export "$site" --format ics --upcoming --category seminar --now 2025-04-02T00:00:00Z -o "$site/seminars.ics"
cmp -s "$work/first.ics" "$site/seminars.ics" || fail "re-exporting an unchanged site changed the feed: $(diff "$work/first.ics" "$site/seminars.ics")"

# --all: the March seminar too, the other UIDs unchanged.
run 0 export "$site" --format ics --all --category seminar --now 2025-04-02T00:00:00Z
cp "$work/out" "$work/all.ics"
read_feed "$work/all.ics"
[ "$(wc -l <"$work/events")" -eq 3 ] || fail "--all: expected 3 seminars: $(cat "$work/events")"
grep -q "^$uid_lumi 0 America/Los_Angeles 2025-03-19T18:00:00Z$" "$work/events" || fail "--all: March seminar: $(cat "$work/events")"
grep -q "^$uid_solvers 0 " "$work/events" || fail "--all: the May seminar's UID changed"

# The May seminar moves room: same UID, SEQUENCE 1; the October one stays at 0.
sed -i 's/MDR #1137 Conference Room/MDR #2210 Seminar Room/' "$site/_posts/2025-05-07-sparse-solvers-exascale.md"
run 0 export "$site" --format ics --upcoming --category seminar --now 2025-04-03T00:00:00Z -o "$site/seminars.ics"
read_feed "$site/seminars.ics"
grep -q "^$uid_solvers 1 America/Los_Angeles 2025-05-07T18:00:00Z$" "$work/events" || fail "changed room: $(cat "$work/events")"
grep -q "^$uid_provenance 0 " "$work/events" || fail "unchanged post's SEQUENCE moved: $(cat "$work/events")"
grep -q $'^LOCATION:MDR #2210 Seminar Room\r$' "$site/seminars.ics" || fail "new room not in the feed"

# A talk stays in the feed while it runs (a subscribed calendar would delete it) and leaves once over:
# the solvers seminar is 11:00-12:00 PDT on 7 May 2025 (18:00-19:00 UTC).
run 0 export "$site" --format ics --upcoming --category seminar --now 2025-05-07T18:30:00Z -o "$work/during.ics"
read_feed "$work/during.ics"
grep -q "^$uid_solvers " "$work/events" || fail "the seminar left the feed while it ran: $(cat "$work/events")"
run 0 export "$site" --format ics --upcoming --category seminar --now 2025-05-07T19:00:01Z -o "$work/after.ics"
read_feed "$work/after.ics"
grep -q "^$uid_solvers " "$work/events" && fail "the seminar stayed in the feed after it ended"

# A category no post has is said, with the site's categories; so is a feed with no event.
run 0 export "$site" --format ics --upcoming --category seminars --now 2025-04-01T00:00:00Z -o "$work/none.ics"
grep -q 'no published post has the category "seminars" (the site.s categories: .*seminar' "$work/err" \
    || fail "an unknown category not said: $(cat "$work/err")"
grep -q 'the calendar holds no event' "$work/err" || fail "an empty feed not said: $(cat "$work/err")"

# Refusals.
run 2 export "$site" --format ics --upcoming --all
grep -q 'cannot be used together' "$work/err" || fail "--upcoming with --all not refused: $(cat "$work/err")"
run 2 export "$site" --format html
grep -q 'calendar feed only' "$work/err" || fail "a site exported as html not refused: $(cat "$work/err")"
run 2 export "$site" --format ics --now yesterday
run 2 export "$work" --format ics
grep -q 'no Jekyll site' "$work/err" || fail "a folder without _config.yml not refused: $(cat "$work/err")"

[ "$failures" -eq 0 ] && echo "calendar feed: all checks passed"
exit $(( failures > 0 ))
