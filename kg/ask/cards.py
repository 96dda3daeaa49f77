"""Entity cards: everything the graph says about one entity, with sources and evidence; a
statement of the inferred graph carries ``inferred`` (the curators' reason); the figures about
the entity are listed by ``kg.ask.figures``."""
from __future__ import annotations

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.ask.inferences import is_inferred, reason
from kg.model.literals import lexical
from kg.model.namespaces import NFO, OA

_HIDDEN = {RDF.type, RDFS.label, SKOS.altLabel, NFO.evidence}
_REIFIED = {RDF.subject, RDF.object}


def _value(kg, o) -> dict:
    if isinstance(o, Literal):
        out = {"value": lexical(o)}
        if o.datatype:
            out["datatype"] = kg.compact(o.datatype) if "XMLSchema" not in str(o.datatype) \
                else "xsd:" + str(o.datatype).split("#")[-1]
        if o.language:
            out["language"] = o.language
        return out
    return {"iri": str(o), "label": kg.label(o), "class": kg.class_name(o)}


def evidence(kg, iri) -> list[dict]:
    out = []
    for ev in kg.union.objects(iri, NFO.evidence):
        doc = kg.union.value(ev, OA.hasSource)
        sel = kg.union.value(ev, OA.hasSelector)
        start = kg.union.value(sel, OA.start) if sel is not None else None
        end = kg.union.value(sel, OA.end) if sel is not None else None
        out.append({"document": kg.doc_id(doc) if doc is not None else None,
                    "start": int(start) if start is not None else None,
                    "end": int(end) if end is not None else None})
    return sorted(out, key=lambda e: (e["document"] or "", e["start"] or 0))


def quote_evidence(kg, items: list[dict], sources_dir) -> None:
    """Add the text each evidence span covers (read from the user's copy of the corpus) as
    ``text``; spans whose document is not found are left without it."""
    if sources_dir is None:
        return
    from kg.model.evidence import document_files
    files = {kg.doc_id(d): p for d, p in document_files(kg.union, sources_dir).items()}
    texts: dict[str, str] = {}
    for e in items:
        path = files.get(e["document"])
        if path is None or not path.is_file() or e["start"] is None:
            continue
        if e["document"] not in texts:
            texts[e["document"]] = path.read_text(encoding="utf-8")
        e["text"] = " ".join(texts[e["document"]][e["start"]:e["end"]].split())


def _prop(kg, direction, s, p, o, shown) -> dict:
    out = {"direction": direction, "predicate": str(p), "relation": kg.label(p),
           **_value(kg, shown), "sources": kg.sources(s, p, o)}
    if is_inferred(out["sources"]):
        out["inferred"] = reason(kg, s, p, o) or "no reason recorded"
    return out


def card(kg, iri: URIRef) -> dict:
    u = kg.union
    props = []
    for p, o in u.predicate_objects(iri):
        if p in _HIDDEN or isinstance(o, BNode):
            continue
        props.append(_prop(kg, "out", iri, p, o, o))
    for s, p in u.subject_predicates(iri):
        if p in _HIDDEN or p in _REIFIED or isinstance(s, BNode):
            continue       # an inference node's pointers show as the reason of the triple
        props.append(_prop(kg, "in", s, p, iri, s))
    props.sort(key=lambda d: (d["direction"] != "out", d["relation"], d.get("label") or d.get("value", "")))
    return {
        "iri": str(iri),
        "label": kg.label(iri),
        "classes": [kg.compact(c) for c in kg.classes(iri)],
        "aliases": kg.aliases(iri),
        "properties": props,
        "sources": kg.entity_sources(iri),
        "evidence": evidence(kg, iri),
    }


def figures_of(kg, iri: URIRef) -> list[dict]:
    """The figures about ``iri`` (or set by it), as short table rows."""
    return figures_of_each(kg, [iri])[0]


def figures_of_each(kg, iris: list[URIRef]) -> list[list[dict]]:
    """:func:`figures_of` for each of ``iris``, from one figures query for them all (a name
    that matches many entities would otherwise cost one query, parsed anew, per entity)."""
    from kg.ask.figures import figures, short_row

    mine = []          # the figures of each entity: about it, or set by it
    for iri in iris:
        mine.append({str(o) for o in kg.union.subjects(NFO.observationAbout, iri)}
                    | {str(o) for o in kg.union.subjects(NFO.setBy, iri)})
    if not any(mine):
        return [[] for _ in iris]
    rows = figures(kg, [iri for iri, obs in zip(iris, mine) if obs])
    return [[{**short_row(f), "iri": f["iri"]} for f in rows if f["iri"] in obs] for obs in mine]
