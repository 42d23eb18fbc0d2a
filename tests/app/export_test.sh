#!/usr/bin/env bash
# lectern-cli export end to end on the seed post: every format, bad input, the poster and sharing image.
set -uo pipefail
cli=$1 source=$2 work=$3
seed=$source/examples/site/_posts/2025-03-19-lumi-ai-factories.md
title="Supporting Research Infrastructure Communities Through LUMI AI and AI Factories"
rm -rf "$work" && mkdir -p "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# run EXPECTED_CODE ARGS...: output in $work/out, $work/err
run() {
    local expected=$1; shift
    "$cli" "$@" >"$work/out" 2>"$work/err"
    local code=$?
    [ "$code" -eq "$expected" ] || fail "lectern-cli $* exited $code, expected $expected: $(cat "$work/err")"
}

run 0 export "$seed" --format html --with-header
grep -q 'src="https://scitech.example.org/lab/images/news/malkiewicz-seminar.jpg"' "$work/out" || fail "html: header image not absolute"
grep -q "<h1>$title" "$work/out" || fail "html: no title"
grep -qiE '<script|javascript:| on[a-z]+=' "$work/out" && fail "html: script survived"

run 0 export "$seed" --format email --with-header
grep -qE '<style|class=' "$work/out" && fail "email: <style> or class present"
grep -q '<li style="' "$work/out" || fail "email: list items not styled inline"

run 0 export "$seed" --format text
grep -q '^- \*\*Where:\*\* MDR #1137 Conference Room$' "$work/out" || fail "text: no Where line"

run 0 export "$seed" --format ics -o "$work/seed.ics"
grep -q $'^DTSTART;TZID=America/Los_Angeles:20250319T110000\r$' "$work/seed.ics" || fail "ics: DTSTART"
grep -q $'^URL:https://scitech.example.org/lab/blog/lumi-ai-factories/\r$' "$work/seed.ics" || fail "ics: URL"

# Bad input: warnings with file:line:col, still exported.
run 0 export "$source/tests/data/export/warnings.md" --format html --site "$source/examples/site"
grep -qF 'warnings.md:5:22: warning: {% include %}: no file' "$work/err" || fail "liquid warning missing: $(cat "$work/err")"
grep -q 'warnings.md:7:12: warning: image' "$work/err" || fail "missing-image warning missing: $(cat "$work/err")"
grep -q '<p>First paragraph' "$work/out" || fail "post with warnings not exported"
mkdir -p "$work/nosite" && cp "$seed" "$work/nosite/"
run 0 export "$work/nosite/2025-03-19-lumi-ai-factories.md" --format html
grep -q 'warning: no site root' "$work/err" || fail "no-site-root warning missing"
printf -- '---\ntitle: [unclosed\n---\nBody\n' > "$work/broken.md"
run 2 export "$work/broken.md" --format html -o "$work/broken.html"
[ -e "$work/broken.html" ] && fail "unparseable post wrote output"
run 2 export "$seed" --format html -o "$work/missing-dir/out.html"
[ -e "$work/missing-dir" ] && fail "missing directory was created"
run 2 export "$seed" --format pdf
grep -q 'PDF needs an output file' "$work/err" || fail "pdf without -o not refused"
printf -- '---\ntitle: News\n---\nNo time here.\n' > "$work/news.md"
run 2 export "$work/news.md" --format ics -o "$work/news.ics"
grep -q 'no .When:. line' "$work/err" || fail "ics without a time does not say so"
[ -e "$work/news.ics" ] && fail "ics without a time wrote a file"

# The poster through the helper: one page, title, speaker and room in the text (tests/preview/tst_poster
# reads the QR code and fonts back for every sample post).
run 0 export "$seed" --format pdf -o "$work/seed.pdf" --engine builtin
grep -qE 'warning: no (speaker|event time|place|featured image|public URL)' "$work/err" &&
    fail "pdf: the seed post has everything, yet: $(cat "$work/err")"
# A post without a time, place or image: reported, and the poster is still written.
run 0 export "$work/news.md" --format pdf -o "$work/news.pdf" --engine builtin
grep -q 'no event time' "$work/err" || fail "pdf without a When: line does not say so"
grep -q 'no featured image' "$work/err" || fail "pdf without an image does not say so"
[ -s "$work/news.pdf" ] || fail "pdf without a When: line wrote no poster"
run 2 export "$seed" --format card-image
grep -q 'needs an output file' "$work/err" || fail "card-image without -o not refused"
run 0 export "$seed" --format card-image -o "$work/seed.png" --engine builtin
[ "$(head -c 8 "$work/seed.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "card-image: not a PNG"
if command -v identify >/dev/null; then
    [ "$(identify -format '%wx%h' "$work/seed.png")" = "1200x630" ] || fail "card-image: not 1200x630"
fi
if ! command -v pdftotext >/dev/null || ! command -v pdfinfo >/dev/null; then
    echo "SKIP: poppler-utils (pdftotext, pdfinfo) not installed; the PDF's text and pages were not checked"
    [ "$failures" -eq 0 ] && exit 77
else
    pages=$(pdfinfo "$work/seed.pdf" | awk '/^Pages:/ {print $2}')
    [ "$pages" = "1" ] || fail "pdf: $pages pages, expected 1"
    text=$(pdftotext "$work/seed.pdf" - | tr '\n' ' ')
    grep -q "Supporting Research Infrastructure" <<<"$text" || fail "pdf: title not in text"
    grep -q "Tomasz Malkiewicz" <<<"$text" || fail "pdf: speaker not in text"
    grep -q "MDR #1137 Conference Room" <<<"$text" || fail "pdf: room not in text"
fi
[ "$failures" -eq 0 ] && echo "export checks passed" && exit 0
exit 1
