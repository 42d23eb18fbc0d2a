#!/usr/bin/env bash
# One desktop-integration check by name: desktop-file-validate on the desktop file, appstreamcli on the
# metainfo, man pages that render without a warning. Prints the validator's output; exit 77 (skip) when
# the validator is not installed (scripts/deps.sh --test installs it).
# Usage: validate.sh desktop|metainfo|man SOURCE_DIR
set -euo pipefail
check=$1 source=$2
need() { command -v "$1" >/dev/null || { echo "SKIP: $1 is not installed (Debian: $2; scripts/deps.sh --test)"; exit 77; }; }
case $check in
desktop)
    need desktop-file-validate desktop-file-utils
    out=$(desktop-file-validate "$source/resources/lectern.desktop" 2>&1) || { echo "$out"; exit 1; }
    echo "${out:-desktop-file-validate: no findings}"
    # Hints are not failures for the tool, but they are for us: nothing at all may be reported.
    [ -z "$out" ] ;;
metainfo)
    need appstreamcli appstream
    appstreamcli validate --no-net --explain "$source/resources/io.github.lectern.Lectern.metainfo.xml" ;;
man)
    need man man-db
    status=0
    for page in "$source"/resources/man/*.1; do
        # --warnings: groff's warnings (bad requests, missing fonts, lines it cannot fit) go to stderr.
        warnings=$(MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -l "$page" 2>&1 >/dev/null)
        if [ -n "$warnings" ]; then
            echo "FAIL: $page: $warnings"
            status=1
        else
            echo "$(basename "$page"): renders without warnings ($(MANWIDTH=80 man -l "$page" 2>/dev/null | wc -l) lines)"
        fi
    done
    exit $status ;;
*)
    echo "usage: validate.sh desktop|metainfo|man SOURCE_DIR" >&2
    exit 2 ;;
esac
