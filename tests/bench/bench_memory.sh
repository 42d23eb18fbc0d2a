#!/usr/bin/env bash
# Benchmark (issue 14): memory of the running GUI. Starts `lectern SOURCE/examples/site` (the seed post
# opens) under a private Xvfb at 1280x800, waits until its window is mapped, then 6 s more, and sums
# `Pss:` of /proc/PID/smaps_rollup over lectern and all its descendants (QtWebEngineProcess: zygote,
# renderers, GPU and utility processes). PSS shares each shared page out among the processes using it,
# so the sum is what the whole tree costs the machine. Goal: <= 220 MB. Other programs mapping the same
# libraries (another WebEngine application or test running meanwhile) lower the file-backed share, so
# the anonymous part (heaps, JS, GPU buffers: Pss_Anon) is printed too: it depends on Lectern alone.
# Usage: bench_memory.sh BUILD_DIR [SOURCE_DIR] [RUNS]
#        bench_memory.sh BUILD_DIR/app/lectern-cli SOURCE_DIR   (as scripts/bench.sh calls every bench_*.sh)
# Prints a Markdown section; run by scripts/bench.sh, never by ctest. Extra QTWEBENGINE_CHROMIUM_FLAGS
# from the environment are passed on, so a flag's cost can be measured by hand.
set -euo pipefail
build=$1
[ -d "$build" ] || build=$(dirname "$(dirname "$build")")   # given a tool in BUILD_DIR/app
source=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
runs=${3:-5}
lectern=$build/app/lectern
[ -x "$lectern" ] || { echo "bench_memory.sh: no $lectern (build the lectern target)"; exit 2; }
for tool in xvfb-run xdotool; do
    command -v "$tool" >/dev/null || { echo "bench_memory.sh needs $tool"; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One run inside its own Xvfb: prints "TOTAL_KB PROCESSES LECTERN_KB ANON_KB" or fails.
cat > "$work/run.sh" <<'EOF'
#!/usr/bin/env bash
set -uo pipefail
lectern=$1 site=$2
"$lectern" "$site" >/dev/null 2>&1 &
pid=$!
descendants() {
    local p
    for p in $(ps -o pid= --ppid "$1" 2>/dev/null); do
        echo "$p"
        descendants "$p"
    done
}
pss() { awk -v key="${2:-Pss:}" '$1 == key {print $2}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }
if ! timeout 60 xdotool search --sync --onlyvisible --pid "$pid" >/dev/null 2>&1; then
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; exit 1
fi
sleep 6
total=0 count=0 anon=0
for p in "$pid" $(descendants "$pid"); do
    kb=$(pss "$p"); kb=${kb:-0}
    akb=$(pss "$p" Pss_Anon:); akb=${akb:-0}
    total=$((total + kb)); anon=$((anon + akb)); count=$((count + 1))
done
echo "$total $count $(pss "$pid") $anon"
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
exit 0
EOF
chmod +x "$work/run.sh"

# The user's settings are neither read nor changed: a fresh config and cache folder for each run.
export XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache XDG_DATA_HOME=$work/data
unset QT_QPA_PLATFORM
[ "$(id -u)" = 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
results=()
for _ in $(seq "$runs"); do
    rm -rf "$work/config" "$work/cache" "$work/data"
    if line=$(xvfb-run -a -s '-screen 0 1280x800x24' "$work/run.sh" "$lectern" "$source/examples/site"); then
        results+=("$line")
    fi
done
[ ${#results[@]} -gt 0 ] || { echo "bench_memory.sh: the window never showed"; exit 1; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
total=$(printf '%s\n' "${results[@]}" | cut -d' ' -f1 | median)
main=$(printf '%s\n' "${results[@]}" | cut -d' ' -f3 | median)
procs=$(printf '%s\n' "${results[@]}" | cut -d' ' -f2 | median)
anon=$(printf '%s\n' "${results[@]}" | cut -d' ' -f4 | median)
all=$(printf '%s\n' "${results[@]}" | awk '{printf "%s%.1f", (NR > 1 ? ", " : ""), $1 / 1024}')
echo "## bench_memory (PSS of the running window, issue 14)"
echo
echo "\`lectern examples/site\` (seed post open) under Xvfb 1280x800, 6 s after the window shows; PSS summed over"
echo "lectern and its QtWebEngineProcess descendants (smaps_rollup). Median of ${#results[@]} runs. Goal: <= 220 MB."
echo
echo "| measurement | median | runs |"
echo "| --- | --- | --- |"
awk -v t="$total" -v m="$main" -v p="$procs" -v all="$all" -v a="$anon" 'BEGIN {
    printf "| whole process tree (%d processes) | %.1f MB | %s MB |\n", p, t / 1024, all
    printf "| its anonymous part (Pss_Anon) | %.1f MB | |\n", a / 1024
    printf "| lectern process alone | %.1f MB | |\n", m / 1024
}'
