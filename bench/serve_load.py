"""Load test of `kg serve`: N clients x M queries over keep-alive connections (http.client),
on the shipped graph (or --store), reporting p50/p95/p99 latency per query.

    python bench/serve_load.py                      # starts `kg serve --port 0` itself
    python bench/serve_load.py --url http://127.0.0.1:8765   # against a running server
    python bench/serve_load.py --rounds 5           # 5 measurements, each shown, then pooled

With the server started here, the CPU time its processes used per answer is printed too
(front process, query workers): a measure of the work per query that a busy machine
disturbs much less than the latencies.

The machine's load average is printed with the numbers: on a shared machine, compare two
versions back to back (same load), several rounds each.

The queries are cheap lookups of the kind an explorer page or a notebook sends (labels of a
class, an entity's triples, an ASK, a COUNT), taken in turn by each client.
"""
from __future__ import annotations

import argparse
import http.client
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse

QUERIES = [
    "SELECT ?p ?label WHERE { ?p a nfo:Province ; rdfs:label ?label } ORDER BY ?label",
    "SELECT ?p ?o WHERE { <https://w3id.org/nfkg/id/fugu_county> ?p ?o }",
    "ASK { ?s a nfo:Person }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s a nfo:Organization }",
    "SELECT ?s ?label WHERE { ?s rdfs:label ?label } LIMIT 20",
]


def start_server(store: str | None) -> tuple[subprocess.Popen, str]:
    cmd = [sys.executable, "-m", "kg", "serve", "--port", "0"] + (["--store", store] if store else [])
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    line = proc.stderr.readline()
    m = re.search(r"(http://[^/\s]+)/sparql", line)
    if not m:
        proc.kill()
        sys.exit("kg serve did not start: " + line + proc.stderr.read()[:500])
    threading.Thread(target=proc.stderr.read, daemon=True).start()
    return proc, m.group(1)


def tree_cpu(pid: int) -> dict[str, float]:
    """CPU seconds used so far by process ``pid`` ("front") and its descendants ("workers")."""
    tick = os.sysconf("SC_CLK_TCK")

    def cpu(p):
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError, ValueError):
            return 0.0

    def children(p):
        out = []
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    out += [int(c) for c in f.read().split()]
        except OSError:
            pass
        return out
    todo, seen = children(pid), {}
    while todo:
        c = todo.pop()
        if c not in seen:
            seen[c] = cpu(c)
            todo += children(c)
    return {"front": cpu(pid), **{str(c): v for c, v in seen.items()}}


def client(base: str, n: int, offset: int, out: list, errors: list) -> None:
    u = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=60)
    for i in range(n):
        q = QUERIES[(offset + i) % len(QUERIES)]
        path = "/sparql?" + urllib.parse.urlencode({"query": q})
        t = time.perf_counter()
        conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
        resp = conn.getresponse()
        body = resp.read()
        out.append(time.perf_counter() - t)
        if resp.status != 200:
            errors.append(resp.status)
            print(f"error {resp.status}: {body.decode(errors='replace').strip()[:200]}", file=sys.stderr)
    conn.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", help="a running server (default: start `kg serve --port 0`)")
    ap.add_argument("--store", help="--store for the server started here")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--queries", type=int, default=200, help="per client")
    ap.add_argument("--rounds", type=int, default=1, help="measure this many times (pooled at the end)")
    args = ap.parse_args()
    proc = None
    base = args.url
    if base is None:
        proc, base = start_server(args.store)
    try:
        deadline = time.monotonic() + 60          # the first answer waits for the workers
        while True:
            try:
                times, errors = [], []
                client(base, 1, 0, times, errors)
                if not errors:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                sys.exit("the server does not answer")
            time.sleep(0.2)
        for _ in range(3):                        # warm every worker a little
            client(base, 20, 0, [], [])
        times, errors, walls = [], [], []
        cpu_before = tree_cpu(proc.pid) if proc is not None else None
        for r in range(args.rounds):
            got = []
            threads = [threading.Thread(target=client, args=(base, args.queries, i, got, errors))
                       for i in range(args.clients)]
            start = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            walls.append(time.perf_counter() - start)
            times += got
            if args.rounds > 1:
                report(f"round {r + 1}", got, walls[-1])
        cpu_after = tree_cpu(proc.pid) if proc is not None else None
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait(timeout=10)
    print(f"{args.clients} clients x {args.queries} queries (keep-alive) x {args.rounds} round(s) on "
          f"{args.store or 'memory'}: {len(errors)} errors {sorted(set(errors))}; "
          f"load average {os.getloadavg()[0]:.2f}")
    report("all" if args.rounds > 1 else "latency", times, sum(walls))
    if cpu_before is not None:
        front = cpu_after["front"] - cpu_before["front"]
        workers = sum(v - cpu_before.get(k, 0.0) for k, v in cpu_after.items() if k != "front")
        print(f"server CPU per answer: front {front / len(times) * 1e6:.0f} us, "
              f"workers {workers / len(times) * 1e6:.0f} us (a worker replaced meanwhile is not counted)")


def report(what: str, times: list, wall: float) -> None:
    ms = sorted(t * 1000 for t in times)

    def pct(p):
        return ms[min(len(ms) - 1, int(round(p / 100 * (len(ms) - 1))))]
    print(f"{what}: {len(ms)} answers, {len(ms) / wall:.0f} queries/s; ms p50 {pct(50):.1f}  "
          f"p95 {pct(95):.1f}  p99 {pct(99):.1f}  max {ms[-1]:.1f}  mean {statistics.mean(ms):.1f}")

if __name__ == "__main__":
    main()
