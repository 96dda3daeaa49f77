"""The counts of ``kg stats`` on the Oxigraph and SPARQL stores, by SPARQL aggregates run in
the backend: a handful of queries whose answers are small (one row per graph, per class
combination or per top entity), instead of a Python loop over every triple.

Each count means what it means in :mod:`kg.ask.stats` on the memory store:

* the union is the set of triples of every graph: the default graph of a store built by
  ``kg build`` (it holds that union), otherwise every graph with duplicates removed;
* an entity's classes are its most specific ``nfo:`` types in the union. The queries group
  entities by the set of their ``nfo:`` types; "most specific" is then worked out here from
  the (small) superclass closure, ``kg.superclasses``;
* the degree of an entity counts the links between IRIs in the union, both ways, except the
  bookkeeping predicates (:data:`kg.ask.links.SKIP`) and those stated by ontology terms.
"""
from __future__ import annotations

from collections import Counter

from rdflib import URIRef

from kg.model.namespaces import NFO, SKIP

_NFO = f'"{NFO}"'


def _union(kg, s: str, p: str, o: str) -> str:
    """A group pattern matching each triple of the union once (``p`` may be ``a``)."""
    if kg.backend.union_graph is not None:
        return f"{{ {s} {p} {o} }}"
    names = " ".join(t for t in (s, p, o) if t.startswith("?"))
    return (f"{{ SELECT DISTINCT {names} WHERE {{ {{ {s} {p} {o} }} UNION "
            f"{{ GRAPH ?_any {{ {s} {p} {o} }} }} }} }}")


def _select(kg, text: str) -> list[dict]:
    """Rows of a SELECT run by the backend as written (GRAPH and default graph as stored)."""
    res = kg.backend.query(text, {}, union=False)
    return [{str(k): v for k, v in row.items()} for row in res.bindings]


def _int(row, name) -> int:
    v = row.get(name)
    return int(v.toPython()) if v is not None else 0


def total_triples(kg) -> int:
    rows = _select(kg, "SELECT (COUNT(*) AS ?n) WHERE " + _union(kg, "?s", "?p", "?o"))
    return _int(rows[0], "n") if rows else 0


def _most_specific(kg, types: frozenset) -> list[str]:
    implied = set()
    for t in types:
        implied |= kg.superclasses.get(t, {t}) - {t}
    return sorted(t.split("#")[-1] for t in types - implied)


def _nfo_types(kg) -> str:
    """The nfo: classes used in ``rdf:type`` triples, as a VALUES list: matching them by
    equality costs less than testing the text of every type."""
    rows = _select(kg, "SELECT DISTINCT ?t WHERE " + _union(kg, "?s", "a", "?t"))
    nfo = str(NFO)
    return " ".join(r["t"].n3() for r in rows
                    if isinstance(r.get("t"), URIRef) and str(r["t"]).startswith(nfo))


def _signature_counts(kg, types: str, by_graph: bool) -> list[dict]:
    """(?g) ?sig ?n: how many entities (typed in graph ?g) have exactly the nfo: types
    ``?sig`` (space-separated IRIs) in the union. Ontology terms are not entities."""
    in_graph = "{ SELECT DISTINCT ?g ?s WHERE { GRAPH ?g { ?s a ?x } } }" if by_graph else ""
    g = "?g " if by_graph else ""
    return _select(kg, f"""
    SELECT {g}?sig (COUNT(*) AS ?n) WHERE {{
      {{ SELECT ?s (GROUP_CONCAT(DISTINCT STR(?t); separator=" ") AS ?sig) WHERE {{
          VALUES ?t {{ {types} }} {_union(kg, "?s", "a", "?t")}
        }} GROUP BY ?s HAVING (!(isIRI(?s) && STRSTARTS(STR(?s), {_NFO}))) }}
      {in_graph}
    }} GROUP BY {g}?sig""")


def _add(kg, counter: Counter, row) -> None:
    n = _int(row, "n")
    for cls in _most_specific(kg, frozenset(URIRef(t) for t in str(row["sig"]).split())):
        counter[cls] += n


def class_counts(kg, types: str | None = None) -> Counter:
    """Entities of the union per most specific nfo: class."""
    types = _nfo_types(kg) if types is None else types
    c = Counter()
    for row in _signature_counts(kg, types, by_graph=False):
        _add(kg, c, row)
    return c


def document_counts(kg, types: str | None = None) -> list[dict]:
    """Per document graph: triples, typed IRIs, and their most specific classes."""
    types = _nfo_types(kg) if types is None else types
    triples = {r["g"]: _int(r, "n") for r in _select(
        kg, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}
    entities = {r["g"]: _int(r, "n") for r in _select(
        kg, "SELECT ?g (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?t } "
            "FILTER(isIRI(?s)) } GROUP BY ?g")}
    docs = kg.document_graphs()
    classes = {g: Counter() for g in docs}
    for row in _signature_counts(kg, types, by_graph=True):
        if row["g"] in classes:
            _add(kg, classes[row["g"]], row)
    rows = []
    for g in docs:
        did = kg.doc_id(g)
        rows.append({"document": did, "title": kg.document_title(did),
                     "triples": triples.get(g, 0), "entities": entities.get(g, 0),
                     "classes": dict(sorted(classes[g].items()))})
    return rows


def top_degrees(kg, top: int) -> list[tuple[URIRef, int]]:
    """The ``top`` entities with most links, most first, ties by IRI."""
    if top <= 0:
        return []
    skip = ", ".join(p.n3() for p in sorted(SKIP))
    union = _union(kg, "?s", "?p", "?o")
    # subjects in the ontology's namespace state no links: found among the few distinct
    # subjects, then left out by identity (cheaper than reading every subject's text)
    onto = [r["s"].n3() for r in _select(kg, f"""
        SELECT ?s WHERE {{ {union} FILTER(isIRI(?o) && ?p NOT IN ({skip})) }}
        GROUP BY ?s HAVING (isIRI(?s) && STRSTARTS(STR(?s), {_NFO}))""")]
    keep = f"isIRI(?s) && isIRI(?o) && ?p NOT IN ({skip})"
    if onto:
        keep += f" && ?s NOT IN ({', '.join(onto)})"

    def ranked(tail: str) -> list[tuple[URIRef, int]]:
        rows = _select(kg, f"""
        SELECT ?x (SUM(?c) AS ?n) WHERE {{
          {{ SELECT (?s AS ?x) (COUNT(*) AS ?c) WHERE {{ {union} FILTER({keep}) }} GROUP BY ?s }}
          UNION
          {{ SELECT (?o AS ?x) (COUNT(*) AS ?c) WHERE {{ {union} FILTER({keep}) }} GROUP BY ?o }}
        }} GROUP BY ?x {tail}""")
        return sorted(((r["x"], _int(r, "n")) for r in rows), key=lambda kv: (-kv[1], str(kv[0])))

    # the engine ranks by count only (ranking by IRI too costs as much again); when the
    # count at the cut is shared beyond it, every entity with that count is fetched
    first = ranked(f"ORDER BY DESC(?n) LIMIT {int(top) + 1}")
    if len(first) <= top or first[top][1] < first[top - 1][1]:
        return first[:top]
    return ranked(f"HAVING (SUM(?c) >= {first[top - 1][1]})")[:top]


def counts(kg, top: int) -> tuple[int, list[dict], Counter, list[tuple[URIRef, int]]]:
    """(triples of the union, per-document rows, entities per class, most connected)."""
    types = _nfo_types(kg)
    return (total_triples(kg), document_counts(kg, types), class_counts(kg, types),
            top_degrees(kg, top))
