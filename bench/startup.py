#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Kiosk start-up against an empty GTK4 window.

Starts, alternately, the kiosk (on a demo database) and an empty 1280x800
GTK4 window, each until its first drawn frame, several times; prints the
median wall time and resident memory of each and their ratios.  Needs a
display; run it as `make bench` (it starts Xvfb itself when there is none).
Budget: both ratios within 1.3.
"""
import os, statistics, subprocess, sys, tempfile, time

build = sys.argv[1] if len(sys.argv) > 1 else "build"
rounds = int(os.environ.get("ROUNDS", "15"))
env = dict(os.environ, GSK_RENDERER=os.environ.get("GSK_RENDERER", "cairo"), GTK_A11Y="none")

xvfb = None
if "DISPLAY" not in env:
    xvfb = subprocess.Popen(["Xvfb", ":77", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stderr=subprocess.DEVNULL)
    env["DISPLAY"] = ":77"
    time.sleep(1)

tmp = tempfile.mkdtemp(prefix="frontdesk-bench-")
env["FRONTDESK_DB"] = os.path.join(tmp, "bench.db")
kiosk = [os.path.join(build, "src/app/frontdesk"), "--demo", "--kiosk-only", "--exit-after-first-frame"]
empty = [os.path.join(build, "bench/empty-window")]


def run(cmd):
    start = time.monotonic()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60).stdout
    elapsed = time.monotonic() - start
    line = [l for l in out.splitlines() if l.startswith("FIRST_FRAME")]
    if not line:
        sys.exit("no first frame from %s: %s" % (cmd[0], out))
    return elapsed, int(line[0].split("rss_kb=")[1])


run(kiosk)  # creates and seeds the database, warms the caches
run(empty)
k_times, k_rss, e_times, e_rss = [], [], [], []
for _ in range(rounds):
    t, r = run(kiosk); k_times.append(t); k_rss.append(r)
    t, r = run(empty); e_times.append(t); e_rss.append(r)

kt, et = statistics.median(k_times), statistics.median(e_times)
kr, er = statistics.median(k_rss), statistics.median(e_rss)
print("rounds: %d (alternating)" % rounds)
print("first frame: kiosk %.0f ms, empty window %.0f ms, ratio %.2f" % (kt * 1000, et * 1000, kt / et))
print("resident memory: kiosk %.1f MB, empty window %.1f MB, ratio %.2f" % (kr / 1024, er / 1024, kr / er))
if xvfb:
    xvfb.terminate()
