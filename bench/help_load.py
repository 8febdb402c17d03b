#!/usr/bin/env python3
"""Drives the help benchmark: background GETs at a steady rate, and help requests among them.

    help_load.py BASE_URL TOKENS_FILE --background 200 --requests 300 --request-rate 5

Background: GET /api/v1/me/today with the participants' tokens in turn, paced to --background
requests/s over keep-alive connections. After a 10 s settle, --requests help requests are sent
(POST /api/v1/me/help-requests, each from the next participant) at --request-rate per second,
after --warmup more that are not reported (the first push also makes the SDK's first connection
and fetches its OAuth token).
Prints one line per help request, "<id> <epoch ms when its 201 arrived>", then a summary line
"BACKGROUND <requests/s achieved> <errors>" on stderr.
"""
import argparse
import http.client
import json
import sys
import threading
import time
import urllib.parse


def connection(base):
    url = urllib.parse.urlparse(base)
    return http.client.HTTPConnection(url.hostname, url.port, timeout=10)


def background(base, tokens, rate, stop, counts, lanes=8):
    """Each lane sends rate/lanes requests a second on its own keep-alive connection."""
    interval = lanes / rate

    def lane(number):
        conn = connection(base)
        next_at = time.monotonic() + number * interval / lanes
        i = number
        while not stop.is_set():
            delay = next_at - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            next_at += interval
            token = tokens[i % len(tokens)]
            i += lanes
            try:
                conn.request("GET", "/api/v1/me/today", headers={"Authorization": "Bearer " + token})
                response = conn.getresponse()
                response.read()
                counts["ok" if response.status == 200 else "errors"] += 1
            except Exception:  # a dropped connection: count it and reconnect
                counts["errors"] += 1
                conn = connection(base)

    threads = [threading.Thread(target=lane, args=(n,), daemon=True) for n in range(lanes)]
    for thread in threads:
        thread.start()
    return threads


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base")
    parser.add_argument("tokens")
    parser.add_argument("--background", type=float, default=200)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--request-rate", type=float, default=5)
    parser.add_argument("--warmup", type=int, default=50, help="help requests sent first and not reported")
    args = parser.parse_args()
    tokens = [line.strip() for line in open(args.tokens) if line.strip()]
    stop = threading.Event()
    counts = {"ok": 0, "errors": 0}
    started = time.monotonic()
    threads = background(args.base, tokens, args.background, stop, counts)
    time.sleep(10)
    conn = connection(args.base)
    for n in range(args.warmup + args.requests):
        token = tokens[(n * 7919) % len(tokens)]
        body = json.dumps({"category": "SOMEWHERE_TO_SLEEP", "urgency": "NOW"})
        conn.request("POST", "/api/v1/me/help-requests", body=body,
                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
        response = conn.getresponse()
        answer = response.read()
        arrived = int(time.time() * 1000)
        if response.status != 201:
            sys.exit("help request answered %d: %s" % (response.status, answer[:300]))
        if n >= args.warmup:
            print(json.loads(answer)["id"], arrived, flush=True)
        time.sleep(1.0 / args.request_rate)
    stop.set()
    elapsed = time.monotonic() - started
    for thread in threads:
        thread.join(timeout=2)
    print("BACKGROUND %.0f %d" % (counts["ok"] / elapsed, counts["errors"]), file=sys.stderr)


if __name__ == "__main__":
    main()
