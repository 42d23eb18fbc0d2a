#!/usr/bin/env bash
# Builds the Debian package with CPack from the Release build scripts/run.sh uses (build/release) and checks it
# (tests/install/package_deb.sh: every file of tests/install/expected-files.txt under /usr, computed Depends,
# the Recommends, and no lintian error). Prints the control fields, the file list and lintian's findings.
# Usage: scripts/package.sh [BUILD_DIR]   (default build/release; the .deb is written there)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh" --test   # the build tools, rsvg-convert, dpkg-dev (dpkg-shlibdeps) and lintian
build=${1:-$root/build/release}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLECTERN_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" --parallel "${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}"
"$root/tests/install/package_deb.sh" "$build" "$root" "$build/package"
cp "$build"/package/lectern_*.deb "$build/"
echo "package.sh: $(ls "$build"/lectern_*.deb)"
