#!/usr/bin/env bash
# Issue 15: lectern-cli against real Jekyll on a tiny site. A post lectern-cli list calls published is
# exactly one Jekyll builds (published: false/no/Off/~/empty hide it, 'false' quoted does not), and a
# post whose front matter lectern-cli check calls refused is one Jekyll reports it cannot read.
# Skips (77) when jekyll is absent.
set -euo pipefail
cli=$1 work=$2
if ! command -v jekyll >/dev/null 2>&1; then
    echo "SKIP: jekyll is not installed; lectern-cli was not compared with it"
    exit 77
fi
rm -rf "$work"
mkdir -p "$work/site/_posts"
printf 'title: Agree\npermalink: /:title/\n' > "$work/site/_config.yml"
i=0
for value in "false" "False" "no" "Off" "~" "" "'false'" '"no"' "n" "0" "true" "yes"; do
    i=$((i + 1))
    printf -- '---\ntitle: p%s\npublished: %s\n---\nx\n' "$i" "$value" > "$work/site/_posts/2025-01-$(printf %02d $i)-p$i.md"
done
for value in ":P a talk" "!ruby/sym x" "!ruby/object:Foo {}" "!!set {a}" "!!float abc" "':P quoted'" "!!python/str x" "!foo x"; do
    i=$((i + 1))
    printf -- '---\ntitle: p%s\nsubtitle: %s\n---\nx\n' "$i" "$value" > "$work/site/_posts/2025-01-$(printf %02d $i)-p$i.md"
done
jekyll build --source "$work/site" --destination "$work/out" --disable-disk-cache > "$work/jekyll.log" 2>&1 || true
"$cli" list "$work/site" > "$work/list.txt"
fail=0
for post in "$work"/site/_posts/*.md; do
    name=$(basename "$post" .md)
    slug=${name#????-??-??-}
    status=$(grep -F "_posts/$name.md" "$work/list.txt" | cut -f5)
    built=no
    [ -f "$work/out/$slug/index.html" ] && built=yes
    if grep -q "^subtitle:" "$post"; then
        # Refused front matter: Jekyll says it cannot read the file (and builds it without its front matter).
        if "$cli" check "$post" > "$work/check.txt" 2>&1; then checked=accepted; else checked=refused; fi
        if grep -qF "could not read file $post" "$work/jekyll.log"; then jekyll=refused; else jekyll=accepted; fi
        if [ "$checked" != "$jekyll" ]; then
            echo "FAIL: $(sed -n 3p "$post"): lectern-cli check says $checked, Jekyll $jekyll"; fail=1
        fi
    else
        want=published
        [ "$built" = yes ] || want=draft
        if [ "$status" != "$want" ]; then
            echo "FAIL: $(sed -n 3p "$post"): lectern-cli list says '$status', Jekyll built it: $built"; fail=1
        fi
    fi
done
[ $fail = 0 ] && echo "lectern-cli agrees with Jekyll on $i posts"
exit $fail
