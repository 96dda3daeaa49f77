"""Inferences: why a statement shown with the source ``inferred`` was inferred.

The curators record each inferred triple (graph ``<https://w3id.org/nfkg/graph/inferred>``)
with an ``nfo:Inference`` node (``rdf:subject``, ``rdf:predicate``, ``rdf:object``,
``nfo:reason``). These functions find that reason by triple patterns, so they answer the same
on every store."""
from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import RDF

from kg.model.layout import INFERRED
from kg.model.namespaces import NFO


def is_inferred(sources) -> bool:
    """Does a list of source ids include the inferred graph?"""
    return INFERRED in sources


def reason(kg, s, p, o) -> str | None:
    """The curators' reason for inferring the triple (s, p, o), or None when none is recorded.
    Several reasons (one triple inferred from several documents) are joined with "; "."""
    found = []
    for node in kg.union.subjects(RDF.subject, s):
        if (node, RDF.type, NFO.Inference) not in kg.union:
            continue
        if kg.union.value(node, RDF.predicate) != URIRef(p) or kg.union.value(node, RDF.object) != o:
            continue
        why = kg.union.value(node, NFO.reason)
        if why is not None:
            found.append(str(why))
    return "; ".join(sorted(set(found))) or None
