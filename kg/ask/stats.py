"""Counts by class and by document, and the most connected entities.

On the memory store they are counted here over the rdflib graphs; on the Oxigraph and SPARQL
stores by aggregate queries in the backend (:mod:`kg.stores.stats`), with the same answers."""
from __future__ import annotations

from collections import Counter

from rdflib import URIRef
from rdflib.namespace import RDF

from kg.ask.links import SKIP
from kg.model.namespaces import NFO


def class_counts(kg, graph=None) -> Counter:
    """Entities per most specific nfo: class (in one graph, or in the union)."""
    g = graph if graph is not None else kg.union
    c = Counter()
    for s in set(g.subjects(RDF.type, None)):
        if str(s).startswith(str(NFO)):
            continue
        for cls in kg.classes(s):
            c[cls.split("#")[-1]] += 1
    return c


def document_counts(kg) -> list[dict]:
    rows = []
    for g_iri in kg.document_graphs():
        g = kg.dataset.graph(g_iri)
        entities = {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef)}
        rows.append({"document": kg.doc_id(g_iri), "title": kg.document_title(kg.doc_id(g_iri)),
                     "triples": len(g), "entities": len(entities),
                     "classes": dict(sorted(class_counts(kg, g).items()))})
    return rows


def degrees(kg) -> Counter:
    deg = Counter()
    ontology_ns = str(NFO)
    for s, p, o in kg.union:
        if p in SKIP or not isinstance(s, URIRef) or not isinstance(o, URIRef) \
                or str(s).startswith(ontology_ns):
            continue
        deg[s] += 1
        deg[o] += 1
    return deg


def top_degrees(kg, top: int) -> list[tuple]:
    """The ``top`` most connected entities, most links first, ties by IRI."""
    return sorted(degrees(kg).items(), key=lambda kv: (-kv[1], str(kv[0])))[:top]


def stats(kg, top: int = 15) -> dict:
    if getattr(kg, "backend", None) is not None:      # Oxigraph / SPARQL: counted there
        from kg.stores import stats as store_stats
        triples, documents, classes, connected = store_stats.counts(kg, top)
    else:
        triples, documents = len(kg.union), document_counts(kg)
        classes, connected = class_counts(kg), top_degrees(kg, top)
    return {
        "triples": triples,
        "documents": documents,
        "classes": dict(sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))),
        "most_connected": [{"iri": str(i), "label": kg.label(i), "class": kg.class_name(i),
                            "links": n} for i, n in connected],
    }
