#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A walk-in at a lobby tablet with no keyboard: taps only.

Starts the real frontdesk (kiosk only, demo data, the on-screen keyboard
always shown) and registers a visitor with pointer taps sent through the X
server at the middle of each control, as a finger would: no key event and
no text set through the accessibility interface.  The name is typed in
pinyin and picked from the candidates, the phone number on the digit pad,
the host found by pinyin; on an English kiosk, a foreign visitor's name
on English letters with shift.  Prints how many taps and seconds it took
(REG-2 by touch; the budget is 30 taps).  Then a name is written by hand:
the four strokes of 王 drawn on the handwriting pad as pointer moves, and
王 must be among the first candidates.  Both languages; TAP output.
"""
import os
import tempfile
import time

import json

from a11y_tap import Atspi, ENTRIES, Tap, ctl, find, find_app, frontdesk, run_in_both_languages, wait_for, walk

WORDS = {
    "en": {"register": "Register a visit", "done": "Done", "next_field": "Next field", "next": "Next",
           "yes": "Yes, register me", "meeting": "Meeting", "name": "Name", "phone": "Phone number",
           "host": "Person you are visiting", "write": "Handwriting", "language": "English; tap for pinyin"},
    "zh_CN": {"register": "登记访问", "done": "完成", "next_field": "下一项", "next": "下一步",
              "yes": "是的，确认登记", "meeting": "商务洽谈", "name": "姓名", "phone": "联系电话",
              "host": "被访人", "write": "手写", "language": "拼音，点按切换为英文"},
}
BUTTONS = {Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON}

tap = Tap()
report = tap.report


class Finger:
    """Taps through the X server, counted."""

    def __init__(self, window):
        self.window = window
        self.taps = 0

    def find(self, name, roles=BUTTONS):
        found = wait_for(lambda: find(self.window, roles, name))
        if found is None:
            raise AssertionError("nothing called %r to tap" % name)
        return found

    def tap(self, name_or_acc, roles=BUTTONS):
        acc = self.find(name_or_acc, roles) if isinstance(name_or_acc, str) else name_or_acc
        box = settled(acc)
        Atspi.generate_mouse_event(box.x + box.width // 2, box.y + box.height // 2, "b1c")
        self.taps += 1
        time.sleep(0.12)

    def letters(self, text):
        for letter in text:
            self.tap(letter)


def settled(acc):
    """The extents of @acc once it stops moving (the keyboard slides in)."""
    box = Atspi.Component.get_extents(acc, Atspi.CoordType.SCREEN)
    for _ in range(40):
        time.sleep(0.05)
        again = Atspi.Component.get_extents(acc, Atspi.CoordType.SCREEN)
        if (again.x, again.y, again.width, again.height) == (box.x, box.y, box.width, box.height):
            return again
        box = again
    return box


def text_of(window, label):
    fields = [a for a in walk(window) if a.get_role() in ENTRIES and a.get_name() == label]
    if not fields:
        raise AssertionError("no field called %r" % label)
    return Atspi.Text.get_text(fields[0], 0, Atspi.Text.get_character_count(fields[0]))


def wait_text(window, label, expected):
    return wait_for(lambda: text_of(window, label) == expected, 10.0)


def named(window, name):
    for acc in walk(window):
        try:
            if acc.get_name() == name:
                return acc
        except Exception:
            continue
    return None


def draw(window, strokes):
    """Draws @strokes, lines in the unit square, on the handwriting pad."""
    pad = wait_for(lambda: named(window, "手写 / Handwriting"))
    if pad is None:
        raise AssertionError("no handwriting pad")
    time.sleep(0.3)
    box = settled(pad)
    side = min(box.width, box.height) * 0.8
    left = box.x + (box.width - side) / 2
    top = box.y + (box.height - side) / 2
    for (x0, y0), (x1, y1) in strokes:
        Atspi.generate_mouse_event(int(left + x0 * side), int(top + y0 * side), "abs")
        time.sleep(0.05)
        Atspi.generate_mouse_event(int(left + x0 * side), int(top + y0 * side), "b1p")
        for k in range(1, 11):
            x = left + (x0 + (x1 - x0) * k / 10) * side
            y = top + (y0 + (y1 - y0) * k / 10) * side
            Atspi.generate_mouse_event(int(x), int(y), "abs")
            time.sleep(0.02)
        Atspi.generate_mouse_event(int(left + x1 * side), int(top + y1 * side), "b1r")
        time.sleep(0.3)


# 王: the top stroke, the middle one, the upright, the bottom one.
WANG = [((0.2, 0.2), (0.8, 0.2)), ((0.25, 0.5), (0.75, 0.5)), ((0.5, 0.2), (0.5, 0.82)),
        ((0.12, 0.82), (0.88, 0.82))]


def written_candidates(window):
    """The handwriting candidates in the bar, in order: the buttons that
    show one Chinese character."""
    return [a.get_name() for a in walk(window)
            if a.get_role() == Atspi.Role.PUSH_BUTTON and len(a.get_name()) == 1 and ord(a.get_name()) > 0x2e80]


def run(lang):
    tmp = tempfile.mkdtemp(prefix="frontdesk-keyboard-")
    station = os.path.join(tmp, "station.conf")
    with open(station, "w") as f:
        f.write("[station]\nkeyboard=always\n")
    with frontdesk("--kiosk-only", "--lang", lang, "--idle-seconds", "600", "--config", station) as (proc, env):
        walk_in(proc, env, lang)


GETTING_READY = ("拼音输入正在准备，字母会原样输入。", "Pinyin is getting ready; letters type as they are.")


def pinyin_ready(window):
    """Waits while the keyboard says pinyin is getting ready (the first start
    on a new machine compiles its schema off the main loop: seconds, more
    under the sanitizers); returns the seconds waited."""
    start = time.monotonic()
    wait_for(lambda: not any(named(window, text) for text in GETTING_READY), 180.0)
    return time.monotonic() - start


def walk_in(proc, env, lang):
    w = WORDS[lang]
    app = find_app(proc.pid)
    report(app is not None, "%s: the kiosk is on the accessibility bus" % lang)
    if app is None:
        return
    window = wait_for(lambda: app.get_child_count() > 0 and app.get_child_at_index(0))
    finger = Finger(window)
    start = time.monotonic()

    finger.tap(w["register"])
    start += pinyin_ready(window)  # not the visitor's time
    # The name field has the focus and the keyboard is up: pinyin on a
    # Chinese kiosk, English letters on an English one.
    if lang == "zh_CN":
        name = "王芳"
        finger.letters("wangfang")
        finger.tap(name)
    else:
        name = "Ann Lee"
        finger.tap("Capital letters")
        finger.letters("Ann")
        finger.tap("Space")
        finger.tap("Capital letters")
        finger.letters("Lee")
    finger.tap(w["next_field"])
    finger.letters("13812345678")

    # The host, found by the first letters of their name: 李 in pinyin,
    # or "An" for Anna Schmidt.
    finger.tap(w["host"], ENTRIES)
    if lang == "zh_CN":
        finger.letters("li")
        finger.tap("李")
    else:
        finger.letters("an")
    hosts = wait_for(lambda: [a for a in walk(window) if a.get_role() == Atspi.Role.LIST
                              and a.get_name() == w["host"] and a.get_child_count() > 0])
    if not hosts:
        raise AssertionError("no host is offered after 李")
    finger.tap(hosts[0].get_child_at_index(0))
    finger.tap(w["meeting"])
    finger.tap(w["next"])
    finger.tap(w["yes"])
    done = wait_for(lambda: any(a.get_name() == "FdKioskDonePage" for a in walk(window)), 15.0)
    seconds = time.monotonic() - start
    report(bool(done), "%s: the walk-in reached the done page" % lang)
    visits = json.loads(ctl(env, "--json", "--on-site", "visits", "list"))
    report(any(v.get("name") == name and v.get("phone") == "13812345678" for v in visits),
           "%s: the visit is stored as %s, 13812345678, typed on the keyboard" % (lang, name))
    print("# %s: a walk-in by taps alone: %d taps, %.1f s" % (lang, finger.taps, seconds), flush=True)
    report(finger.taps <= 30, "%s: the walk-in took %d taps, at most 30" % (lang, finger.taps))

    # A name written by hand.
    finger.tap(w["done"])
    if not wait_for(lambda: find(window, BUTTONS, w["register"]), 40.0):
        raise AssertionError("the kiosk did not come back to the welcome page")
    finger.tap(w["register"])
    finger.tap(w["write"])
    draw(window, WANG)
    offered = wait_for(lambda: written_candidates(window), 5.0) or []
    print("# %s: written candidates: %s" % (lang, " ".join(offered)), flush=True)
    report("王" in offered[:3], "%s: a handwritten 王 offers 王 among the first three" % lang)
    if "王" in offered:
        finger.tap("王")
        report(wait_text(window, w["name"], "王"), "%s: 王 picked from the handwriting candidates, in the name field"
               % lang)


if __name__ == "__main__":
    run_in_both_languages(tap, run)
