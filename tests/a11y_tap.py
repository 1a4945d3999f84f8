# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the AT-SPI tests (a11y-kiosk.py, a11y-staff.py) share: the roles a
person acts on, reading the accessible tree as a screen reader does, and
TAP output."""
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

# Roles a person acts on: each needs a name a screen reader can say.
CONTROLS = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX,
    Atspi.Role.RADIO_BUTTON, Atspi.Role.COMBO_BOX, Atspi.Role.LIST,
    Atspi.Role.LIST_BOX, Atspi.Role.SPIN_BUTTON, Atspi.Role.SLIDER,
    Atspi.Role.MENU_ITEM, Atspi.Role.LINK, Atspi.Role.PAGE_TAB,
}
ENTRIES = {Atspi.Role.ENTRY, Atspi.Role.PASSWORD_TEXT, Atspi.Role.TEXT}


class Tap:
    """TAP lines, counted."""

    def __init__(self):
        self.count = 0
        self.failures = 0

    def report(self, ok, what):
        self.count += 1
        if not ok:
            self.failures += 1
        print(("ok" if ok else "not ok") + " %d %s" % (self.count, what), flush=True)

    def finish(self):
        print("1..%d" % self.count)
        return 1 if self.failures else 0


def use_display():
    """The session bus was started before the X server: the AT-SPI registry,
    which it starts and which sends keys and clicks, needs the display."""
    subprocess.run(["dbus-update-activation-environment"] +
                   [name for name in ("DISPLAY", "XAUTHORITY") if name in os.environ], check=True)


def walk(acc, found=None):
    """Every object under @acc a screen reader reaches; one that goes away
    while it is read (a list being refilled) is skipped."""
    if found is None:
        found = []
    try:
        n = acc.get_child_count()
        found.append(acc)
    except GLib.Error:
        return found
    for i in range(n):
        try:
            child = acc.get_child_at_index(i)
        except GLib.Error:
            continue
        if child is not None:
            walk(child, found)
    return found


def name_of(acc):
    try:
        return acc.get_name()
    except GLib.Error:
        return ""


def find(root, roles, name):
    for acc in walk(root):
        try:
            if acc.get_role() in roles and acc.get_name() == name:
                return acc
        except GLib.Error:
            continue
    return None


def wait_for(what, timeout=10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = what()
        if value:
            return value
        time.sleep(0.05)
    return None


def unnamed_controls(root):
    """(named, unnamed) descriptions of the controls and entries under
    @root; GTK names a nameless object after its class, which is no name."""
    named, unnamed = [], []
    for acc in walk(root):
        try:
            role = acc.get_role()
            if role not in CONTROLS and role not in ENTRIES:
                continue
            name = acc.get_name().strip()
            (named if name and not name.startswith("Gtk") else unnamed).append(
                "%s %r" % (acc.get_role_name(), acc.get_name()))
        except GLib.Error:
            continue
    return named, unnamed


def find_app(pid):
    def look():
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_process_id() == pid and app.get_child_count() > 0:
                return app
        return None
    return wait_for(look, 20.0)


BUILD = os.environ.get("FD_BUILD_DIR", "build")
FRONTDESK = os.path.join(BUILD, "src", "app", "frontdesk")
CTL = os.environ.get("FRONTDESKCTL", os.path.join(BUILD, "src", "cli", "frontdeskctl"))


@contextlib.contextmanager
def frontdesk(*args):
    """The real frontdesk with GTK's AT-SPI bridge, on a new demo database
    in a folder of its own (also its home), stopped afterwards.  Yields the
    process and its environment; FD_PIN_FILE holds the demo account's PIN
    for frontdeskctl.  A11Y_DEBUG=1 shows its messages."""
    tmp = tempfile.mkdtemp(prefix="frontdesk-a11y-")
    env = dict(os.environ)
    env.pop("NO_AT_BRIDGE", None)
    env.pop("G_DEBUG", None)  # AT-SPI warns when a peer goes away
    env.update(GTK_A11Y="atspi", HOME=tmp, FRONTDESK_DB=os.path.join(tmp, "fd.db"),
               FD_PIN_FILE=os.path.join(tmp, "pin"))
    with open(env["FD_PIN_FILE"], "w") as f:
        f.write("2468\n")
    os.chmod(env["FD_PIN_FILE"], 0o600)
    proc = subprocess.Popen([FRONTDESK, "--demo"] + list(args), env=env, stdout=subprocess.DEVNULL,
                            stderr=None if os.environ.get("A11Y_DEBUG") else subprocess.DEVNULL)
    try:
        yield proc, env
    finally:
        proc.terminate()
        proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)


def ctl(env, *args):
    """frontdeskctl as the demo administrator, on the app's database."""
    out = subprocess.run([CTL, "--user", "demo", "--password-file", env["FD_PIN_FILE"]] + list(args),
                         env=env, capture_output=True, text=True)
    if out.returncode != 0:
        raise AssertionError("frontdeskctl %s: %s" % (" ".join(args), out.stderr))
    return out.stdout


def run_in_both_languages(tap, run):
    """Runs @run("zh_CN") and @run("en"); a step that cannot go on is one
    failure, and the other language still runs.  Exits with TAP's status."""
    use_display()
    for lang in ("zh_CN", "en"):
        try:
            run(lang)
        except (AssertionError, GLib.Error) as error:
            tap.report(False, "%s: %s" % (lang, error))
    sys.exit(tap.finish())
