"""A site named as a part of another: "Niutoushan Port Area of Chizhou Port", "Berth 5 of
Longkou Port", "Hall 3 of the Western China Exhibition Center". A new site whose name is "A of
B", where B is the name (or an alias) of another site of the draft, is in B (``nfo:locatedIn``,
rule ``site:part-of-site``); and the place such a name is said to be in ("A of B in C District":
``context:name-in-place``) is where B is, when no rule placed B (rule ``site:host-of-part-place``). One look-up per site: linear
in the number of names."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO

RULE = "site:part-of-site"
HOST_PLACE_RULE = "site:host-of-part-place"
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_IN_PLACE = "context:name-in-place"


def sites_of_sites(draft) -> None:
    sites = [e for e in draft.entities.values() if e.cls == NFO.Site and not e.role]
    by_name: dict = {}
    for e in sites:
        for n in (e.label, *e.aliases):
            by_name.setdefault(normalise_name(n), e)
    for e in sites:
        if e.known or " of " not in e.label:
            continue
        parts = _OF.split(e.label, maxsplit=1)
        host = by_name.get(normalise_name(parts[-1])) if len(parts) == 2 and parts[0] else None
        if host is None or host is e or not parts[0][:1].isupper():
            continue
        if any(p == NFO.locatedIn and o == host.iri for p, o, *_ in e.statements):
            continue
        m = e.mentions[0] if e.mentions else Span(0, 0)
        e.add(NFO.locatedIn, host.iri, Span(m.start, m.end), RULE)
        placed = [st for st in e.statements if st[0] == NFO.locatedIn and st[3] == _IN_PLACE]
        if placed and not host.known and not any(p == NFO.locatedIn for p, *_ in
                                                 host.statements):
            host.add(NFO.locatedIn, placed[0][1], placed[0][2], HOST_PLACE_RULE)
