"""`kg export` (RDF formats) and `kg stats` on the Oxigraph and SPARQL stores, where the
backend does the whole-graph work: the same content and the same counts as the memory store."""
from __future__ import annotations

import json

import pytest
from rdflib import BNode, Dataset, Graph, Literal

from kg.ask import stats as stats_mod
from kg.render.export import export

# fixtures (conftest.py): a store built by `kg build`, a server over it, and one whose default
# graph is empty

PARSE = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}
UNION_FORMATS = ("ttl", "nt")
DATASET_FORMATS = ("nq", "trig", "jsonld")


def graphs_of(path, fmt) -> dict:
    """What a file holds: {None: the graph} for a graph format, else {graph IRI: graph}
    for every non-empty graph (the default graph under None)."""
    if fmt in UNION_FORMATS:
        return {None: Graph().parse(path, format=PARSE[fmt])}
    ds = Dataset()
    ds.parse(path, format=PARSE[fmt])
    out = {}
    for g in ds.graphs():
        if len(g):
            key = None if g.identifier == ds.default_graph.identifier else str(g.identifier)
            plain = Graph()
            for t in g:
                plain.add(t)
            out[key] = plain
    return out


def canonical(g: Graph) -> list:
    """The triples of ``g`` with each blank node written as what it says (its outgoing
    triples, recursively): blank nodes here are trees (evidence -> selector), so two graphs
    with the same canonical list are the same graph up to blank-node labels, and this takes
    a moment where rdflib's general isomorphism test takes most of a minute."""
    memo: dict = {}

    def term(t, seen=()):
        if isinstance(t, Literal) and t.datatype is not None and t.value is not None \
                and not isinstance(t.value, str):
            v = t.value.normalize() if hasattr(t.value, "normalize") else t.value
            return f"{v!r}^^{t.datatype}"      # 1.0 and 1 are the same decimal
        if not isinstance(t, BNode):
            return t.n3()
        if t not in memo:
            if t in seen:
                return "_:cycle"
            memo[t] = "[" + "; ".join(sorted(f"{p.n3()} {term(o, seen + (t,))}"
                                             for p, o in g.predicate_objects(t))) + "]"
        return memo[t]
    return sorted(" ".join(term(x) for x in t) for t in g)


# the canonical lists of the memory exports (a module fixture, compared with each store's
# export: 20 comparisons of 5 formats' graphs), made once a graph; the graph is kept beside
# its list so that its id is never another graph's
_WANT: dict = {}


def _canonical_want(g: Graph) -> list:
    if id(g) not in _WANT:
        _WANT[id(g)] = (g, canonical(g))
    return _WANT[id(g)][1]


def assert_same_content(got: dict, want: dict, where: str) -> None:
    assert sorted(got, key=str) == sorted(want, key=str), f"{where}: other graphs"
    for name, g in want.items():
        assert len(got[name]) == len(g), f"{where}: {name} has {len(got[name])} triples, not {len(g)}"
        assert canonical(got[name]) == _canonical_want(g), f"{where}: {name} holds other triples"


@pytest.fixture(scope="module")
def memory_exports(kg, tmp_path_factory):
    folder = tmp_path_factory.mktemp("memory-exports")
    return {fmt: graphs_of(export(kg, fmt, folder / f"kg.{fmt}"), fmt) for fmt in PARSE}


# --- export ----------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", list(PARSE))
@pytest.mark.parametrize("store", ["oxigraph", "sparql"])
def test_export_same_content_as_memory(kgs, memory_exports, tmp_path, store, fmt):  # noqa: F811
    out = export(kgs[store], fmt, tmp_path / f"kg.{fmt}")
    assert_same_content(graphs_of(out, fmt), memory_exports[fmt], f"{store} {fmt}")
    assert [p.name for p in tmp_path.iterdir()] == [f"kg.{fmt}"]      # no temp file left


def test_memory_dataset_export_is_the_named_graphs(kg, memory_exports):
    for fmt in DATASET_FORMATS:
        graphs = memory_exports[fmt]
        assert None not in graphs                        # no default graph, hence no doubles
        assert sum(g.startswith("https://w3id.org/nfkg/doc/") for g in graphs) == 5
        assert "https://w3id.org/nfkg/graph/ontology" in graphs
    for fmt in UNION_FORMATS:
        assert len(memory_exports[fmt][None]) == len(kg.union)


def test_oxigraph_dataset_export_leaves_out_the_union_copy(kgs, tmp_path):  # noqa: F811
    out = export(kgs["oxigraph"], "nq", tmp_path / "kg.nq")
    lines = out.read_text(encoding="utf-8").splitlines()
    assert all(line.rstrip(" .").rsplit(" ", 1)[-1].startswith("<https://w3id.org/nfkg/")
               for line in lines if line)             # every quad in a named graph
    assert len(lines) == sum(len(kgs["memory"].dataset.graph(g))
                             for g in {c.identifier for c in kgs["memory"].dataset.graphs()})


