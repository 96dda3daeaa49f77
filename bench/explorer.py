"""Server time of the explorer's entity pages: every entity of a store, p50/p95/max.

    python bench/explorer.py                       # the shipped graph (memory store)
    python bench/explorer.py --store oxigraph:bench/stores/1m --sample 300

Requests go through Starlette's test client (no network); the time is the full request
(routing, library calls, template). With --sample N a random (seeded) sample of entities."""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time

from rdflib import URIRef
from rdflib.namespace import RDF
from starlette.applications import Starlette
from starlette.testclient import TestClient

from kg.model.evidence import find_sources_dir
from kg.model.namespaces import NF
from kg.stores import open_kg
from kg.web.explorer import routes


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--store", default=None)
    ap.add_argument("--sample", type=int, default=0)
    args = ap.parse_args()
    t0 = time.perf_counter()
    kg = open_kg(args.store, None)
    client = TestClient(Starlette(routes=routes(kg, find_sources_dir())))
    client.get("/id/fugu-county")          # warm-up (name index, caches)
    if args.sample:
        from kg.ask.sparql import run
        rows = run(kg, f"SELECT DISTINCT ?s WHERE {{ ?s a ?t FILTER(STRSTARTS(STR(?s), \"{NF}\")) }}").rows
        iris = sorted(str(r["s"]) for r in rows)
        iris = random.Random(7).sample(iris, min(args.sample, len(iris)))
    else:
        iris = sorted({str(s) for s in kg.union.subjects(RDF.type, None)
                       if isinstance(s, URIRef) and str(s).startswith(str(NF))})
    print(f"{len(iris)} entities; store {args.store or 'memory'}; opened in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)
    times, errors = [], 0
    for iri in iris:
        t = time.perf_counter()
        r = client.get("/id/" + iri[len(str(NF)):])
        times.append((time.perf_counter() - t) * 1000)
        errors += r.status_code != 200
    times.sort()
    q = statistics.quantiles(times, n=100)
    print(f"entity pages: n={len(times)} p50={q[49]:.1f} ms p95={q[94]:.1f} ms max={times[-1]:.1f} ms errors={errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
