"""A query never reaches outside the dataset: `kg sparql` refuses SERVICE, LOAD and updates, and
FROM / FROM NAMED outside the dataset's graphs, on the memory and Oxigraph stores. A listener
socket must see no connection and a marker file named by a file: IRI must not be read."""
from __future__ import annotations

import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kg.ask.guard import QueryRefused, QuerySyntaxError, check_query

KG = [sys.executable, "-m", "kg"]


@pytest.fixture(scope="module")
def listener():
    """A local TCP listener that records every connection it gets."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)
    srv.settimeout(0.2)
    hits: list = []
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            hits.append(conn.recv(200))
            conn.close()

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    yield srv.getsockname()[1], hits
    stop.set()
    t.join(2)
    srv.close()


@pytest.fixture(scope="module")
def marker(tmp_path_factory):
    """A Turtle file with a triple no dataset has: if a query could read it, it would show."""
    p = tmp_path_factory.mktemp("marker") / "marker.ttl"
    p.write_text("<urn:marker:s> <urn:marker:p> \"MARKER-READ\" .\n", encoding="utf-8")
    return p


@pytest.fixture(scope="module")
def ox_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("ox") / "kg"
    r = subprocess.run([*KG, "build", "--store", f"oxigraph:{path}"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return f"oxigraph:{path}"


def attacks(port: int, marker: Path) -> list[str]:
    url = f"http://127.0.0.1:{port}/admin/api"
    f = marker.as_uri()
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o . {{ SELECT * WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }} }} }} LIMIT 1",
        f"LOAD <{url}>",
        f"LOAD <{f}> INTO GRAPH <urn:x>",
        f"SELECT * FROM <{f}> WHERE {{ ?s ?p ?o }}",
        f"SELECT * FROM NAMED <{f}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        f"# GRAPH\nSELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}",
        f"PREFIX x: <{url}/> SELECT * FROM NAMED x:g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "DELETE WHERE { ?s ?p ?o }",
    ]


@pytest.mark.parametrize("store_kind", ["memory", "oxigraph"])
def test_outside_reaches_refused(store_kind, listener, marker, request):
    port, hits = listener
    store = [] if store_kind == "memory" else ["--store", request.getfixturevalue("ox_store")]
    for q in attacks(port, marker):
        r = subprocess.run([*KG, "sparql", q, "--format", "json", *store], capture_output=True,
                           text=True, timeout=120)
        assert r.returncode == 1, (q, r.stdout, r.stderr)
        assert "refused" in r.stderr and "Traceback" not in r.stderr, (q, r.stderr)
        assert len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert "MARKER-READ" not in r.stdout + r.stderr
    assert hits == []


def test_words_in_comments_and_strings_are_fine(listener):
    port, hits = listener
    q = (f"# SERVICE <http://127.0.0.1:{port}/> LOAD GRAPH FROM\n"
         "SELECT ?l WHERE { ?s rdfs:label ?l FILTER(?l != \"SERVICE LOAD FROM NAMED GRAPH\") } LIMIT 2")
    r = subprocess.run([*KG, "sparql", q, "--format", "json"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert '"rows"' in r.stdout
    assert hits == []


def test_own_graphs_may_be_named(runner):
    from kg.cli import app
    q = ("SELECT (COUNT(*) AS ?n) FROM NAMED <https://w3id.org/nfkg/graph/inferred> "
         "WHERE { GRAPH ?g { ?s ?p ?o } }")
    r = runner.invoke(app, ["sparql", q, "--format", "csv"])
    assert r.exit_code == 0, r.stderr
    assert int(r.stdout.splitlines()[1]) > 0


def test_allow_list_is_an_explicit_opt_in():
    q = "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }"
    with pytest.raises(QueryRefused):
        check_query(q)
    check_query(q, frozenset({"http://example.org/g"}))
    with pytest.raises(QueryRefused):                    # updates never
        check_query("LOAD <http://example.org/g>", frozenset({"http://example.org/g"}))


def test_syntax_error_is_one_line_with_position(runner):
    from kg.cli import app
    with pytest.raises(QuerySyntaxError, match=r"line 2, column 1: .*WHER"):
        check_query("SELECT *\nWHER { ?s ?p ?o }")
    r = runner.invoke(app, ["sparql", "SELECT * WHERE {\n  ?s ?p }"])
    assert r.exit_code == 1
    assert len(r.stderr.strip().splitlines()) == 1 and "line 2" in r.stderr


def test_timeout_stops_the_query():
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    r = subprocess.run([*KG, "sparql", q, "--timeout", "1"], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 1 and "stopped after 1 s" in r.stderr


@pytest.mark.parametrize("iri", [
    "https://w3id.org/nfkg/doc/../../x",
    "https://w3id.org/nfkg/doc/%2e%2e/%2e%2e/x",
    "https://w3id.org/nfkg/doc/a/./b",
])
def test_a_dot_segment_after_our_prefix_is_outside(iri):
    """A remote endpoint that fetches FROM graphs would resolve our prefix followed by "..": the
    prefix alone does not make an IRI ours (round 19, hostile pass 15's note)."""
    with pytest.raises(QueryRefused):
        check_query(f"SELECT * FROM <{iri}> WHERE {{ ?s ?p ?o }}")


def test_our_own_graph_iris_pass():
    check_query("SELECT * FROM <https://w3id.org/nfkg/doc/003-magnesium-industry-2024-major-"
                "events> FROM NAMED <https://w3id.org/nfkg/doc/u221-x.y> WHERE { ?s ?p ?o }")