def test_export_from_the_store_does_not_walk_rdflib(kgs, tmp_path, monkeypatch):  # noqa: F811
    k = kgs["oxigraph"]

    def refuse(*a, **kw):
        raise AssertionError("rdflib serializer used")
    monkeypatch.setattr(type(k.union), "serialize", refuse)
    for fmt in PARSE:
        export(k, fmt, tmp_path / f"kg.{fmt}")


# --- stats -----------------------------------------------------------------------------------
def test_stats_equal_on_every_store(kgs):  # noqa: F811
    want = stats_mod.stats(kgs["memory"])
    assert want["triples"] == len(kgs["memory"].union) > 1000
    assert len(want["documents"]) == 5
    links = [m["links"] for m in stats_mod.stats(kgs["memory"], 200)["most_connected"]]
    tie = next(i for i in range(1, len(links)) if links[i - 1] == links[i])
    for top in (15, tie, 200):            # at top `tie` the cut falls inside a tie
        want = stats_mod.stats(kgs["memory"], top)
        for name in ("oxigraph", "sparql"):
            assert stats_mod.stats(kgs[name], top) == want, f"{name}, top {top}"


EDGE_CASES = """@prefix nf: <https://w3id.org/nfkg/id/> . @prefix nfo: <https://w3id.org/nfkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
nfo:Widget a owl:Class ; rdfs:subClassOf nfo:Company ; nfo:seeEntity nf:fugu-county .
nf:edge-a a nfo:Widget, nfo:Organization, nfo:Undeclared ; rdfs:label "Edge A" ;
    nfo:partner nf:edge-a, nf:fugu-county, nf:cnia .
[] a nfo:Company ; nfo:partner nf:edge-a .
nf:edge-b a <http://example.org/Other> ; rdfs:label "Edge B" ; nfo:partner nf:cnia .
"""


def test_stats_equal_on_edge_cases(data_copy, tmp_path):
    """An ontology term stating a link (not counted), a self-loop, a typed blank node, an
    undeclared nfo: class, a class implied by another, an entity without an nfo: class."""
    from kg.model.graph import load
    from kg.stores import build, open_kg

    (data_copy / "triples" / "999-edge.ttl").write_text(EDGE_CASES, encoding="utf-8")
    (data_copy / "triples" / "sources.ttl").open("a", encoding="utf-8").write(
        "\n<https://w3id.org/nfkg/doc/999-edge> a <https://w3id.org/nfkg/ontology#SourceDocument> ;"
        ' <http://www.w3.org/2000/01/rdf-schema#label> "Edge cases" .\n')
    memory = load(data_copy, cache=False)
    build(tmp_path / "store", data_dir=data_copy)
    store = open_kg(f"oxigraph:{tmp_path / 'store'}")
    for top in (15, 60):
        want = stats_mod.stats(memory, top)
        assert stats_mod.stats(store, top) == want
    edge = next(d for d in want["documents"] if d["document"] == "999-edge")
    assert edge["classes"] == {"Company": 1, "Undeclared": 1, "Widget": 1}
    assert edge["entities"] == 3          # edge-a, edge-b and nfo:Widget (typed IRIs)


def test_most_connected_ties_ranked_by_iri(kg):
    rows = stats_mod.stats(kg, 40)["most_connected"]
    keys = [(-r["links"], r["iri"]) for r in rows]
    assert keys == sorted(keys) and len(rows) == 40
    assert len({r["links"] for r in rows}) < len(rows)      # the shipped graph has ties


def test_stats_on_store_counted_by_the_backend(kgs, monkeypatch):  # noqa: F811
    """No loop over the union's triples in Python: rdflib's iteration is refused."""
    k = kgs["oxigraph"]
    want = stats_mod.stats(kgs["memory"])
    monkeypatch.setattr(type(k.union), "__iter__", lambda self: (_ for _ in ()).throw(
        AssertionError("walked every triple")))
    assert stats_mod.stats(k) == want


# --- CLI -------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["nq", "ttl"])
def test_cli_export_from_oxigraph(run, built, tmp_path, memory_exports, fmt):  # noqa: F811
    out = tmp_path / f"kg.{fmt}"
    r = run("export", "--format", fmt, "--output", out, "--store", f"oxigraph:{built}")
    assert r.exit_code == 0, r.stderr
    assert r.stdout.strip() == f"wrote {out}"
    assert_same_content(graphs_of(out, fmt), memory_exports[fmt], f"cli {fmt}")


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_cli_stats_same_on_every_store(run, built, endpoint, fmt):  # noqa: F811
    want = run("stats", "--format", fmt)
    assert want.exit_code == 0, want.stderr
    for spec in (f"oxigraph:{built}", f"sparql:{endpoint}"):
        got = run("stats", "--format", fmt, "--store", spec)
        assert got.exit_code == 0, got.stderr
        assert got.stdout == want.stdout, spec
    if fmt == "json":
        data = json.loads(want.stdout)
        assert data["classes"]["Person"] >= 20 and len(data["most_connected"]) == 15


