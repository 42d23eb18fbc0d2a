#!/usr/bin/env bash
# Installs what is missing, builds with tests and warnings as errors, runs every test.
# Usage: scripts/test.sh [--asan]
# The fuzz targets run separately (scripts/fuzz.sh SECONDS); their regression inputs are replayed by tst_oddfiles.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh" --test
build="$root/build/test"
extra=()
if [ "${1:-}" = "--asan" ]; then
    build="$root/build/asan"
    extra=(-DLECTERN_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug)
    export ASAN_OPTIONS=detect_leaks=0
    export UBSAN_OPTIONS=print_stacktrace=1
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLECTERN_WERROR=ON "${extra[@]}"
cmake --build "$build" --parallel
cd "$build"
if [ "${1:-}" = "--asan" ]; then
    # The model and renderer tests, under the sanitizers.
    ctest --output-on-failure --timeout 600 -R 'tst_(postfile|frontmatter|markdownrenderer|render|liquid|kramdown|export|schema|site|slug|recovery|diskwatch|savefaults|oddfiles)'
else
    ctest --output-on-failure --timeout 600 --parallel 2
fi
