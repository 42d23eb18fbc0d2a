#!/usr/bin/env bash
# Builds the sample site with Debian's Jekyll; skips (77) with a message when jekyll is absent.
set -euo pipefail
site=$1 out=$2
if ! command -v jekyll >/dev/null 2>&1; then
    echo "SKIP: jekyll is not installed (apt-get install jekyll); the sample site build was not checked"
    exit 77
fi
rm -rf "$out"
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
# Keep the source tree clean: the cache goes to a temporary folder.
jekyll build --quiet --source "$site" --destination "$out" --disable-disk-cache 2>&1
for page in index.html blog/lumi-ai-factories/index.html; do
    [ -s "$out/$page" ] || { echo "FAIL: $page was not built"; exit 1; }
done
grep -q "Supporting Research Infrastructure" "$out/blog/lumi-ai-factories/index.html" \
    || { echo "FAIL: the seed post's title is not on its page"; exit 1; }
echo "jekyll built the sample site: $(find "$out/blog" -name index.html | wc -l) post pages"
