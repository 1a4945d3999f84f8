#!/bin/bash
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# make fuzz: runs each libFuzzer target of BUILD (built with -Dfuzzing=true)
# for RUNS executions or SECONDS, whichever comes first, over its seed
# corpus; new inputs go to BUILD/corpus/TARGET.  Prints executions, speed
# and coverage per target; exits non-zero on the first crash, leaving the
# crashing input in BUILD.
#   run.sh BUILD RUNS SECONDS TARGET…
set -u
build="$1" runs="$2" seconds="$3"
shift 3
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
export G_DEBUG=fatal-criticals LC_ALL=C.UTF-8 TZ=Asia/Shanghai
export LSAN_OPTIONS="suppressions=$source_dir/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for target in "$@"; do
  mkdir -p "$build/corpus/$target"
  log="$build/fuzz-$target.log"
  (cd "$build" && "./tests/fuzz/fuzz-$target" -runs="$runs" -max_total_time="$seconds" -print_final_stats=1 \
     -rss_limit_mb=4096 "corpus/$target" "$source_dir/tests/fuzz/corpus/$target") > "$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  cov=$(grep -aE '^#[0-9]+' "$log" | tail -1 | sed -n 's/.*cov: \([0-9]*\) ft: \([0-9]*\).*/\1 edges, \2 features/p')
  echo "fuzz-$target: ${execs:-?} executions, ${speed:-?}/s, coverage ${cov:-?}, exit $rc"
  if [ $rc != 0 ]; then
    grep -aE '^==[0-9]+==ERROR|^SUMMARY|Test unit written' "$log"
    status=1
  fi
done
exit $status
