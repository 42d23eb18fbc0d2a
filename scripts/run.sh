#!/usr/bin/env bash
# Installs what is missing, builds Lectern (Release) and opens it on the sample site.
# Without a display it runs lectern-cli on the seed post instead.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/deps.sh"
build="$root/build/release"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLECTERN_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --parallel
site="$root/examples/site"
seed="$site/_posts/2025-03-19-lumi-ai-factories.md"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: running lectern-cli on $seed"
    for key in title date categories; do
        printf '%s: ' "$key"
        "$build/app/lectern-cli" get "$seed" "$key"
    done
    exit 0
fi
exec "$build/app/lectern" "$site"
