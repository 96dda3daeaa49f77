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
from kg.ask.links import SKIP
from kg.model.namespaces import NFO

DATE_PROPERTIES = {
    NFO.startDate: "held/happened",
    NFO.endDate: "ended",
    NFO.dateIssued: "issued",
    NFO.dateInForce: "in force",
    NFO.dateSigned: "signed",
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
    what: str                 # held/happened, issued, in force, signed, ended
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


def _about(kg, iri, targets: set) -> bool:
    """Linked to one of ``targets`` directly or through one intermediate node."""
    near = set()
    for p, o in kg.union.predicate_objects(iri):
        if p not in SKIP and isinstance(o, URIRef):
            near.add(o)
    for s, p in kg.union.subject_predicates(iri):
        if p not in SKIP:
            near.add(s)
    if near & targets:
        return True
    # one step further through relation-like nodes (post, agreement, event)
    for n in near:
        for p, o in kg.union.predicate_objects(n):
            if p not in SKIP and o in targets:
                return True
    return False


def timeline(kg, places=(), about=(), start: str | None = None, end: str | None = None,
             cls: URIRef | None = None) -> list[Entry]:
    lo = interval(start)[0] if start else None
    hi = interval(end)[1] if end else None
    places, about = list(places), set(about)
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
        if about and iri not in about and not _about(kg, iri, about):
            continue
        kept.append((prop, what, iri, value, text, where))
    kg.prefetch((iri for _, _, iri, *_ in kept), graphs=True)
    out = [Entry(text, what, iri, kg.label(iri), kg.class_name(iri),
                 [kg.label(w) for w in where], kg.sources(iri, prop, value))
           for prop, what, iri, value, text, where in kept]
    out.sort(key=lambda e: (interval(e.date)[0], len(e.date) * -1, e.label))
    return out
