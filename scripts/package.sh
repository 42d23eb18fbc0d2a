#!/usr/bin/env bash
# Builds the Debian package (build/package/lectern_VERSION-1_ARCH.deb) from a release build and checks it
# with lintian: exit 1 when lintian reports an error.
# Usage: scripts/package.sh [BUILD_DIR]   (default build/package)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh --test   # the build tools, dpkg-dev (dpkg-shlibdeps) and lintian
build=${1:-build/package}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLECTERN_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX=/usr \
    "${launcher[@]}"
cmake --build "$build" --parallel "$(nproc)"
rm -f "$build"/*.deb
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/lectern_*.deb)
echo "== $deb"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"
echo "== lintian"
# --fail-on error: warnings (e.g. a missing upstream signing key) are shown but do not fail the build.
lintian --fail-on error --info "$deb"
echo "lintian: no errors"
