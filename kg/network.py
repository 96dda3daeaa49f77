"""The networkx projection: entities as nodes, links as edges, with labels, classes, sources.

``to_networkx(kg)`` keeps relation nodes (events, posts, agreements, ...) as nodes, so a path
reads person -> post -> organisation. ``collapse=True`` replaces each post or membership by one
labelled edge between its two ends (role as label), and every other relation node by edges
between each pair of its parties, labelled with the relation node's label.
"""
from __future__ import annotations

from itertools import combinations

import networkx as nx
from rdflib import URIRef

from kg.links import SKIP, _ROLE_NODES, Linker
from kg.namespaces import NFO


def _node_attrs(kg, iri) -> dict:
    return {"label": kg.label(iri), "class": kg.class_name(iri),
            "aliases": "; ".join(kg.aliases(iri)),
            "sources": " ".join(kg.entity_sources(iri)), "iri": str(iri)}


def to_networkx(kg, collapse: bool = False) -> nx.MultiDiGraph:
    """Project the data (not the ontology) into a MultiDiGraph keyed by IRI strings."""
    g = nx.MultiDiGraph()
    linker = Linker(kg)
    ontology_ns = str(NFO)
    for s, p, o in kg.union:
        if p in SKIP or not isinstance(s, URIRef) or not isinstance(o, URIRef):
            continue
        if str(s).startswith(ontology_ns) or str(o).startswith(ontology_ns):
            continue
        for n in (s, o):
            if str(n) not in g:
                g.add_node(str(n), **_node_attrs(kg, n))
        g.add_edge(str(s), str(o), key=str(p), predicate=str(p), label=kg.label(p),
                   sources=" ".join(kg.sources(s, p, o)))
    if collapse:
        _collapse(kg, g, linker)
    return g


def _collapse(kg, g, linker) -> None:
    for n in list(g.nodes):
        iri = URIRef(n)
        kind = linker.relation_kind(iri)
        if kind is None:
            continue
        label = g.nodes[n]["label"]
        srcs = g.nodes[n]["sources"]
        if kind in _ROLE_NODES:
            a, b = (kg.union.value(iri, p) for p in _ROLE_NODES[kind])
            role = kg.union.value(iri, NFO.roleName)
            if a is not None and b is not None:
                g.add_edge(str(a), str(b), key=n, predicate=str(kind),
                           label=str(role or label), sources=srcs, via=n)
        else:
            ends = sorted(set(g.predecessors(n)) | set(g.successors(n)))
            for a, b in combinations(ends, 2):
                g.add_edge(a, b, key=n, predicate=str(kind), label=label, sources=srcs, via=n)
        g.remove_node(n)
