#!/usr/bin/env bash
# Issue 15, kind 12 (dates with an offset): every place lectern-cli shows or writes a post's date gives
# the day Jekyll gives it, in the site's `timezone`; with --jekyll, `jekyll build` is asked too (skips,
# 77, when jekyll is absent).
set -euo pipefail
cli=$1 mode=${2:-}
if [ "$mode" = --jekyll ] && ! command -v jekyll >/dev/null 2>&1; then
    echo "SKIP: jekyll is not installed (apt-get install jekyll)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
mkdir -p "$work/site/_posts" "$work/site/_layouts"
printf 'title: Lab\ntimezone: America/Los_Angeles\n' > "$work/site/_config.yml"
printf '<p class="day">{{ page.date | date: "%%Y-%%m-%%d" }}</p>{{ content }}\n' > "$work/site/_layouts/post.html"
# Each post's front-matter date, and the day Jekyll gives it in Los Angeles.
cases=(
    "offset|2025-03-20 01:30:00 +0100|2025-03-19"
    "utc-timestamp|2025-03-20 01:30:00|2025-03-19"
    "quoted-local|\"2025-03-20 01:30:00\"|2025-03-20"
    "date-alone|2025-03-20|2025-03-20"
)
for c in "${cases[@]}"; do
    IFS='|' read -r name date day <<< "$c"
    printf -- '---\ntitle: %s\nlayout: post\ndate: %s\n---\nBody.\n' "$name" "$date" > "$work/site/_posts/2025-03-20-$name.md"
done
list=$("$cli" list "$work/site")
for c in "${cases[@]}"; do
    IFS='|' read -r name date day <<< "$c"
    post="$work/site/_posts/2025-03-20-$name.md"
    printf '%s\n' "$list" | grep -q "^_posts/2025-03-20-$name.md	$day	" || fail "list: $name is not on $day: $list"
    html=$("$cli" export "$post" --format html --with-header)
    want=$(LC_ALL=C date -d "$day" '+%-d %b %Y')
    printf '%s\n' "$html" | grep -q "<time datetime=\"$day\">$want</time>" || fail "export header: $name is not $want: $html"
done
if [ "$mode" = --jekyll ]; then
    (cd "$work/site" && TZ=UTC jekyll build --quiet -d "$work/out") || fail "jekyll build failed"
    for c in "${cases[@]}"; do
        IFS='|' read -r name date day <<< "$c"
        page=$(find "$work/out" -path "*$name*" -name '*.html' | head -1)
        grep -q "<p class=\"day\">$day</p>" "$page" || fail "Jekyll gives $name another day than $day: $(cat "$page")"
    done
fi
echo "PASS: list, export header (and Jekyll) agree on each post's day"
