#!/usr/bin/env bash
# Benchmark: `lectern-cli export` of the seed post against `jekyll build` of the sample site.
# Usage: bench_export.sh LECTERN_CLI [SOURCE_DIR] [RUNS]. Prints one "name: median ms" line per
# measurement and the speed-up; run by scripts/bench.sh, never by ctest.
set -euo pipefail
cli=$1
source=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
runs=${3:-15}
site=$source/examples/site
seed=$site/_posts/2025-03-19-lumi-ai-factories.md
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# median_ms RUNS COMMAND...: wall time of each run, median in milliseconds.
median_ms() {
    local n=$1; shift
    local times=()
    for _ in $(seq "$n"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

html=$(median_ms "$runs" "$cli" export "$seed" --format html --with-header)
email=$(median_ms "$runs" "$cli" export "$seed" --format email --with-header)
ics=$(median_ms "$runs" "$cli" export "$seed" --format ics)
echo "lectern-cli export --format html (seed post): $html ms"
echo "lectern-cli export --format email (seed post): $email ms"
echo "lectern-cli export --format ics (seed post): $ics ms"
pdf=$(QTWEBENGINE_DISABLE_SANDBOX=${QTWEBENGINE_DISABLE_SANDBOX:-0} median_ms 3 "$cli" export "$seed" --format pdf -o "$work/seed.pdf")
echo "lectern-cli export --format pdf (seed post): $pdf ms"
if ! command -v jekyll >/dev/null 2>&1; then
    echo "SKIP: jekyll is not installed; no comparison"
    exit 0
fi
jekyll=$(median_ms 5 jekyll build --quiet --disable-disk-cache --source "$site" --destination "$work/site")
echo "jekyll build (sample site, 4 posts): $jekyll ms"
awk -v j="$jekyll" -v h="$html" 'BEGIN { printf "speed-up html export vs jekyll build: %.1fx (target >= 20x)\n", j / (h > 0 ? h : 1) }'
