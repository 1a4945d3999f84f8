#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every source file with translatable strings is in po/POTFILES.in, and the
# list is sorted.
set -eu
cd "$1"
status=0
files=$(grep -rlE 'N_ ?\(|fd_tr ?\(|translatable="yes"' src ui --include='*.c' --include='*.h' --include='*.ui' | grep -v 'fd-i18n\.' | LC_ALL=C sort)
for f in $files; do
  if ! grep -qx "$f" po/POTFILES.in; then
    echo "not ok: $f has translatable strings but is missing from po/POTFILES.in"
    status=1
  fi
done
if ! LC_ALL=C sort -c po/POTFILES.in 2>/dev/null; then
  echo "not ok: po/POTFILES.in is not sorted"
  status=1
fi
while read -r f; do
  [ -f "$f" ] || { echo "not ok: po/POTFILES.in lists $f, which does not exist"; status=1; }
done < po/POTFILES.in
[ $status = 0 ] && echo "ok: po/POTFILES.in lists all $(echo "$files" | wc -l) files with translatable strings"
exit $status
