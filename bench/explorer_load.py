"""Load test of the explorer of `kg serve`: N clients browsing like people for a while.

    python bench/explorer_load.py                     # 8 clients, 60 s, shipped graph (memory)
    python bench/explorer_load.py --clients 8 --seconds 60 --store oxigraph:PATH

Starts a real `kg serve --port 0` (the port is read from the line it prints), then each client
thread, over its own keep-alive connection (http.client), walks: the home page; a type-ahead
(`/api/names?q=` with the first 2, 3, 4 letters of a name linked from the home page); the
entity page of the top result; a neighbour (a link found in that page); a document page (linked
from the entity page, or from home); the timeline; and on one walk in three the query editor
`/query`, a SPARQL query to `/sparql` about the entity, and the entity's neighbourhood drawing.
No think time between requests (a harsher load than people). Every status and latency is
recorded; an error is any non-2xx answer or an exception (the connection is then reopened).
Reports requests, errors, p50/p95/p99 per page type, and stops the server by its pid.
"""
from __future__ import annotations

import argparse
import html
import http.client
import json
import random
import re
import statistics
import sys
import threading
import time
import urllib.parse
from collections import defaultdict

from serve_load import start_server

LINK = re.compile(r'<a [^>]*href="(/(?:id|entity|doc)[/?][^"#]*)"[^>]*>([^<]{2,})</a>')
ENTITY = re.compile(r'href="(/(?:id/[^"/#?]+|entity\?iri=[^"#]+))"')
DOC = re.compile(r'href="(/doc/[^"#?]+)"')


class Client:
    def __init__(self, base: str, stats: dict, errors: list, lock: threading.Lock):
        u = urllib.parse.urlsplit(base)
        self.host, self.port = u.hostname, u.port
        self.stats, self.errors, self.lock = stats, errors, lock
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)

    def get(self, kind: str, path: str, method: str = "GET", body: str | None = None,
            headers: dict | None = None) -> str | None:
        """The body of one request (None on error); its latency recorded under ``kind``."""
        t = time.perf_counter()
        try:
            self.conn.request(method, path, body=body, headers=headers or {})
            resp = self.conn.getresponse()
            data = resp.read()
            status = resp.status
        except (OSError, http.client.HTTPException) as exc:
            self.conn.close()
            self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            with self.lock:
                self.errors.append((kind, path, repr(exc)))
            return None
        ms = (time.perf_counter() - t) * 1000
        with self.lock:
            self.stats[kind].append(ms)
            if not 200 <= status < 300:
                self.errors.append((kind, path, status))
        return data.decode("utf-8", errors="replace") if 200 <= status < 300 else None


def walk(c: Client, rng: random.Random, home_links: list[tuple[str, str]]) -> None:
    page = c.get("home", "/")
    links = [(html.unescape(h), html.unescape(t).strip()) for h, t in LINK.findall(page or "")]
    links = links or home_links
    names = [t for h, t in links if h.startswith(("/id/", "/entity"))]
    name = rng.choice(names) if names else "a"
    found = []
    for n in (2, 3, 4):                                   # typing, letter by letter
        body = c.get("type-ahead", "/api/names?" + urllib.parse.urlencode({"q": name[:n]}))
        if body:
            found = json.loads(body).get("results", []) or found
    target = found[0]["href"] if found else rng.choice([h for h, _ in links if not h.startswith("/doc/")])
    page = c.get("entity", target) or ""
    neighbours = [html.unescape(h) for h in ENTITY.findall(page) if html.unescape(h) != target]
    if neighbours:
        c.get("neighbour", rng.choice(neighbours))
    docs = DOC.findall(page) or [h for h, _ in links if h.startswith("/doc/")]
    if docs:
        c.get("document", html.unescape(rng.choice(docs)))
    c.get("timeline", "/timeline")
    if rng.random() < 1 / 3:
        c.get("query page", "/query")
        iri = found[0]["iri"] if found else "https://w3id.org/nfkg/id/none"
        q = f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }} LIMIT 100"
        c.get("sparql", "/sparql", "POST", urllib.parse.urlencode({"query": q}),
              {"Content-Type": "application/x-www-form-urlencoded",
               "Accept": "application/sparql-results+json"})
        c.get("view", target.replace("/entity?", "/entity/view?", 1) if "/entity?" in target
              else target + "/view")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", help="--store for the server started here (default: memory)")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=60)
    args = ap.parse_args()
    proc, base = start_server(args.store)
    try:
        deadline = time.monotonic() + 120                  # the first answer waits for the workers
        warm: dict = defaultdict(list)
        while True:
            probe = Client(base, warm, [], threading.Lock())
            home = probe.get("home", "/")
            if home:
                break
            if proc.poll() is not None or time.monotonic() > deadline:
                sys.exit("the server does not answer")
            time.sleep(0.5)
        home_links = [(html.unescape(h), html.unescape(t)) for h, t in LINK.findall(home)]
        for i in range(3):                                 # warm the workers a little
            walk(probe, random.Random(-i), home_links)
        stats: dict[str, list[float]] = defaultdict(list)
        errors: list = []
        lock = threading.Lock()
        stop = time.monotonic() + args.seconds

        def run(i: int) -> None:
            rng = random.Random(i)
            c = Client(base, stats, errors, lock)
            while time.monotonic() < stop:
                walk(c, rng, home_links)
            c.conn.close()

        threads = [threading.Thread(target=run, args=(i,)) for i in range(args.clients)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
    finally:
        proc.terminate()                                   # by its pid
        try:
            proc.wait(timeout=15)
        except Exception:
            proc.kill()
    total = sum(len(v) for v in stats.values())
    print(f"{args.clients} clients x {wall:.0f} s (keep-alive, no think time) on "
          f"{args.store or 'memory'}: {total} requests, {len(errors)} errors, {total / wall:.1f} requests/s")
    print(f"{'page':<12} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    every = []
    for kind in ["home", "type-ahead", "entity", "neighbour", "document", "timeline",
                 "query page", "sparql", "view"]:
        ms = sorted(stats.get(kind, []))
        every += ms
        if ms:
            print(f"{kind:<12} {len(ms):>6} {pct(ms, 50):>8.1f} {pct(ms, 95):>8.1f} "
                  f"{pct(ms, 99):>8.1f} {ms[-1]:>8.1f}")
    every.sort()
    if every:
        print(f"{'all':<12} {len(every):>6} {pct(every, 50):>8.1f} {pct(every, 95):>8.1f} "
              f"{pct(every, 99):>8.1f} {every[-1]:>8.1f}  mean {statistics.mean(every):.1f}")
    for e in errors[:20]:
        print("error:", *e, file=sys.stderr)
    return 1 if errors else 0


def pct(ms: list[float], p: float) -> float:
    return ms[min(len(ms) - 1, int(round(p / 100 * (len(ms) - 1))))]


if __name__ == "__main__":
    sys.exit(main())
