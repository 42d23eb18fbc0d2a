#!/usr/bin/env bash
# Installs what is missing, builds with tests and warnings as errors, runs every test.
# Usage: scripts/test.sh [--asan]
# Without --asan it also runs each libFuzzer target for LECTERN_FUZZ_SECONDS (default 60; 0 skips them)
# before ctest, so ctest's summary comes last; a fuzz finding fails the run. Past findings are replayed
# by tst_oddfiles either way.
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
fuzz_status=0
if [ "${1:-}" != "--asan" ] && [ "${LECTERN_FUZZ_SECONDS:-60}" != 0 ]; then
    "$root/scripts/fuzz.sh" "${LECTERN_FUZZ_SECONDS:-60}" || fuzz_status=$?
fi
cd "$build"
if [ "${1:-}" = "--asan" ]; then
    # The model and renderer tests, under the sanitizers.
    ctest --output-on-failure --timeout 600 -R 'tst_(postfile|frontmatter|markdownrenderer|render|liquid|kramdown|export|schema|site|slug|recovery|diskwatch|savefaults|oddfiles)'
else
    ctest --output-on-failure --timeout 600 --parallel 2
    if [ "$fuzz_status" -ne 0 ]; then
        echo "test.sh: the fuzzers found a problem (see above; inputs in build/fuzz/artifacts)" >&2
        exit "$fuzz_status"
    fi
fi
