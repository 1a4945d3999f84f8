#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The lobby tablet's kiosk session, as packaging/frontdesk-kiosk.service
runs it: frontdesk --kiosk under the cage Wayland kiosk compositor, as an
unprivileged user, here on cage's headless backend.

What systemd does for that unit (Type=notify, NotifyAccess=all,
WatchdogSec=, Restart=always) is done by this script, with the same
protocol (a datagram socket in $NOTIFY_SOCKET, $WATCHDOG_USEC): systemd
itself does not run as the service manager in a test container.  Checks:
the kiosk says READY=1 once its first picture is up; grim takes a
screenshot of the welcome page through Wayland, full screen, which is saved
in build/screenshots; the kiosk pings the watchdog from its main loop; once
its process is frozen (SIGSTOP, a main loop that no longer runs), the pings
stop, the session is killed and started again, and the new kiosk says
READY=1.  TAP output.
"""
import os
import pwd
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import zlib

BUILD = os.environ.get("FD_BUILD_DIR", "build")
FRONTDESK = os.path.abspath(os.path.join(BUILD, "src", "app", "frontdesk"))
SHOTS = os.path.join(BUILD, "screenshots")
WATCHDOG_USEC = 3_000_000

count = 0
failures = 0


def report(ok, what):
    global count, failures
    count += 1
    failures += 0 if ok else 1
    print(("ok" if ok else "not ok") + " %d %s" % (count, what), flush=True)


def png_colours(path):
    """The number of distinct colours in a sample of an 8-bit RGB(A) PNG."""
    with open(path, "rb") as f:
        data = f.read()
    pos, idat, width, height, kind = 8, b"", 0, 0, 0
    while pos < len(data):
        length, = struct.unpack(">I", data[pos:pos + 4])
        name = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if name == b"IHDR":
            width, height, _depth, kind = struct.unpack(">IIBB", body[:10])
        elif name == b"IDAT":
            idat += body
        pos += 12 + length
    channels = 4 if kind == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * channels + 1
    colours = set()
    previous = bytearray(width * channels)
    for row in range(height):
        line = bytearray(raw[row * stride + 1:(row + 1) * stride])
        kind_filter = raw[row * stride]
        for i in range(len(line)):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind_filter == 1:
                line[i] = (line[i] + left) & 255
            elif kind_filter == 2:
                line[i] = (line[i] + up) & 255
            elif kind_filter == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind_filter == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        previous = line
        if row % 16 == 0:
            for x in range(0, width, 16):
                colours.add(bytes(line[x * channels:x * channels + 3]))
    return width, height, len(colours)


class Session:
    """cage with the kiosk in it, as the unprivileged user, with a notify
    socket to hear READY=1 and WATCHDOG=1 on."""

    def __init__(self, tmp, user, kiosk):
        self.tmp = tmp
        self.kiosk = kiosk
        self.user = user
        self.notify_path = os.path.join(tmp, "notify")
        self.notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.notify.bind(self.notify_path)
        os.chmod(self.notify_path, 0o666)
        self.runtime = os.path.join(tmp, "run")
        os.makedirs(self.runtime, mode=0o700, exist_ok=True)
        if user is not None:
            os.chown(self.runtime, user.pw_uid, user.pw_gid)
        self.proc = None

    def env(self):
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "NOTIFY_SOCKET")}
        env.update(HOME=self.tmp, XDG_RUNTIME_DIR=self.runtime, FRONTDESK_DB=os.path.join(self.tmp, "fd.db"),
                   WLR_BACKENDS="headless", WLR_RENDERER="pixman", WLR_LIBINPUT_NO_DEVICES="1",
                   GDK_BACKEND="wayland", GSK_RENDERER="cairo", NOTIFY_SOCKET=self.notify_path,
                   WATCHDOG_USEC=str(WATCHDOG_USEC), NO_AT_BRIDGE="1", G_DEBUG="")
        return env

    def as_user(self, argv):
        if self.user is None:
            return argv
        return ["setpriv", "--reuid=%d" % self.user.pw_uid, "--regid=%d" % self.user.pw_gid,
                "--clear-groups", "--"] + argv

    def start(self):
        # -r: the output turned upright, a tablet standing in portrait.  (On
        # the headless backend a kiosk covering an unturned output is shown
        # by direct scan-out, which wlroots 0.15's screencopy reads as
        # black; turned, the output is composited and grim sees it.)
        argv = self.as_user(["cage", "-r", "--", self.kiosk, "--kiosk", "--kiosk-only", "--demo", "--lang", "zh_CN"])
        self.proc = subprocess.Popen(argv, env=self.env(), start_new_session=True,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def hear(self, what, timeout):
        """Waits for a notify message holding @what; returns it or None."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.notify.settimeout(max(0.05, end - time.monotonic()))
            try:
                message = self.notify.recv(4096).decode()
            except socket.timeout:
                return None
            if what in message.split("\n"):
                return message
        return None

    def kiosk_pid(self):
        """The kiosk itself: the newest process named frontdesk (cage's
        command line names the kiosk too)."""
        out = subprocess.run(["pgrep", "-x", "-n", "frontdesk"], capture_output=True, text=True)
        return int(out.stdout.split()[0]) if out.stdout.strip() else None

    def drain(self):
        """Forgets the messages already sent."""
        self.notify.settimeout(0)
        try:
            while self.notify.recv(4096):
                pass
        except (BlockingIOError, socket.timeout):
            pass

    def stop(self):
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()


