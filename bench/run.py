#!/usr/bin/env python3
"""Store benchmark: memory vs oxigraph:PATH vs sparql:URL on synthetic graphs (bench/generate.py).

Per size it measures building/loading (time, peak memory) and pyoxigraph's own bulk load of
the same quads (one N-Quads file) in the same run; then, per backend, the median latency of
linked, search, timeline, path and a 2-hop SPARQL query, as whole `kg` processes (with their
peak memory) and as library calls; then `kg serve` under concurrent clients. Prints a table and
writes bench/RESULTS.md. Run by hand (not part of the test suite):

    python bench/run.py --sizes 10000 100000 1000000 [--work /tmp/kgbench] [--runs 5]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

PY = sys.executable
KG = [PY, "-m", "kg"]
OXIGRAPH = str(Path(PY).parent / "oxigraph")
TIMEOUT = 600


def timed(argv, env=None, timeout=TIMEOUT) -> tuple[float, float, int, str]:
    """(seconds, peak RSS in MB, exit code, stderr tail) of one process, via /usr/bin/time."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(["/usr/bin/time", "-f", "MAXRSS %M"] + argv, capture_output=True,
                           text=True, env=env, timeout=timeout)
    except subprocess.TimeoutExpired:
        return float("inf"), float("nan"), -1, "timeout"
    dt = time.perf_counter() - t0
    rss = float("nan")
    for line in p.stderr.splitlines():
        if line.startswith("MAXRSS "):
            rss = int(line.split()[1]) / 1024
    return dt, rss, p.returncode, p.stderr[-300:]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url, proc, seconds=120):
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"server at {url} did not start")
            time.sleep(0.2)


def questions(info: dict) -> dict[str, list[str]]:
    two_hop = ("SELECT ?org ?other WHERE { ?e nfo:organizedBy ?org . ?e nfo:participant ?x . "
               "?x nfo:subsidiaryOf|^nfo:subsidiaryOf ?other } LIMIT 1000")
    return {
        "linked": ["linked", info["mid"], "--format", "json"],
        "linked hub": ["linked", info["hub"], "--format", "json"],
        "search": ["search", info["mid"].split()[0], "--format", "json"],
        "timeline": ["timeline", "--in", info["place"], "--from", "2024-01", "--to", "2024-03",
                     "--format", "json"],
        "path": ["path", info["path_a"], info["path_b"], "--max-hops", "4", "--format", "json"],
        "sparql 2-hop": ["sparql", two_hop, "--format", "json"],
    }


def library_calls(kg, info: dict) -> dict:
    from kg.ask import links, names, sparql
    from kg.ask.paths import shortest_paths
    from kg.ask.timeline import timeline

    q = questions(info)
    idx = names.index(kg)
    return {
        "linked": lambda: links.linked(kg, [m.iri for m in names.resolve(kg, info["mid"])]),
        "linked hub": lambda: links.linked(kg, [m.iri for m in names.resolve(kg, info["hub"])]),
        "search": lambda: idx.search(info["mid"].split()[0]),
        "timeline": lambda: timeline(kg, [m.iri for m in names.resolve(kg, info["place"])],
                                     start="2024-01", end="2024-03"),
        "path": lambda: shortest_paths(kg, idx.resolve_one(info["path_a"]),
                                       idx.resolve_one(info["path_b"]), max_hops=4),
        "sparql 2-hop": lambda: sparql.run(kg, q["sparql 2-hop"][1]),
    }


def skip(backend: str, name: str, info: dict) -> bool:
    """Nothing is left out any more (``path`` used to project the whole graph)."""
    return False


def median_time(fn, runs):
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return statistics.median(out)


