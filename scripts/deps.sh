#!/usr/bin/env bash
# Installs the Debian 12 packages Lectern needs, only those that are missing.
# Usage: scripts/deps.sh [--test]   (--test adds what the tests and checks use)
set -euo pipefail
packages=(build-essential cmake ninja-build pkg-config
          qt6-base-dev qt6-webengine-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
          libyaml-cpp-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libgl-dev
          libqrencode-dev    # the poster's QR code
          libical-dev        # calendars: the .ics export and the site's calendar feed
          libenchant-2-dev hunspell-en-us   # spell checking (Enchant 2 and an English dictionary)
          librsvg2-bin       # rsvg-convert: the PNG icons installed beside the SVG
          git)   # runtime: publishing runs the user's own git (docs/publishing.md)
if [ "${1:-}" = "--test" ]; then
    packages+=(jekyll xvfb xauth poppler-utils zbar-tools clang libfuzzer-14-dev libclang-rt-14-dev python3-icalendar
              aspell-en   # en_GB (Enchant's aspell provider): the spelling test switches language to it
              ruby-bundler   # the exact renderer's trusted-site tests (bundle exec, a Gemfile's missing gems)
              desktop-file-utils appstream man-db bash-completion dpkg-dev lintian)   # install checks, package.sh
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
