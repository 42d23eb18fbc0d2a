#!/usr/bin/env bash
# lectern-cli export --engine auto|jekyll|builtin (issue 17): the site's own Jekyll renders the body
# when asked and possible; without Ruby, `jekyll` fails with what to install and `auto` falls back.
set -uo pipefail
cli=$1 source=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
cp -r "$source/examples/site" "$work/site"
post=$work/site/_posts/2025-11-01-engine.md
printf -- '---\ntitle: Engine\n---\n"Quoted" -- dash\n\n{::comment}\ninternal note\n{:/comment}\n\nVisible.\n' > "$post"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
run() {
    local expected=$1; shift
    "$@" >"$work/out" 2>"$work/err"
    local code=$?
    [ "$code" -eq "$expected" ] || fail "$* exited $code, expected $expected: $(cat "$work/err")"
}

run 2 "$cli" export "$post" --format html --engine bogus
grep -q 'unknown engine "bogus"' "$work/err" || fail "bad engine not named: $(cat "$work/err")"

# No Ruby on PATH: builtin works, jekyll refuses with what to install, auto falls back and says why.
run 0 env PATH=/nonexistent "$cli" export "$post" --format text --engine builtin
grep -q 'Visible.' "$work/out" || fail "builtin: body missing"
run 2 env PATH=/nonexistent "$cli" export "$post" --format text --engine jekyll -o "$work/none.txt"
grep -q 'apt install jekyll' "$work/err" || fail "jekyll without ruby: no install hint: $(cat "$work/err")"
[ -e "$work/none.txt" ] && fail "jekyll without ruby wrote output"
run 0 env PATH=/nonexistent "$cli" export "$post" --format text
grep -q 'note: built-in renderer' "$work/err" || fail "auto without ruby: no note: $(cat "$work/err")"
grep -q 'Visible.' "$work/out" || fail "auto without ruby: body missing"

if ! ruby -e 'require "jekyll"' 2>/dev/null; then
    echo "SKIP: Ruby's jekyll gem is not installed (sudo apt install jekyll): the exact engine was not checked"
    [ "$failures" -eq 0 ] && exit 77
    exit 1
fi
for engine in jekyll auto; do
    run 0 "$cli" export "$post" --format text --engine "$engine"
    grep -q '“Quoted” – dash' "$work/out" || fail "$engine: no kramdown typography: $(cat "$work/out")"
    grep -q 'internal note' "$work/out" && fail "$engine: {::comment} text exported"
    grep -q 'Visible.' "$work/out" || fail "$engine: body missing"
done
# A Liquid error: jekyll refuses with the error, auto falls back.
printf -- '---\ntitle: Broken\n---\n{%% if x %%}\nText\n' > "$work/site/_posts/2025-11-02-broken.md"
run 2 "$cli" export "$work/site/_posts/2025-11-02-broken.md" --format html --engine jekyll
grep -q 'never closed' "$work/err" || fail "jekyll: Liquid error not given: $(cat "$work/err")"
[ -e "$work/site/_site" ] && fail "the site's _site was written"
[ "$failures" -eq 0 ] && echo "engine checks passed" && exit 0
exit 1
