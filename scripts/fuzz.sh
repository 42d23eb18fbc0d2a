#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan+UBSan) and runs each for SECONDS (default 60), FUZZ_JOBS
# at a time (default: the number of cores), then prints executions and coverage per target.
# Usage: scripts/fuzz.sh [SECONDS] [extra libFuzzer flags...]   Exit: 0 clean, 1 a target crashed or
# broke an invariant, 2 no clang/libFuzzer.
# Seeds: tests/data/fuzz/<corpus> (ours) plus ../shared/corpus/posts when present, read in place.
# The growing corpus stays in build/fuzz/corpus; a crash is saved in build/fuzz/artifacts and fails the run.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
build="$root/build/fuzz"
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    echo "fuzz.sh: needs clang and libFuzzer: apt-get install -y clang libfuzzer-14-dev libclang-rt-14-dev" >&2
    exit 2
fi
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLECTERN_FUZZ=ON -DLECTERN_BUILD_TESTS=OFF "${launcher[@]}" >/dev/null
# FUZZ_TARGETS="fuzz_render fuzz_sanitizer" runs a subset.
read -r -a targets <<<"${FUZZ_TARGETS:-fuzz_frontmatter fuzz_markdown fuzz_render fuzz_sanitizer}"
cmake --build "$build" --target "${targets[@]}" -j2

declare -A seeds=([fuzz_frontmatter]=frontmatter [fuzz_markdown]=markdown [fuzz_render]=render [fuzz_sanitizer]=sanitizer)
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# run_one TARGET: one fuzzer for SECONDS; its log is build/fuzz/TARGET.log.
run_one() {
    local t=$1
    local corpus="$build/corpus/$t"
    mkdir -p "$corpus" "$build/artifacts"
    local dirs=("$corpus" "$root/tests/data/fuzz/${seeds[$t]}")
    [ "$t" = fuzz_frontmatter ] && dirs+=("$root/tests/data/fuzz/crashes")
    [ "$t" = fuzz_render ] && dirs+=("$root/tests/data/fuzz/markdown")
    if [ "$t" != fuzz_sanitizer ] && [ -d "$root/../shared/corpus/posts" ]; then
        dirs+=("$root/../shared/corpus/posts")
    fi
    "$build/tests/fuzz/$t" -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$build/artifacts/$t-" -print_final_stats=1 "${extra[@]}" "${dirs[@]}" >"$build/$t.log" 2>&1
}
extra=("$@")
# FUZZ_JOBS targets at a time (default: one per core), each for the full SECONDS.
jobs=${FUZZ_JOBS:-$(nproc)}
status=0
summary=()
pending=("${targets[@]}")
while [ ${#pending[@]} -gt 0 ]; do
    batch=("${pending[@]:0:$jobs}")
    pending=("${pending[@]:$jobs}")
    pids=()
    for t in "${batch[@]}"; do
        echo "== $t for ${seconds}s"
        run_one "$t" &
        pids+=($!)
    done
    for i in "${!batch[@]}"; do
        t=${batch[$i]}
        log="$build/$t.log"
        if ! wait "${pids[$i]}"; then
            echo "$t: FAILED, see $log and $build/artifacts" >&2
            tail -40 "$log" >&2
            status=1
        fi
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
        echo "$t: executions ${runs:-?}, ${cov:-cov: ?}"
        summary+=("$t executions=${runs:-?} ${cov:-cov: ?}")
    done
done
echo "== summary (${seconds}s per target)"
printf '%s\n' "${summary[@]}"
exit $status
