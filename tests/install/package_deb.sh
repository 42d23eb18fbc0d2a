#!/usr/bin/env bash
# Makes the Debian package with CPack from a built tree, prints its control fields and file list, checks
# that it holds every file of expected-files.txt under /usr and that lintian reports no error.
# Exit 77 (skip) without dpkg-shlibdeps or lintian (scripts/deps.sh --test installs both).
# Usage: package_deb.sh BUILD_DIR SOURCE_DIR OUT_DIR
set -euo pipefail
build=$1 source=$2 out=$3
for tool in dpkg-shlibdeps:dpkg-dev lintian:lintian; do
    command -v "${tool%%:*}" >/dev/null ||
        { echo "SKIP: ${tool%%:*} is not installed (Debian: ${tool#*:}; scripts/deps.sh --test)"; exit 77; }
done
rm -rf "$out"
mkdir -p "$out"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/lectern_*.deb)
echo "== $deb"
dpkg-deb --info "$deb"
echo "== files"
dpkg-deb --contents "$deb"
status=0
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./||')
while read -r f; do
    [[ -z $f || $f == \#* ]] && continue
    grep -qxF "usr/$f" <<<"$contents" || { echo "FAIL: the package lacks /usr/$f"; status=1; }
done <"$source/tests/install/expected-files.txt"
for field in Depends Recommends Section Maintainer; do
    [ -n "$(dpkg-deb --field "$deb" "$field")" ] || { echo "FAIL: the package has no $field field"; status=1; }
done
for recommended in jekyll hunspell-en-us git; do
    dpkg-deb --field "$deb" Recommends | grep -qw -- "$recommended" || { echo "FAIL: the package does not recommend $recommended"; status=1; }
done
dpkg-deb --field "$deb" Depends | grep -q libqt6webenginecore6 || { echo "FAIL: Depends was not computed (no libqt6webenginecore6)"; status=1; }
echo "== lintian $(lintian --version)"
# --fail-on error: warnings and infos are shown but only errors fail; overridden tags are listed.
lintian --fail-on error --info --display-info --show-overrides "$deb" 2>&1 | grep -v '^running with root privileges' ||
    true
lintian --fail-on error "$deb" >/dev/null 2>&1 || { echo "FAIL: lintian reported errors"; status=1; }
[ $status -eq 0 ] && echo "$(basename "$deb") holds every listed file; lintian reports no errors"
exit $status
