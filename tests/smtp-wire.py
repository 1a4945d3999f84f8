#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""An SMTP server without STARTTLS that writes down what crosses the wire.

  smtp-wire.py PORT LOG

Offers AUTH PLAIN but no STARTTLS, as an old or misconfigured
office server does, accepts whatever it is sent, and appends every line it
receives (commands and message data alike) to LOG, so a test can tell
whether a password or a visitor's message went out in clear.
"""
import socketserver, sys

port, log_path = int(sys.argv[1]), sys.argv[2]


class Handler(socketserver.StreamRequestHandler):
    def send(self, line):
        self.wfile.write(line.encode() + b"\r\n")
        self.wfile.flush()

    def handle(self):
        self.send("220 wire.test ESMTP")
        in_data = False
        in_auth = False
        with open(log_path, "ab") as log:
            for raw in self.rfile:
                log.write(raw)
                log.flush()
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                verb = line.split(" ")[0].upper()
                if in_auth:
                    in_auth = False
                    self.send("235 accepted")
                elif in_data:
                    if line == ".":
                        in_data = False
                        self.send("250 queued")
                elif verb in ("EHLO", "HELO"):
                    self.send("250-wire.test")
                    self.send("250-AUTH PLAIN")
                    self.send("250 8BITMIME")
                elif verb == "AUTH" and len(line.split(" ")) == 2:
                    in_auth = True  # the credentials come on the next line
                    self.send("334 ")
                elif verb == "AUTH":
                    self.send("235 accepted")
                elif verb == "DATA":
                    in_data = True
                    self.send("354 go on")
                elif verb == "QUIT":
                    self.send("221 bye")
                    return
                else:
                    self.send("250 ok")


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True


Server(("127.0.0.1", port), Handler).serve_forever()
