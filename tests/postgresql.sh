#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A private PostgreSQL 15 server for the tests: a new cluster in a folder
# of its own, reachable only through a Unix socket in that folder, stopped
# and removed when the command it runs ends.
#
#   tests/postgresql.sh COMMAND [ARGS...]
#
# runs COMMAND with FD_TEST_POSTGRESQL set to the server's address
# (postgresql://fd@/postgres?host=FOLDER), in which the tests create a
# database each.  initdb refuses to run as root, so as root the server runs
# as the postgres user.  FD_TEST_POSTGRESQL_OPTIONS adds server settings
# ("-c shared_buffers=2GB" for the benchmarks at 5 million visits).
# FD_TEST_POSTGRESQL_SERVER and FD_TEST_POSTGRESQL_STANDBY name scripts that
# stop and start the server, and make, start and promote a hot standby.
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgresql.sh: no PostgreSQL server is installed (Debian: postgresql-15)" >&2
  exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/frontdesk-pg-XXXXXX")
chmod 0755 "$dir"
as_server=()
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$dir"
  as_server=(runuser -u postgres --)
fi

stop() {
  "${as_server[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  [ ! -d "$dir/standby-data" ] || "${as_server[@]}" "$bin/pg_ctl" -D "$dir/standby-data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

# C collation: names sort by code point, as in SQLite.
"${as_server[@]}" "$bin/initdb" -D "$dir/data" -A trust -U fd -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
  { cat "$dir/initdb.log" >&2; exit 1; }
# "$dir/server start|stop|restart": for the tests of a server that goes
# away and comes back.
{
  echo '#!/bin/bash'
  printf 'exec %s %q -D %q -l %q -w -m fast -o %q "$1" >/dev/null\n' "${as_server[*]}" "$bin/pg_ctl" "$dir/data" \
    "$dir/server.log" "-k $dir -c listen_addresses='' -c fsync=off -c max_connections=300 ${FD_TEST_POSTGRESQL_OPTIONS:-}"
} >"$dir/server"
chmod 0755 "$dir/server"
"$dir/server" start || { cat "$dir/server.log" >&2; exit 1; }
# "$dir/standby create|start|stop|promote|remove": a hot standby of that
# server by PostgreSQL's own streaming replication (pg_basebackup -R), its
# socket in "$dir/standby-socket", for the test of a switch to a standby.
{
  echo '#!/bin/bash'
  echo 'set -e'
  printf 'server=(%s)\n' "${as_server[*]}"
  printf 'bin=%q dir=%q options=%q\n' "$bin" "$dir" \
    "-k $dir/standby-socket -c listen_addresses='' -c fsync=off -c max_connections=300"
  cat <<'EOF'
case "$1" in
  create)
    rm -rf "$dir/standby-data" "$dir/standby-socket"
    mkdir -m 0700 "$dir/standby-socket"
    [ ${#server[@]} = 0 ] || chown postgres: "$dir/standby-socket"
    "${server[@]}" "$bin/pg_basebackup" -h "$dir" -U fd -D "$dir/standby-data" -R -X stream -c fast ;;
  start|stop|promote)
    "${server[@]}" "$bin/pg_ctl" -D "$dir/standby-data" -l "$dir/standby.log" -w -m fast -o "$options" "$1" >/dev/null ;;
  remove)
    "${server[@]}" "$bin/pg_ctl" -D "$dir/standby-data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir/standby-data" "$dir/standby-socket" ;;
  *) echo "standby: create, start, stop, promote or remove" >&2; exit 2 ;;
esac
EOF
} >"$dir/standby"
chmod 0755 "$dir/standby"

export FD_TEST_POSTGRESQL="postgresql://fd@/postgres?host=$dir"
export FD_TEST_POSTGRESQL_DIR="$dir"
export FD_TEST_POSTGRESQL_SERVER="$dir/server"
export FD_TEST_POSTGRESQL_STANDBY="$dir/standby"
status=0
"$@" || status=$?
exit $status
