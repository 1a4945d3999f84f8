#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The staff window as a screen reader sees it, through AT-SPI.

Starts the real frontdesk (staff window only, demo data) with GTK's AT-SPI
bridge on the test's private D-Bus session, in both languages, and does
what a receptionist who uses a screen reader does: reads the login page,
types the user name and PIN through the text interface, presses "Log in",
and moves between the pages with the page switcher.  On the login page and
on the pages that are classes of their own (the visit log and the security
page) it fails on a control without a name and on any other page exposed.
The reception and administration pages are not yet classes of their own
and are not checked here.  TAP output.
"""
import os
import shutil
import subprocess
import sys
import tempfile

from a11y_tap import (Atspi, CONTROLS, ENTRIES, GLib, Tap, find, find_app, name_of,
                      unnamed_controls, use_display, wait_for, walk)

BUILD = os.environ.get("FD_BUILD_DIR", "build")
FRONTDESK = os.path.join(BUILD, "src", "app", "frontdesk")

WORDS = {
    "en": {"user": "User name", "secret": "Password or PIN", "login": "Log in",
           "log": "Visit log", "security": "Security"},
    "zh_CN": {"user": "用户名", "secret": "密码或 PIN", "login": "登录",
              "log": "来访记录", "security": "安保"},
}

tap = Tap()
report = tap.report


def pages_shown(window):
    return [name_of(acc) for acc in walk(window)
            if name_of(acc).startswith("FdStaff") and name_of(acc).endswith("Page")]


def check_page(window, lang, page_class):
    """@page_class is the only page of its kind exposed, and every control in
    it has a name."""
    shown = wait_for(lambda: pages_shown(window) == [page_class] and pages_shown(window))
    report(shown == [page_class], "%s %s: only this page is exposed (%s)"
           % (lang, page_class, ", ".join(pages_shown(window))))
    page = [acc for acc in walk(window) if name_of(acc) == page_class]
    named, unnamed = unnamed_controls(page[0]) if page else ([], [])
    print("# %s %s: %s" % (lang, page_class, "; ".join(named)))
    report(page and not unnamed, "%s %s: every control and entry has a name (unnamed: %s)"
           % (lang, page_class, ", ".join(unnamed) or "none"))


def run(lang):
    tmp = tempfile.mkdtemp(prefix="frontdesk-a11y-")
    env = dict(os.environ)
    env.pop("NO_AT_BRIDGE", None)
    env.update(GTK_A11Y="atspi", HOME=tmp, FRONTDESK_DB=os.path.join(tmp, "fd.db"))
    proc = subprocess.Popen([FRONTDESK, "--demo", "--staff-only", "--lang", lang],
                            env=env, stdout=subprocess.DEVNULL, stderr=None if os.environ.get("A11Y_DEBUG") else subprocess.DEVNULL)
    w = WORDS[lang]
    try:
        app = find_app(proc.pid)
        report(app is not None, "%s: the staff window is on the accessibility bus" % lang)
        if app is None:
            return
        win = app.get_child_at_index(0)

        check_page(win, lang, "FdStaffLoginPage")
        user = wait_for(lambda: find(win, ENTRIES, w["user"]))
        secret = find(win, ENTRIES, w["secret"])
        report(user is not None and secret is not None,
               "%s login: the fields are labelled %r and %r" % (lang, w["user"], w["secret"]))
        Atspi.EditableText.set_text_contents(user, "demo")
        Atspi.EditableText.set_text_contents(secret, "2468")
        Atspi.Action.do_action(find(win, {Atspi.Role.PUSH_BUTTON}, w["login"]), 0)
        report(wait_for(lambda: pages_shown(win) != ["FdStaffLoginPage"]) is not None,
               "%s: logged in with the screen reader's keys and actions" % lang)

        for tab, page_class in (("log", "FdStaffLogPage"), ("security", "FdStaffSecurityPage")):
            switch = wait_for(lambda: find(win, CONTROLS, w[tab]))
            report(switch is not None, "%s: the page switcher names %r" % (lang, w[tab]))
            if switch is None:
                continue
            Atspi.Action.do_action(switch, 0)
            check_page(win, lang, page_class)
    finally:
        proc.terminate()
        proc.wait()
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    use_display()
    for lang in ("zh_CN", "en"):
        try:
            run(lang)
        except (AssertionError, GLib.Error) as error:
            report(False, "%s: %s" % (lang, error))
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main())
