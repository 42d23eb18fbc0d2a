#!/usr/bin/env bash
# Installs the build into a temporary prefix (DESTDIR), checks it holds every file of expected-files.txt,
# and runs the installed programs from there: lectern-cli --version, a French message from the installed
# translation, a PDF through the installed helper, and lectern --self-test (which reports where it found
# its helper, translations and templates: they must be the installed ones, not the build tree's).
# Usage: install_tree.sh BUILD_DIR SOURCE_DIR WORK_DIR VERSION
set -euo pipefail
build=$1 source=$2 work=$3 version=$4
rm -rf "$work"
mkdir -p "$work"
DESTDIR="$work/root" cmake --install "$build" --prefix /usr >"$work/install.log"
prefix="$work/root/usr"
status=0
fail() { echo "FAIL: $*"; status=1; }

echo "== installed files"
(cd "$prefix" && find . \( -type f -o -type l \) | sed 's|^\./||' | sort)
while read -r f; do
    [[ -z $f || $f == \#* ]] && continue
    [ -e "$prefix/$f" ] || fail "not installed: $f"
done <"$source/tests/install/expected-files.txt"
for png in "$prefix"/share/icons/hicolor/*x*/apps/lectern.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    file "$png" | grep -q "PNG image data, ${size/x/ x }," || fail "$png is not a ${size} PNG: $(file -b "$png")"
done

echo "== lectern-cli --version"
got=$("$prefix/bin/lectern-cli" --version)
echo "$got"
[ "$got" = "lectern-cli $version" ] || fail "lectern-cli --version printed \"$got\", not \"lectern-cli $version\""

echo "== lectern-cli in French"
got=$(LC_ALL=fr_FR.UTF-8 LANG=fr_FR.UTF-8 "$prefix/bin/lectern-cli" no-such-command 2>&1 || true)
echo "$got"
grep -q "commande inconnue" <<<"$got" || fail "lectern-cli did not answer in French under LC_ALL=fr_FR.UTF-8"

echo "== lectern-cli export --format pdf (through libexec/lectern/lectern-pdf-export)"
post="$source/examples/site/_posts/2025-03-19-lumi-ai-factories.md"
"$prefix/bin/lectern-cli" export "$post" --format pdf -o "$work/flyer.pdf" || fail "PDF export failed"
head -c 5 "$work/flyer.pdf" 2>/dev/null | grep -q '%PDF-' || fail "the installed helper wrote no PDF"

echo "== lectern --self-test (no post)"
"$prefix/bin/lectern" --self-test >"$work/self-test.log" 2>&1 || fail "lectern --self-test exited $?"
cat "$work/self-test.log"
for line in "data: $prefix/share/lectern" "helper: $prefix/libexec/lectern/lectern-pdf-export" \
    "translation: $prefix/share/lectern/translations/lectern_de.qm" \
    "translation: $prefix/share/lectern/translations/lectern_fr.qm" \
    "template: $prefix/share/lectern/templates/seminar.md" "self-test: OK"; do
    grep -qF "$line" "$work/self-test.log" || fail "the self-test did not report \"$line\""
done

echo "== lectern --self-test POST"
site="$work/site"
cp -r "$source/examples/site" "$site"
"$prefix/bin/lectern" --self-test "$site/_posts/2025-03-19-lumi-ai-factories.md" >"$work/self-test-post.log" 2>&1 ||
    fail "lectern --self-test POST exited $?"
cat "$work/self-test-post.log"
grep -q "self-test: OK: " "$work/self-test-post.log" || fail "the self-test with a post did not pass"
exit $status
