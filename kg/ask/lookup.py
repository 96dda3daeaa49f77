"""The fast way in for a lookup (``kg linked``): the compact link index when it answers for the
graph asked about, else the loaded KG, the index then written for the next time.

The index (:mod:`kg.model.linkindex`) is used only for the default memory store with the
parse cache on (``KG_CACHE`` not ``0``) and ``KG_LINK_INDEX`` not ``0``; ``--store
oxigraph:…``/``sparql:…`` always load the store. It holds what :class:`kg.ask.links.Linker`
and the name index read, taken from a :class:`kg.ask.links.GraphView` of the loaded graph, so
both paths answer alike by construction (and the tests compare them entity by entity)."""
from __future__ import annotations

import os

INDEX_ENV = "KG_LINK_INDEX"     # 0: always load the graph (to compare, or to measure)


def _memory(store: str | None) -> bool:
    if store is None:
        store = os.environ.get("KG_STORE")
    return (store or "").strip() in ("", "memory")


def open_for_links(data_dir=None, store: str | None = None):
    """A :class:`~kg.model.linkindex.LinkIndex` for the graph of ``data_dir``, or the KG
    (``kg.stores.open_kg``) when there is none yet (then one is written for next time), when
    the store is not the memory one, or when the cache is off."""
    from pathlib import Path

    use_index = (_memory(store) and os.environ.get("KG_CACHE", "1") != "0"
                 and os.environ.get(INDEX_ENV, "1") != "0")
    files = None
    if use_index:
        from kg.model import linkindex

        files = linkindex.input_files(Path(data_dir) if data_dir else None)
        if files is not None:
            idx = linkindex.read(files)
            if idx is not None:
                return idx
    from kg.stores import open_kg

    kg = open_kg(store, data_dir)
    if use_index and files is not None and [Path(f) for f in kg.files] == files:
        save(kg)
    return kg


def save(kg) -> None:
    """Write the link index of a loaded (memory) KG to the cache folder, when it is safe."""
    from kg.model import cache, linkindex

    if not cache.safe_dir(cache.cache_dir(), create=True):
        return
    try:
        content = build(kg)
    except Exception:   # noqa: BLE001 -- a cache is best effort: the answer comes from the KG
        return
    linkindex.write(list(kg.files), content)


def build(kg) -> dict:
    """The content of the link index of ``kg`` (see :class:`kg.model.linkindex.LinkIndex`)."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF

    from kg.ask.links import GraphView
    from kg.ask.names import index
    from kg.model import iris

    view = GraphView(kg)
    u = kg.union
    ids: dict = {}
    sets: dict = {"types": {}, "sources": {}}

    def tid(t) -> int:
        return ids.setdefault(t, len(ids))

    def sid(kind: str, items) -> int:
        table = sets[kind]
        return table.setdefault(tuple(items), len(table))

    nodes = sorted({t for triple in u for t in triple if isinstance(t, URIRef)}, key=str)
    value_preds = [URIRef(p) for ps in iris.ROLE_NODES.values() for p in ps] + [URIRef(iris.ROLE_NAME)]
    records = {}
    for n in nodes:
        edges = []
        for s, p, o in view.edges(n):
            out = s == n
            edges += [tid(p), tid(o if out else s), int(out), sid("sources", kg.sources(s, p, o))]
        values = []
        for p in value_preds:
            v = u.value(n, p)
            if isinstance(v, URIRef):
                values += [tid(p), 1, tid(v), sid("sources", kg.sources(n, p, v))]
            elif v is not None:
                values += [tid(p), 0, str(v), sid("sources", ())]
        types = sorted(tid(c) for c in view.types(n))
        records[tid(n)] = [view.label(n), view.class_name(n), sid("types", types), edges, values]
    reasons = {}
    for node in u.subjects(RDF.type, URIRef(iris.NFO + "Inference")):
        t = (u.value(node, RDF.subject), u.value(node, RDF.predicate), u.value(node, RDF.object))
        if all(isinstance(x, URIRef) for x in t) and t not in reasons:
            reasons[t] = view.reason(*t)
    docs = sorted({d for src in sets["sources"] for d in src})
    names = index(kg).state()
    out = {
        "reasons": [[tid(s), tid(p), tid(o), why] for (s, p, o), why in reasons.items() if why],
        "titles": {d: kg.document_title(d) for d in docs},
        "classes": [tid(c) for c in sorted(kg.superclasses, key=str)],
        # a key that is just the name case-folded is written as 0
        "names": {"names": [[0 if k == n.casefold() else k, tid(URIRef(i)), n, int(c)]
                            for k, i, n, c in names["names"]],
                  "zh_pending": [[tid(URIRef(i)), n] for i, n in names["zh_pending"]],
                  "exact_only": [tid(URIRef(i)) for i in names["exact_only"]]},
        "typesets": [list(t) for t in sets["types"]],
        "srcsets": [list(t) for t in sets["sources"]],
    }
    # every term has its number now
    out["terms"] = [str(t) for t in ids]
    out["nodes"] = [records.get(i) for i in range(len(ids))]
    return out
