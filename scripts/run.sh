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
if [ "$(id -u)" = 0 ] && [ -z "${QTWEBENGINE_DISABLE_SANDBOX:-}" ]; then
    # Chromium (the preview) will not start its sandbox for root; the window says so and quits otherwise.
    echo "Running as root: the preview runs without Chromium's sandbox (QTWEBENGINE_DISABLE_SANDBOX=1)." >&2
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
exec "$build/app/lectern" "$site"
