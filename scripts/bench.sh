#!/usr/bin/env bash
# Builds every benchmark in tests/bench (bench_*.cpp -> target bench_*, lectern_bench, bench_*.sh) and
# writes docs/BENCHMARKS.md: a header with the machine and date, then one section per benchmark. A benchmark
# that prints its own Markdown section ("## ...") is copied as it is; other output goes in a code block.
# Usage: scripts/bench.sh [BUILD_DIR]   (default build/bench, Release)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${1:-$root/build/bench}"
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
# An existing build folder is used as it is configured (e.g. build/test, RelWithDebInfo = -O2).
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLECTERN_BUILD_TESTS=ON "${launcher[@]}" >/dev/null
fi
buildtype=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build/CMakeCache.txt")

benches=()
for src in "$root"/tests/bench/bench_*.cpp; do
    [ -e "$src" ] || continue
    benches+=("$(basename "$src" .cpp)")
done
if [ ${#benches[@]} -eq 0 ]; then
    echo "bench.sh: no tests/bench/bench_*.cpp found" >&2
    exit 2
fi
# lectern: bench_memory.sh runs the real window.
cmake --build "$build" --target "${benches[@]}" lectern_bench lectern-cli lectern --parallel 2
# The preview benchmark needs WebEngine offscreen; as root, without its sandbox.
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1

# section NAME COMMAND...: runs one benchmark and prints its section.
section() {
    local name=$1; shift
    local output
    output=$("$@" 2>/dev/null) || output="$output
(exited with an error)"
    if [ "${output:0:3}" = "## " ]; then
        printf '%s\n\n' "$output"
    else
        printf '## %s\n\n```\n%s\n```\n\n' "$name" "$output"
    fi
}

cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)
[ -n "$cpu" ] || cpu=$(uname -m)
out="$root/docs/BENCHMARKS.md"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
{
    echo "# Benchmarks"
    echo
    echo "Written by \`scripts/bench.sh\`; do not edit by hand. Each section is printed by one"
    echo "\`tests/bench/bench_*\` executable (add a new \`bench_NAME.cpp\` and it appears here)."
    echo
    echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- Machine: $(nproc) cores, ${cpu}; load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
    echo "- Build: ${buildtype:-default}, $(c++ --version | head -1)"
    echo
    for bench in "${benches[@]}"; do
        section "$bench" "$build/tests/bench/$bench"
    done
    section "lectern_bench (preview: keystroke to page, stall, render ratio, cold start)" \
        "$build/tests/bench/lectern_bench"
    for script in "$root"/tests/bench/bench_*.sh; do
        section "$(basename "$script" .sh)" "$script" "$build/app/lectern-cli" "$root"
    done
} > "$tmp"
mv "$tmp" "$out"
trap - EXIT
echo "wrote $out"
