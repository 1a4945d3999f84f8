#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `make deb`: builds the Debian package from the files git tracks (what a
# clone holds), in a folder of its own, then runs lintian on it, failing on
# any error.  Prints the package's path last.
set -euo pipefail

out="$(realpath -m "${1:-build-deb}")"
repo="$(cd "$(dirname "$0")/.." && pwd)"
version="$(dpkg-parsechangelog -l "$repo/debian/changelog" -S Version)"
src="$out/frontdesk-$version"

rm -rf "$out"
mkdir -p "$src"
git -C "$repo" ls-files -z | (cd "$repo" && xargs -0 cp --parents -t "$src")
(cd "$src" && dpkg-buildpackage --build=binary --no-sign --jobs=auto >"$out/build.log" 2>&1) || {
  tail -40 "$out/build.log" >&2
  exit 1
}
changes="$(ls "$out"/frontdesk_"$version"_*.changes)"
echo "lintian:"
lintian --fail-on error --display-info "$changes" | tee "$out/lintian.log"
ls "$out"/frontdesk_"$version"_*.deb
