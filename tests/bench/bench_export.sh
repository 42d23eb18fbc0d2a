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
command -v /usr/bin/time >/dev/null || { echo "bench_export.sh needs /usr/bin/time (apt-get install time)"; exit 2; }

# median_ms RUNS COMMAND...: "WALL CPU", the medians in milliseconds of wall-clock time and of
# CPU time (user + system, children included): CPU time is the steadier figure on a busy machine.
median_ms() {
    local n=$1; shift
    local walls=() cpus=()
    for _ in $(seq "$n"); do
        local start end
        start=$(date +%s%N)
        /usr/bin/time -f '%U %S' -o "$work/time" "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        walls+=($(( (end - start) / 1000000 )))
        cpus+=($(awk '{printf "%d", ($1 + $2) * 1000}' "$work/time"))
    done
    local wall cpu
    wall=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    echo "$wall $cpu"
}
report() { echo "$1: wall $(cut -d' ' -f1 <<<"$2") ms, cpu $(cut -d' ' -f2 <<<"$2") ms"; }

# The built-in renderer (issue 17 made `auto`, the site's Jekyll, the default; it is measured apart).
html=$(median_ms "$runs" "$cli" export "$seed" --format html --with-header --engine builtin)
email=$(median_ms "$runs" "$cli" export "$seed" --format email --with-header --engine builtin)
ics=$(median_ms "$runs" "$cli" export "$seed" --format ics --engine builtin)
report "lectern-cli export --format html (seed post)" "$html"
report "lectern-cli export --format email (seed post)" "$email"
report "lectern-cli export --format ics (seed post)" "$ics"
if ruby -e 'require "jekyll"' 2>/dev/null; then
    exact=$(median_ms 3 "$cli" export "$seed" --format html --with-header --engine jekyll)
    report "lectern-cli export --format html --engine jekyll (seed post, the site's Jekyll started per run)" "$exact"
fi
pdf=$(QTWEBENGINE_DISABLE_SANDBOX=${QTWEBENGINE_DISABLE_SANDBOX:-0} median_ms 3 "$cli" export "$seed" --format pdf -o "$work/seed.pdf" --engine builtin)
report "lectern-cli export --format pdf (seed post)" "$pdf"
if ! command -v jekyll >/dev/null 2>&1; then
    echo "SKIP: jekyll is not installed; no comparison"
    exit 0
fi
jekyll=$(median_ms 5 jekyll build --quiet --disable-disk-cache --source "$site" --destination "$work/site")
report "jekyll build (sample site, 4 posts)" "$jekyll"
awk -v j="$jekyll" -v h="$html" 'BEGIN { split(j, J, " "); split(h, H, " ");
    printf "speed-up html export vs jekyll build: wall %.1fx, cpu %.1fx (target >= 20x)\n",
           J[1] / (H[1] > 0 ? H[1] : 1), J[2] / (H[2] > 0 ? H[2] : 1) }'
