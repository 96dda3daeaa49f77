"""The same questions on the three stores: memory, oxigraph:PATH (built by `kg build`) and
sparql:URL (a real `oxigraph serve-read-only` process over that store, on 127.0.0.1)."""
from __future__ import annotations

import json
import time
import re

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef

from kg.ask import links, names, sparql, timeline
from kg import stores as store_mod
from kg.stores import oxigraph_build as build_mod, remote as remote_mod
from kg.ask.cards import card
from kg.model.errors import KGError
from kg.ask.paths import shortest_paths

NAMES = ["Fugu", "CNIA", "Baowu Magnesium", "Shaanxi", "Magnesium", "Chinalco", "titanium",
         "Ministry of Industry and Information Technology", "Yulin"]


def each(kgs, fn):
    """fn(kg) on every backend; asserts the others equal memory's answer; returns it."""
    want = fn(kgs["memory"])
    for name in ("oxigraph", "sparql"):
        got = fn(kgs[name])
        assert got == want, f"{name} differs from memory"
    return want


# --- library ---------------------------------------------------------------------------------
def test_sizes_and_graphs(kgs):
    each(kgs, lambda k: len(k.union))
    docs = each(kgs, lambda k: k.document_graphs())
    assert len(docs) >= 4


@pytest.mark.parametrize("text", NAMES + ["magnesum", "fugu county peoples government", "zzzz"])
def test_names_resolve_and_search(kgs, text):
    def answer(k):
        idx = names.index(k)
        try:
            resolved = [(m.iri, m.label, m.tier) for m in idx.resolve(text)]
        except names.NameNotFound as exc:
            resolved = ("not found", exc.suggestions)
        return resolved, [(m.iri, m.label, m.name, m.score) for m in idx.search(text)]
    each(kgs, answer)


@pytest.mark.parametrize("text", NAMES)
def test_linked_and_show(kgs, text):
    def answer(k):
        starts = [m.iri for m in names.resolve(k, text)]
        one = [l.as_dict() for l in links.linked(k, starts)]
        two = [l.as_dict() for l in links.linked(k, starts, hops=2)]
        return one, two, [card(k, i) for i in starts]
    each(kgs, answer)


def test_timeline(kgs):
    def answer(k):
        shaanxi = [m.iri for m in names.resolve(k, "Shaanxi")]
        cnia = [m.iri for m in names.resolve(k, "CNIA")]
        return ([e.as_dict() for e in timeline.timeline(k)],
                [e.as_dict() for e in timeline.timeline(k, places=shaanxi, start="2024", end="2024-06")],
                [e.as_dict() for e in timeline.timeline(k, about=cnia)])
    assert each(kgs, answer)[0]


def _unordered(v):
    """GROUP_CONCAT's order is left to the engine: compare the words of a value as a bag."""
    return " ".join(sorted(re.split(r"[;\s]+", v))) if isinstance(v, str) else v


def _rows(res):
    if res.kind == "graph":
        return sorted(map(str, res.graph))
    rows = [{k: _unordered(v) for k, v in r.items()} for r in res.plain_rows()]
    return res.kind, res.columns, sorted(json.dumps(r, sort_keys=True) for r in rows), res.boolean


@pytest.mark.parametrize("name", sorted(sparql.named_queries()))
def test_named_queries(kgs, name):
    q = sparql.named_queries()[name]
    examples = {"entity": "Fugu County", "date": "2024-05", "string": "Magnesium", "int": "2024",
                "class": "Event"}
    params = {p.name: examples[p.type] for p in q.params if not p.optional}
    if any(p.type == "entity" for p in q.params if not p.optional):
        for p in q.params:
            if p.type == "entity" and "org" in p.name or p.name in ("issuer", "organisation"):
                params[p.name] = "CNIA"
    def answer(k):
        try:
            return _rows(sparql.run_named(k, name, params)[1])
        except KGError as exc:
            return "error", str(exc).split(":")[-1]
    each(kgs, answer)


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { ?s a nfo:Event ; rdfs:label ?l } ORDER BY ?s LIMIT 5",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?o }",
    "ASK { ?s a nfo:Person }",
    "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a nfo:Province ; rdfs:label ?l }",
])
def test_ad_hoc_sparql(kgs, text):
    each(kgs, lambda k: _rows(sparql.run(k, text)))