def test_cli_export_to_missing_folder(run, built, tmp_path):  # noqa: F811
    r = run("export", "--format", "nq", "--output", tmp_path / "no" / "kg.nq",
            "--store", f"oxigraph:{built}")
    assert r.exit_code == 1
    assert len(r.stderr.strip().splitlines()) == 1 and "does not exist" in r.stderr
    assert "Traceback" not in r.output
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("fmt", ["nq", "ttl"])
def test_cli_export_failing_midway_leaves_nothing(run, built, tmp_path, monkeypatch, fmt):  # noqa: F811
    """The disk fills up halfway through: one message, exit 1, no file (nor temp file)."""
    import pyoxigraph

    def full_disk(_input, output, *a, **kw):
        with open(output, "wb") as fh:
            fh.write(b"<https://w3id.org/nfkg/id/x> <https://w3id.org/nfkg/ontology#p> ")
        raise OSError(28, "No space left on device")

    class Store:                     # Store.dump is Rust: wrap the store to fail the same way
        def __init__(self, inner):
            self._inner = inner

        def __getattr__(self, name):
            return getattr(self._inner, name)

        def dump(self, output, *a, **kw):
            full_disk(None, output)

    from kg.stores import oxigraph as ox_mod
    real_open = ox_mod.open_oxigraph

    def open_failing(path):
        k = real_open(path)
        k.backend.ox = Store(k.backend.ox)
        return k
    monkeypatch.setattr(pyoxigraph, "serialize", full_disk)
    monkeypatch.setattr(ox_mod, "open_oxigraph", open_failing)
    out = tmp_path / f"kg.{fmt}"
    r = run("export", "--format", fmt, "--output", out, "--store", f"oxigraph:{built}")
    assert r.exit_code == 1
    assert r.stderr.strip().splitlines() == [f"error: cannot write {out}: No space left on device"]
    assert not list(tmp_path.iterdir())


def test_export_keeps_an_existing_file_on_failure(kgs, tmp_path, monkeypatch):  # noqa: F811
    import pyoxigraph
    from kg.model.errors import KGError

    out = tmp_path / "kg.nq"
    out.write_text("old\n", encoding="utf-8")

    def boom(*a, **kw):
        raise OSError(5, "Input/output error")
    monkeypatch.setattr(pyoxigraph, "serialize", boom)
    with pytest.raises(KGError, match="cannot write"):
        export(kgs["sparql"], "nq", out)
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["kg.nq"]


@pytest.fixture(scope="module")
def bare_store(kg, tmp_path_factory):
    """A bare Oxigraph store (as `oxigraph load` makes): the named graphs, no union kept in
    its default graph, no name index."""
    import pyoxigraph

    folder = tmp_path_factory.mktemp("bare")
    source = export(kg, "nq", folder / "in.nq")
    store = pyoxigraph.Store(str(folder / "db"))
    store.bulk_load(path=str(source), format=pyoxigraph.RdfFormat.N_QUADS)
    store.flush()
    del store
    return folder / "db"


@pytest.fixture(scope="module")
def union_less(bare_store, named_only_endpoint):  # noqa: F811
    from kg.stores import open_kg

    kgs = {"bare oxigraph": open_kg(f"oxigraph:{bare_store}"),
           "named-only endpoint": open_kg(f"sparql:{named_only_endpoint}")}
    assert all(k.backend.union_graph is None for k in kgs.values())
    return kgs


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig"])
def test_export_from_stores_without_the_union(union_less, memory_exports, tmp_path, fmt):
    """The union is then made of the named graphs (rdflib computes it on a bare Oxigraph
    store); the dataset is dumped by the backend."""
    from kg.stores.export import writer

    assert (writer(union_less["bare oxigraph"], fmt) is None) == (fmt in UNION_FORMATS)
    for name, k in union_less.items():
        out = export(k, fmt, tmp_path / f"{len(name)}.{fmt}")
        assert_same_content(graphs_of(out, fmt), memory_exports[fmt], f"{name} {fmt}")


def test_stats_on_stores_without_the_union(kg, union_less):
    want = stats_mod.stats(kg)
    for name, k in union_less.items():
        assert stats_mod.stats(k) == want, name
