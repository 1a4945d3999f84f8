#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs bench/checkin-print against a private CUPS scheduler on loopback
(the one the printing tests use), then stops it."""
import os, subprocess, sys, tempfile

build = sys.argv[1] if len(sys.argv) > 1 else "build"
rounds = os.environ.get("ROUNDS", "25")
here = os.path.dirname(os.path.abspath(__file__))
root = tempfile.mkdtemp(prefix="frontdesk-bench-cups-")
harness = os.path.join(here, "..", "tests", "printers.py")
out = subprocess.run(["python3", harness, "start", root], capture_output=True, text=True, check=True).stdout
server = out.strip().split("=", 1)[1]
try:
    env = dict(os.environ, CUPS_SERVER=server)
    uri = "ipp://%s/printers/pdf" % server
    subprocess.run([os.path.join(build, "bench", "checkin-print"), uri, "pdf", rounds], env=env, check=True)
finally:
    subprocess.run(["python3", harness, "stop", root])