def test_sparql_bindings(kgs):
    def answer(k):
        fugu = names.index(k).resolve_one("Fugu County")
        return _rows(sparql.run(k, "SELECT ?p ?o WHERE { ?x ?p ?o } ORDER BY ?p ?o", {"x": fugu}))
    assert each(kgs, answer)[2]


def test_path(kgs):
    def answer(k):
        idx = names.index(k)
        return shortest_paths(k, idx.resolve_one("Baowu Magnesium Technology Co., Ltd."),
                              idx.resolve_one("CNIA"))
    assert each(kgs, answer)


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nq", "graphml"])
def test_export(kgs, tmp_path, fmt):
    from kg.render.export import export

    def answer(k):
        out = export(k, fmt, tmp_path / f"{id(k)}.{fmt}")
        if fmt == "graphml":
            import networkx as nx
            g = nx.read_graphml(out)
            return sorted(g.nodes(data=True)), sorted((a, b, sorted(d.items())) for a, b, d in g.edges(data=True))
        if fmt == "ttl":
            g = Graph().parse(out, format="turtle")
            def same(t):        # blank nodes by place; 1.0 and 1 are the same decimal
                if isinstance(t, BNode):
                    return "_"
                v = getattr(t, "value", None)
                return str(v.normalize()) if hasattr(v, "normalize") else str(t)
            return sorted(tuple(same(t) for t in tr) for tr in g)
        ds = Dataset().parse(out, format="trig" if fmt == "trig" else "nquads")
        return sorted((str(c.identifier), len(c)) for c in ds.graphs() if len(c))

    want = answer(kgs["memory"])
    for name in ("oxigraph", "sparql"):
        got = answer(kgs[name])
        assert got == want, name


# --- CLI -------------------------------------------------------------------------------------
CLI_QUESTIONS = [
    ["linked", "Fugu", "--format", "json"],
    ["linked", "CNIA", "--type", "Person"],
    ["show", "Baowu Magnesium Technology Co., Ltd.", "--format", "json"],
    ["search", "magnesium", "--format", "csv"],
    ["timeline", "--in", "Shaanxi", "--format", "json"],
    # (events-in-place orders dates of different precision, e.g. "2024-10" and "2024-10-15",
    # which SPARQL leaves to the engine; its answers as sets are compared above)
    ["sparql", "posts-at-organisation", "--param", "org=CNIA", "--format", "json"],
    ["sparql", "SELECT ?o WHERE { ?s a nfo:Province ; rdfs:label ?o } ORDER BY ?o"],
    ["path", "Baowu Magnesium Technology Co., Ltd.", "CNIA", "--format", "json"],
]


@pytest.mark.parametrize("args", CLI_QUESTIONS, ids=lambda a: " ".join(a[:2]))
def test_cli_same_answers(run, built, endpoint, args):
    want = run(*args)
    assert want.exit_code == 0, want.stderr
    for spec in (f"oxigraph:{built}", f"sparql:{endpoint}"):
        got = run(*args, "--store", spec)
        assert got.exit_code == 0, got.stderr
        assert got.stdout == want.stdout, spec


def test_cli_store_from_environment(run, built, monkeypatch):
    monkeypatch.setenv("KG_STORE", f"oxigraph:{built}")
    r = run("search", "Fugu", "--format", "json")
    assert r.exit_code == 0 and "fugu-county" in r.stdout


@pytest.mark.parametrize("spec,message", [
    ("bolt:x", "bad store"),
    ("oxigraph:/nonexistent/kgstore", "no such store"),
    ("sparql:http://127.0.0.1:9/sparql", "unreachable"),
])
def test_store_errors_are_one_line(run, spec, message):
    r = run("linked", "Fugu", "--store", spec)
    assert r.exit_code == 1
    assert message in r.stderr and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


def test_unknown_name_on_oxigraph_suggests(run, built):
    r = run("linked", "Fugo Conty", "--store", f"oxigraph:{built}")
    assert r.exit_code == 1 and "nearest names" in r.stderr


