"""RDF export done by the store itself, for the Oxigraph and SPARQL stores.

Walking a million triples through rdflib over a backend store asks the backend once per node;
here the whole graph goes from the backend to the file in one stream:

* Oxigraph on disk: ``Store.dump`` (Rust) for the union graph, which ``kg build`` keeps in the
  default graph; for the dataset, the quads of each named graph through
  ``pyoxigraph.serialize`` (the default graph, being their union, is left out, or every triple
  would be written twice);
* a SPARQL endpoint: one SELECT of every triple (or quad), its JSON results parsed and written
  by pyoxigraph (so blank nodes keep their identity across the whole file).

:func:`writer` returns ``write(path)`` for :func:`kg.model.atomic.atomic_write`, or ``None`` when the
store cannot do it (the memory store, a bare Oxigraph store without the union, a pyoxigraph
without JSON-LD): the caller then serializes with rdflib as before.
"""
from __future__ import annotations

from itertools import chain

from kg.model.namespaces import PREFIXES

UNION_FORMATS = {"ttl": "TURTLE", "nt": "N_TRIPLES"}
DATASET_FORMATS = {"nq": "N_QUADS", "trig": "TRIG", "jsonld": "JSON_LD"}


def writer(kg, fmt: str):
    """``write(path)`` exporting ``kg`` in ``fmt`` from its backend, or ``None``."""
    backend = getattr(kg, "backend", None)
    if backend is None or (fmt not in UNION_FORMATS and fmt not in DATASET_FORMATS):
        return None
    import pyoxigraph as ox

    rdf_format = getattr(ox.RdfFormat, {**UNION_FORMATS, **DATASET_FORMATS}[fmt], None)
    if rdf_format is None:          # e.g. JSON-LD before pyoxigraph 0.5
        return None
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    union = fmt in UNION_FORMATS
    if getattr(backend, "local", False):
        return _oxigraph_writer(ox, backend, union, rdf_format, prefixes)
    if hasattr(backend, "request"):
        return _sparql_writer(ox, backend, union, rdf_format, prefixes)
    return None


def _oxigraph_writer(ox, backend, union: bool, rdf_format, prefixes):
    store = backend.ox
    if union:
        if backend.union_graph is None:
            return None             # no union kept: rdflib's path computes it
        return lambda path: store.dump(str(path), rdf_format, from_graph=ox.DefaultGraph(),
                                       prefixes=prefixes)
    if backend.union_graph is None:
        # a bare store: its default graph is data of its own, part of the dataset
        return lambda path: store.dump(str(path), rdf_format, prefixes=prefixes)

    def write(path) -> None:
        graphs = sorted(store.named_graphs(), key=str)
        quads = chain.from_iterable(store.quads_for_pattern(None, None, None, g) for g in graphs)
        ox.serialize(quads, str(path), rdf_format, prefixes=prefixes)
    return write


def _sparql_writer(ox, backend, union: bool, rdf_format, prefixes):
    if union:
        query = ("SELECT ?s ?p ?o WHERE { ?s ?p ?o }" if backend.union_graph is not None
                 else "SELECT DISTINCT ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")
    else:
        query = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    by_graph = rdf_format != ox.RdfFormat.N_QUADS

    def write(path) -> None:
        data = backend.request(query, accept="application/sparql-results+json")
        rows = ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
        if union:
            items = (ox.Triple(r["s"], r["p"], r["o"]) for r in rows)
        elif by_graph:
            # TriG and JSON-LD write each graph once: the quads are put together here, graph
            # by graph (an ORDER BY ?g costs the endpoint several times as much)
            graphs: dict = {}
            for r in rows:
                graphs.setdefault(r["g"], []).append(ox.Quad(r["s"], r["p"], r["o"], r["g"]))
            items = chain.from_iterable(graphs[g] for g in sorted(graphs, key=str))
        else:
            items = (ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows)
        ox.serialize(items, str(path), rdf_format, prefixes=prefixes)
    return write
