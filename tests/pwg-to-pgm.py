#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns the first page of an 8-bit gray PWG raster file into a PGM image.

  pwg-to-pgm.py IN.pwg OUT.pgm

An independent reader of PWG 5102.4 (what an IPP Everywhere printer
receives), so that the test can decode the QR code the printer got.
"""
import struct, sys

data = open(sys.argv[1], "rb").read()
if data[:4] != b"RaS2":
    sys.exit("not PWG raster")
header = data[4:4 + 1796]
width, height = struct.unpack(">II", header[372:380])
bits_per_pixel, bytes_per_line = struct.unpack(">II", header[388:396])
if bits_per_pixel != 8:
    sys.exit("only 8-bit gray is read here, not %d bits" % bits_per_pixel)
pos = 4 + 1796
rows = []
while len(rows) < height:
    repeat = data[pos] + 1
    pos += 1
    line = bytearray()
    while len(line) < bytes_per_line:
        control = data[pos]
        pos += 1
        if control == 128:
            line.extend(b"\xff" * (bytes_per_line - len(line)))
        elif control < 128:
            line.extend(data[pos:pos + 1] * (control + 1))
            pos += 1
        else:
            count = 257 - control
            line.extend(data[pos:pos + count])
            pos += count
    rows.extend([bytes(line[:width])] * repeat)
with open(sys.argv[2], "wb") as out:
    out.write(b"P5\n%d %d\n255\n" % (width, height))
    out.write(b"".join(rows[:height]))
