"""The view of a neighbourhood on each store: ``kg.render.network.neighbourhood_graph`` asks the store only
about the nodes it shows, and gives exactly what cutting the whole projection gives (the way
the view was made before), for every entity of the shipped graph, on the memory store and on an
Oxigraph store built from the same data."""
from __future__ import annotations

import json
import random

import pytest
from rdflib import URIRef
from rdflib.namespace import OWL, RDFS

from kg import stores as store_mod
from kg.model.errors import KGError
from kg.model.graph import load
from kg.render.network import neighbourhood_graph, to_networkx, _node_attrs
from kg.render.view import neighbourhood

from conftest import DATA

FUGU = URIRef("https://w3id.org/nfkg/id/fugu-county")
SCHEMA = {RDFS.subClassOf, OWL.inverseOf}


@pytest.fixture(scope="module")
def kgs(built):
    return {"memory": load(DATA), "oxigraph": store_mod.open_kg(f"oxigraph:{built}")}


def signature(g):
    """Everything about a graph that the view draws: nodes, edges, keys and attributes."""
    return (sorted((n, tuple(sorted(d.items()))) for n, d in g.nodes(data=True)),
            sorted((u, v, k, tuple(sorted(d.items())))
                   for u, v, k, d in g.edges(keys=True, data=True)))


def cut(kg, whole, centres, hops):
    """The neighbourhood as the view made it before: project everything, then cut."""
    ids = [str(c) for c in centres]
    extra = {c: _node_attrs(kg, URIRef(c)) for c in ids if c not in whole}
    if extra:
        whole = whole.copy()
        for c, attrs in extra.items():
            whole.add_node(c, **attrs)
    return whole.subgraph(neighbourhood(whole, ids, hops))


@pytest.mark.parametrize("collapse", [False, True], ids=["plain", "collapse"])
@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_same_as_cutting_the_whole_projection(kgs, backend, collapse):
    kg = kgs[backend]
    whole = to_networkx(kg, collapse=collapse)
    projection = to_networkx(kgs["memory"])
    entities = sorted(URIRef(n) for n in projection)   # relation nodes too
    assert len(entities) > 600
    # the 25 most connected (the hard cases) and a seeded sample of the rest: every entity
    # took a minute of the suite once figures doubled the graph
    hubs = sorted(entities, key=lambda e: (-projection.degree(str(e)), str(e)))[:25]
    entities = sorted(set(hubs) | set(random.Random(11).sample(entities, 200)))
    for hops in (1, 2):
        for e in entities:
            got = neighbourhood_graph(kg, [e], hops, collapse=collapse)
            assert signature(got) == signature(cut(kg, whole, [e], hops)), (backend, hops, str(e))
    # several centres at once, and no hop at all
    many = [FUGU, URIRef("https://w3id.org/nfkg/id/cnia"), entities[0]]
    for hops in (0, 1, 2):
        got = neighbourhood_graph(kg, many, hops, collapse=collapse)
        assert signature(got) == signature(cut(kg, whole, many, hops))


@pytest.mark.parametrize("collapse", [False, True])
def test_stores_agree_on_the_projection(kgs, collapse):
    """The collapsed projection no longer depends on the order a store lists triples in."""
    assert signature(to_networkx(kgs["memory"], collapse=collapse)) == \
        signature(to_networkx(kgs["oxigraph"], collapse=collapse))


def test_never_scans_the_whole_store(built, monkeypatch):
    kg = store_mod.open_kg(f"oxigraph:{built}")
    backend = kg.backend
    original = backend.pattern
    asked = []

    def pattern(s, p, o, g):
        # by subject or object; by predicate only for the ontology's few class/property axioms
        assert s is not None or o is not None or p in SCHEMA, f"whole-store scan: {p}"
        asked.append((s, p, o))
        return original(s, p, o, g)

    monkeypatch.setattr(backend, "pattern", pattern)
    for collapse in (False, True):
        g = neighbourhood_graph(kg, [FUGU], 1, collapse=collapse)
        assert str(FUGU) in g and g.number_of_nodes() > 5
    assert asked


def test_unknown_centre_and_bad_arguments(kgs):
    for kg in kgs.values():
        with pytest.raises(KGError, match="not an entity"):
            neighbourhood_graph(kg, [URIRef("https://w3id.org/nfkg/id/no-such-thing")], 1)
        with pytest.raises(KGError, match="hops"):
            neighbourhood_graph(kg, [FUGU], -1)
        with pytest.raises(KGError, match="max_nodes"):
            neighbourhood_graph(kg, [FUGU], 1, max_nodes=0)


def _page_data(path):
    html = path.read_text(encoding="utf-8")
    return json.loads(html.split("var DATA = ", 1)[1].split(";\n", 1)[0])


@pytest.mark.parametrize("extra", [[], ["--collapse"], ["--hops", "2"]])
def test_cli_view_on_oxigraph_writes_the_same_page(run, built, tmp_path, extra):
    on_store = tmp_path / "ox.html"
    in_memory = tmp_path / "mem.html"
    r = run("view", "Fugu", *extra, "--store", f"oxigraph:{built}", "-o", on_store,
            "--format", "json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["output"] == str(on_store)
    assert run("view", "Fugu", *extra, "--data", DATA, "-o", in_memory).exit_code == 0
    got, want = _page_data(on_store), _page_data(in_memory)
    assert got == want
    assert str(FUGU) in {n["id"] for n in got["nodes"]} and got["edges"]
    assert str(FUGU) in got["centers"]