# --- build -----------------------------------------------------------------------------------
def test_build_refuses_to_overwrite_then_force(run, tmp_path):
    """A folder that is not a store of ours is never deleted, even with --force; a store
    built by kg build is replaced only with --force."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "keep.txt").write_text("x")
    for extra in ([], ["--force"]):
        r = run("build", "--store", f"oxigraph:{docs}", *extra)
        assert r.exit_code == 1 and len(r.stderr.strip().splitlines()) == 1
        assert (docs / "keep.txt").read_text() == "x"
    target = tmp_path / "s"
    assert run("build", "--store", f"oxigraph:{target}").exit_code == 0
    r = run("build", "--store", f"oxigraph:{target}")
    assert r.exit_code == 1 and "--force" in r.stderr
    r = run("build", "--store", f"oxigraph:{target}", "--force", "--format", "json")
    assert r.exit_code == 0, r.stderr
    meta = json.loads(r.stdout)
    assert meta["triples"] > 5000 and meta["names"] > 500
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]   # no temp left


def test_build_from_user_files(run, tmp_path):
    ttl = tmp_path / "my-report.ttl"
    ttl.write_text("""@prefix nf: <https://w3id.org/nfkg/id/> . @prefix nfo: <https://w3id.org/nfkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
nf:acme a nfo:Company ; rdfs:label "Acme Magnesium" ; nfo:locatedIn nf:fugu-county .
nf:fugu-county a nfo:County ; rdfs:label "Fugu County" .""")
    nq = tmp_path / "more.nq"
    nq.write_text('<https://w3id.org/nfkg/id/acme> <http://www.w3.org/2004/02/skos/core#altLabel> "ACME" '
                  '<https://w3id.org/nfkg/doc/other> .\n')
    target = tmp_path / "s"
    r = run("build", "--store", f"oxigraph:{target}", str(ttl), str(nq))
    assert r.exit_code == 0, r.stderr
    r = run("linked", "ACME", "--store", f"oxigraph:{target}", "--format", "json")
    assert r.exit_code == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["matches"][0]["iri"].endswith("/acme")
    assert out["links"][0]["sources"] == ["my-report"]


def test_build_bad_file_leaves_nothing(run, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle .")
    r = run("build", "--store", f"oxigraph:{tmp_path / 's'}", str(bad))
    assert r.exit_code == 1 and "bad.ttl" in r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.ttl"]


def test_remote_without_prefetch(kg, endpoint, monkeypatch):
    """A big endpoint is not fetched whole: each node is asked for (with its blank nodes)."""
    monkeypatch.setattr(remote_mod, "PREFETCH_LIMIT", 0)
    remote = store_mod.open_kg(f"sparql:{endpoint}")
    assert remote.store._all is None
    for text in ("Chinalco", "Baowu Magnesium"):
        want = [m.iri for m in names.resolve(kg, text)]
        assert [m.iri for m in names.resolve(remote, text)] == want
        assert [l.as_dict() for l in links.linked(remote, want)] == \
            [l.as_dict() for l in links.linked(kg, want)]
        assert [card(remote, i) for i in want] == [card(kg, i) for i in want]


# --- the union in the default graph, blank nodes -------------------------------------------
_BNODE_TTL = """@prefix ex: <http://example.org/> .
ex:a ex:evidence [ ex:start 1 ; ex:end 2 ] ; ex:label "A" .
_:b0 ex:p ex:a .
"""
_BNODE_NQ = """<http://example.org/x> <http://example.org/label> "A" <http://example.org/g1> .
<http://example.org/x> <http://example.org/label> "A" <http://example.org/g2> .
_:b0 <http://example.org/p> <http://example.org/x> <http://example.org/g1> .
<http://example.org/x> <http://example.org/q> _:b0 <http://example.org/g1> .
"""


def _count(store, text):
    return int(next(iter(store.query(text)))["n"].value)


@pytest.mark.parametrize("big,pipes", [(False, True), (True, True), (False, False)],
                         ids=["through Python", "Oxigraph's own loader", "without named pipes"])
def test_build_union_is_a_set_sharing_blank_nodes(tmp_path, monkeypatch, big, pipes):
    """The default graph is the union of the named graphs as a set; a blank node there is
    the one of its named graph; files using the same blank node label keep two nodes."""
    import pyoxigraph as ox

    monkeypatch.setattr(build_mod, "BIG_FILE", 0 if big else 1 << 40)
    if not pipes:
        monkeypatch.delattr(build_mod.os, "mkfifo")
    a, b, nq = tmp_path / "a.ttl", tmp_path / "b.ttl", tmp_path / "c.nq"
    a.write_text(_BNODE_TTL)
    b.write_text(_BNODE_TTL)
    nq.write_text(_BNODE_NQ)
    target = tmp_path / "s"
    store_mod.build(target, store_mod.files_for([a, b, nq]))
    s = ox.Store.read_only(str(target / "oxigraph"))
    every = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
    assert _count(s, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == _count(s, every)
    # each of the two Turtle files keeps its own two blank nodes; the N-Quads file has one
    assert _count(s, "SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE { { ?b ?p ?o } UNION { ?o ?p ?b } "
                     "FILTER(isBlank(?b)) }") == 5
    # the same blank node in the default graph and in its named graph
    assert _count(s, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o . GRAPH ?g { ?s ?p ?o } "
                     "FILTER(isBlank(?s) || isBlank(?o)) }") == 10
    kg = store_mod.open_kg(f"oxigraph:{target}")
    x = URIRef("http://example.org/x")
    assert kg.sources(x, URIRef("http://example.org/label"), Literal("A")) == []  # not doc: graphs
    assert {str(g) for g in kg.backend.graph_names()} >= {"http://example.org/g1", "http://example.org/g2"}


def test_build_error_in_a_later_file_names_it(tmp_path):
    good = tmp_path / "good.ttl"
    good.write_text(_BNODE_TTL * 50)
    bad = tmp_path / "zbad.nt"
    bad.write_text('<http://example.org/a> <http://example.org/b> "unterminated .\n')
    with pytest.raises(KGError, match="zbad.nt"):
        store_mod.build(tmp_path / "s", store_mod.files_for([good, bad]))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.ttl", "zbad.nt"]


@pytest.mark.parametrize("prefetch_all", [True, False], ids=["fetched whole", "asked in batches"])
def test_endpoint_without_union_default_graph(kg, named_only_endpoint, monkeypatch, prefetch_all):
    """Over an endpoint whose default graph is empty, the union is made of the named graphs:
    the same names, links, cards and paths as in memory."""
    if not prefetch_all:
        monkeypatch.setattr(remote_mod, "PREFETCH_LIMIT", 0)
    remote = store_mod.open_kg(f"sparql:{named_only_endpoint}")
    assert remote.backend.union_graph is None
    for text in ("Fugu", "Chinalco", "Baowu Magnesium", "CNIA"):
        want = [m.iri for m in names.resolve(kg, text)]
        assert [m.iri for m in names.resolve(remote, text)] == want
        assert [l.as_dict() for l in links.linked(remote, want)] == \
            [l.as_dict() for l in links.linked(kg, want)]
        assert [card(remote, i) for i in want] == [card(kg, i) for i in want]
    a, b = (names.index(kg).resolve_one(t) for t in ("Baowu Magnesium", "Shaanxi"))
    assert shortest_paths(remote, a, b) == shortest_paths(kg, a, b)


@pytest.mark.parametrize("when", ["while streaming", "before the pipes are open"])
def test_build_interrupted_leaves_nothing_and_no_thread_waiting(tmp_path, monkeypatch, when):
    """An interrupt while the files are streamed to the loaders, or before this side has
    opened the pipes the loaders wait on: the loaders end, the temporary folder goes, and the
    exception comes through."""
    import contextlib
    import threading

    class Stop(BaseException):
        pass

    if when == "while streaming":
        parse = build_mod._parse
        calls = []

        def interrupted(ox, f):
            calls.append(f)
            if len(calls) == 3:
                raise Stop()
            return parse(ox, f)
        monkeypatch.setattr(build_mod, "_parse", interrupted)
    else:
        class NoStack:
            def __init__(self):
                time.sleep(0.2)       # the loaders are waiting on the pipes by now
                raise Stop()
        monkeypatch.setattr(contextlib, "ExitStack", NoStack)
    before = threading.active_count()
    with pytest.raises(Stop):
        store_mod.build(tmp_path / "s", data_dir=None)
    assert list(tmp_path.iterdir()) == []
    assert threading.active_count() == before