def concurrency(store_spec: str, info: dict, clients=8, per_client=200) -> dict:
    port = free_port()
    proc = subprocess.Popen(KG + ["serve", "--port", str(port), "--store", store_spec,
                                  "--timeout", "30"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/sparql"
    try:
        wait_http(base + "?query=ASK%7B%7D", proc)
        qs = [
            "SELECT ?s WHERE { ?s rdfs:label %s }" % json.dumps(info["mid"]),
            "SELECT ?e ?l WHERE { ?e nfo:organizedBy ?o . ?o rdfs:label %s . ?e rdfs:label ?l }" % json.dumps(info["hub"]),
            "SELECT ?x ?y WHERE { ?e nfo:participant ?x . ?x nfo:locatedIn ?y } LIMIT 100",
            "ASK { ?s a nfo:Person }",
        ]
        lat, errors = [], [0]
        by_kind: dict = {k: [] for k in range(len(qs))}
        lock = threading.Lock()

        def client(i):
            for j in range(per_client):
                kind = (i + j) % len(qs)
                q = qs[kind]
                data = urllib.parse.urlencode({"query": q}).encode()
                req = urllib.request.Request(base, data=data, headers={
                    "Accept": "application/sparql-results+json"})
                t0 = time.perf_counter()
                try:
                    urllib.request.urlopen(req, timeout=60).read()
                    ok = True
                except Exception:
                    ok = False
                dt = time.perf_counter() - t0
                with lock:
                    lat.append(dt)
                    by_kind[kind].append(dt)
                    if not ok:
                        errors[0] += 1

        t0 = time.perf_counter()
        threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        lat.sort()
        pct = lambda p: lat[min(len(lat) - 1, int(p / 100 * len(lat)))] * 1000
        kinds = []
        for k, q in enumerate(qs):
            xs = sorted(by_kind[k])
            kinds.append((q, xs[len(xs) // 2] * 1000, xs[min(len(xs) - 1, int(0.95 * len(xs)))] * 1000))
        return {"clients": clients, "queries": len(lat), "errors": errors[0],
                "p50_ms": pct(50), "p95_ms": pct(95), "p99_ms": pct(99), "max_ms": lat[-1] * 1000,
                "qps": len(lat) / wall, "kinds": kinds}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.0f} GB RAM"
    except OSError:
        pass
    import pyoxigraph
    import rdflib
    return (f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, {mem}; "
            f"Python {platform.python_version()}, rdflib {rdflib.__version__}, "
            f"pyoxigraph {pyoxigraph.__version__}")


def fmt_s(x):
    if x != x:
        return "n/a"
    if x == float("inf"):
        return "timeout"
    return f"{x * 1000:.0f} ms" if x < 1 else f"{x:.2f} s"


def run_size(n: int, work: Path, runs: int, backends: list[str], lines: list[str],
             load_runs: int = 3) -> None:
    folder = work / f"{n}"
    info_file = folder / "info.json"
    if not info_file.exists():
        t0 = time.perf_counter()
        info = generate.write(n, folder)
        info["generate_s"] = time.perf_counter() - t0
        info_file.write_text(json.dumps(info))
    info = json.loads(info_file.read_text())
    print(f"\n== {info['triples']} triples, {info['documents']} documents", flush=True)
    lines.append(f"\n## {info['triples']:,} triples ({info['documents']:,} documents)\n")
    env = dict(os.environ, KG_CACHE="0")
    # loading
    store = folder / "store"
    from_nq = folder / "store-nq"
    raw = folder / "raw-oxigraph"
    for d in (store, from_nq, raw):
        shutil.rmtree(d, ignore_errors=True)
    # the same file (all.nq, every quad of the data folder) loaded both ways, then the build
    # from the data folder (one Turtle file per document); in turns, ``load_runs`` times
    def raw_load():
        shutil.rmtree(raw, ignore_errors=True)
        out = timed([PY, "-c", "import pyoxigraph as ox, sys; s = ox.Store(sys.argv[1]); "
                     "s.bulk_load(path=sys.argv[2], format=ox.RdfFormat.N_QUADS); s.flush()",
                     str(raw), str(folder / "all.nq")])
        shutil.rmtree(raw, ignore_errors=True)
        return out

    def build_nq():
        shutil.rmtree(from_nq, ignore_errors=True)
        out = timed(KG + ["build", "--store", f"oxigraph:{from_nq}", str(folder / "all.nq")], env)
        shutil.rmtree(from_nq, ignore_errors=True)
        return out

    def build_folder():
        shutil.rmtree(store, ignore_errors=True)
        return timed(KG + ["build", "--store", f"oxigraph:{store}", "--data", str(folder)], env)

    rounds = [(raw_load(), build_nq(), build_folder()) for _ in range(load_runs)]

    def median_run(i):
        runs_ = [rd[i] for rd in rounds]
        ok = [x for x in runs_ if x[2] == 0]
        if not ok:
            return runs_[0]
        return (statistics.median(x[0] for x in ok), max(x[1] for x in ok), 0, "")
    r, bq, b = median_run(0), median_run(1), median_run(2)
    ratios = [(rd[1][0] / rd[0][0], rd[2][0] / rd[0][0]) for rd in rounds]
    loads = [("pyoxigraph Store.bulk_load of all.nq", r),
             ("kg build --store oxigraph all.nq (same file; + union + name index)", bq),
             (f"kg build --store oxigraph --data (the folder: {info['documents']:,} Turtle files)", b)]
    if "memory" in backends:
        m = timed([PY, "-c", "import sys; from kg.model.graph import load; load(sys.argv[1], cache=False)",
                   str(folder)], env)
        loads.append(("memory: rdflib parse of the data folder (kg.model.graph.load, no cache)", m))
    lines.append("| loading | time | peak memory |\n|---|---|---|")
    for label, (dt, rss, rc, err) in loads:
        lines.append(f"| {label} | {fmt_s(dt) if rc == 0 else 'failed'} | {rss:.0f} MB |")
        print(f"  {label}: {fmt_s(dt)} {rss:.0f} MB rc={rc} {err if rc else ''}", flush=True)
    if b[2] == 0 and bq[2] == 0 and r[2] == 0:
        lines.append(f"\nMedians of {load_runs} rounds (each round: the three loads one after the "
                     f"other). kg build / pyoxigraph bulk load: same file {bq[0] / r[0]:.2f}x, "
                     f"data folder {b[0] / r[0]:.2f}x; per round: "
                     + ", ".join(f"{a:.2f}x / {c:.2f}x" for a, c in ratios) + "\n")
    # endpoint for the remote backend
    port = free_port()
    server = subprocess.Popen([OXIGRAPH, "serve-read-only", "--location", str(store / "oxigraph"),
                               "--bind", f"127.0.0.1:{port}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/query"
    specs = {"memory": "memory", "oxigraph": f"oxigraph:{store}", "sparql": f"sparql:{url}"}
    try:
        wait_http(url + "?query=ASK%7B%7D", server)
        qs = questions(info)
        cli: dict = {}
        lib: dict = {}
        for be in backends:
            n_runs = runs if not (be == "memory" and info["triples"] > 50_000) else 1
            for name, args in qs.items():
                if skip(be, name, info):
                    cli[(be, name)] = (float("nan"), float("nan"), "skipped")
                    continue
                times, rsss, rc = [], [], 0
                for _ in range(n_runs):
                    dt, rss, rc, err = timed(KG + args + ["--store", specs[be], "--data", str(folder)], env)
                    times.append(dt)
                    rsss.append(rss)
                    if rc not in (0,) or dt == float("inf"):
                        break
                cli[(be, name)] = (statistics.median(times), max(rsss), rc)
                print(f"  cli {be:8} {name:12} {fmt_s(cli[(be, name)][0]):>9} {max(rsss):6.0f} MB rc={rc}", flush=True)
            # library calls (the KG opened once)
            from kg.stores import open_kg
            t0 = time.perf_counter()
            kg = open_kg(specs[be], folder)
            lib[(be, "open")] = time.perf_counter() - t0
            for name in library_calls(kg, info):
                if skip(be, name, info):
                    lib[(be, name)] = float("nan")
                    continue
                try:
                    if be == "memory":     # loading again would take minutes; nothing is cached
                        lib[(be, name)] = median_time(library_calls(kg, info)[name], 3)
                    else:                  # a fresh KG per run: no answer from the last run's cache
                        runs_ = []
                        for _ in range(3):
                            fresh = open_kg(specs[be], folder)
                            runs_.append(median_time(library_calls(fresh, info)[name], 1))
                        lib[(be, name)] = statistics.median(runs_)
                except Exception as exc:     # report, keep going
                    print(f"  lib {be} {name} failed: {exc}")
                    lib[(be, name)] = float("nan")
                print(f"  lib {be:8} {name:12} {fmt_s(lib[(be, name)]):>9}", flush=True)
            del kg
        lines.append("\nMedian latency, whole `kg` process (peak memory), and as a library call "
                     "(opening time in the first row; a store is opened afresh for each run, so no "
                     "answer comes from the previous run's cache; the memory store is loaded once):\n")
        head = "| question | " + " | ".join(f"{be} (process) | {be} (library)" for be in backends) + " |"
        lines.append(head)
        lines.append("|---" * (1 + 2 * len(backends)) + "|")
        lines.append("| open/load | " + " | ".join(f" | {fmt_s(lib[(be, 'open')])}" for be in backends) + " |")
        for name in qs:
            cells = []
            for be in backends:
                dt, rss, rc = cli[(be, name)]
                c = (f"{fmt_s(dt)} ({rss:.0f} MB)" if rc == 0 else "skipped" if rc == "skipped" else
                     ("timeout" if dt == float("inf") else f"exit {rc}"))
                cells.append(f"{c} | {fmt_s(lib[(be, name)])}")
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        # concurrency on kg serve over the Oxigraph store
        c = concurrency(f"oxigraph:{store}", info)
        lines.append(f"\n`kg serve --store oxigraph` under {c['clients']} concurrent clients x "
                     f"{c['queries'] // c['clients']} queries (4 SELECT/ASK kinds, JSON): "
                     f"p50 {c['p50_ms']:.1f} ms, p95 {c['p95_ms']:.1f} ms, p99 {c['p99_ms']:.1f} ms, "
                     f"max {c['max_ms']:.0f} ms, {c['qps']:.0f} queries/s, {c['errors']} errors.\n")
        lines.append("| query (each sent by turns) | p50 | p95 |\n|---|---|---|")
        for q, p50, p95 in c["kinds"]:
            lines.append(f"| `{q}` | {p50:.1f} ms | {p95:.1f} ms |")
        lines.append("")
        print("  serve:", c, flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--work", type=Path, default=Path("/tmp/kgbench"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--load-runs", type=int, default=3, help="rounds of the loading measurements")
    ap.add_argument("--backends", nargs="+", default=["memory", "oxigraph", "sparql"])
    ap.add_argument("--output", type=Path, default=HERE / "RESULTS.md")
    a = ap.parse_args()
    a.work.mkdir(parents=True, exist_ok=True)
    lines = ["# Store benchmark", "",
             f"Run {time.strftime('%Y-%m-%d %H:%M')} with `python bench/run.py --sizes "
             f"{' '.join(map(str, a.sizes))}` on: {machine()}.", "",
             "Synthetic graphs from bench/generate.py (organisations, people, posts, places, "
             "policies, events, agreements; Zipf-skewed hubs; one named graph per document). "
             "`linked` asks about a mid-sized organisation, `linked hub` about the biggest hub. "
             "Each process runs with KG_CACHE=0 (no parse cache for the memory store). "
             "sparql = `oxigraph serve-read-only` over the same store, on 127.0.0.1."]
    for n in a.sizes:
        run_size(n, a.work, a.runs, a.backends, lines, a.load_runs)
        a.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
