#!/usr/bin/env bash
# Installs what is missing, builds with tests and warnings as errors, runs every test.
# Usage: scripts/test.sh [--asan]
# In CI (CI=true) it also runs each libFuzzer target for 60 s (scripts/fuzz.sh 60) before the tests.
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
    # Fuzz first, so ctest's summary closes the output.
    if [ "${CI:-}" = true ]; then
        "$root/scripts/fuzz.sh" 60
    fi
    ctest --output-on-failure --timeout 600 --parallel 2
fi
