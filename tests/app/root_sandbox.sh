#!/usr/bin/env bash
# As root without QTWEBENGINE_DISABLE_SANDBOX, Chromium would end the process with one log line;
# lectern says why and how to run it instead, and exits 1 before any window or preview exists.
# Usage: root_sandbox.sh LECTERN
set -uo pipefail
lectern=$1
if [ "$(id -u)" != 0 ]; then
    echo "SKIP: only root meets Chromium's sandbox refusal"
    exit 77
fi
out=$(env -u QTWEBENGINE_DISABLE_SANDBOX QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 timeout 60 "$lectern" --self-test 2>&1)
status=$?
if [ $status -ne 1 ]; then
    echo "FAIL: exit $status, expected 1"; echo "$out"; exit 1
fi
grep -q "cannot run as root" <<<"$out" || { echo "FAIL: no explanation"; echo "$out"; exit 1; }
grep -q "QTWEBENGINE_DISABLE_SANDBOX=1" <<<"$out" || { echo "FAIL: the way out is not named"; echo "$out"; exit 1; }
echo "ok: $out"
