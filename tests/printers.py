#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A private CUPS scheduler for the printing tests.

  printers.py start DIR   starts cupsd on a free loopback port with its own
                          configuration, spool and logs under DIR, adds the
                          test queues, and prints "CUPS_SERVER=127.0.0.1:PORT"
  printers.py stop DIR    stops it

Queues (device output goes to DIR/out/QUEUE):
  ql      Brother QL-820NWB, the ptouch driver: writes QL raster
  zebra   CUPS's sample Zebra ZPL driver: writes ZPL
  pdf     a raw queue on a backend that keeps every document exactly as
          received, as DIR/out/pdf/job-N.pdf
  fault   a raw queue on a backend that reports "out of labels"
  offline a raw queue whose printer does not answer (ipp to a closed port)

Nothing here needs the system's cupsd, D-Bus or Avahi.  Run as root: cupsd
drops to user "nobody" for filters.
"""
import os, shutil, signal, socket, subprocess, sys, time

FAULT_BACKEND = """#!/bin/sh
# A printer that is out of labels: what a real backend reports.
if [ $# -eq 0 ]; then echo 'direct fault "Unknown" "Fault injection"'; exit 0; fi
echo "STATE: +media-empty-error" >&2
echo "ERROR: Out of labels" >&2
exit 4
"""

KEEP_BACKEND = """#!/bin/sh
# A printer that keeps what it receives, one file per job.
if [ $# -eq 0 ]; then echo 'direct keep "Unknown" "Keeps each document"'; exit 0; fi
dir="${DEVICE_URI#keep:}"
if [ -n "$6" ]; then cat "$6"; else cat; fi > "$dir/job-$1.pdf.part" && mv "$dir/job-$1.pdf.part" "$dir/job-$1.pdf"
"""

# What a file: device did before CUPS 2.4.2-3+deb12u10, whose scheduler no
# longer opens a file: device's output file for a filtered job ("could not
# open the output file"): the driver's output into one file, replaced by
# each job.
TOFILE_BACKEND = """#!/bin/sh
if [ $# -eq 0 ]; then echo 'direct tofile "Unknown" "Writes the device output to a file"'; exit 0; fi
path="${DEVICE_URI#tofile:}"
if [ -n "$6" ]; then cat "$6"; else cat; fi > "$path.part" && mv "$path.part" "$path"
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(root):
    root = os.path.abspath(root)
    if os.path.exists(root):
        shutil.rmtree(root)
    dirs = {d: os.path.join(root, d) for d in ("conf", "spool", "cache", "state", "log", "bin", "out", "tmp")}
    for d in dirs.values():
        os.makedirs(d)
    os.chmod(root, 0o755)
    os.chmod(dirs["out"], 0o777)
    os.chmod(dirs["tmp"], 0o1777)
    # ServerBin: the system's filters and drivers, and our own backends.
    for sub in ("filter", "driver", "daemon", "cgi-bin", "notifier", "monitor"):
        if os.path.exists("/usr/lib/cups/" + sub):
            os.symlink("/usr/lib/cups/" + sub, os.path.join(dirs["bin"], sub))
    backend = os.path.join(dirs["bin"], "backend")
    os.makedirs(backend)
    for b in ("ipp", "http", "socket"):
        os.symlink("/usr/lib/cups/backend/" + b, os.path.join(backend, b))
    with open(os.path.join(backend, "fault"), "w") as f:
        f.write(FAULT_BACKEND)
    with open(os.path.join(backend, "keep"), "w") as f:
        f.write(KEEP_BACKEND)
    with open(os.path.join(backend, "tofile"), "w") as f:
        f.write(TOFILE_BACKEND)
    # Backends that are not world-executable run as root.
    for b in ("fault", "keep", "tofile"):
        os.chmod(os.path.join(backend, b), 0o700)
    os.makedirs(os.path.join(dirs["out"], "pdf"))

    port = free_port()
    with open(os.path.join(dirs["conf"], "cupsd.conf"), "w") as f:
        f.write(f"""Listen 127.0.0.1:{port}
LogLevel info
Browsing Off
BrowseLocalProtocols none
DefaultAuthType None
WebInterface No
JobRetryInterval 1
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
""")
    # cups-files.conf: every path of this scheduler's own; Printcap needs a
    # value since CUPS 2.4.2-3+deb12u10.
    with open(os.path.join(dirs["conf"], "cups-files.conf"), "w") as f:
        f.write(f"""ServerRoot {dirs['conf']}
StateDir {dirs['state']}
CacheDir {dirs['cache']}
RequestRoot {dirs['spool']}
TempDir {dirs['tmp']}
ServerBin {dirs['bin']}
DataDir /usr/share/cups
DocumentRoot /usr/share/cups/doc-root
ErrorLog {dirs['log']}/error_log
AccessLog {dirs['log']}/access_log
PageLog {dirs['log']}/page_log
FileDevice Yes
User nobody
Group nogroup
SystemGroup root
Printcap {dirs['state']}/printcap
""")
    log = open(os.path.join(dirs["log"], "cupsd.out"), "w")
    proc = subprocess.Popen(["/usr/sbin/cupsd", "-f", "-c", os.path.join(dirs["conf"], "cupsd.conf"),
                             "-s", os.path.join(dirs["conf"], "cups-files.conf")],
                            stdout=log, stderr=log, start_new_session=True)
    with open(os.path.join(root, "cupsd.pid.harness"), "w") as f:
        f.write(str(proc.pid))
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    else:
        sys.exit("cupsd did not start; see " + dirs["log"])

    env = dict(os.environ, CUPS_SERVER=f"127.0.0.1:{port}")
    out = dirs["out"]

    def lpadmin(*args):
        subprocess.run(["lpadmin", *args], env=env, check=True)

    lpadmin("-p", "ql", "-E", "-v", f"tofile:{out}/ql", "-m",
            "ptouch:0/ppd/ptouch-driver/Brother-QL-820NWB-ptouch-ql.ppd")
    lpadmin("-p", "zebra", "-E", "-v", f"tofile:{out}/zebra", "-m", "drv:///sample.drv/zebra.ppd")
    lpadmin("-p", "pdf", "-E", "-v", f"keep:{out}/pdf", "-m", "raw")
    lpadmin("-p", "fault", "-E", "-v", "fault:/", "-m", "raw")
    lpadmin("-p", "offline", "-E", "-v", "ipp://127.0.0.1:9/ipp/print", "-m", "raw")
    print(f"CUPS_SERVER=127.0.0.1:{port}")


def stop(root):
    try:
        with open(os.path.join(root, "cupsd.pid.harness")) as f:
            pid = int(f.read())
        os.killpg(pid, signal.SIGTERM)
        for _ in range(50):
            os.kill(pid, 0)
            time.sleep(0.1)
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.exit(__doc__)
    (start if sys.argv[1] == "start" else stop)(sys.argv[2])
