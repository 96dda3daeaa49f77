"""Limits on a remote store (`--store sparql:URL`), against endpoints served by `kg serve` in
the test: `kg sparql` keeps at most --max-rows rows and says so, stops at --timeout, and sees
the endpoint's own row cap; `kg serve` over a remote store applies its row cap too; a remote
store is never silently partial because its endpoint cut an answer."""
from __future__ import annotations

import http.client
import json
import subprocess
import sys
import time
import urllib.parse

import pytest
from serving import start_serve, stop

ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(!isBlank(?s) && !isBlank(?o)) }"
CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"     # slow, small answer


def serve(*args):
    proc, port = start_serve("--workers", "2", *args)
    assert get(port, "ASK {}", timeout=120)[0] == 200
    return proc, port


def get(port, query, timeout=60, accept="application/sparql-results+json"):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept})
        resp = conn.getresponse()
        return resp.status, resp.headers, resp.read()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def endpoints():
    """A full endpoint (cap above the graph's size), and one with a small row cap."""
    full, full_port = serve("--max-rows", "1000000", "--timeout", "30")
    capped, capped_port = serve("--max-rows", "50")
    yield full_port, capped_port
    stop(full)
    stop(capped)


def kg(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=timeout)


def store(port):
    return f"sparql:http://127.0.0.1:{port}/sparql"


def test_kg_sparql_caps_rows_on_a_remote_store(endpoints):
    full, _ = endpoints
    everything = kg("sparql", ALL, "--store", store(full), "--format", "json")
    assert everything.returncode == 0, everything.stderr
    total = len(json.loads(everything.stdout)["rows"])
    assert total > 1000 and "warning" not in everything.stderr
    r = kg("sparql", ALL, "--store", store(full), "--format", "json", "--max-rows", "7")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)["rows"]
    assert len(rows) == 7 and all(row in json.loads(everything.stdout)["rows"] for row in rows)
    assert r.stderr.count("\n") == 1 and "only the first 7 rows" in r.stderr and "--max-rows" in r.stderr
    # the same cap on the local store
    local = kg("sparql", ALL, "--format", "json", "--max-rows", "7")
    assert len(json.loads(local.stdout)["rows"]) == 7 and "only the first 7 rows" in local.stderr


def test_the_endpoints_row_cap_is_said_and_never_leaves_a_store_partial(endpoints):
    full, capped = endpoints
    # the capped endpoint cuts a long answer: kg sparql says so
    r = kg("sparql", ALL, "--store", store(capped), "--format", "json")
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["rows"]) == 50 and "the endpoint's row cap" in r.stderr
    # lookups over the capped endpoint give what they give over the full one (no prefetch cut short)
    a = kg("show", "Fugu County", "--store", store(full), "--format", "json")
    b = kg("show", "Fugu County", "--store", store(capped), "--format", "json")
    assert a.returncode == 0 and json.loads(a.stdout)["entities"]
    if b.returncode == 0:
        assert json.loads(b.stdout) == json.loads(a.stdout)
    else:                     # an entity with more statements than the cap: said, not cut
        assert "row cap" in b.stderr and b.stderr.count("\n") == 1


def test_kg_serve_over_a_remote_store_applies_its_row_cap(endpoints):
    full, _ = endpoints
    proc, port = serve("--store", store(full), "--max-rows", "9")
    try:
        status, headers, body = get(port, ALL)
        assert status == 200 and headers.get("X-KG-Truncated") == "true"
        assert len(json.loads(body)["results"]["bindings"]) == 9
        status, headers, body = get(port, "SELECT ?s WHERE { ?s a nfo:Province } LIMIT 3")
        assert status == 200 and "X-KG-Truncated" not in headers
        assert len(json.loads(body)["results"]["bindings"]) == 3
        status, headers, body = get(port, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                    accept="application/n-triples")
        assert status == 200 and headers.get("X-KG-Truncated") == "true"
        assert len([ln for ln in body.decode().splitlines() if ln.strip()]) == 9
        status, headers, body = get(port, ALL, accept="text/csv")
        assert status == 200 and body.decode().count("\r\n") == 10      # head + 9 rows
        status, _, body = get(port, "ASK { ?s a nfo:Province }")
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        stop(proc)


def test_kg_sparql_stops_at_its_time_limit_on_a_remote_store(endpoints):
    full, _ = endpoints
    start = time.monotonic()
    r = kg("sparql", CROSS, "--store", store(full), "--timeout", "1.5")
    took = time.monotonic() - start
    assert r.returncode != 0 and "stopped after 1.5 s" in r.stderr and "Traceback" not in r.stderr
    assert r.stderr.strip().count("\n") == 0
    assert took < 15          # start-up, opening the remote store, then 1.5 s of query
    # (last in this module: the endpoint's worker goes on until its own limit)
