#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Chinese UI text uses full-width punctuation (，！？：；), as a Chinese
reader expects: tried at the desk, the kiosk said 「您好,欢迎…!」.  Fails on
an ASCII comma, exclamation or question mark, colon or semicolon next to a
Chinese character in any translation of po/zh_CN.po.  TAP output."""
import re
import sys

source = sys.argv[1] if len(sys.argv) > 1 else "."
text = open(source + "/po/zh_CN.po", encoding="utf-8").read()
cjk = "\u4e00-\u9fff\u3000-\u303f\uff00-\uffef"
bad = re.compile("[%s][,!?:;]|[,!?:;][%s]" % (cjk, cjk))
entries = re.findall(r'\nmsgstr ((?:"[^\n]*"\n?)+)', text)
problems = []
for entry in entries:
    value = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', entry))
    # An address written out (smtps://用户名:密码@服务器) keeps its colons.
    prose = re.sub(r"[a-z]+://[^\s，。（）]*", "", value)
    if bad.search(prose):
        problems.append(value)
print("1..1")
if problems:
    for p in problems:
        print("# ASCII punctuation in Chinese: %s" % p)
    print("not ok 1 - %d translations use ASCII punctuation next to Chinese" % len(problems))
    sys.exit(1)
print("ok 1 - %d translations, all with full-width punctuation next to Chinese" % len(entries))
