#!/usr/bin/env bash
# Issue 17: block texts of lectern-cli export against `jekyll build` on the shared corpus
# (tests/kramdown/compare_blocks.py). Called by scripts/bench.sh as: bench_kramdown_blocks.sh LECTERN_CLI ROOT.
# Prints a Markdown section; when lectern-cli knows --engine, one line per engine.
set -uo pipefail
cli=$1 root=$2
tool="$root/tests/kramdown/compare_blocks.py"
echo "## kramdown block comparison (issue 17)"
echo
echo "Each post of the shared corpus built alone by \`jekyll build\` (bare site, the site's \`kramdown:\` settings)"
echo "and exported by \`lectern-cli export --format html\`; block texts (p, h1-h6, li, td, th, pre, blockquote,"
echo "dt, dd) compared in order. Goals: built-in >= 0.99 identical and >= 0.995 with typography folded; exact 1.000."
echo
engines=("")
if "$cli" --help 2>&1 | grep -q -- "--engine"; then engines=(builtin jekyll); fi
for engine in "${engines[@]}"; do
    ENGINE="$engine" python3 "$tool" --cli "$cli" --summary
done
