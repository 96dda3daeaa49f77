"""What the entity page shows, as plain data (the template and the JSON view share it).

Built from the same library functions as the CLI: :func:`kg.ask.links.linked` for the
relations (relation nodes looked through, so a post reads "Wu Jing — County Mayor — Fugu County
People's Government"), :func:`kg.ask.cards.evidence` and :func:`kg.ask.cards.quote_evidence`
for quoted spans, and the KG's own ``label``/``classes``/``sources`` — so it works over every
store. Figures are the ``nfo:Observation`` nodes about the entity; events are the dated
neighbours, in time order."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.ask import links as links_mod
from kg.ask.cards import evidence, quote_evidence
from kg.ask.timeline import DATE_PROPERTIES, interval
from kg.model.errors import KGError
from kg.model.literals import lexical
from kg.model.namespaces import NFO

INFERRED = "inferred"
QUOTE_MAX = 420            # characters of a quoted span shown
QUOTES_PER_LINK = 2
LINKS_PER_RELATION = 200   # a hub's page lists this many links per relation and counts the rest
_HIDDEN_FACTS = {RDF.type, RDFS.label, SKOS.altLabel, NFO.evidence}


def node(kg, iri) -> dict:
    return {"iri": str(iri), "label": kg.label(iri), "class": kg.class_name(iri)}


def names(kg, iri) -> list[dict]:
    """Every label and alias, with its language ('' when none)."""
    out, seen = [], set()
    for p, kind in ((RDFS.label, "label"), (SKOS.altLabel, "alias")):
        for o in kg.union.objects(iri, p):
            if isinstance(o, Literal) and (str(o), o.language) not in seen:
                seen.add((str(o), o.language))
                out.append({"text": str(o), "language": o.language or "", "kind": kind})
    out.sort(key=lambda d: (d["kind"] != "label", d["language"], d["text"]))
    return out


def exists(kg, iri: URIRef) -> bool:
    return kg.union.value(iri, RDF.type) is not None or kg.union.value(iri, RDFS.label) is not None \
        or next(iter(kg.union.subject_predicates(iri)), None) is not None


def _short_quote(text: str) -> str:
    return text if len(text) <= QUOTE_MAX else text[:QUOTE_MAX - 1] + "\u2026"


def _spans(kg, nodes, cache: dict) -> list[dict]:
    out = []
    for n in nodes:
        if n not in cache:
            cache[n] = evidence(kg, n)
        out.extend(cache[n])
    return out


def _dates(kg, iri) -> list[tuple[str, str]]:
    out = []
    for prop, what in DATE_PROPERTIES.items():
        for v in kg.union.objects(iri, prop):
            try:
                interval(str(v))
            except KGError:
                continue
            out.append((str(v), what))
    return out


def facts(kg, iri) -> list[dict]:
    """Literal properties (dates, roles, codes...), with their sources."""
    out = []
    for p, o in kg.union.predicate_objects(iri):
        if p in _HIDDEN_FACTS or not isinstance(o, Literal):
            continue
        out.append({"relation": kg.label(p), "predicate": str(p), "value": lexical(o),
                    "language": o.language or "", "sources": kg.sources(iri, p, o)})
    out.sort(key=lambda d: (d["relation"], d["value"]))
    return out


def figures(kg, iri, sources_dir, span_cache: dict) -> list[dict]:
    out = []
    for f in sorted(kg.union.subjects(NFO.observationAbout, iri), key=str):
        u = kg.union
        value = u.value(f, NFO.valueText) or u.value(f, NFO.value)
        unit = u.value(f, NFO.unitText)
        if unit is None and u.value(f, NFO.unit) is not None:
            unit = str(u.value(f, NFO.unit)).rstrip("/").rsplit("/", 1)[-1]
        period = u.value(f, NFO.periodLabel)
        start, end = u.value(f, NFO.periodStart), u.value(f, NFO.periodEnd)
        if period is None and (start is not None or end is not None):
            period = "\u2013".join(str(x) for x in (start, end) if x is not None)
        kind = u.value(f, NFO.figureKind)
        spans = [dict(e) for e in _spans(kg, [f], span_cache)]
        quote_evidence(kg, spans, sources_dir)
        out.append({"iri": str(f), "label": kg.label(f),
                    "value": lexical(value) if isinstance(value, Literal) else (str(value) if value is not None else ""),
                    "unit": str(unit) if unit is not None else "",
                    "period": str(period) if period is not None else "",
                    "kind": kg.label(kind) if kind is not None else "",
                    "sources": kg.entity_sources(f),
                    "quotes": [{"document": e["document"], "text": _short_quote(e["text"])}
                               for e in spans if e.get("text")]})
    return out


def entity(kg, iri: URIRef, sources_dir=None) -> dict:
    """Everything the entity page shows about ``iri``."""
    links = links_mod.linked(kg, [iri], hops=1)
    span_cache: dict = {}
    groups: dict[str, list] = {}
    wanted = []          # (row, spans) pairs waiting for their quotes
    neighbours: dict = {}
    totals: dict[str, int] = {}
    for l in links:
        totals[l.relation] = totals.get(l.relation, 0) + 1
        if totals[l.relation] > LINKS_PER_RELATION:
            continue                 # counted, not listed: `kg linked` and SPARQL list them all
        d = l.as_dict()
        other = l.object.iri if l.subject.iri == iri else l.subject.iri
        row = {"subject": d["subject"], "relation": d["relation"], "object": d["object"],
               "via": d["via"], "with": d["with"], "sources": d["sources"],
               "inferred": INFERRED in d["sources"],
               "stated": [s for s in d["sources"] if s != INFERRED],
               "direction": "out" if l.subject.iri == iri else "in", "quotes": []}
        groups.setdefault(l.relation, []).append(row)
        for n in [other] + ([l.via.iri] if l.via else []) + [URIRef(o["iri"]) for o in l.others]:
            neighbours.setdefault(n, None)
        if sources_dir is not None and row["stated"]:
            # the span of the relation node (post, event...) if any, else the far end's
            first = [l.via.iri] if l.via else []
            spans = [e for e in _spans(kg, first + [other], span_cache)
                     if e["document"] in row["stated"]]
            wanted.append((row, [dict(e) for e in spans]))
    if wanted:
        quote_evidence(kg, [e for _, spans in wanted for e in spans], sources_dir)
        for row, spans in wanted:
            seen = set()
            for e in spans:
                t = e.get("text")
                if t and t not in seen and len(seen) < QUOTES_PER_LINK:
                    seen.add(t)
                    row["quotes"].append({"document": e["document"], "text": _short_quote(t)})
    own = [dict(e) for e in _spans(kg, [iri], span_cache)]
    quote_evidence(kg, own, sources_dir)
    events = []
    for n in neighbours:
        for date, what in _dates(kg, n):
            events.append({"date": date, "what": what, **node(kg, n),
                           "sources": kg.entity_sources(n)})
    events.sort(key=lambda e: (interval(e["date"])[0], -len(e["date"]), e["label"]))
    return {
        "iri": str(iri),
        "label": kg.label(iri),
        "names": names(kg, iri),
        "classes": [c.split("#")[-1] for c in kg.classes(iri)],
        "sources": kg.entity_sources(iri),
        "facts": facts(kg, iri),
        "relations": [{"relation": r, "links": rows, "total": totals[r]}
                      for r, rows in sorted(groups.items(), key=lambda kv: kv[0].lower())],
        "figures": figures(kg, iri, sources_dir, span_cache),
        "events": events,
        "evidence": [{"document": e["document"], "start": e["start"], "end": e["end"],
                      **({"text": _short_quote(e["text"])} if e.get("text") else {})} for e in own],
    }
