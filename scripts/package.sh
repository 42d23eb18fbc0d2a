#!/usr/bin/env bash
# Builds the Debian package with CPack from the Release build scripts/run.sh uses (build/release), checks that it
# holds every file of tests/install/expected-files.txt under /usr, and runs lintian on it: exit 1 on a missing
# file or a lintian error. Prints the package's control fields, its file list and lintian's findings.
# Usage: scripts/package.sh [BUILD_DIR]   (default build/release; the .deb is written there)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh" --test   # the build tools, rsvg-convert, dpkg-dev (dpkg-shlibdeps) and lintian
build=${1:-$root/build/release}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLECTERN_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel
rm -f "$build"/lectern_*.deb
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/lectern_*.deb)
echo "== $deb"
dpkg-deb --info "$deb"
echo "== files"
dpkg-deb --contents "$deb"
status=0
contents=$(dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./||')
while read -r f; do
    [[ -z $f || $f == \#* ]] && continue
    grep -qxF "usr/$f" <<<"$contents" || { echo "FAIL: the package lacks /usr/$f"; status=1; }
done <"$root/tests/install/expected-files.txt"
echo "== lintian $(lintian --version)"
# --fail-on error: warnings and infos are shown (with their explanation) but only errors fail.
lintian --fail-on error --info --display-info "$deb" || { echo "FAIL: lintian reported errors"; status=1; }
[ $status -eq 0 ] && echo "package.sh: $deb holds every listed file; lintian reports no errors"
exit $status
