"""Where a company is, read from what its own clause says it runs: "X Co., Ltd., wholly owned,
with an alumina refinery in Debao County, Baise", "Y Co., Ltd., 85% owned, operating a smelter
in Baise", "Z SA, which holds a bauxite permit in the Boké region of Guinea": the company
``nfo:locatedIn`` the first place named after "in" in that clause, when a facility noun
(``_FACILITY``: refinery, smelter, plant, mine ...) comes before it (rule
``org:facility-in-place@0.5``). "X, with sales in Europe" names no facility: nothing.

The same from a facility named right after the company, the place right after the facility:
"X, a refinery in Gongyi", "X's smelter in Xingyang", "X shut its two potlines in Zouping"
(rule ``org:facility-phrase-in-place@0.5``; at most three words between the article or "its"
and the facility noun).

The clause is the text after the name up to the next ";", full stop or list item; one match at
the end of each new company's mention: linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

# after the name: ", wholly owned," / ", 85% owned,", then the verb of having or running
_OPENS = re.compile(r"\s*,\s*(?:(?:wholly|fully|majority|\d{1,3}(?:\.\d+)?\s*%)[- ]owned\s*,\s*)?"
                    r"(?:with|operating|running|owning|holding|which\s+(?:operates|runs|owns|"
                    r"holds|has|operated|ran)|that\s+(?:operates|runs|owns|holds|has))\s", re.I)
_FACILITY_WORDS = (r"refinery|refineries|smelter|smelters|plant|plants|mine|mines|mill|mills|"
                   r"factory|factories|base|line|lines|permit|concession|deposit|works|foundry|"
                   r"facility|facilities|potlines?")
_FACILITY = re.compile(rf"\b(?:{_FACILITY_WORDS})\b", re.I)
# "X, a refinery in", "X's smelter in", "X shut its two potlines in" (the place follows)
_PHRASE = re.compile(rf"(?:\s*,\s*(?:a|an|the)\s+|['’]s\s+|\s+(?:[a-z]+\s+){{1,2}}its\s+)"
                     rf"(?:[\w,.-]+\s+){{0,3}}?(?:{_FACILITY_WORDS})\s+(?:in|at|near)\s+"
                     rf"(?:the\s+)?(?=[A-Z])")
_IN = re.compile(r"\bin\s+(?:the\s+)?$", re.I)
_END = re.compile(r"[;.](?:\s|$)|\n\s*(?:[-*•·]|\d{1,2}[.)])\s")
_MAX = 300


def facility_places(draft, spans_of, kind) -> None:
    text = draft.text
    places = {}
    for s, e, ent in spans_of:
        if ent.kind == "place":
            places.setdefault(s, (s, e, ent))
    if not places:
        return
    place_starts = sorted(places)
    seen = set()
    for s, e, ent in spans_by_start(spans_of):
        if ent.known or id(ent) in seen or ent.cls in RELATION_NODES or \
                not str(ent.cls).endswith("#Company"):
            continue
        m = _OPENS.match(text, e)
        if m is None:
            ph = _PHRASE.match(text, e, min(len(text), e + 80))
            hit = places.get(ph.end()) if ph else None
            if hit is not None and hit[2] is not ent and not _placed_by(ent, hit[2]):
                ent.add(NFO.locatedIn, hit[2].iri, Span(s, hit[1]),
                        "org:facility-phrase-in-place@0.5")
            continue
        seen.add(id(ent))
        end = _END.search(text, m.end(), min(len(text), m.end() + _MAX))
        stop = end.start() if end else min(len(text), m.end() + _MAX)
        fac = _FACILITY.search(text, m.end(), stop)
        if fac is None:
            continue
        i = bisect.bisect_left(place_starts, fac.end())
        while i < len(place_starts) and place_starts[i] < stop:
            ps, pe, place = places[place_starts[i]]
            if _IN.search(text, max(0, ps - 8), ps) and place is not ent:
                ent.add(NFO.locatedIn, place.iri, Span(s, pe), "org:facility-in-place@0.5")
                break
            i += 1


def _placed_by(ent, place) -> bool:
    return any(p == NFO.locatedIn and o == place.iri for p, o, _, _ in ent.statements)
