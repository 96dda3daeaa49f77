"""Where a body named by its level alone is ("the county's emergency management bureau", "the
municipal ecology bureau": rule ``name:lower-body``): in the nearest place of that level the
text names before it, within a few sentences (``place:body-of-level``: a county for "county"
and "district", a city for "city", "municipal" and "prefectural", a province for "provincial").
A body whose name prints its place ("Government of Salta province", "Wen County ecology
bureau") is not placed by it: the name states a jurisdiction, which the curators do not record
as a location (``place:body-of-named-place``, dropped: right 2 times in 13 on the dev sets;
relations/locations.py). One pass over the places' mentions for the bodies named by level."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.reading.table_positions import cell_bounds
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

_RANK = re.compile(r"\s+(?:province|state|region|department|territory|county|city|prefecture|"
                   r"oblast|governorate|district|municipality)$", re.I)
_PLACE_CLASSES = {NFO.Country, NFO.Province, NFO.City, NFO.County, NFO.Region, NFO.Place}


_LEVEL_CLASSES = {"county": {NFO.County}, "district": {NFO.County}, "city": {NFO.City},
                  "municipal": {NFO.City}, "prefectural": {NFO.City}, "prefecture": {NFO.City},
                  "provincial": {NFO.Province}, "province": {NFO.Province}}
_LEVEL_WORD = re.compile(r"^(?P<w>county|district|city|municipal|prefectural|prefecture|"
                         r"provincial|province)(?:['’]s)?\s", re.I)
_REACH = 600        # how far back the place may be named (a few sentences)


def body_places(spans_of, text: str | None = None) -> None:
    _by_level(spans_of, text)


def _places(ents) -> dict:
    out: dict = {}
    for p in ents:
        if p.cls in _PLACE_CLASSES and not p.role:
            for n in (p.label, *p.aliases):
                out.setdefault(normalise_name(n), p)
                short = _RANK.sub("", n)
                if short != n:
                    out.setdefault(normalise_name(short), p)
    return out


def _by_level(spans_of, text: str | None = None) -> None:
    """One sweep over the spans in order: the last place of each class seen, read at each body
    named by its level. A place named in a table's cell (``reading.tables``) is its row's, not
    the text's: a body after the table ("its provincial department") is not placed by it."""
    bodies = {id(ent) for s, e, ent in spans_of
              if ent.cls == NFO.GovernmentBody and not ent.known and _LEVEL_WORD.match(ent.label)
              and not ent.first(NFO.locatedIn)}
    if not bodies:
        return
    by_name = None
    last: dict = {}         # class -> (start, place) of the last place of that class seen
    for s, e, ent in spans_by_start(spans_of):
        if ent.cls in _PLACE_CLASSES and not ent.role:
            if text is None or cell_bounds(text, s) is None:
                last[ent.cls] = (s, ent)
        elif ent.cls == NFO.GovernmentBody and id(ent) not in bodies and not ent.role:
            # "the Hunan Provincial People's Government ... the Provincial Department of X": a
            # body named after its place names that place for the bodies named by level after it
            if by_name is None:
                by_name = _places(list({id(x): x for _, _, x in spans_of}.values()))
            words = ent.label.split()
            for n in (2, 1):
                place = by_name.get(normalise_name(" ".join(words[:n]))) if len(words) > n else None
                if place is not None:
                    last[place.cls] = (s, place)
                    break
        elif id(ent) in bodies and not ent.first(NFO.locatedIn):
            want = _LEVEL_CLASSES[_LEVEL_WORD.match(ent.label).group("w").lower()]
            got = [last[c] for c in want if c in last and s - last[c][0] <= _REACH]
            if got:
                ps, place = max(got, key=lambda x: x[0])
                ent.add(NFO.locatedIn, place.iri, Span(ps, e), "place:body-of-level")
