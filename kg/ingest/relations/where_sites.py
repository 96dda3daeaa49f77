"""A works a clause places by "where": "X is based in Qujing, Yunnan, where it runs a
200,000-tonne zinc smelter", "... to Baotou, where the group operates two potlines", "in Hechi,
where its refinery stands". A new site or project named in a clause that opens with "where"
right after a place ("<place>, where ..."; the first place of a chain "A, B, where") is
``nfo:locatedIn`` that place (rule ``site:where-place``). The clause holds no other full stop,
semicolon or comma-led "where"; 120 characters at most. One bounded look back per site:
linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

RULE = "site:where-place"
_WHERE = re.compile(r",[ \t\n]*where[ \t\n]+[^.;:!?]{0,120}$")
_CHAIN = re.compile(r",[ \t\n]*$")


def where_sites(draft, spans_of) -> None:
    text = draft.text
    if "where" not in text:
        return
    place_end = {}
    for s, e, x in spans_of:
        if x.kind == "place" and not x.role and str(x.cls) != str(NFO.Site):
            place_end[e] = (s, e, x)
    for s, e, site in spans_of:
        if site.known or not (str(site.cls) == str(NFO.Site) or site.kind == "project"):
            continue
        m = _WHERE.search(text, max(0, s - 130), s)
        if m is None:
            continue
        place = place_end.get(m.start())
        if place is None:
            continue
        # "Qujing, Yunnan, where": the first place of the chain
        chain = _CHAIN.search(text, max(0, place[0] - 3), place[0])
        if chain is not None and place_end.get(chain.start()) is not None:
            place = place_end[chain.start()]
        if not any(st[0] == NFO.locatedIn for st in site.statements):
            site.add(NFO.locatedIn, place[2].iri, Span(place[0], e), RULE)
