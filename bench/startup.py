#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Kiosk and staff window start-up against an empty GTK4 window.

Starts, in turn, the kiosk alone (on a demo database), the full app (kiosk
and staff windows: the staff window is built after the kiosk's first frame),
the staff window alone (to its login page) and an empty 1280x800 GTK4
window, each until its first drawn frame,
several times; prints the median wall time and resident memory of each and
their ratios to the empty window.  Needs a display; run it as `make bench`
(it starts Xvfb itself when there is none).  Budget: every ratio within 1.3,
with the cairo renderer (default here) and with GTK's default one
(GSK_RENDERER=gl or ngl in the environment).  The staff window is
reported, not budgeted: it opens on a desk PC, not a lobby tablet.  When
libadwaita's headers were installed at build time, an empty libadwaita
window is measured too, for what libadwaita would add.
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
full = [os.path.join(build, "src/app/frontdesk"), "--demo", "--exit-after-first-frame"]
staff = [os.path.join(build, "src/app/frontdesk"), "--demo", "--staff-only", "--exit-after-first-frame"]
empty = [os.path.join(build, "bench/empty-window")]
adw = [os.path.join(build, "bench/empty-adw-window")]
kinds = [("kiosk", kiosk), ("full", full), ("staff", staff), ("empty", empty)]
if os.path.exists(adw[0]):
    kinds.append(("adw", adw))


def run(cmd):
    """Wall time from the start of @cmd to its first drawn frame (the line
    it prints then; its shutdown is not start-up), and its resident memory
    at that moment."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = ""
    for line in proc.stdout:
        if line.startswith("FIRST_FRAME"):
            break
    elapsed = time.monotonic() - start
    proc.stdout.close()
    proc.wait(timeout=60)
    if not line.startswith("FIRST_FRAME"):
        sys.exit("no first frame from %s" % cmd[0])
    return elapsed, int(line.split("rss_kb=")[1])


run(kiosk)  # creates and seeds the database, warms the caches
run(full)
for _, cmd in kinds[2:]:
    run(cmd)
times = {name: [] for name, _ in kinds}
rss = {name: [] for name, _ in kinds}
for _ in range(rounds):
    for name, cmd in kinds:
        t, r = run(cmd)
        times[name].append(t)
        rss[name].append(r)

med = {k: statistics.median(v) for k, v in times.items()}
mem = {k: statistics.median(v) for k, v in rss.items()}
print("rounds: %d (in turn), renderer %s" % (rounds, env["GSK_RENDERER"]))
labels = {"kiosk": "kiosk", "full": "full app", "staff": "staff window alone", "adw": "empty libadwaita window"}
for name, label in ((name, labels[name]) for name, _ in kinds if name != "empty"):
    print("first frame: %s %.0f ms, empty window %.0f ms, ratio %.2f"
          % (label, med[name] * 1000, med["empty"] * 1000, med[name] / med["empty"]))
    print("resident memory: %s %.1f MB, empty window %.1f MB, ratio %.2f"
          % (label, mem[name] / 1024, mem["empty"] / 1024, mem[name] / mem["empty"]))
if xvfb:
    xvfb.terminate()
