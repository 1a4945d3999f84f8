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
import time

from a11y_tap import (Atspi, CONTROLS, ENTRIES, GLib, Tap, ctl, find, find_app, frontdesk, name_of,
                      run_in_both_languages, unnamed_controls, wait_for, walk)

CTRL, ALT = 4, 8  # X modifier masks

WORDS = {
    "en": {"user": "User name", "secret": "Password or PIN", "login": "Log in",
           "reception": "Reception", "parcels": "Parcels", "calls": "Telephone", "supplies": "Supplies", "rounds": "Environment", "log": "Visit log", "security": "Security",
           "admin": "Administration", "checkout": "Check out 李雷",
           "invite": "Invite a visitor…", "visitor": "Visitor's name", "phone": "Mobile number",
           "purpose": "Purpose of the visit", "host": "Host",
           "log_parcel": "Log a parcel", "tracking": "Tracking number", "recipient": "Recipient",
           "hand_over": "Hand over the parcel for 王芳, SF1234567890", "collector": "Who takes it",
           "signature": "Signature box: they sign here with a finger or the mouse",
           "count_notebooks": "Count 笔记本", "counted": "Counted on the shelf (本)",
           "notebooks_counted": "In stock: 7 本 · minimum 10 · to buy 23 本",
           "corridors_ok": "In order: Corridors inspected", "corridors_done": "1 of 1 done"},
    "zh_CN": {"user": "用户名", "secret": "密码或 PIN", "login": "登录",
              "reception": "前台", "parcels": "快递", "calls": "电话", "supplies": "办公用品", "rounds": "环境", "log": "来访记录", "security": "安保",
              "admin": "管理", "checkout": "签离 李雷",
              "invite": "邀请访客…", "visitor": "访客姓名", "phone": "手机号",
              "purpose": "来访事由", "host": "被访人",
              "log_parcel": "登记快递", "tracking": "快递单号", "recipient": "收件人",
              "hand_over": "交接王芳的快递 SF1234567890", "collector": "领取人",
              "signature": "签名框：请领取人用手指或鼠标在此签名",
              "count_notebooks": "盘点 笔记本", "counted": "实际清点数量（本）",
              "notebooks_counted": "库存：7 本 · 最低 10 · 需采购 23 本",
              "corridors_ok": "合格：走廊已巡查", "corridors_done": "已完成 1 / 1"},
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


def keys(keysym, modifiers=0):
    """A key as the keyboard sends it, through the X server."""
    if modifiers:
        Atspi.generate_keyboard_event(modifiers, None, Atspi.KeySynthType.LOCKMODIFIERS)
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    if modifiers:
        Atspi.generate_keyboard_event(modifiers, None, Atspi.KeySynthType.UNLOCKMODIFIERS)
    time.sleep(0.1)


def focused(window):
    for acc in walk(window):
        try:
            if acc.get_state_set().contains(Atspi.StateType.FOCUSED):
                return acc
        except GLib.Error:
            continue
    return None


def where(acc):
    """What tells one focused control from the next: name, role, place."""
    if acc is None:
        return None
    try:
        return (name_of(acc), acc.get_role(), acc.get_index_in_parent())
    except GLib.Error:
        return None


def on_site(env):
    return ctl(env, "visits", "list", "--on-site")


def keyboard_alone(win, env, lang):
    """The receptionist who works from the keyboard: Alt+6 and Ctrl+F reach
    the visit log's search; Alt+1 the reception page, where Tab and Enter
    check a visitor out; Ctrl+L locks; Ctrl+? lists the keys."""
    w = WORDS[lang]
    keys(0x32, ALT)  # Alt+2
    report(wait_for(lambda: pages_shown(win) == ["FdStaffParcelsPage"]) is not None,
           "%s keyboard: Alt+2 shows the parcels" % lang)
    keys(0x34, ALT)  # Alt+4
    report(wait_for(lambda: pages_shown(win) == ["FdStaffSuppliesPage"]) is not None,
           "%s keyboard: Alt+4 shows the supplies" % lang)
    keys(0x35, ALT)  # Alt+5
    report(wait_for(lambda: pages_shown(win) == ["FdStaffRoundsPage"]) is not None,
           "%s keyboard: Alt+5 shows the environment rounds" % lang)
    keys(0x36, ALT)  # Alt+6
    report(wait_for(lambda: pages_shown(win) == ["FdStaffLogPage"]) is not None,
           "%s keyboard: Alt+6 shows the visit log" % lang)
    keys(0x31, ALT)  # Alt+1
    keys(0x66, CTRL)  # Ctrl+F
    report(wait_for(lambda: pages_shown(win) == ["FdStaffLogPage"] and focused(win) is not None
                    and name_of(focused(win)) in ("姓名、电话、公司或被访人", "Name, phone, company or host")) is not None,
           "%s keyboard: Ctrl+F puts the cursor in the visit log's search" % lang)

    keys(0x31, ALT)  # Alt+1: reception
    wait_for(lambda: find(win, {Atspi.Role.PUSH_BUTTON}, w["checkout"]))
    for _ in range(80):
        before = where(focused(win))
        if before and before[0] == w["checkout"]:
            break
        keys(0xff09)  # Tab
        # A slow build (sanitizers) moves the focus later than the key.
        wait_for(lambda: where(focused(win)) != before, 3.0)
    report(name_of(focused(win) or win) == w["checkout"],
           "%s keyboard: Tab reaches %r" % (lang, w["checkout"]))
    keys(0xff0d)  # Return
    report(wait_for(lambda: "李雷" not in on_site(env), 10.0) is not None,
           "%s keyboard: Enter checks the visitor out" % lang)

    keys(0x6c, CTRL)  # Ctrl+L
    report(wait_for(lambda: pages_shown(win) == ["FdStaffLoginPage"]) is not None,
           "%s keyboard: Ctrl+L locks the window" % lang)
    keys(0x3f, CTRL | 1)  # Ctrl+Shift+/ is Ctrl+?
    report(wait_for(lambda: win.get_parent().get_child_count() > 1) is not None,
           "%s keyboard: Ctrl+? opens the list of shortcuts" % lang)


def run(lang):
    with frontdesk("--staff-only", "--lang", lang) as (proc, env):
        work_staff_window(proc, env, lang)


def work_staff_window(proc, env, lang):
    w = WORDS[lang]
    app = find_app(proc.pid)
    report(app is not None, "%s: the staff window is on the accessibility bus" % lang)
    if app is None:
        return
    win = app.get_child_at_index(0)
    ctl(env, "visits", "add", "--name", "李雷", "--phone", "13812345678", "--host", "王芳", "--purpose", "面试")

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

    for tab, page_class in (("parcels", "FdStaffParcelsPage"), ("calls", "FdStaffCallsPage"),
                            ("supplies", "FdStaffSuppliesPage"),
                            ("rounds", "FdStaffRoundsPage"), ("log", "FdStaffLogPage"),
                            ("security", "FdStaffSecurityPage"),
                            ("admin", "FdStaffAdminPage"), ("reception", "FdStaffReceptionPage")):
        switch = wait_for(lambda: find(win, CONTROLS, w[tab]))
        report(switch is not None, "%s: the page switcher names %r" % (lang, w[tab]))
        if switch is None:
            continue
        Atspi.Action.do_action(switch, 0)
        check_page(win, lang, page_class)
    invite_by_keyboard(app, win, lang)
    parcel_by_screen_reader(app, win, lang)
    count_by_screen_reader(app, win, lang)
    round_by_screen_reader(win, lang)
    keyboard_alone(win, env, lang)


def invite_by_keyboard(app, win, lang):
    """Tried at the desk: Enter did not save the invite dialog, whose fields
    had placeholders instead of labels."""
    w = WORDS[lang]
    button = wait_for(lambda: find(win, {Atspi.Role.PUSH_BUTTON}, w["invite"]))
    report(button is not None, "%s invite: the reception page offers %r" % (lang, w["invite"]))
    if button is None:
        return
    Atspi.Action.do_action(button, 0)
    dialog = wait_for(lambda: app.get_child_count() > 1 and app.get_child_at_index(app.get_child_count() - 1))
    fields = {key: dialog and find(dialog, ENTRIES, w[key]) for key in ("visitor", "phone", "host", "purpose")}
    report(dialog is not None and all(fields.values()),
           "%s invite: every field is labelled (%s)" % (lang, ", ".join(k for k, v in fields.items() if not v) or "all"))
    if dialog is None or not all(fields.values()):
        return
    named, unnamed = unnamed_controls(dialog)
    report(not unnamed, "%s invite: every control has a name (unnamed: %s)" % (lang, ", ".join(unnamed) or "none"))
    Atspi.EditableText.set_text_contents(fields["visitor"], "Anna Schmidt")
    Atspi.EditableText.set_text_contents(fields["phone"], "+49 151 12345678")
    Atspi.EditableText.set_text_contents(fields["host"], "王芳")
    Atspi.EditableText.set_text_contents(fields["purpose"], "Audit")
    time.sleep(1.0)  # the host search answers
    # The dialog opens with the cursor in the visitor's name.
    keys(0xff0d)  # Return
    report(wait_for(lambda: app.get_child_count() == 1) is not None,
           "%s invite: Enter in a field saves the invitation and closes the dialog" % lang)
    report(wait_for(lambda: find(win, {Atspi.Role.LABEL}, "Anna Schmidt")) is not None,
           "%s invite: the invitation is listed on the reception page" % lang)


def parcel_by_screen_reader(app, win, lang):
    """PKG-1 with a screen reader: the parcels page's Log a parcel, a
    dialog whose fields are labelled, Enter logs; then the parcel's own
    Hand over opens a dialog whose every control, the signature box too,
    has a name."""
    w = WORDS[lang]
    switch = wait_for(lambda: find(win, CONTROLS, w["parcels"]))
    if switch is not None:
        Atspi.Action.do_action(switch, 0)
    button = wait_for(lambda: find(win, {Atspi.Role.PUSH_BUTTON}, w["log_parcel"]))
    report(button is not None, "%s parcels: the page offers %r" % (lang, w["log_parcel"]))
    if button is None:
        return
    Atspi.Action.do_action(button, 0)
    dialog = wait_for(lambda: app.get_child_count() > 1 and app.get_child_at_index(app.get_child_count() - 1))
    fields = {key: dialog and find(dialog, ENTRIES, w[key]) for key in ("tracking", "recipient")}
    report(dialog is not None and all(fields.values()),
           "%s parcels: every field is labelled (%s)" % (lang, ", ".join(k for k, v in fields.items() if not v) or "all"))
    if dialog is None or not all(fields.values()):
        return
    named, unnamed = unnamed_controls(dialog)
    report(not unnamed, "%s parcels: every control has a name (unnamed: %s)" % (lang, ", ".join(unnamed) or "none"))
    Atspi.EditableText.set_text_contents(fields["tracking"], "SF1234567890")
    Atspi.EditableText.set_text_contents(fields["recipient"], "王芳")
    time.sleep(1.0)  # the host search answers
    # The dialog opens with the cursor in the tracking number.
    keys(0xff0d)  # Return
    report(wait_for(lambda: app.get_child_count() == 1) is not None,
           "%s parcels: Enter in a field logs the parcel and closes the dialog" % lang)
    hand_over = wait_for(lambda: find(win, {Atspi.Role.PUSH_BUTTON}, w["hand_over"]))
    report(hand_over is not None, "%s parcels: the parcel is listed with %r" % (lang, w["hand_over"]))
    if hand_over is None:
        return
    Atspi.Action.do_action(hand_over, 0)
    dialog = wait_for(lambda: app.get_child_count() > 1 and app.get_child_at_index(app.get_child_count() - 1))
    collector = dialog and find(dialog, ENTRIES, w["collector"])
    signature = dialog and wait_for(lambda: any(name_of(acc) == w["signature"] for acc in walk(dialog)))
    named, unnamed = unnamed_controls(dialog) if dialog else ([], ["no dialog"])
    report(collector is not None and signature and not unnamed,
           "%s parcels: hand over names who takes it and the signature box (%s; unnamed: %s)"
           % (lang, "; ".join(named), ", ".join(unnamed) or "none"))
    keys(0xff1b)  # Escape
    wait_for(lambda: app.get_child_count() == 1)


def count_by_screen_reader(app, win, lang):
    """SUP-2 with a screen reader: an item's own Count opens a dialog whose
    number field is labelled with the unit; Enter saves the count and the
    stock sheet says it."""
    w = WORDS[lang]
    switch = wait_for(lambda: find(win, CONTROLS, w["supplies"]))
    if switch is not None:
        Atspi.Action.do_action(switch, 0)
    button = wait_for(lambda: find(win, {Atspi.Role.PUSH_BUTTON}, w["count_notebooks"]))
    report(button is not None, "%s supplies: the stock sheet offers %r" % (lang, w["count_notebooks"]))
    if button is None:
        return
    Atspi.Action.do_action(button, 0)
    dialog = wait_for(lambda: app.get_child_count() > 1 and app.get_child_at_index(app.get_child_count() - 1))
    counted = dialog and wait_for(lambda: find(dialog, {Atspi.Role.SPIN_BUTTON}, w["counted"]))
    named, unnamed = unnamed_controls(dialog) if dialog else ([], ["no dialog"])
    report(counted is not None and not unnamed, "%s supplies: the count is labelled %r (unnamed: %s)"
           % (lang, w["counted"], ", ".join(unnamed) or "none"))
    if not counted:
        keys(0xff1b)  # Escape
        return
    Atspi.Value.set_current_value(counted, 7)
    keys(0xff0d)  # Return: the dialog opens with the cursor in the count
    report(wait_for(lambda: app.get_child_count() == 1) is not None,
           "%s supplies: Enter saves the count and closes the dialog" % lang)
    report(wait_for(lambda: find(win, {Atspi.Role.LABEL}, w["notebooks_counted"])) is not None,
           "%s supplies: the sheet says %r" % (lang, w["notebooks_counted"]))


def round_by_screen_reader(win, lang):
    """ENV-2 with a screen reader: a check's own In order records it, and
    its row says so."""
    w = WORDS[lang]
    switch = wait_for(lambda: find(win, CONTROLS, w["rounds"]))
    if switch is not None:
        Atspi.Action.do_action(switch, 0)
    button = wait_for(lambda: find(win, {Atspi.Role.PUSH_BUTTON}, w["corridors_ok"]))
    report(button is not None, "%s rounds: the page offers %r" % (lang, w["corridors_ok"]))
    if button is None:
        return
    Atspi.Action.do_action(button, 0)
    report(wait_for(lambda: any(name_of(acc).startswith(w["corridors_done"]) for acc in walk(win))) is not None,
           "%s rounds: the check's row says %r" % (lang, w["corridors_done"]))


if __name__ == "__main__":
    run_in_both_languages(tap, run)