def main():
    for tool in ("cage", "grim"):
        if shutil.which(tool) is None:
            print("1..0 # SKIP %s is not installed" % tool)
            return 0
    user = pwd.getpwnam("nobody") if os.getuid() == 0 else None
    tmp = tempfile.mkdtemp(prefix="frontdesk-session-")
    os.chmod(tmp, 0o755)
    if user is not None:
        os.chown(tmp, user.pw_uid, user.pw_gid)
    # The unprivileged user may not reach the build folder (a clone in
    # /root): it runs a copy; the binary carries its resources.
    kiosk = os.path.join(tmp, "frontdesk")
    shutil.copyfile(FRONTDESK, kiosk)
    os.chmod(kiosk, 0o755)
    session = Session(tmp, user, kiosk)
    try:
        session.start()
        report(session.hear("READY=1", 60) is not None, "the kiosk under cage, as an unprivileged user, tells the service manager it is ready")

        sockets = [n for n in os.listdir(session.runtime) if n.startswith("wayland-") and not n.endswith(".lock")]
        shot = os.path.join(tmp, "welcome.png")
        env = dict(session.env(), WAYLAND_DISPLAY=sockets[0] if sockets else "wayland-0")
        time.sleep(1.0)
        grim = subprocess.run(session.as_user(["grim", shot]), env=env, capture_output=True, text=True)
        report(grim.returncode == 0, "grim takes a screenshot through Wayland (%s)" % grim.stderr.strip())
        if grim.returncode == 0:
            os.makedirs(SHOTS, exist_ok=True)
            saved = os.path.join(SHOTS, "kiosk-cage-welcome-zh_CN.png")
            shutil.copyfile(shot, saved)
            width, height, colours = png_colours(shot)
            print("# %s: %dx%d, %d colours in a sample" % (saved, width, height, colours), flush=True)
            report(colours > 8, "the screenshot shows a drawn page, not an empty screen (%d colours)" % colours)
            report((width, height) == (720, 1280), "the kiosk fills the upright screen (%dx%d)" % (width, height))

        pings = 0
        end = time.monotonic() + 2.5 * WATCHDOG_USEC / 1e6
        while time.monotonic() < end:
            if session.hear("WATCHDOG=1", end - time.monotonic()):
                pings += 1
        report(pings >= 2, "the kiosk's main loop pings the watchdog (%d pings in %.1f s)"
               % (pings, 2.5 * WATCHDOG_USEC / 1e6))

        pid = session.kiosk_pid()
        report(pid is not None, "the kiosk's process is found")
        if pid is not None:
            os.kill(pid, signal.SIGSTOP)
            # Stopped for sure, and a ping sent just before not counted.
            for _ in range(40):
                with open("/proc/%d/stat" % pid) as f:
                    if f.read().rsplit(")", 1)[1].split()[0] == "T":
                        break
                time.sleep(0.05)
            session.drain()
            silent = session.hear("WATCHDOG=1", 1.5 * WATCHDOG_USEC / 1e6) is None
            report(silent, "a frozen kiosk pings no more")
            # What systemd does when WatchdogSec passes: kill, start again.
            session.stop()
            session.start()
            report(session.hear("READY=1", 60) is not None, "the session started again is ready")
            report(session.kiosk_pid() not in (None, pid), "a new kiosk process runs")
    finally:
        session.stop()
        session.notify.close()
        shutil.rmtree(tmp, ignore_errors=True)
    print("1..%d" % count)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
