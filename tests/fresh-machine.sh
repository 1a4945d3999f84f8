#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `make test-fresh`: runs the README's test command on a freshly created
# minimal Debian 12 system, the way a newcomer's machine looks.  It makes the
# system with mmdebstrap (installing mmdebstrap first when it is missing),
# gives it this machine's /etc/hosts and /etc/resolv.conf as every installed
# system has them, clones the committed HEAD of this repository into it,
# installs only make and git, and runs .ci/run inside it.  Then `make deb`
# there, and the package installed on a second fresh system.  Needs root.
#
# FD_FRESH_DIR keeps the system in a folder of your choosing (default: a new
# temporary folder, removed afterwards unless FD_FRESH_KEEP=1).
set -euo pipefail

if [ "$(id -u)" != 0 ]; then
  echo "test-fresh makes a Debian system in a folder and needs root: sudo make test-fresh" >&2
  exit 1
fi

repo="$(cd "$(dirname "$0")/.." && pwd)"
root="${FD_FRESH_DIR:-$(mktemp -d -t frontdesk-fresh.XXXXXX)}"
mkdir -p "$root"

if ! command -v mmdebstrap >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap >/dev/null
fi

mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount -l "${mounted[$i]}" 2>/dev/null || true
  done
  if [ -z "${FD_FRESH_DIR:-}" ] && [ "${FD_FRESH_KEEP:-0}" != 1 ]; then
    rm -rf --one-file-system "$root"
  fi
}
trap cleanup EXIT

echo "fresh machine: creating a minimal Debian 12 in $root"
mmdebstrap --variant=minbase --quiet bookworm "$root/rootfs.tar"
mkdir -p "$root/rootfs"
tar -C "$root/rootfs" -xf "$root/rootfs.tar"
sysroot="$root/rootfs"
cp /etc/hosts /etc/resolv.conf "$sysroot/etc/"

mount -t proc proc "$sysroot/proc"; mounted+=("$sysroot/proc")
mount --rbind /dev "$sysroot/dev"; mounted+=("$sysroot/dev")
mount -t sysfs sysfs "$sysroot/sys"; mounted+=("$sysroot/sys")

# Only what is committed: a clone, as CI makes one.
git clone --quiet --no-hardlinks "$repo" "$sysroot/frontdesk"
git -C "$sysroot/frontdesk" checkout --quiet "$(git -C "$repo" rev-parse HEAD)"

chroot "$sysroot" /bin/bash -c '
  set -e
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends make git ca-certificates >/dev/null
  cd /frontdesk
  bash .ci/run
'
echo "fresh machine: make test passed"

# The Debian package, built there by `make deb` (lintian failing on any
# error), installed on another fresh system that has nothing else.
chroot "$sysroot" /bin/bash -c 'cd /frontdesk && make deb'
target="$root/rootfs-package"
mkdir -p "$target"
tar -C "$target" -xf "$root/rootfs.tar"
rm -f "$root/rootfs.tar"
cp /etc/hosts /etc/resolv.conf "$target/etc/"
mount -t proc proc "$target/proc"; mounted+=("$target/proc")
mount --rbind /dev "$target/dev"; mounted+=("$target/dev")
cp "$sysroot"/frontdesk/build-deb/frontdesk_*.deb "$target/tmp/"
chroot "$target" /bin/bash -c '
  set -e
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/frontdesk_*.deb >/dev/null
  frontdeskctl --help | head -3
  frontdesk --help | head -3
  getent passwd frontdesk-kiosk
  test -f /lib/systemd/system/frontdesk-kiosk.service
  test -f /usr/share/man/man1/frontdeskctl.1.gz
'
echo "fresh machine: the package installs and frontdeskctl --help runs"
