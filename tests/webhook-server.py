#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The Frontdesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A chat-robot stand-in for the notification tests, on loopback.

  webhook-server.py PORT LOG SECRET

Answers like the real services: /wecom and /dingtalk with {"errcode": 0},
/feishu with {"code": 0}, /slack with "ok", /teams with 202, /hook
(generic JSON) with 204.
DingTalk and Feishu requests must carry a valid signature made with SECRET;
a bad one gets the vendor's error shape (HTTP 200 with a non-zero code), as
does anything sent to /wecom-full; /empty answers 200 with no body.  Every request is appended to LOG as one
JSON line: path, query, body, and whether its signature was valid.
"""
import base64, hashlib, hmac, json, sys, time, urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, log_path, secret = int(sys.argv[1]), sys.argv[2], sys.argv[3]


def dingtalk_ok(query):
    ts = query.get("timestamp", [""])[0]
    sign = query.get("sign", [""])[0]
    mac = hmac.new(secret.encode(), (ts + "\n" + secret).encode(), hashlib.sha256).digest()
    fresh = ts.isdigit() and abs(time.time() * 1000 - int(ts)) < 3600 * 1000
    return fresh and sign == base64.b64encode(mac).decode()


def feishu_ok(body):
    ts = str(body.get("timestamp", ""))
    mac = hmac.new((ts + "\n" + secret).encode(), b"", hashlib.sha256).digest()
    return body.get("sign") == base64.b64encode(mac).decode()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        url = urllib.parse.urlparse(self.path)
        query = urllib.parse.parse_qs(url.query)
        raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.loads(raw.decode("utf-8"))
        signed = None
        if url.path == "/dingtalk":
            signed = dingtalk_ok(query)
        elif url.path == "/feishu":
            signed = feishu_ok(body)
        with open(log_path, "a", encoding="utf-8") as log:
            log.write(json.dumps({"path": url.path, "body": body, "signed": signed}, ensure_ascii=False) + "\n")
        if url.path in ("/wecom", "/dingtalk"):
            reply = {"errcode": 0 if signed is not False else 310000, "errmsg": "ok" if signed is not False else "sign not match"}
        elif url.path == "/wecom-full":
            reply = {"errcode": 45009, "errmsg": "api freq out of limit"}
        elif url.path == "/feishu":
            reply = {"code": 0 if signed else 19021, "msg": "success" if signed else "sign match fail"}
        elif url.path == "/teams":
            self.send_response(202)
            self.end_headers()
            return
        elif url.path == "/empty":
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        elif url.path == "/slack":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"ok")
            return
        else:
            self.send_response(204)
            self.end_headers()
            return
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
