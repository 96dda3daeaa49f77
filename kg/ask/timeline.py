"""The timeline: dated events, policies, standards, agreements and awards, in order.

A date is kept as precise as the source states it (a day, a month or a year); for filtering it
stands for the interval it covers, so "2024-05" lies within ``--from 2024-05-10`` to
``--to 2024-12-31`` (the intervals overlap).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from rdflib import URIRef

from kg.model.errors import KGError
from kg.ask.inferences import INFERRED, is_inferred
from kg.ask.links import RELATION_CLASSES, SKIP
from kg.model.namespaces import NFO

DATE_PROPERTIES = {
    NFO.startDate: "held/happened",
    NFO.endDate: "ended",
    NFO.dateIssued: "issued",
    NFO.dateInForce: "in force",
    NFO.dateSigned: "signed",
    NFO.plannedDate: "planned",     # a step still to come: shown as planned, not as reached
}
PLACE_PROPERTIES = (NFO.heldIn, NFO.appliesTo, NFO.locatedIn)


def interval(text: str) -> tuple[date, date]:
    """``2024`` -> 1 Jan..31 Dec 2024; ``2024-05`` -> May; ``2024-05-30`` -> that day."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text.strip())
    if not m:
        raise KGError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    y, mo, d = int(m[1]), m[2], m[3]
    try:
        if d:
            day = date(y, int(mo), int(d))
            return day, day
        if mo:
            last = calendar.monthrange(y, int(mo))[1]
            return date(y, int(mo), 1), date(y, int(mo), last)
        return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        raise KGError(f"not a valid date: {text!r}") from None


@dataclass
class Entry:
    date: str
    what: str                 # held/happened, issued, in force, signed, ended, planned
    iri: URIRef
    label: str
    cls: str
    places: list[str]
    sources: list[str]

    def as_dict(self):
        return {"date": self.date, "what": self.what, "iri": str(self.iri), "label": self.label,
                "class": self.cls, "places": self.places, "sources": self.sources}


def _places(kg, iri) -> list[URIRef]:
    return [o for p in PLACE_PROPERTIES for o in kg.union.objects(iri, p)
            if isinstance(o, URIRef)]


def _within(kg, place, region) -> bool:
    """Is ``place`` ``region`` or inside it (located-in followed transitively)?"""
    seen, stack = set(), [place]
    while stack:
        p = stack.pop()
        if p == region:
            return True
        if p in seen:
            continue
        seen.add(p)
        stack.extend(o for o in kg.union.objects(p, NFO.locatedIn) if isinstance(o, URIRef))
    return False


def _about(kg, iri, targets: set, inferred_targets=frozenset()) -> bool | None:
    """Is ``iri`` linked to one of ``targets``, directly or through one relation node (a post,
    agreement, event, project, award grant or membership: not through a third entity such as a
    subsidiary)? True when a stated link exists, None when only inferred links do, else False."""
    found_inferred = False

    def stated(s, p, o) -> bool:
        if s in inferred_targets or o in inferred_targets:
            return False
        srcs = kg.sources(s, p, o)
        return not srcs or not is_inferred(srcs) or len(srcs) > 1

    near = []
    for p, o in kg.union.predicate_objects(iri):
        if p not in SKIP and isinstance(o, URIRef):
            near.append((o, stated(iri, p, o)))
    for s, p in kg.union.subject_predicates(iri):
        if p not in SKIP:
            near.append((s, stated(s, p, iri)))
    for n, ok in near:
        if n in targets:
            if ok:
                return True
            found_inferred = True
    for n, ok in near:
        if n in targets or not any(kg.is_a(n, c) for c in RELATION_CLASSES):
            continue
        for p, o in kg.union.predicate_objects(n):
            if p not in SKIP and o in targets:
                if ok and stated(n, p, o):
                    return True
                found_inferred = True
    return None if found_inferred else False


def subsidiaries(kg, targets) -> dict:
    """The companies under ``targets`` (``nfo:subsidiaryOf`` followed down, transitively) ->
    whether every step of the chain is stated (False: a step is only inferred)."""
    out: dict = {}
    stack = [(t, True) for t in targets]
    while stack:
        parent, ok = stack.pop()
        for child in kg.union.subjects(NFO.subsidiaryOf, parent):
            srcs = kg.sources(child, NFO.subsidiaryOf, parent)
            step = ok and not (srcs and is_inferred(srcs) and len(srcs) == 1)
            if child in targets or out.get(child) is True or (child in out and not step):
                continue
            out[child] = step
            stack.append((child, step))
    return out


def timeline(kg, places=(), about=(), start: str | None = None, end: str | None = None,
             cls: URIRef | None = None, with_subsidiaries: bool = False) -> list[Entry]:
    """Dated things in order. ``about``: only those linked to these entities (directly or through
    one relation node); ``with_subsidiaries``: their subsidiaries' too (a row reached only
    through an inferred statement has the source "inferred")."""
    lo = interval(start)[0] if start else None
    hi = interval(end)[1] if end else None
    places, about = list(places), set(about)
    inferred_subs = set()
    if about and with_subsidiaries:
        subs = subsidiaries(kg, about)
        about |= set(subs)
        inferred_subs = {c for c, ok in subs.items() if not ok}
    dated = []
    for prop, what in DATE_PROPERTIES.items():
        for iri, value in kg.union.subject_objects(prop):
            text = str(value)
            try:
                a, b = interval(text)
            except KGError:
                continue
            if lo and b < lo or hi and a > hi:
                continue
            dated.append((prop, what, iri, value, text))
    # a store over a network is asked about the candidates, then their places, in batches
    kg.prefetch(iri for _, _, iri, _, _ in dated)
    kg.prefetch(w for _, _, iri, _, _ in dated for w in _places(kg, iri))
    kept = []
    for prop, what, iri, value, text in dated:
        if cls is not None and not kg.is_a(iri, cls):
            continue
        where = _places(kg, iri)
        if places and not any(_within(kg, w, p) for w in where for p in places):
            continue
        linked = True if not about or iri in about else _about(kg, iri, about, inferred_subs)
        if linked is False:
            continue
        kept.append((prop, what, iri, value, text, where, linked is None))
    kg.prefetch((iri for _, _, iri, *_ in kept), graphs=True)
    # linked to --about only by inferred statements: the row says "inferred"
    out = [Entry(text, what, iri, kg.label(iri), kg.class_name(iri),
                 [kg.label(w) for w in where],
                 kg.sources(iri, prop, value) + ([INFERRED] if via_inferred and INFERRED not in
                                                 kg.sources(iri, prop, value) else []))
           for prop, what, iri, value, text, where, via_inferred in kept]
    out.sort(key=lambda e: (interval(e.date)[0], len(e.date) * -1, e.label))
    return out
