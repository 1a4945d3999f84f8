#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The kiosk as a screen reader sees it, through AT-SPI.

Starts the real frontdesk (kiosk only, demo data) with GTK's AT-SPI bridge on
the private D-Bus session the test runs in, and walks every page of the
kiosk in both languages the way a blind visitor's screen reader would: it
reads the accessible tree, fills the form through the text interface,
presses buttons through their actions and keys through the X server.  On
every page it fails on a control without a name, an entry without a label,
or a page other than the current one exposed (hidden pages are read as
visible by a screen reader when they are not marked hidden).

Pages: welcome, form, confirm, done, held (watchlist), invite, invite_confirm,
topics or refused, refuse, checkout, goodbye, pin.  TAP output.
"""
import os
import subprocess
import time

from a11y_tap import (Atspi, ENTRIES, Tap, ctl, find, find_app, frontdesk, run_in_both_languages,
                      unnamed_controls, wait_for, walk)

# What each language calls the buttons the walk presses.
WORDS = {
    "en": {
        "invite": "I have an invitation", "register": "Register a visit",
        "unsure": "I'm not sure whom to see", "checkout": "I'm leaving: check out",
        "back": "Back", "next": "Next", "yes": "Yes, register me", "done": "Done",
        "refuse": "I'd rather not register", "refuse_final": "I still do not want to register",
        "meeting": "Meeting", "not_me": "This is not me", "cancel": "Cancel",
        "name": "Name", "phone": "Phone number", "host": "Person you are visiting",
        "code": "Invitation code", "id": "ID number (optional)",
    },
    "zh_CN": {
        "invite": "我有邀请码", "register": "登记访问",
        "unsure": "我不确定找谁", "checkout": "我要离开（签离）",
        "back": "返回", "next": "下一步", "yes": "是的，确认登记", "done": "完成",
        "refuse": "我不想登记", "refuse_final": "我还是不登记",
        "meeting": "商务洽谈", "not_me": "这不是我", "cancel": "取消",
        "name": "姓名", "phone": "联系电话", "host": "被访人",
        "code": "邀请码", "id": "身份证号（选填）",
    },
}

tap = Tap()
report = tap.report


def press(root, name):
    button = wait_for(lambda: find(root, {Atspi.Role.PUSH_BUTTON}, name)) or \
        find(root, {Atspi.Role.TOGGLE_BUTTON}, name)
    if button is None:
        raise AssertionError("no button called %r" % name)
    Atspi.Action.do_action(button, 0)


def entry(root, name):
    found = wait_for(lambda: [acc for acc in walk(root) if acc.get_role() in ENTRIES and acc.get_name() == name])
    if not found:
        raise AssertionError("no entry called %r" % name)
    return found[0]


def type_into(root, name, text):
    field = entry(root, name)
    Atspi.EditableText.set_text_contents(field, text)
    return field


def key(keysym):
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)


def pages_shown(window):
    """The kiosk pages in the tree: each is named after its class."""
    return [acc.get_name() for acc in walk(window)
            if acc.get_name().startswith("FdKiosk") and acc.get_name().endswith("Page")]


def check_page(window, lang, page_class, label):
    """The page on the screen is @page_class, the only page exposed, with
    every control named and every entry labelled."""
    shown = wait_for(lambda: pages_shown(window) == [page_class] and pages_shown(window))
    report(shown == [page_class], "%s %s: only this page is exposed (%s)"
           % (lang, label, ", ".join(pages_shown(window))))
    named, unnamed = unnamed_controls(window)
    print("# %s %s: %s" % (lang, label, "; ".join(named)))
    report(not unnamed, "%s %s: every control and entry has a name (unnamed: %s)"
           % (lang, label, ", ".join(unnamed) or "none"))


def kiosk_window(app):
    return wait_for(lambda: app.get_child_count() > 0 and app.get_child_at_index(0))


def badge_token(folder):
    """The QR of the newest badge PDF the kiosk saved."""
    pdfs = wait_for(lambda: sorted(f for f in os.listdir(folder) if f.endswith(".pdf")) if os.path.isdir(folder) else None)
    if not pdfs:
        raise AssertionError("no badge was saved in %s" % folder)
    pdf = os.path.join(folder, pdfs[-1])
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-singlefile", pdf, pdf], check=True)
    out = subprocess.run(["zbarimg", "--raw", "-q", pdf + ".png"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def run(lang):
    with frontdesk("--kiosk-only", "--lang", lang, "--idle-seconds", "600") as (proc, env):
        walk_kiosk(proc, env, lang)


def walk_kiosk(proc, env, lang):
    w = WORDS[lang]
    app = find_app(proc.pid)
    report(app is not None, "%s: the kiosk is on the accessibility bus" % lang)
    if app is None:
        return
    win = kiosk_window(app)
    check_page(win, lang, "FdKioskWelcomePage", "welcome")

    # The form, filled as a screen reader user does, to the done page.
    press(win, w["register"])
    check_page(win, lang, "FdKioskFormPage", "form")
    for label in ("name", "phone", "host"):
        report(any(a.get_role() in ENTRIES and a.get_name() == w[label] for a in walk(win)),
               "%s form: the %s field is labelled %r" % (lang, label, w[label]))
    # The ID number block: not there while closed; opened, the consent
    # box, the document type and the number.
    consent = lambda: [a for a in walk(win) if a.get_role() == Atspi.Role.CHECK_BOX]
    report(not consent(), "%s form: the closed ID number block is not exposed" % lang)
    press(win, w["id"])
    report(bool(wait_for(consent)), "%s form: the opened ID number block is exposed" % lang)
    check_page(win, lang, "FdKioskFormPage", "form with the ID number block")
    press(win, w["id"])
    type_into(win, w["name"], "Ann Lee" if lang == "en" else "李安")
    type_into(win, w["phone"], "13812345678")
    type_into(win, w["host"], "王芳")
    hosts = wait_for(lambda: [a for a in walk(win) if a.get_role() == Atspi.Role.LIST
                              and a.get_name() == w["host"] and a.get_child_count() > 0])
    report(bool(hosts), "%s form: the people found are a list named %r" % (lang, w["host"]))
    Atspi.Selection.select_child(hosts[0], 0)
    press(win, w["meeting"])
    press(win, w["next"])
    check_page(win, lang, "FdKioskConfirmPage", "confirm")
    press(win, w["yes"])
    check_page(win, lang, "FdKioskDonePage", "done")
    token = badge_token(os.path.join(env["HOME"], "Frontdesk badges"))
    press(win, w["done"])
    check_page(win, lang, "FdKioskWelcomePage", "welcome again")

    # Check-out with the badge, typed where the scanner types.
    press(win, w["checkout"])
    check_page(win, lang, "FdKioskCheckoutPage", "checkout")
    code = [a for a in walk(win) if a.get_role() in ENTRIES][0]
    Atspi.EditableText.set_text_contents(code, token)
    key(0xff0d)  # Return: the page put the cursor in the field
    check_page(win, lang, "FdKioskGoodbyePage", "goodbye")
    press(win, w["done"])

    # An invitation.
    out = ctl(env, "invite", "add", "--name", "Bo Chen", "--phone", "13912345678", "--host", "王芳",
              "--purpose", "Review")
    invite_code = out.split("\t")[0]
    press(win, w["invite"])
    check_page(win, lang, "FdKioskInvitePage", "invite")
    type_into(win, w["code"], invite_code)
    press(win, w["next"])
    check_page(win, lang, "FdKioskInvitationPage", "invite_confirm")
    press(win, w["not_me"])
    check_page(win, lang, "FdKioskWelcomePage", "welcome after the invitation")

    # Not sure whom to see (the demo has topics), and declining to
    # register.
    press(win, w["unsure"])
    check_page(win, lang, "FdKioskTopicsPage", "topics")
    press(win, w["back"])
    press(win, w["register"])
    press(win, w["refuse"])
    check_page(win, lang, "FdKioskRefusePage", "refuse")
    press(win, w["refuse_final"])
    check_page(win, lang, "FdKioskMessagePage", "refused")
    press(win, w["done"])

    # A watchlist hit: the neutral "see reception" page.
    ctl(env, "watchlist", "add", "--reason", "test", "--name", "赵四", "--phone", "13900001111")
    press(win, w["register"])
    check_page(win, lang, "FdKioskFormPage", "form again")
    type_into(win, w["name"], "赵四")
    type_into(win, w["phone"], "13900001111")
    type_into(win, w["host"], "王芳")
    hosts = wait_for(lambda: [a for a in walk(win) if a.get_role() == Atspi.Role.LIST
                              and a.get_name() == w["host"] and a.get_child_count() > 0])
    Atspi.Selection.select_child(hosts[0], 0)
    press(win, w["meeting"])
    press(win, w["next"])
    press(win, w["yes"])
    check_page(win, lang, "FdKioskMessagePage", "held")
    press(win, w["done"])

    # Staff only: the keys that ask for a staff sign-in.
    check_page(win, lang, "FdKioskWelcomePage", "welcome before the staff keys")
    ctrl_alt = 4 | 8  # ControlMask | Mod1Mask
    Atspi.generate_keyboard_event(ctrl_alt, None, Atspi.KeySynthType.LOCKMODIFIERS)
    key(0x71)  # q
    Atspi.generate_keyboard_event(ctrl_alt, None, Atspi.KeySynthType.UNLOCKMODIFIERS)
    check_page(win, lang, "FdKioskUnlockPage", "pin")
    press(win, w["cancel"])
    check_page(win, lang, "FdKioskWelcomePage", "welcome at the end")

    # Tried at the desk: a tap on the language button, with the real
    # mouse, opened the staff sign-in page.  It changes the language.
    other = "English" if lang == "zh_CN" else "中文"
    button = find(win, {Atspi.Role.PUSH_BUTTON}, other)
    box = Atspi.Component.get_extents(button, Atspi.CoordType.WINDOW)
    Atspi.generate_mouse_event(box.x + box.width // 2, box.y + box.height // 2, "b1c")
    back = "中文" if lang == "zh_CN" else "English"
    report(wait_for(lambda: find(win, {Atspi.Role.PUSH_BUTTON}, back)) is not None,
           "%s: a tap on %r switches the language" % (lang, other))
    time.sleep(1.5)  # longer than a long press
    check_page(win, lang, "FdKioskWelcomePage", "welcome after the language tap")


if __name__ == "__main__":
    run_in_both_languages(tap, run)
