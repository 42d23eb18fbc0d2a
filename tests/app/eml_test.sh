#!/usr/bin/env bash
# lectern-cli export --format eml (issue 19) on every post of a copy of the sample site, plus posts
# titled in German, French, Chinese and emoji: each draft is read by Python's email package
# (eml_check.py), its text and HTML compared with --format text and --format email, its invite.ics
# read by python3-icalendar. Skips (77) without /usr/bin/python3 or its icalendar module.
# Usage: eml_test.sh LECTERN_CLI SOURCE_DIR WORK_DIR
set -uo pipefail
cli=$1 source=$2 work=$3
python=/usr/bin/python3
"$python" -c 'import email.policy, icalendar' 2>/dev/null || { echo "SKIP: $python with icalendar is needed"; exit 77; }
rm -rf "$work" && mkdir -p "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

site=$work/site
cp -a "$source/examples/site" "$site"
cat > "$site/.lectern.yml" <<'YAML'
announce:
  subject_prefix: "[Seminar]"
  to: Lab Seminars <seminars@example.org>, "Smith, John" <js@example.org>, "Müller, Jörg" <jm@example.de>, announce@example.org
YAML
# As Python's email package shows the header back: quotes only where the name needs them.
to='Lab Seminars <seminars@example.org>, "Smith, John" <js@example.org>, "Müller, Jörg" <jm@example.de>, announce@example.org'
seed=$site/_posts/2025-03-19-lumi-ai-factories.md
# The seed post under titles a mail program must show exactly.
n=0
for title in 'Über die Größe dünnbesetzter Gleichungssysteme: Maßstäbe für Exascale-Rechner in Jülich' \
             'Séminaire : « l’écologie numérique », ça compte ?' \
             '量子计算研讨会：从理论到实践，以及高性能计算在气候模型中的应用' \
             '🚀 Launch of the 👩‍🔬 lab: GPU cluster “Cedar” 🎉'; do
    n=$((n + 1))
    "$cli" set "$seed" title "$title" -o "$site/_posts/2025-03-2$n-title-$n.md" || fail "set title $n"
done

check() {   # check POST INLINE(0|1) CALENDAR(0|1)
    local post=$1 inline=$2 calendar=$3 name
    name=$(basename "$post" .md)-$inline
    local title
    title=$("$cli" get "$post" title) || { fail "get title of $post"; return; }
    local extra=()
    [ "$inline" = 1 ] && extra=(--inline-images)
    "$cli" export "$post" --format eml --engine builtin "${extra[@]}" -o "$work/$name.eml" 2>"$work/$name.err" \
        || fail "export eml $post: $(cat "$work/$name.err")"
    "$cli" export "$post" --format text --with-header --engine builtin >"$work/$name.txt" 2>/dev/null || fail "export text $post"
    "$cli" export "$post" --format email --with-header --engine builtin >"$work/$name.html" 2>/dev/null || fail "export email $post"
    echo "== $name"
    "$python" "$source/tests/app/eml_check.py" "$work/$name.eml" "[Seminar] $title" "$to" "$work/$name.txt" \
        "$work/$name.html" "$calendar" "$inline" "$site" "https://scitech.example.org/lab" || fail "$name: see above"
    if [ "$calendar" = 0 ]; then
        grep -q 'warning: no invite.ics attached: ' "$work/$name.err" || fail "$name: no warning about the missing invite: $(cat "$work/$name.err")"
    fi
}

for post in "$site"/_posts/*.md; do
    calendar=1
    grep -q 'When:' "$post" || calendar=0
    check "$post" 0 "$calendar"
done
check "$seed" 1 1
check "$site/_posts/2025-03-23-title-3.md" 1 1

# No .lectern.yml: no prefix, no To:, and the draft says so; stdout when no -o.
rm "$site/.lectern.yml"
"$cli" export "$seed" --format eml --engine builtin >"$work/plain.eml" 2>"$work/plain.err" || fail "eml to stdout"
grep -q $'^Subject: Supporting Research Infrastructure Communities Through LUMI AI and AI\r$' "$work/plain.eml" \
    || fail "plain Subject not folded as expected: $(grep -A1 '^Subject' "$work/plain.eml")"
grep -q '^To:' "$work/plain.eml" && fail "To: without announce: to:"
grep -q 'warning: no To: address' "$work/plain.err" || fail "no warning about To: $(cat "$work/plain.err")"
# An address list that lost a name's quotes is said, not written silently as two addresses.
printf 'announce:\n  to: Smith, John <js@example.org>\n' >"$site/.lectern.yml"
"$cli" export "$seed" --format eml --engine builtin -o "$work/unquoted.eml" 2>"$work/unquoted.err" || fail "eml with an unquoted name"
grep -q 'warning: “Smith” in announce: to: is not an e-mail address' "$work/unquoted.err" \
    || fail "an unquoted Last, First not said: $(cat "$work/unquoted.err")"
# A .lectern.yml that is not YAML is said with its line and column, not silently dropped.
printf 'announce:\n  to: "Smith, John" <js@example.org>\n' >"$site/.lectern.yml"
"$cli" export "$seed" --format eml --engine builtin -o "$work/broken.eml" 2>"$work/broken.err" || fail "eml with a broken .lectern.yml"
grep -q "warning: the site's announce settings could not be read: .lectern.yml:2:[0-9]*: " "$work/broken.err" \
    || fail "a broken .lectern.yml not said: $(cat "$work/broken.err")"
rm "$site/.lectern.yml"
# A featured image missing from the site is said for a linked draft too (the reader would see it broken).
"$cli" set "$site/_posts/2025-03-21-title-1.md" image /images/no-such-plot.png || fail "set image"
"$cli" export "$site/_posts/2025-03-21-title-1.md" --format eml --engine builtin -o "$work/noimage.eml" 2>"$work/noimage.err" \
    || fail "eml with a missing image"
grep -q 'warning: the featured image /images/no-such-plot.png is not in the site' "$work/noimage.err" \
    || fail "a missing featured image not said: $(cat "$work/noimage.err")"
# --inline-images belongs to eml.
"$cli" export "$seed" --format html --inline-images >/dev/null 2>"$work/bad.err" && fail "--inline-images accepted for html"
grep -q 'inline-images is for --format eml' "$work/bad.err" || fail "--inline-images refusal: $(cat "$work/bad.err")"

[ $failures -eq 0 ] && echo "all drafts read back"
exit $((failures > 0))
