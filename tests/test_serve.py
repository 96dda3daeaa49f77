"""`kg serve`: the SPARQL 1.1 Protocol with SPARQLWrapper as the client, content negotiation,
400 for a malformed query, updates refused, limits, and the HTML view (the app served by
uvicorn in a thread, as `kg serve` serves it)."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from SPARQLWrapper import CSV, GET, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException
from rdflib import Graph

from kg import stores as store_mod
from kg.web.app import make_app
from kg.web.results import negotiate
from kg.web.serve import listen, make_server


PROVINCES = "SELECT ?p ?label WHERE { ?p a nfo:Province ; rdfs:label ?label FILTER(LANG(?label) = '') } ORDER BY ?label"


class _Running:
    def __init__(self, server, thread, sock):
        self.server, self.thread, self.sock = server, thread, sock

    def shutdown(self):
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def server_close(self):
        self.sock.close()


def _start(kg, **kw):
    """The app of `kg serve` on a free loopback port, served by uvicorn in a thread."""
    sock = listen("127.0.0.1", 0)
    server = make_server(make_app(kg, **kw), sock)
    t = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    t.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    return _Running(server, t, sock), f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.fixture(scope="module")
def oxkg(built):
    return store_mod.open_kg(f"oxigraph:{built}")


@pytest.fixture(scope="module", params=["memory", "oxigraph"])
def base(request, kg, oxkg):
    server, url = _start(kg if request.param == "memory" else oxkg, timeout=5, max_rows=1000)
    yield url
    server.shutdown()
    server.server_close()


def wrapper(base, query, method=GET, fmt=JSON):
    sw = SPARQLWrapper(base + "/sparql")
    sw.setQuery(query)
    sw.setMethod(method)
    sw.setReturnFormat(fmt)
    return sw


@pytest.mark.parametrize("method", [GET, POST])
def test_select_json(base, method):
    res = wrapper(base, "PREFIX nfo: <https://w3id.org/nfkg/ontology#>\n" + PROVINCES, method).query().convert()
    labels = [b["label"]["value"] for b in res["results"]["bindings"]]
    assert "Shaanxi Province" in labels and labels == sorted(labels)
    assert len(labels) == len(set(labels))      # the union is a set: no duplicates
    assert res["head"]["vars"] == ["p", "label"]


@pytest.mark.parametrize("method", [GET, POST])
def test_select_xml(base, method):
    doc = wrapper(base, PROVINCES, method, XML).query().convert()     # prefixes are predefined
    labels = [n.firstChild.data for n in doc.getElementsByTagName("literal")]
    assert "Shaanxi Province" in labels


def test_ask_and_post_sparql_query_body(base):
    assert wrapper(base, "ASK { ?s a nfo:Person }", POST).query().convert()["boolean"] is True
    req = urllib.request.Request(base + "/sparql", data=b"ASK { ?s a nfo:Nothing }", method="POST",
                                 headers={"Content-Type": "application/sparql-query",
                                          "Accept": "application/sparql-results+json"})
    assert json.loads(urllib.request.urlopen(req).read()) == {"head": {}, "boolean": False}


def test_csv_and_tsv(base):
    text = wrapper(base, PROVINCES, GET, CSV).query().convert().decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["p", "label"] and ["https://w3id.org/nfkg/id/shaanxi", "Shaanxi Province"] in rows
    text = wrapper(base, PROVINCES, GET, TSV).query().convert().decode()
    assert text.splitlines()[0] == "?p\t?label"
    assert '<https://w3id.org/nfkg/id/shaanxi>\t"Shaanxi Province"' in text


def test_construct_turtle_ntriples_jsonld(base):
    q = "CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a nfo:Province ; rdfs:label ?l }"
    g = wrapper(base, q, GET, TURTLE).query().convert()
    g = g if isinstance(g, Graph) else Graph().parse(data=g, format="turtle")
    assert len(g) > 3
    url = base + "/sparql?" + urllib.parse.urlencode({"query": q})
    for accept, fmt in (("application/n-triples", "nt"), ("application/ld+json", "json-ld")):
        resp = urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept}))
        assert resp.headers["Content-Type"].startswith(accept)
        assert len(Graph().parse(data=resp.read(), format=fmt)) == len(g)


def test_malformed_query_is_400_with_message(base):
    with pytest.raises(QueryBadFormed) as exc:
        wrapper(base, "SELECT ?x WHERE { ?x ?p }").query()
    assert "malformed query" in str(exc.value)
    try:
        urllib.request.urlopen(base + "/sparql?query=" + urllib.parse.quote("SELEC nothing"))
    except urllib.error.HTTPError as e:
        assert e.code == 400 and b"malformed" in e.read()
    else:
        pytest.fail("no error")


def test_updates_are_refused(base):
    sw = wrapper(base, "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", POST)
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)) as exc:
        sw.query()
    assert "403" in str(exc.value) or "read-only" in str(exc.value)
    for body, ctype in ((b"update=DROP+ALL", "application/x-www-form-urlencoded"),
                        (b"DROP ALL", "application/sparql-update")):
        req = urllib.request.Request(base + "/sparql", data=body, method="POST",
                                     headers={"Content-Type": ctype})
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(req)
        assert e.value.code == 403
    # still all there
    res = wrapper(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").query().convert()
    assert int(res["results"]["bindings"][0]["n"]["value"]) > 5000


def test_result_cap(base):
    req = urllib.request.Request(base + "/sparql?" + urllib.parse.urlencode(
        {"query": "SELECT * WHERE { ?s ?p ?o }"}), headers={"Accept": "application/sparql-results+json"})
    resp = urllib.request.urlopen(req)
    assert resp.headers["X-KG-Truncated"] == "true"
    assert len(json.loads(resp.read())["results"]["bindings"]) == 1000


def test_view_and_index_page(base):
    page = urllib.request.urlopen(base + "/view?name=Fugu").read().decode()
    assert "<html" in page.lower() and "Fugu County" in page
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(base + "/view?name=Nowhere+At+All+Zzz")
    assert e.value.code == 404
    home = urllib.request.urlopen(base + "/").read()
    # the home page leads to the endpoint: directly, or through the explorer's query page
    if b"/sparql" not in home:
        assert b'href="/query"' in home and b"/sparql" in urllib.request.urlopen(base + "/query").read()


def test_time_limit(kg):
    server, url = _start(kg, timeout=0.3, max_rows=10**9)
    try:
        heavy = "SELECT * WHERE { ?a ?p ?b . ?c ?q ?d }"     # 40 million rows, streamed
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(url + "/sparql?" + urllib.parse.urlencode({"query": heavy}))
        assert e.value.code == 503 and b"time limit" in e.value.read()
    finally:
        server.shutdown()
        server.server_close()


def test_negotiation_rules():
    assert negotiate("application/sparql-results+xml;q=0.5, text/csv", "select") == "csv"
    assert negotiate("*/*", "select") == "json" and negotiate("*/*", "graph") == "ttl"
    assert negotiate("text/html", "graph") == "ttl"
    assert negotiate("", "select", "tsv") == "tsv"


def test_kg_serve_command_binds_loopback(tmp_path):
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--port", str(port)],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                body = urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D",
                                              timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("kg serve did not start: " + proc.stderr.read().decode()[:500])
                time.sleep(0.2)
        assert json.loads(body)["boolean"] is True
        conns = subprocess.run(["ss", "-ltn"], capture_output=True, text=True).stdout
        if conns:
            assert f"127.0.0.1:{port}" in conns and f"0.0.0.0:{port}" not in conns
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_view_is_capped_and_says_so(base):
    page = urllib.request.urlopen(base + "/view?name=Fugu&hops=2&max_nodes=12").read().decode()
    assert "capped at 12 nodes" in page
    full = urllib.request.urlopen(base + "/view?name=Fugu&hops=2").read().decode()
    assert "capped at" not in full
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(base + "/view?name=Fugu&max_nodes=lots")
    assert e.value.code == 400
