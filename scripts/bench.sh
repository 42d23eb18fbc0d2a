#!/usr/bin/env bash
# Builds every benchmark in tests/bench (bench_*.cpp -> target bench_*) and writes docs/BENCHMARKS.md:
# a header with the machine and date, then the Markdown section each benchmark prints, in name order.
# Usage: scripts/bench.sh [BUILD_DIR]   (default build/bench, Release)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${1:-$root/build/bench}"
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLECTERN_BUILD_TESTS=ON "${launcher[@]}" >/dev/null

benches=()
for src in "$root"/tests/bench/bench_*.cpp; do
    [ -e "$src" ] || continue
    benches+=("$(basename "$src" .cpp)")
done
if [ ${#benches[@]} -eq 0 ]; then
    echo "bench.sh: no tests/bench/bench_*.cpp found" >&2
    exit 2
fi
cmake --build "$build" --target "${benches[@]}" --parallel 2

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
    echo "- Build: Release, $(c++ --version | head -1)"
    echo
    for bench in "${benches[@]}"; do
        exe=$(find "$build/tests/bench" -maxdepth 1 -type f -name "$bench" | head -1)
        "$exe"
    done
} > "$tmp"
mv "$tmp" "$out"
trap - EXIT
echo "wrote $out"
